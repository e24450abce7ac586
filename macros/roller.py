"""Role pages ("Jag är …"): for each role (roller.yml) and each profession (yrkesroller.yml), what it does,
three to five concrete tasks in checklist order with their links, whom to ask (never itself), and the
guidance sections that concern it.

A section concerns a role when its heading says so, in one place only:
    ## Planera samverkan {#samverkan data-roller="polis faltassistent"}
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from .checklista import StegVy, alla_steg
from .kalla.avsnitt import url
from .kalla.sida import Sida, brodtext
from .laddning.fel import DataFel, Fel
from .laddning.handbok import Handbok
from .laddning.models import Kontakt
from .vy import adresser
from .vy.partials import Partials

# The two tables of the report that the professions come from (yrkesroller.yml: organisation).
ORGANISATION = {"skola": "skolan", "stadsdel_polis": "stadsdelsförvaltning och polis"}

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
class UppgiftVy:
    text: str
    steg: StegVy  # the checklist step: number, anchor, links to its section and template
    planerare: bool  # the planner computes something for the step


@dataclass(frozen=True)
class RollSida:
    id: str
    namn: str
    inledning: str
    antal: int | None  # a profession's number in the current period; None for a role
    hor_till: tuple  # the roles a profession can have, or the professions a role draws on
    uppgifter: tuple[UppgiftVy, ...]  # in checklist order
    fraga: tuple[Kontakt, ...]
    avsnitt: tuple[Tagg, ...]
    yrke: bool = False


def las_taggar(sidor: Mapping[str, Sida]) -> list[Tagg]:
    """The role tags on the headings of docs/ (data-roller="…"), with file and line for the messages."""
    taggar = []
    for rel, sida in sidor.items():
        for nr, rad in enumerate(brodtext(sida.text).splitlines(), start=1):
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


def visningsnamn(hb: Handbok) -> dict[str, str]:
    """Each role and profession by the name its page shows. Two professions of the same name (the report's
    two "Annan yrkesroll/övrig personal") are told apart by the table they come from."""
    namn = {r.id: r.namn for r in hb.roller.roller}
    antal = Counter(y.namn for y in hb.yrkesroller.yrkesroller)
    for y in hb.yrkesroller.yrkesroller:
        namn[y.id] = f"{y.namn} ({ORGANISATION[y.organisation]})" if antal[y.namn] > 1 else y.namn
    return namn


def _uppgifter(uppgifter, steg: dict[str, StegVy]) -> tuple[UppgiftVy, ...]:
    vyer = [UppgiftVy(u.text, steg[u.steg], steg[u.steg].steg.planerare is not None) for u in uppgifter]
    return tuple(sorted(vyer, key=lambda u: u.steg.nummer))


def roll_sidor(hb: Handbok, taggar: list[Tagg]) -> list[RollSida]:
    period = hb.perioder.aktuell
    steg = {vy.steg.id: vy for vy in alla_steg(hb)}
    kontakter = {k.id: k for k in hb.kontakter.kontakter}
    namn = visningsnamn(hb)
    sidor = []
    for roll in hb.roller.roller:
        sidor.append(
            RollSida(
                roll.id,
                roll.namn,
                roll.inledning,
                None,
                tuple(y for y in hb.yrkesroller.yrkesroller if y.id in roll.yrkesroller),
                _uppgifter(roll.uppgifter, steg),
                tuple(kontakter[k] for k in roll.fraga),
                tuple(t for t in taggar if roll.id in t.roller),
            )
        )
    egna = {y.yrkesroll: y for y in hb.roller.yrken}
    for yrke in hb.yrkesroller.yrkesroller:
        roller = tuple(r for r in hb.roller.roller if yrke.id in r.yrkesroller)
        eget = egna.get(yrke.id)
        # A profession does what its first shared role does (the team, not the one coordinator).
        delad = next((r for r in roller if r.kontakt is None), roller[0] if roller else None)
        uppgifter = (eget and eget.uppgifter) or delad.uppgifter
        fraga = (eget and eget.fraga) or delad.fraga
        sidor.append(
            RollSida(
                yrke.id,
                namn[yrke.id],
                eget.inledning if eget else (yrke.i_arbetet or "Rapporten beskriver inte rollen närmare."),
                yrke.antal.get(period),
                roller,
                _uppgifter(uppgifter, steg),
                tuple(kontakter[k] for k in fraga),
                tuple(t for t in taggar if yrke.id in t.roller),
                yrke=True,
            )
        )
    return sidor


def rollsidor_id(hb: Handbok) -> list[str]:
    """The id (and address, jag-ar/<id>/) of every role page: the roles, then the professions."""
    return [r.id for r in hb.roller.roller] + [y.id for y in hb.yrkesroller.yrkesroller]


def genererade_rollsidor(hb: Handbok, taggar: list[Tagg]) -> Iterator[tuple[str, str, str, dict]]:
    """(source path, title, HTML, extra front matter) for each role page, at jag-ar/<id>/. A role page only
    points to the guidance, so search ranks it below the guidance itself (sok: verktyg)."""
    partials = Partials(rot=lambda: "../../")
    for sida in roll_sidor(hb, taggar):
        yield (
            adresser.kallfil(adresser.roll(sida.id)),
            f"Jag är: {sida.namn}",
            partials.rendera("roll.html", s=sida, period=hb.aktuell_period),
            {"sok": "verktyg"},
        )


def rollista(hb: Handbok, partials: Partials) -> str:
    namn = visningsnamn(hb)
    grupper = [
        (org, rubrik, [(y, namn[y.id]) for y in hb.yrkesroller.yrkesroller if y.organisation == org])
        for org, rubrik in (("skola", "I skolan"), ("stadsdel_polis", "Från stadsdelsförvaltning och polis"))
    ]
    return partials.rendera("rollista.html", roller=hb.roller.roller, grupper=grupper)
