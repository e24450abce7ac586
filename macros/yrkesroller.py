"""The professions taking part: what each does and how many they are."""

from __future__ import annotations

from .diagram import stapeldiagram
from .handbok import Handbok
from .mallar import Mallar
from .sidmall import valt

ORGANISATION = {"skola": "Skolan", "stadsdel_polis": "Stadsdelsförvaltning och polis"}


def yrkesroller_tabell(hb: Handbok, mallar: Mallar, organisation: str) -> str:
    valt(organisation, ORGANISATION, "organisationerna")
    period = hb.perioder.aktuell
    roller = [r for r in hb.yrkesroller.yrkesroller if r.organisation == organisation]
    summa = sum(r.antal.get(period, 0) for r in roller)
    diagram = stapeldiagram(
        mallar,
        f"{ORGANISATION[organisation]}: antal personer per yrkesroll, {hb.aktuell_period.namn}",
        "Yrkesroll",
        "Antal",
        [(r.namn, r.antal.get(period)) for r in roller],
    )
    return mallar.rendera(
        "yrkesroller.html",
        roller=roller,
        period=hb.aktuell_period,
        summa=summa,
        rubrik=ORGANISATION[organisation],
        diagram=diagram,
    )
