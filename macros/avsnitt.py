"""Links from data to a section of a page in docs/: 'forberedelser.md#forankra'.

MkDocs only validates links written in Markdown; the startup kit renders its links as raw HTML, so the
data layer checks them itself, against the explicit heading ids (`## Rubrik {#id}`) in docs/."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .kalla import brodtext, las_text

DOCS = Path(__file__).resolve().parents[1] / "docs"

_RUBRIK = re.compile(r"^(#{1,6})\s+(.*?)\s*(?:\{#([a-z0-9]+(?:-[a-z0-9]+)*)(?:\s[^}]*)?\})?\s*$")


@dataclass(frozen=True)
class Sida:
    titel: str
    rubriker: dict[str, str] = field(default_factory=dict)  # heading id -> heading text


def las_sida(text: str) -> Sida:
    titel, rubriker, i_kod = "", {}, False
    for rad in brodtext(text).splitlines():
        if rad.lstrip().startswith(("```", "~~~")):
            i_kod = not i_kod
        traff = None if i_kod else _RUBRIK.match(rad)
        if not traff:
            continue
        if len(traff.group(1)) == 1 and not titel:
            titel = traff.group(2)
        if traff.group(3):
            rubriker[traff.group(3)] = traff.group(2)
    return Sida(titel, rubriker)


@lru_cache(maxsize=4)
def _sidor(docs: Path, _stampel: tuple) -> dict[str, Sida]:
    return {f.relative_to(docs).as_posix(): las_sida(las_text(f, docs)) for f in sorted(docs.rglob("*.md"))}


def sidor(docs: Path = DOCS) -> dict[str, Sida]:
    """Every Markdown page in docs/ by its path ('forberedelser.md'), re-read when a page changes."""
    filer = sorted(docs.rglob("*.md"))
    return _sidor(docs, tuple((f.name, f.stat().st_mtime_ns) for f in filer))


def finns(avsnitt: str, docs: Path = DOCS) -> bool:
    sida, _, ankare = avsnitt.partition("#")
    kanda = sidor(docs)
    return sida in kanda and (not ankare or ankare in kanda[sida].rubriker)


def url(avsnitt: str) -> str:
    """'forberedelser.md#forankra' -> 'forberedelser/#forankra', 'starta/index.md' -> 'starta/'."""
    sida, _, ankare = avsnitt.partition("#")
    sida = sida.removesuffix(".md")
    sida = "" if sida == "index" else sida.removesuffix("/index") + "/"
    return sida + (f"#{ankare}" if ankare else "")


def rubrik(avsnitt: str, docs: Path = DOCS) -> str:
    """The heading text of the section a link points to (the page title for a link without an anchor)."""
    sida, _, ankare = avsnitt.partition("#")
    kand = sidor(docs)[sida]
    text = kand.rubriker.get(ankare, kand.titel) if ankare else kand.titel
    return kand.titel if "{{" in text else text
