"""The professions taking part: what each does and how many they are."""

from __future__ import annotations

from .kalla.sidmall import valt
from .laddning.handbok import Handbok
from .vy.diagram import stapeldiagram
from .vy.partials import Partials

ORGANISATION = {"skola": "Skolan", "stadsdel_polis": "Stadsdelsförvaltning och polis"}


def yrkesroller_tabell(hb: Handbok, partials: Partials, organisation: str) -> str:
    valt(organisation, ORGANISATION, "organisationerna")
    period = hb.perioder.aktuell
    roller = [r for r in hb.yrkesroller.yrkesroller if r.organisation == organisation]
    summa = sum(r.antal.get(period, 0) for r in roller)
    diagram = stapeldiagram(
        partials,
        f"{ORGANISATION[organisation]}: antal personer per yrkesroll, {hb.aktuell_period.namn}",
        "Yrkesroll",
        "Antal",
        [(r.namn, r.antal.get(period)) for r in roller],
    )
    return partials.rendera(
        "yrkesroller.html",
        roller=roller,
        period=hb.aktuell_period,
        summa=summa,
        rubrik=ORGANISATION[organisation],
        diagram=diagram,
    )
