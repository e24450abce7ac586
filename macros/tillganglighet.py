"""The accessibility statement that DOS-lagen requires, from data/tillganglighet.yml."""

from __future__ import annotations

from .laddning.handbok import Handbok
from .vy.partials import Partials


def tillganglighetsredogorelse(hb: Handbok, partials: Partials) -> str:
    return partials.rendera("tillganglighet.html", t=hb.tillganglighet)
