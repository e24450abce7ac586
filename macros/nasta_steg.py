"""'Nästa steg' at the end of a guidance page: the page's front matter names what comes next, by id,

    nasta_steg:
      - steg: forankra            a step of the checklist (data/checklista.yml)
      - mall: brev-till-vardnadshavare   a template (data/mallar.yml): its printable page(s)
      - sida: starta/planera.md   a page or a section in docs/ ('forberedelser.md#utbildning')

and this module turns each into a link with the words the data already has. An unknown id stops the
build with the page, the line and the ids that exist."""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from .checklista import alla_steg
from .kalla import avsnitt
from .kalla.sida import front_matter
from .laddning.fel import DataFel, Fel
from .laddning.handbok import Handbok
from .mallar import dokument
from .vy import adresser

SLAG = ("steg", "mall", "sida")


@dataclass(frozen=True)
class Nasta:
    url: str  # relative to the site root
    text: str
    om: str = ""  # one more line, from the data: what the step or template is for


def _rad(kalla: str, varde: str) -> int:
    """The line of the front matter that names varde (1 when it cannot be found)."""
    for nr, rad in enumerate(kalla.splitlines(), start=1):
        if rad.strip().startswith("- ") and rad.rstrip().endswith(varde):
            return nr
    return 1


def _en(hb: Handbok, post: object) -> list[Nasta] | str:
    """The links for one entry, or the Swedish message saying what is wrong with it."""
    if not (isinstance(post, dict) and len(post) == 1 and next(iter(post)) in SLAG):
        return "varje post ska vara en av steg:, mall: eller sida: – till exempel '- steg: forankra'"
    slag, varde = next(iter(post.items()))
    if slag == "steg":
        vyer = {v.steg.id: v for v in alla_steg(hb)}
        if varde not in vyer:
            return f"steget {varde!r} finns inte i checklista.yml – använd ett av: {', '.join(vyer)}"
        vy = vyer[varde]
        return [
            Nasta(
                adresser.steg(vy.ankare),
                f"Steg {vy.nummer} i checklistan: {vy.steg.titel}",
                vy.steg.beskrivning,
            )
        ]
    if slag == "mall":
        dok = dokument.for_mall(hb, varde)
        if not dok:
            return (
                f"mallen {varde!r} finns inte i mallar.yml – använd en av: {', '.join(m.id for m in hb.mallar.mallar)}"
            )
        return [Nasta(d.url, f"Mall: {d.titel}", d.mall.beskrivning) for d in dok]
    if not (isinstance(varde, str) and avsnitt.finns(hb.sidor, varde)):
        return f"sidan eller avsnittet {varde!r} finns inte i docs/ – skriv till exempel 'starta/planera.md'"
    sida = varde.partition("#")[0]
    om = "" if "#" in varde else beskrivning(hb.sidor[sida].text)
    return [Nasta(avsnitt.url(varde), avsnitt.rubrik(hb.sidor, varde), om)]


def beskrivning(text: str) -> str:
    """A page's one line on what it helps with (front matter description), or ''."""
    block = front_matter(text)
    meta = yaml.safe_load(block[0]) if block else None
    return str(meta.get("description") or "") if isinstance(meta, dict) else ""


def losa(hb: Handbok, poster: object, fil: str, kalla: str = "") -> list[Nasta]:
    """The links for a page's nasta_steg list, in its order. fil: 'docs/x.md'; kalla: the file's text."""
    if not isinstance(poster, list) or not poster:
        raise DataFel([Fel(fil, _rad(kalla, "nasta_steg:"), 1, "nasta_steg", "ska vara en lista med minst en post")])
    lankar, fel = [], []
    for i, post in enumerate(poster):
        svar = _en(hb, post)
        if isinstance(svar, str):
            varde = str(next(iter(post.values()))) if isinstance(post, dict) and post else ""
            fel.append(Fel(fil, _rad(kalla, varde) if varde else 1, 1, f"nasta_steg[{i}]", svar))
        else:
            lankar += svar
    if fel:
        raise DataFel(fel)
    return lankar
