"""The three questions of the tryggbassamtal."""

from __future__ import annotations

from .handbok import Handbok
from .mallar import Mallar


def tryggbassamtal_fragor(hb: Handbok, mallar: Mallar) -> str:
    return mallar.rendera("tryggbassamtal.html", t=hb.tryggbassamtal)
