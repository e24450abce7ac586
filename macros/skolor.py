"""The schools: a sortable, filterable table and one page per school."""

from __future__ import annotations

from dataclasses import dataclass

from .kalla.sidmall import valt
from .laddning.handbok import Handbok
from .laddning.models import Omfattning, Skola
from .vy.diagram import stapeldiagram
from .vy.partials import Partials

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


def skolor_tabell(hb: Handbok, partials: Partials, program: str | None = None) -> str:
    alla = rader(hb, program and valt(program, hb.program_per_id, "programmen"))
    stadsdelar = sorted({r.stadsdel for r in alla if r.stadsdel})
    return partials.rendera(
        "skolor-tabell.html",
        rader=alla,
        program=hb.program.program,
        programnamn=hb.program_per_id,
        stadsdelar=stadsdelar,
        skolform=SKOLFORM,
        period=hb.aktuell_period,
        okand_stadsdel=any(r.stadsdel is None for r in alla),
    )


def klasser_diagram(hb: Handbok, partials: Partials) -> str:
    data = [(r.skola.namn, r.omfattning.klasser_kanda) for r in rader(hb)]
    return stapeldiagram(partials, f"Antal klasser per skola, {hb.aktuell_period.namn}", "Skola", "Klasser", data)


def skola_sida(hb: Handbok, partials: Partials, skola_id: str) -> str:
    skola = hb.skola_per_id[skola_id]
    perioder = [(p, skola.omfattning[p.id]) for p in hb.perioder.perioder if p.id in skola.omfattning]
    stadsdel = hb.stadsdel_per_id[skola.stadsdel] if skola.stadsdel else None
    return partials.rendera(
        "skola.html",
        skola=skola,
        perioder=perioder,
        stadsdel=stadsdel,
        programnamn=hb.program_per_id,
        skolform=SKOLFORM,
    )
