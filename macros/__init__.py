"""mkdocs-macros entry point: load and validate data once, register the macros. Nothing else."""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.exceptions import PluginError

from . import (
    checklista,
    dokument,
    granskning,
    kontakter,
    lagesrapport,
    ordlista,
    planerare,
    program,
    roller,
    skolor,
    stadsdelar,
    tillganglighet,
    tryggbassamtal,
    utbildning,
    yrkesroller,
)
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
    "rollista": roller.rollista,
    "tillganglighetsredogorelse": tillganglighet.tillganglighetsredogorelse,
    "checklista": checklista.checklista,
    "checklista_utskrift": checklista.checklista_utskrift,
    "checklista_ordning": checklista.checklista_ordning,
    "planerare": planerare.planerare,
    "mallar_lista": dokument.mallar_lista,
}


def data_dir(projektkatalog: str | Path) -> Path:
    """data/ beside mkdocs.yml, or HB_DATA_DIR (tests and the benchmark build other data sets)."""
    return Path(os.environ.get("HB_DATA_DIR") or Path(projektkatalog) / "data")


def ladda(projektkatalog: str | Path):
    try:
        return las_handbok(data_dir(projektkatalog))
    except DataFel as err:
        raise PluginError(err.rapport()) from None


# Which data files each macro shows, for the page's "Redigera uppgifterna" links.
DATAFILER = {
    "program_fakta": ("program",),
    "stodmaterial_lista": ("stodmaterial",),
    "utbildning_tabell": ("utbildning",),
    "tryggbassamtal_fragor": ("tryggbassamtal",),
    "skolor_tabell": ("skolor",),
    "klasser_diagram": ("skolor",),
    "stadsdelar_lista": ("stadsdelar", "skolor"),
    "yrkesroller_tabell": ("yrkesroller",),
    "kontakter_lista": ("kontakter",),
    "lagesrapport_summering": ("skolor", "yrkesroller", "perioder"),
    "ordlista": ("ordlista",),
    "tillganglighetsredogorelse": ("tillganglighet",),
    "rollista": ("roller",),
    "checklista": ("checklista",),
    "checklista_utskrift": ("checklista",),
    "checklista_ordning": ("checklista",),
    "planerare": ("planerare", "utbildning"),
    "mallar_lista": ("mallar",),
}


def _makro(env, funktion, *bundna, datafiler=()):
    def makro(*args, **kwargs):
        if env.page is not None:
            lista = env.page.meta.setdefault("hb_datafiler", [])
            lista += [f for f in datafiler if f not in lista]
        return funktion(*bundna, *args, **kwargs)

    return makro


def define_env(env) -> None:
    hb = ladda(env.project_dir)
    mallar = Mallar(rot=lambda: relativ_rot(env.page.url if env.page else ""))
    env.variables["siffror"] = lagesrapport.siffror(hb)
    for namn, funktion in MAKRON.items():
        env.macro(_makro(env, funktion, hb, mallar, datafiler=DATAFILER.get(namn, ())), namn)
    env.macro(_makro(env, granskning.att_granska_tabell, hb, mallar, Path(env.conf["docs_dir"])), "att_granska")
