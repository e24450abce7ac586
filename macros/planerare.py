"""Planera er start: lesson hours, leaders, planning time, weeks and training for one school.

Every figure comes from program.yml and utbildning.yml; what the report gives no figure for is an
assumption in planerare.yml, shown next to the numbers. The page carries the figures as JSON for the
script (overrides/assets/hb-planerare.js), which repeats this arithmetic for the reader's own school;
the worked example below is rendered here so the page reads without JavaScript."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .checklista import Lank, alla_steg
from .kalla import avsnitt
from .laddning.handbok import Handbok
from .laddning.models import Moment
from .utbildning import DELTAGARE, langd_text
from .vy import adresser, starttext
from .vy.partials import Partials


@dataclass(frozen=True)
class Indata:
    program: str
    klasser: int
    ledare_per_grupp: int
    arbetssatt: str
    personal: int
    utbildade: int
    ledargrupper: int = 1  # asked for separately: only an expertteam chooses it


@dataclass(frozen=True)
class Utbildningsrad:
    moment: Moment
    personer: int
    dagar: float  # all persons together
    timmar: float


@dataclass(frozen=True)
class Utfall:
    lektioner: int
    lektionstimmar: float  # all classes
    veckor: int
    ledargrupper: int
    klasser_per_grupp: int  # at most
    ledare_behovs: int
    reserv: int  # trained minus needed; below 0 means missing
    reservlage: str  # fler (reserves), noll (exactly enough), fattas (too few), ingen (nobody trained yet)
    personaltimmar_lektioner: float
    planering_per_grupp: float
    planering_grupper: float
    planering_personal: float
    utbildning: tuple[Utbildningsrad, ...]
    team: tuple[float, float, bool]  # days, hours, hours approximate – per person who leads lessons
    ovriga: tuple[float, float, bool]  # per other member of staff
    totalt: tuple[float, float, bool]


def _summa(moment: list[Moment]) -> tuple[float, float, bool]:
    return (
        sum(m.langd.dagar or 0 for m in moment),
        sum(m.langd.timmar or 0 for m in moment),
        any(m.cirka and m.langd.timmar for m in moment),
    )


def berakna(hb: Handbok, ind: Indata) -> Utfall:
    prog, planering = hb.program_per_id[ind.program], hb.utbildning.planering
    per_klass = next(a for a in hb.planerare.arbetssatt if a.id == ind.arbetssatt).ledargrupp_per_klass
    # The groups follow the classes (hela-skolan-ansats) or the school's own choice (expertteam), never the
    # number trained: whoever is trained beyond the groups' needs is a reserve.
    grupper = ind.klasser if per_klass else max(1, min(ind.klasser, ind.ledargrupper))
    reserv = ind.utbildade - grupper * ind.ledare_per_grupp
    lektionstimmar = ind.klasser * prog.antal_lektioner * prog.lektionslangd_timmar
    per_grupp = prog.antal_lektioner * planering.timmar_per_lektion
    rader = tuple(
        Utbildningsrad(m, n, (m.langd.dagar or 0) * n, (m.langd.timmar or 0) * n)
        for m in hb.utbildning.moment
        for n in [ind.personal if m.deltagare == "alla" else ind.utbildade]
    )
    alla_moment = list(hb.utbildning.moment)
    return Utfall(
        lektioner=prog.antal_lektioner,
        lektionstimmar=lektionstimmar,
        veckor=starttext.veckor_for(prog.antal_lektioner, planering.veckor_mellan_lektioner),
        ledargrupper=grupper,
        klasser_per_grupp=math.ceil(ind.klasser / grupper),
        ledare_behovs=grupper * ind.ledare_per_grupp,
        reserv=reserv,
        reservlage=reservlage(ind.utbildade, reserv),
        personaltimmar_lektioner=lektionstimmar * ind.ledare_per_grupp,
        planering_per_grupp=per_grupp,
        planering_grupper=grupper * per_grupp,
        planering_personal=grupper * per_grupp * ind.ledare_per_grupp,
        utbildning=rader,
        team=_summa(alla_moment),
        ovriga=_summa([m for m in alla_moment if m.deltagare == "alla"]),
        totalt=(
            sum(r.dagar for r in rader),
            sum(r.timmar for r in rader),
            any(r.moment.cirka and r.timmar for r in rader),
        ),
    )


def reservlage(utbildade: int, reserv: int) -> str:
    if utbildade == 0:
        return "ingen"
    return "fler" if reserv > 0 else "noll" if reserv == 0 else "fattas"


def exempel(hb: Handbok) -> Indata:
    return Indata(**hb.planerare.exempel.model_dump())


def fakta_json(hb: Handbok) -> dict:
    """What the script needs to repeat the arithmetic: figures from the data, nothing else."""
    planering = hb.utbildning.planering
    return {
        "program": {
            p.id: {"kortnamn": p.kortnamn, "lektioner": p.antal_lektioner, "lektionslangd": p.lektionslangd_timmar}
            for p in hb.program.program
        },
        "planering": planering.model_dump(),
        "arbetssatt": {a.id: {"ledargrupp_per_klass": a.ledargrupp_per_klass} for a in hb.planerare.arbetssatt},
        "moment": [
            {"id": m.id, "deltagare": m.deltagare, "dagar": m.langd.dagar, "timmar": m.langd.timmar, "cirka": m.cirka}
            for m in hb.utbildning.moment
        ],
        "exempel": hb.planerare.exempel.model_dump(),
    }


# Which checklist steps each part of the planner links to: steps name a planner figure (planerare) or a
# training component (moment) in checklista.yml, so a step removed there disappears here too.
DELAR = {
    "lektioner": {"lektioner", "veckor"},
    "ledare": {"arbetssatt", "ledare"},
    "planering": {"planeringstid"},
    "utbildning": {"utbildning"},
}


def steglankar(hb: Handbok) -> dict[str, list[Lank]]:
    moment = set(hb.moment_per_id)
    lankar: dict[str, list[Lank]] = {del_: [] for del_ in DELAR}
    for vy in alla_steg(hb):
        for del_, nycklar in DELAR.items():
            if vy.steg.planerare in nycklar or (del_ == "utbildning" and vy.steg.moment in moment):
                lankar[del_].append(Lank(adresser.steg(vy.ankare), f"Steg {vy.nummer}: {vy.steg.titel}"))
    return lankar


def planerare(hb: Handbok, partials: Partials) -> str:
    ind = exempel(hb)
    planering = hb.utbildning.planering
    arbetssatt = [(a, avsnitt.url(a.avsnitt)) for a in hb.planerare.arbetssatt]
    return partials.rendera(
        "planerare.html",
        ind=ind,
        u=berakna(hb, ind),
        prog=hb.program_per_id[ind.program],
        program=hb.program.program,
        planering=planering,
        arbetssatt=arbetssatt,
        ledarval=range(planering.minsta_antal_ledare, planering.rekommenderat_antal_ledare + 1),
        intervall=starttext.intervall(planering.veckor_mellan_lektioner),
        steg=steglankar(hb),
        deltagare=DELTAGARE,
        langd_text=langd_text,
        dagar_och_timmar=starttext.dagar_och_timmar,
        fakta=fakta_json(hb),
    )
