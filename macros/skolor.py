"""The schools: a sortable, filterable table and one page per school."""

from __future__ import annotations

from dataclasses import dataclass

from .diagram import stapeldiagram
from .handbok import Handbok
from .mallar import Mallar
from .models import Omfattning, Skola
from .sidmall import valt

SKOLFORM = {"grundskola": "Grundskola", "gymnasieskola": "Gymnasieskola", "gymnasiesarskola": "Gymnasiesärskola"}


@dataclass(frozen=True)
class Rad:
    skola: Skola
    omfattning: Omfattning
    stadsdel: str | None


def rader(hb: Handbok, program: str | None = None) -> list[Rad]:
    period = hb.perioder.aktuell
    resultat = []
    for skola in hb.skolor.skolor:
        omfattning = skola.omfattning.get(period)
        if omfattning is None or (program and program not in omfattning.program):
            continue
        stadsdel = hb.stadsdel_per_id[skola.stadsdel].namn if skola.stadsdel else None
        resultat.append(Rad(skola, omfattning, stadsdel))
    return sorted(resultat, key=lambda r: r.skola.namn.casefold())


def skolor_tabell(hb: Handbok, mallar: Mallar, program: str | None = None) -> str:
    alla = rader(hb, program and valt(program, hb.program_per_id, "programmen"))
    stadsdelar = sorted({r.stadsdel for r in alla if r.stadsdel})
    return mallar.rendera(
        "skolor-tabell.html",
        rader=alla,
        program=hb.program.program,
        programnamn=hb.program_per_id,
        stadsdelar=stadsdelar,
        skolform=SKOLFORM,
        period=hb.aktuell_period,
        okand_stadsdel=any(r.stadsdel is None for r in alla),
    )


def klasser_diagram(hb: Handbok, mallar: Mallar) -> str:
    data = [(r.skola.namn, r.omfattning.klasser_kanda) for r in rader(hb)]
    return stapeldiagram(mallar, f"Antal klasser per skola, {hb.aktuell_period.namn}", "Skola", "Klasser", data)


def skola_sida(hb: Handbok, mallar: Mallar, skola_id: str) -> str:
    skola = hb.skola_per_id[skola_id]
    perioder = [(p, skola.omfattning[p.id]) for p in hb.perioder.perioder if p.id in skola.omfattning]
    stadsdel = hb.stadsdel_per_id[skola.stadsdel] if skola.stadsdel else None
    return mallar.rendera(
        "skola.html",
        skola=skola,
        perioder=perioder,
        stadsdel=stadsdel,
        programnamn=hb.program_per_id,
        skolform=SKOLFORM,
    )
