"""The district administrations: a list and one page per district."""

from __future__ import annotations

from .laddning.handbok import Handbok
from .vy.partials import Partials


def skolor_i(hb: Handbok, stadsdel_id: str) -> list:
    return sorted((s for s in hb.skolor.skolor if s.stadsdel == stadsdel_id), key=lambda s: s.namn.casefold())


def stadsdelar_lista(hb: Handbok, partials: Partials) -> str:
    poster = [(s, skolor_i(hb, s.id)) for s in sorted(hb.stadsdelar.stadsdelar, key=lambda s: s.namn.casefold())]
    okanda = sum(1 for s in hb.skolor.skolor if s.stadsdel is None)
    return partials.rendera("stadsdelar.html", poster=poster, okanda=okanda, period=hb.aktuell_period)


def stadsdel_sida(hb: Handbok, partials: Partials, stadsdel_id: str) -> str:
    stadsdel = hb.stadsdel_per_id[stadsdel_id]
    return partials.rendera(
        "stadsdel.html",
        stadsdel=stadsdel,
        skolor=skolor_i(hb, stadsdel_id),
        okanda=sum(1 for s in hb.skolor.skolor if s.stadsdel is None),
    )
