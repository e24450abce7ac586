"""The two programmes and MÄN's support material."""

from __future__ import annotations

from .kalla.sidmall import valt
from .laddning.handbok import Handbok
from .vy.partials import Partials


def program_fakta(hb: Handbok, partials: Partials, program_id: str) -> str:
    return partials.rendera("program.html", p=hb.program_per_id[valt(program_id, hb.program_per_id, "programmen")])


def stodmaterial_lista(hb: Handbok, partials: Partials) -> str:
    return partials.rendera("stodmaterial.html", s=hb.stodmaterial)
