"""The two programmes and MÄN's support material."""

from __future__ import annotations

from .handbok import Handbok
from .mallar import Mallar
from .sidmall import valt


def program_fakta(hb: Handbok, mallar: Mallar, program_id: str) -> str:
    return mallar.rendera("program.html", p=hb.program_per_id[valt(program_id, hb.program_per_id, "programmen")])


def stodmaterial_lista(hb: Handbok, mallar: Mallar) -> str:
    return mallar.rendera("stodmaterial.html", s=hb.stodmaterial)
