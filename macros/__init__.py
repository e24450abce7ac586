"""mkdocs-macros entry point: take the build's Bygge, register the macros of makron.py, render pages in a
sandbox."""

from __future__ import annotations

from pathlib import Path

from markupsafe import escape
from mkdocs.exceptions import PluginError

from . import lagesrapport
from .bygge import Bygge, data_dir, for_config, stoppa_vid_datafel
from .kalla.sidmall import SidFel, rendera, sidmakro, sidvarden
from .laddning.fel import DataFel, Fel
from .laddning.las import las_handbok
from .makron import MAKRON
from .vy.adresser import relativ_rot
from .vy.partials import Partials

__all__ = ["DataFel", "data_dir", "ladda"]


def ladda(projektkatalog: str | Path):
    """The validated data of the project in projektkatalog, for the scripts; a build uses its Bygge."""
    with stoppa_vid_datafel():
        return las_handbok(data_dir(projektkatalog), Path(projektkatalog) / "docs")


def _med_datafiler(env, makro, datafiler):
    """Notes on the page which data files it shows, for its "Redigera uppgifterna" links."""

    def anrop(*args, **kwargs):
        if env.page is not None:
            lista = env.page.meta.setdefault("hb_datafiler", [])
            lista += [f for f in datafiler if f not in lista]
        return makro(*args, **kwargs)

    return anrop


def sidmakron(env, bygge: Bygge, partials) -> dict:
    """Every macro a page may call, each with the values it needs bound and its arguments checked."""
    varden = {
        "hb": (bygge.hb, partials),
        "hb_adress": (bygge.hb, partials, env.conf["site_url"]),
        "hb_granskningar": (bygge.hb, partials, bygge.alla_granskningar),
        "hb_word": (bygge.hb, partials, bygge.wordfiler),
        "inga": (),
    }
    return {m.namn: _med_datafiler(env, sidmakro(m.namn, m.funktion, varden[m.binder]), m.datafiler) for m in MAKRON}


def define_env(env) -> None:
    partials = Partials(rot=lambda: relativ_rot(env.page.url if env.page else ""))
    with stoppa_vid_datafel():  # the pages' review data is read here first: its errors stop the build too
        bygge = for_config(env.conf)
        # Pages are rendered by on_pre_page_macros below, in a sandbox, not by mkdocs-macros' own Jinja.
        env.hb_makron = sidmakron(env, bygge, partials)
    env.hb_varden = {"siffror": sidvarden(lagesrapport.siffror(bygge.hb))}


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
