"""The glossary: one section per term."""

from __future__ import annotations

from .laddning.handbok import Handbok
from .vy.partials import Partials


def ordlista(hb: Handbok, partials: Partials) -> str:
    termer = sorted(hb.ordlista.termer, key=lambda t: t.term.casefold())
    return partials.rendera("ordlista.html", termer=termer)
