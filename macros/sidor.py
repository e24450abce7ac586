"""Pages generated from the data: one per school and one per district. Rendered here, once, so the
thousands of them skip the per-page Jinja pass of mkdocs-macros."""

from __future__ import annotations

import json
from collections.abc import Iterator

from . import skolor, stadsdelar
from .laddning.handbok import Handbok
from .vy import adresser
from .vy.partials import Partials

# The pages show figures from data/: they say which term and which source (macros/bygge.py, hooks/handbok.py).
SIFFROR = {"visar_siffror": "true"}
SKOLA = {
    **SIFFROR,
    "description": json.dumps(
        "Vad lägesrapporten säger om skolan: skolform, stadsdelsförvaltning, program och antal klasser.",
        ensure_ascii=False,
    ),
}
STADSDEL = {
    **SIFFROR,
    "description": json.dumps(
        "Vad lägesrapporten säger om stadsdelsförvaltningen: parklekar, fritidsgårdar och skolor.", ensure_ascii=False
    ),
}


def genererade_sidor(hb: Handbok) -> Iterator[tuple[str, str, str, dict]]:
    """(source path, title, HTML, extra front matter) for each generated page. Each gets the one line on
    what the page holds that every page opens with (front matter description, quoted for YAML)."""
    partials = Partials(rot=lambda: "../../")  # every generated page sits two levels down: skolor/<id>/
    for skola in hb.skolor.skolor:
        yield adresser.kallfil(adresser.skola(skola.id)), skola.namn, skolor.skola_sida(hb, partials, skola.id), SKOLA
    for stadsdel in hb.stadsdelar.stadsdelar:
        yield (
            adresser.kallfil(adresser.stadsdel(stadsdel.id)),
            stadsdel.namn,
            stadsdelar.stadsdel_sida(hb, partials, stadsdel.id),
            STADSDEL,
        )
