"""The three questions of the tryggbassamtal."""

from __future__ import annotations

from .laddning.handbok import Handbok
from .vy.partials import Partials


def tryggbassamtal_fragor(hb: Handbok, partials: Partials) -> str:
    return partials.rendera("tryggbassamtal.html", t=hb.tryggbassamtal)
