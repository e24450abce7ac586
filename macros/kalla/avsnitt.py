"""Links from data to a section of a page in docs/: 'forberedelser.md#forankra'.

MkDocs only validates links written in Markdown; the startup kit renders its links as raw HTML, so the
data layer checks them itself, against the explicit heading ids (`## Rubrik {#id}`) in docs/."""

from __future__ import annotations

from collections.abc import Mapping

from .sida import Sida


def finns(sidor: Mapping[str, Sida], avsnitt: str) -> bool:
    sida, _, ankare = avsnitt.partition("#")
    return sida in sidor and (not ankare or ankare in sidor[sida].rubriker)


def url(avsnitt: str) -> str:
    """'forberedelser.md#forankra' -> 'forberedelser/#forankra', 'starta/index.md' -> 'starta/'."""
    sida, _, ankare = avsnitt.partition("#")
    sida = sida.removesuffix(".md")
    sida = "" if sida == "index" else sida.removesuffix("/index") + "/"
    return sida + (f"#{ankare}" if ankare else "")


def rubrik(sidor: Mapping[str, Sida], avsnitt: str) -> str:
    """The heading text of the section a link points to (the page title for a link without an anchor)."""
    sida, _, ankare = avsnitt.partition("#")
    kand = sidor[sida]
    text = kand.rubriker.get(ankare, kand.titel) if ankare else kand.titel
    return kand.titel if "{{" in text else text
