"""Every file the build generates from data/ (never written into docs/): the school, district and role
pages, and each template's printable page and Word file."""

from __future__ import annotations

import json
from collections.abc import Iterator

from .bygge import Bygge
from .mallar.dokument import dokument, dokument_sida
from .roller import genererade_rollsidor
from .sidor import genererade_sidor
from .vy import adresser
from .vy.adresser import relativ_rot
from .vy.partials import Partials


def sidhuvud(titel: str, meta: dict) -> str:
    """The generated page's front matter. The title is text (macros escapes front-matter titles); the body
    is rendered HTML already, so mkdocs-macros leaves it alone."""
    extra = "".join(f"{nyckel}: {varde}\n" for nyckel, varde in meta.items())
    return f"---\ntitle: {json.dumps(titel, ensure_ascii=False)}\nrender_macros: false\n{extra}---\n\n"


def sidor(bygge: Bygge) -> Iterator[tuple[str, str]]:
    """(source path, Markdown) of each school, district and role page."""
    for uri, titel, innehall, meta in [*genererade_sidor(bygge.hb), *genererade_rollsidor(bygge.hb, bygge.taggar)]:
        yield uri, sidhuvud(titel, meta) + innehall + "\n"


def mallfiler(bygge: Bygge) -> Iterator[tuple[str, bytes | str]]:
    """(path, content) of each template's Word file and its printable page, in that order."""
    hb = bygge.hb
    for dok in dokument(hb):
        word = bygge.wordfiler[dok.id]
        yield adresser.wordfil(dok.filnamn), word
        sida = dokument_sida(hb, Partials(rot=lambda url=dok.url: relativ_rot(url)), dok, len(word))
        huvud = (
            f"---\ntitle: {json.dumps(dok.titel, ensure_ascii=False)}\nrender_macros: false\nsok: verktyg\n"
            f"description: {json.dumps(dok.mall.beskrivning, ensure_ascii=False)}\n---\n\n"
        )
        yield adresser.kallfil(dok.url), huvud + sida + "\n"
