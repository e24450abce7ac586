"""mkdocs-macros entry point: load and validate data once, register the macros. Nothing else."""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path

from mkdocs.exceptions import PluginError

from . import (kontakter, lagesrapport, ordlista, program, skolor, stadsdelar, tillganglighet,
               tryggbassamtal, utbildning, yrkesroller)
from .fel import DataFel
from .loader import las_handbok
from .mallar import Mallar, relativ_rot

MAKRON = {
    "program_fakta": program.program_fakta,
    "stodmaterial_lista": program.stodmaterial_lista,
    "utbildning_tabell": utbildning.utbildning_tabell,
    "tryggbassamtal_fragor": tryggbassamtal.tryggbassamtal_fragor,
    "skolor_tabell": skolor.skolor_tabell,
    "klasser_diagram": skolor.klasser_diagram,
    "stadsdelar_lista": stadsdelar.stadsdelar_lista,
    "yrkesroller_tabell": yrkesroller.yrkesroller_tabell,
    "kontakter_lista": kontakter.kontakter_lista,
    "lagesrapport_summering": lagesrapport.lagesrapport_summering,
    "ordlista": ordlista.ordlista,
    "tillganglighetsredogorelse": tillganglighet.tillganglighetsredogorelse,
}


def data_dir(projektkatalog: str | Path) -> Path:
    """data/ beside mkdocs.yml, or HB_DATA_DIR (tests and the benchmark build other data sets)."""
    return Path(os.environ.get("HB_DATA_DIR") or Path(projektkatalog) / "data")


def ladda(projektkatalog: str | Path):
    try:
        return las_handbok(data_dir(projektkatalog))
    except DataFel as err:
        raise PluginError(err.rapport()) from None


def define_env(env) -> None:
    hb = ladda(env.project_dir)
    mallar = Mallar(rot=lambda: relativ_rot(env.page.url if env.page else ""))
    env.variables["siffror"] = lagesrapport.siffror(hb)
    for namn, funktion in MAKRON.items():
        env.macro(partial(funktion, hb, mallar), namn)
