"""The handbook's one MkDocs hooks file: each event handler, in the order MkDocs calls them, hands the
build's Bygge (macros/bygge.py) to a function in macros/. No logic and no state lives here.

Within one event, the order of the calls is the order of the features: generated pages before the
redirects that may point to them; the search weights last among the content steps; the Content-Security-
Policy last of all, so it hashes the inline scripts exactly as they are published."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

PROJEKT = Path(__file__).resolve().parents[1]

log = logging.getLogger("mkdocs.hooks.handbok")


def _bygge(config):
    # The builder restores sys.path after loading this file, so macros/ is made importable here.
    if str(PROJEKT) not in sys.path:
        sys.path.insert(0, str(PROJEKT))
    from macros.bygge import for_config, stoppa_vid_datafel

    with stoppa_vid_datafel():
        return for_config(config)


@event_priority(100)  # before the macros plugin's on_config, which takes the same Bygge
def on_config(config):
    _bygge(config)
    return config


def on_pre_build(config) -> None:
    from macros.bygge import stoppa_vid_datafel

    bygge = _bygge(config)
    with stoppa_vid_datafel():
        granskningar = bygge.alla_granskningar
    for g in granskningar:
        if g.status(bygge.idag) == "forsenad":
            log.info(f"{g.sida}: granskningen är försenad sedan {g.nasta} (ägare: {g.agare})")


def on_files(files: Files, config) -> Files:
    from macros import genererade
    from macros.bygge import stoppa_vid_datafel
    from macros.efterbehandling.omdirigeringar import OmdirigeringsFel, stubbar

    bygge = _bygge(config)
    # MkDocs gets the pages as the build read them: docs/ is read once, and every step sees the same text.
    for fil in files.documentation_pages():
        if fil.src_uri in bygge.hb.sidor:
            fil.content_string = bygge.hb.sidor[fil.src_uri].text
    with stoppa_vid_datafel():
        for uri, innehall in genererade.sidor(bygge):
            files.append(File.generated(config, uri, content=innehall))
    try:
        for uri, innehall in stubbar(bygge.hb.omdirigeringar, {f.url for f in files.documentation_pages()}):
            files.append(File.generated(config, uri, content=innehall))
    except OmdirigeringsFel as err:
        raise PluginError(str(err)) from None
    for uri, innehall in genererade.mallfiler(bygge):
        sida = InclusionLevel.NOT_IN_NAV if uri.endswith(".md") else InclusionLevel.UNDEFINED
        files.append(File.generated(config, uri, content=innehall, inclusion=sida))
    return files


def on_nav(nav, config, files):
    _bygge(config).utskrift.ordning[:] = [p.url for p in nav.pages]
    return nav


def on_page_markdown(markdown: str, page, config, files) -> str:
    from macros.bygge import stoppa_vid_datafel
    from macros.granskning import sidans_uppgifter
    from macros.nasta_steg import losa

    bygge = _bygge(config)
    granskning = bygge.granskningar.get(page.file.src_uri)
    if granskning:
        page.meta["hb_granskning"] = sidans_uppgifter(granskning, bygge.andrad.get(page.file.src_uri), bygge.idag)
    # A page that shows figures from data/ (front matter `visar_siffror: true`) says which term they are for.
    if page.meta.get("visar_siffror") is True:
        period = bygge.hb.aktuell_period
        page.meta["hb_kalla"] = f"Siffrorna gäller {period.namn}. Källa: {period.kalla}."
    if "nasta_steg" in page.meta:
        sida = bygge.hb.sidor.get(page.file.src_uri)  # none for a generated page
        kalla = sida.text if sida else ""
        with stoppa_vid_datafel("sidornas sidhuvuden"):
            lankar = losa(bygge.hb, page.meta["nasta_steg"], f"docs/{page.file.src_uri}", kalla)
        page.meta["hb_nasta_steg"] = [{"url": n.url, "text": n.text, "om": n.om} for n in lankar]
    return markdown


def on_page_content(html: str, page, config, files) -> str:
    from macros.efterbehandling.forkortningar import forklara_forkortningar
    from macros.efterbehandling.omdirigeringar import OmdirigeringsFel, med_alias
    from macros.efterbehandling.sok import med_sokvikt, skilj_block

    bygge = _bygge(config)
    try:
        html = med_alias(html, page.url, bygge.hb.omdirigeringar)
    except OmdirigeringsFel as err:
        raise PluginError(str(err)) from None
    html = skilj_block(forklara_forkortningar(html, bygge.hb.ordlista.termer))
    bygge.utskrift.spara(page.url, html, page.meta.get("skriv_ut"))
    return med_sokvikt(html, page.meta.get("sok"))


def _skydda(html: str, sida: str, rot: str, config) -> str:
    from macros.efterbehandling.csp import granska, med_policy, rapport

    # Script files the project ships: mkdocs.yml's extra_javascript and the theme's own in overrides/assets.
    egna = set(map(str, config.extra_javascript))
    if config.theme.custom_dir:
        egna |= {f"assets/{f.name}" for f in (Path(config.theme.custom_dir) / "assets").glob("*.js")}
    hashes, problem = granska(html, rot, egna)
    if problem:
        raise PluginError(rapport(sida, problem))
    return med_policy(html, hashes)


def on_post_page(output: str, page, config) -> str:
    output = _bygge(config).utskrift.fyll(output, page.url)
    rot = "/".join([".."] * page.url.count("/")) or "."  # "skolor/akalla/" -> "../.."
    return _skydda(output, f"docs/{page.file.src_uri}", rot, config)


def on_post_template(output: str, template_name: str, config) -> str:
    return _skydda(output, template_name, "/", config) if template_name.endswith(".html") else output


def on_post_build(config) -> None:
    from macros.efterbehandling.sok import bygg_index

    if os.environ.get("HB_SOK") == "0":  # `make check` skips the index to stay fast
        return
    fel = bygg_index(Path(config.site_dir), _bygge(config).hb.ordlista.termer)
    if fel:
        raise PluginError(fel)
