"""mkdocs-macros entry point: load and validate data once, register the macros, render pages in a sandbox."""

from __future__ import annotations

import os
from pathlib import Path

from markupsafe import escape
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
from .fel import DataFel, Fel
from .loader import las_handbok
from .mallar import Mallar, relativ_rot, tal_i_text
from .sidmall import SidFel, rendera, sidmakro, sidvarden

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


def _med_datafiler(env, makro, datafiler):
    """Notes on the page which data files it shows, for its "Redigera uppgifterna" links."""

    def anrop(*args, **kwargs):
        if env.page is not None:
            lista = env.page.meta.setdefault("hb_datafiler", [])
            lista += [f for f in datafiler if f not in lista]
        return makro(*args, **kwargs)

    return anrop


def sidmakron(env, hb, mallar) -> dict:
    """Every macro a page may call, each with the values it needs bound and its arguments checked."""
    bundna = {namn: (hb, mallar) for namn in MAKRON}
    bundna["checklista_utskrift"] = (hb, mallar, env.conf["site_url"])
    # {{ ord(siffror.stadsdelar) }} -> "nio": one to twelve in words in running text (Myndigheternas skrivregler).
    alla = {**MAKRON, "att_granska": granskning.att_granska_tabell, "ord": tal_i_text}
    bundna["att_granska"] = (hb, mallar, Path(env.conf["docs_dir"]))
    bundna["ord"] = ()
    return {
        namn: _med_datafiler(env, sidmakro(namn, funktion, bundna[namn]), DATAFILER.get(namn, ()))
        for namn, funktion in alla.items()
    }


def define_env(env) -> None:
    hb = ladda(env.project_dir)
    mallar = Mallar(rot=lambda: relativ_rot(env.page.url if env.page else ""))
    # Pages are rendered by on_pre_page_macros below, in a sandbox, not by mkdocs-macros' own Jinja.
    env.hb_makron = sidmakron(env, hb, mallar)
    env.hb_varden = {"siffror": sidvarden(lagesrapport.siffror(hb))}


def _rader_fore(kalla: str, markdown: str) -> int:
    """Lines of front matter above the Markdown, so a line in the message is a line in the file."""
    plats = kalla.rfind(markdown) if markdown else -1
    return kalla.count("\n", 0, plats) if plats > 0 else 0


def on_pre_page_macros(env) -> None:
    sida = env.page
    if isinstance(sida.meta.get("title"), str):
        # Front-matter titles are text; the theme prints page titles as HTML.
        sida.meta["title"] = escape(sida.meta["title"])
    if sida.meta.get("render_macros") is False:
        return
    try:
        if "{" in str(sida.title or "") and "title" not in sida.meta:
            sida.title = rendera(str(sida.title), env.hb_makron, env.hb_varden)
        env.markdown = rendera(env.markdown, env.hb_makron, env.hb_varden)
    except SidFel as fel:
        fil = f"docs/{sida.file.src_uri}"
        rad = (fel.rad or 1) + _rader_fore(sida.file.content_string, env.markdown)
        rapport = DataFel([Fel(fil, rad, 1, "(mallkod)", fel.meddelande)]).rapport()
        raise PluginError(rapport) from None
    sida.meta["render_macros"] = False  # rendered: mkdocs-macros must leave it as it is
