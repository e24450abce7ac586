"""MkDocs hook: each page shows its owner, review status and last change, readable without JavaScript;
a page of figures also shows which term they are for and where they come from. Wrong or missing review
data stops the build with file:line; an overdue review only warns (the page still publishes, with a
notice)."""

from __future__ import annotations

import datetime as dt
import logging
import subprocess
from pathlib import Path

from mkdocs.exceptions import PluginError

log = logging.getLogger("mkdocs.hooks.granskning")
PROJEKT = Path(__file__).resolve().parents[1]
_granskningar: dict = {}
_andrad: dict[str, str] = {}
_kalla: dict[str, str] = {}


def senast_andrade(docs: Path) -> dict[str, str]:
    """Latest commit date per file under docs/, in one git call. Files not committed (or no git at all,
    or a shallow clone without their history) are simply missing: never a warning, never a stop."""
    try:
        ut = subprocess.run(
            ["git", "log", "--format=%x00%cs", "--name-only", "--relative", "--", "."],
            cwd=docs,
            capture_output=True,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.SubprocessError):
        return {}
    datum, resultat = None, {}
    for rad in ut.stdout.splitlines():
        if rad.startswith("\x00"):
            datum = rad[1:]
        elif rad.strip() and datum:
            resultat.setdefault(rad.strip(), datum)
    return resultat


def on_pre_build(config) -> None:
    from macros import ladda
    from macros.fel import DataFel
    from macros.granskning import fran_data, las_alla

    docs = Path(config.docs_dir)
    try:
        _granskningar.clear()
        _granskningar.update({g.sida: g for g in las_alla(docs)})
    except DataFel as err:
        raise PluginError(err.rapport()) from None
    hb = ladda(PROJEKT)
    # Generated pages (templates, role pages) are reviewed in their data file.
    for uris, granskning in fran_data(hb):
        _granskningar.update(dict.fromkeys(uris, granskning))
    _kalla.clear()
    _kalla["text"] = f"Siffrorna gäller {hb.aktuell_period.namn}. Källa: {hb.aktuell_period.kalla}."
    _andrad.clear()
    _andrad.update(senast_andrade(docs))
    idag = dt.date.today()
    for g in {id(g): g for g in _granskningar.values()}.values():
        if g.status(idag) == "forsenad":
            log.info(f"{g.sida}: granskningen är försenad sedan {g.nasta} (ägare: {g.agare})")


def on_page_markdown(markdown: str, page, config, files) -> str:
    from macros.granskning import rad, svenskt_datum

    granskning = _granskningar.get(page.file.src_uri)
    if granskning:
        # The line is written out here, so the theme template needs no logic or filter of ours.
        page.meta["hb_granskning"] = {
            "rad": rad(granskning),
            "fil": granskning.fil,
            "agare": granskning.agare,
            "nasta": svenskt_datum(granskning.nasta) if granskning.nasta else None,
            "forsenad": granskning.status(dt.date.today()) == "forsenad",
            "andrad": svenskt_datum(_andrad[page.file.src_uri]) if page.file.src_uri in _andrad else None,
            "andringar": [(svenskt_datum(datum), text) for datum, text in granskning.andringar],
        }
    # A page that shows figures from data/ (front matter `visar_siffror: true`) says which term they are for.
    if page.meta.get("visar_siffror") is True:
        page.meta["hb_kalla"] = _kalla["text"]
    return markdown
