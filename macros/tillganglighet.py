"""The accessibility statement that DOS-lagen requires, from data/tillganglighet.yml."""

from __future__ import annotations

from .handbok import Handbok
from .mallar import Mallar


def tillganglighetsredogorelse(hb: Handbok, mallar: Mallar) -> str:
    return mallar.rendera("tillganglighet.html", t=hb.tillganglighet)
