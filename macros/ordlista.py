"""The glossary: one section per term."""

from __future__ import annotations

from .handbok import Handbok
from .mallar import Mallar


def ordlista(hb: Handbok, mallar: Mallar) -> str:
    termer = sorted(hb.ordlista.termer, key=lambda t: t.term.casefold())
    return mallar.rendera("ordlista.html", termer=termer)
