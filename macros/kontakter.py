"""Whom to contact for what, grouped by organisation. Functional contacts only, never named people."""

from __future__ import annotations

from .laddning.handbok import Handbok
from .vy.partials import Partials

GRUPPER = {
    "central": "Staden centralt",
    "stadsdel": "Stadsdelsförvaltning och polis",
    "skola": "På skolan",
    "extern": "Externa organisationer",
}


def kontakter_lista(hb: Handbok, partials: Partials) -> str:
    grupper = [(rubrik, [k for k in hb.kontakter.kontakter if k.grupp == grupp]) for grupp, rubrik in GRUPPER.items()]
    return partials.rendera("kontakter.html", grupper=[(r, k) for r, k in grupper if k], stadsdelar=hb.stadsdel_per_id)
