"""The district administrations: a list and one page per district."""

from __future__ import annotations

from .handbok import Handbok
from .mallar import Mallar


def skolor_i(hb: Handbok, stadsdel_id: str) -> list:
    return sorted((s for s in hb.skolor.skolor if s.stadsdel == stadsdel_id), key=lambda s: s.namn.casefold())


def stadsdelar_lista(hb: Handbok, mallar: Mallar) -> str:
    poster = [(s, skolor_i(hb, s.id)) for s in sorted(hb.stadsdelar.stadsdelar, key=lambda s: s.namn.casefold())]
    okanda = sum(1 for s in hb.skolor.skolor if s.stadsdel is None)
    return mallar.rendera("stadsdelar.html", poster=poster, okanda=okanda, period=hb.aktuell_period)


def stadsdel_sida(hb: Handbok, mallar: Mallar, stadsdel_id: str) -> str:
    stadsdel = hb.stadsdel_per_id[stadsdel_id]
    return mallar.rendera(
        "stadsdel.html",
        stadsdel=stadsdel,
        skolor=skolor_i(hb, stadsdel_id),
        okanda=sum(1 for s in hb.skolor.skolor if s.stadsdel is None),
    )
