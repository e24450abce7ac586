"""Whom to contact for what, grouped by organisation. Functional contacts only, never named people."""

from __future__ import annotations

from .handbok import Handbok
from .mallar import Mallar

GRUPPER = {
    "central": "Staden centralt",
    "stadsdel": "Stadsdelsförvaltning och polis",
    "skola": "På skolan",
    "extern": "Externa organisationer",
}


def kontakter_lista(hb: Handbok, mallar: Mallar) -> str:
    grupper = [(rubrik, [k for k in hb.kontakter.kontakter if k.grupp == grupp]) for grupp, rubrik in GRUPPER.items()]
    return mallar.rendera("kontakter.html", grupper=[(r, k) for r, k in grupper if k], stadsdelar=hb.stadsdel_per_id)
