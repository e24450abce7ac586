"""MkDocs hook: each page shows its owner, review status and last change, readable without JavaScript.
Wrong or missing review data stops the build with file:line; an overdue review only warns (the page
still publishes, with a notice)."""

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
    from macros.fel import DataFel
    from macros.granskning import las_alla

    docs = Path(config.docs_dir)
    try:
        _granskningar.clear()
        _granskningar.update({g.sida: g for g in las_alla(docs)})
    except DataFel as err:
        raise PluginError(err.rapport()) from None
    _andrad.clear()
    _andrad.update(senast_andrade(docs))
    idag = dt.date.today()
    for g in _granskningar.values():
        if g.status(idag) == "forsenad":
            log.info(f"docs/{g.sida}: granskningen är försenad sedan {g.nasta} (ägare: {g.agare})")


def on_page_markdown(markdown: str, page, config, files) -> str:
    granskning = _granskningar.get(page.file.src_uri)
    if granskning:
        # Dates are written out here, so the theme template needs no filter of ours.
        page.meta["hb_granskning"] = {
            "agare": granskning.agare,
            "senast": svenskt_datum(granskning.senast),
            "nasta": svenskt_datum(granskning.nasta),
            "forsenad": granskning.status(dt.date.today()) == "forsenad",
            "andrad": svenskt_datum(_andrad[page.file.src_uri]) if page.file.src_uri in _andrad else None,
            "andringar": [(svenskt_datum(datum), text) for datum, text in granskning.andringar],
        }
    return markdown


MANADER = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
]


def svenskt_datum(datum) -> str:
    """date or 'YYYY-MM-DD' -> '26 november 2026'."""
    if isinstance(datum, str):
        datum = dt.date.fromisoformat(datum)
    return f"{datum.day} {MANADER[datum.month - 1]} {datum.year}"
