"""The startup checklist: steps grouped by phase, numbered in the order they are shown."""

from __future__ import annotations

from dataclasses import dataclass

from .kalla import avsnitt
from .laddning.handbok import Handbok
from .laddning.models import Fas, Program, Roll, Steg
from .mallar import dokument
from .utbildning import langd_text
from .vy import starttext
from .vy.partials import Partials


@dataclass(frozen=True)
class Lank:
    url: str  # relative to the site root
    text: str


@dataclass(frozen=True)
class StegVy:
    nummer: int
    steg: Steg
    ansvariga: tuple[Roll, ...]
    program: tuple[Program, ...]
    tid: str | None
    las_mer: tuple[Lank, ...]
    mallar: tuple[Lank, ...]

    @property
    def ankare(self) -> str:
        return f"steg-{self.steg.id}"


def tid(hb: Handbok, steg: Steg) -> str | None:
    """The time a step takes, where the report gives one: a training component, or the lessons' figures."""
    planering = hb.utbildning.planering
    program = [hb.program_per_id[p] for p in steg.program]
    if steg.moment is not None:
        moment = hb.moment_per_id[steg.moment]
        return f"{langd_text(moment.langd, moment.cirka)} per person"
    if steg.planerare == "lektioner":
        return "; ".join(f"{p.kortnamn}: {starttext.lektioner(p)}" for p in program)
    if steg.planerare == "planeringstid":
        return starttext.planeringstid(planering)
    if steg.planerare == "veckor":
        return "; ".join(f"{p.kortnamn}: {starttext.veckor(p, planering)}" for p in program)
    return None


def _vy(hb: Handbok, nummer: int, steg: Steg, roller: dict[str, Roll]) -> StegVy:
    lankar = tuple(Lank(avsnitt.url(a), avsnitt.rubrik(hb.sidor, a)) for a in [steg.avsnitt, *steg.se_aven])
    mallar = (
        tuple(
            Lank(d.url, d.titel)
            for d in dokument.for_mall(hb, steg.mall)
            if d.program is None or d.program.id in steg.program
        )
        if steg.mall
        else ()
    )
    return StegVy(
        nummer,
        steg,
        tuple(roller[r] for r in steg.ansvariga),
        tuple(hb.program_per_id[p] for p in steg.program),
        tid(hb, steg),
        lankar,
        mallar,
    )


def faser(hb: Handbok) -> list[tuple[Fas, list[StegVy]]]:
    """Phases in their order, each with its steps; phases without steps are left out."""
    roller = {r.id: r for r in hb.roller.roller}
    resultat, nummer = [], 0
    for fas in hb.checklista.faser:
        vyer = []
        for steg in (s for s in hb.checklista.steg if s.fas == fas.id):
            nummer += 1
            vyer.append(_vy(hb, nummer, steg, roller))
        if vyer:
            resultat.append((fas, vyer))
    return resultat


def alla_steg(hb: Handbok) -> list[StegVy]:
    return [vy for _, vyer in faser(hb) for vy in vyer]


def checklista(hb: Handbok, partials: Partials) -> str:
    yrken = {y.id: y.namn for y in hb.yrkesroller.yrkesroller}
    roller = [
        (r, [yrken[y] for y in r.yrkesroller], Lank(avsnitt.url(r.avsnitt), avsnitt.rubrik(hb.sidor, r.avsnitt)))
        for r in hb.roller.roller
    ]
    return partials.rendera(
        "checklista.html", faser=faser(hb), program=hb.program.program, roller=roller, antal=len(hb.checklista.steg)
    )


def checklista_utskrift(hb: Handbok, partials: Partials, adress: str | None = None) -> str:
    """The paper checklist. adress: the site's published address (mkdocs.yml site_url), printed once."""
    return partials.rendera(
        "checklista-utskrift.html",
        faser=faser(hb),
        program=hb.program.program,
        adress=(adress or "").rstrip("/") + "/" if adress else "",
    )


def steg_pa_sidan(hb: Handbok, sida: str) -> list[StegVy]:
    """The checklist's steps explained on one page, in the checklist's order, one per section: the page's
    "do the steps in order" list then has the same order as the checklist, from the same data."""
    sedda, resultat = set(), []
    for vy in alla_steg(hb):
        fil, _, ankare = vy.steg.avsnitt.partition("#")
        if fil == sida and ankare not in sedda:
            sedda.add(ankare)
            resultat.append(vy)
    return resultat


def checklista_ordning(hb: Handbok, partials: Partials, sida: str) -> str:
    vyer = steg_pa_sidan(hb, sida)
    if not vyer:
        raise ValueError(f"inga steg i checklista.yml har sitt avsnitt på {sida}")
    return partials.rendera("checklista-ordning.html", vyer=vyer)
