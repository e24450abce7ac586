"""Pages generated from the data: one per school and one per district. Rendered here, once, so the
thousands of them skip the per-page Jinja pass of mkdocs-macros."""

from __future__ import annotations

from collections.abc import Iterator

from . import skolor, stadsdelar
from .handbok import Handbok
from .mallar import Mallar

# The pages show figures from data/: they say which term and which source (hooks/granskning.py).
SIFFROR = {"visar_siffror": "true"}


def genererade_sidor(hb: Handbok) -> Iterator[tuple[str, str, str, dict]]:
    """(source path, title, HTML, extra front matter) for each generated page."""
    mallar = Mallar(rot=lambda: "../../")  # every generated page sits two levels down: skolor/<id>/
    for skola in hb.skolor.skolor:
        yield f"skolor/{skola.id}.md", skola.namn, skolor.skola_sida(hb, mallar, skola.id), SIFFROR
    for stadsdel in hb.stadsdelar.stadsdelar:
        yield (
            f"stadsdelar/{stadsdel.id}.md",
            stadsdel.namn,
            stadsdelar.stadsdel_sida(hb, mallar, stadsdel.id),
            SIFFROR,
        )
