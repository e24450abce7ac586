"""Role pages ("Jag är …"): for each profession (yrkesroller.yml) and each role (roller.yml), what it does,
the guidance sections and checklist steps that concern it, and whom to ask.

A section concerns a role when its heading says so, in one place only:
    ## Planera samverkan {#samverkan data-roller="polis faltassistent"}
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .avsnitt import url
from .fel import DataFel, Fel
from .handbok import Handbok
from .mallar import Mallar

_RUBRIK = re.compile(r"^(#{2,4})\s+(.+?)\s*\{([^}]*)\}\s*$")
_ID = re.compile(r"#([a-z0-9-]+)")
_ROLLER = re.compile(r'data-roller="([^"]*)"')


@dataclass(frozen=True)
class Tagg:
    fil: str  # docs/forberedelser.md
    rad: int
    adress: str  # forberedelser/#samverkan
    rubrik: str
    roller: tuple[str, ...]


@dataclass(frozen=True)
class RollSida:
    id: str
    namn: str
    beskrivning: str | None
    antal: int | None
    hor_till: tuple  # the roles a profession is part of, or the professions a role draws on
    avsnitt: tuple[Tagg, ...]
    steg: tuple


def las_taggar(docs: Path) -> list[Tagg]:
    taggar = []
    for fil in sorted(docs.rglob("*.md")):
        rel = fil.relative_to(docs).as_posix()
        for nr, rad in enumerate(fil.read_text(encoding="utf-8").splitlines(), start=1):
            rubrik = _RUBRIK.match(rad)
            roller = rubrik and _ROLLER.search(rubrik.group(3))
            if roller:
                id_ = _ID.search(rubrik.group(3))
                taggar.append(
                    Tagg(
                        f"docs/{rel}",
                        nr,
                        f"{url(rel)}#{id_.group(1) if id_ else ''}",
                        rubrik.group(2),
                        tuple(roller.group(1).split()),
                    )
                )
    return taggar


def kanda_roller(hb: Handbok) -> dict[str, str]:
    return {**{r.id: r.namn for r in hb.roller.roller}, **{y.id: y.namn for y in hb.yrkesroller.yrkesroller}}


def kontrollera_taggar(hb: Handbok, taggar: list[Tagg]) -> None:
    kanda = kanda_roller(hb)
    fel = [
        Fel(
            t.fil,
            t.rad,
            1,
            t.adress,
            f"okänd roll {r!r} i data-roller – använd id från data/roller.yml eller "
            f"data/yrkesroller.yml, till exempel {', '.join(sorted(kanda)[:4])}",
        )
        for t in taggar
        for r in t.roller
        if r not in kanda
    ]
    fel += [
        Fel(t.fil, t.rad, 1, t.adress, 'rubriken har data-roller men inget id – skriv {#id data-roller="…"}')
        for t in taggar
        if t.adress.endswith("#")
    ]
    if fel:
        raise DataFel(fel)


def roll_sidor(hb: Handbok, taggar: list[Tagg]) -> list[RollSida]:
    period = hb.perioder.aktuell
    steg = hb.checklista.steg
    sidor = []
    for roll in hb.roller.roller:
        sidor.append(
            RollSida(
                roll.id,
                roll.namn,
                roll.beskrivning,
                None,
                tuple(y for y in hb.yrkesroller.yrkesroller if y.id in roll.yrkesroller),
                tuple(t for t in taggar if roll.id in t.roller),
                tuple(s for s in steg if roll.id in s.ansvariga),
            )
        )
    for yrke in hb.yrkesroller.yrkesroller:
        roller = tuple(r for r in hb.roller.roller if yrke.id in r.yrkesroller)
        sidor.append(
            RollSida(
                yrke.id,
                yrke.namn,
                yrke.i_arbetet,
                yrke.antal.get(period),
                roller,
                tuple(t for t in taggar if yrke.id in t.roller),
                tuple(s for s in steg if any(r.id in s.ansvariga for r in roller)),
            )
        )
    return sidor


def rollsidor_id(hb: Handbok) -> list[str]:
    """The id (and address, jag-ar/<id>/) of every role page: the roles, then the professions."""
    return [r.id for r in hb.roller.roller] + [y.id for y in hb.yrkesroller.yrkesroller]


def genererade_rollsidor(hb: Handbok, taggar: list[Tagg]) -> Iterator[tuple[str, str, str, dict]]:
    """(source path, title, HTML, extra front matter) for each role page, at jag-ar/<id>/. A role page only
    points to the guidance, so search ranks it below the guidance itself (sok: verktyg, hooks/dokument.py)."""
    mallar = Mallar(rot=lambda: "../../")
    for sida in roll_sidor(hb, taggar):
        yield (
            f"jag-ar/{sida.id}.md",
            f"Jag är: {sida.namn}",
            mallar.rendera("roll.html", s=sida, period=hb.aktuell_period),
            {"sok": "verktyg"},
        )


def rollista(hb: Handbok, mallar: Mallar) -> str:
    return mallar.rendera("rollista.html", roller=hb.roller.roller, yrken=hb.yrkesroller.yrkesroller)
