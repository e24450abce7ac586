"""MkDocs hook: old addresses keep working. A moved page leaves a small redirect page behind (the
#section of the old address is kept); a renamed section keeps its old id as an anchor just before the
new heading, so old links land on it even without JavaScript. Both come from data/omdirigeringar.yml."""

from __future__ import annotations

import html
import posixpath
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

PROJEKT = Path(__file__).resolve().parents[1]

STUB = """<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'">
<meta name="robots" content="noindex">
<title>Sidan har flyttat – MVP-handboken</title>
<link rel="canonical" href="{mal}">
<script src="{rot}assets/hb-omdirigera.js"></script>
<meta http-equiv="refresh" content="0; url={mal}">
</head>
<body>
<p>Sidan har flyttat. Gå till <a href="{mal}">den nya adressen</a>.</p>
</body>
</html>
"""


_aktuella: list = []


def _omdirigeringar():
    from macros import ladda

    return ladda(PROJEKT).omdirigeringar


def on_pre_build(config) -> None:
    _aktuella[:] = _omdirigeringar().avsnitt  # read once per build, not once per page


def relativ(fran: str, till: str) -> str:
    """Link from the page at `fran` to the page at `till`, both site paths like 'a/b/'."""
    lank = posixpath.relpath("/" + till, "/" + fran)
    return "./" if lank == "." else lank.rstrip("/") + "/"


def on_files(files: Files, config) -> Files:
    sidor = {f.url for f in files.documentation_pages()}
    for flytt in _omdirigeringar().sidor:
        if flytt.fran in sidor:
            raise PluginError(
                f"data/omdirigeringar.yml: sidan {flytt.fran!r} finns fortfarande – en omdirigering "
                "därifrån skulle dölja den. Ta bort raden eller flytta sidan."
            )
        if flytt.till not in sidor:
            raise PluginError(
                f"data/omdirigeringar.yml: {flytt.fran!r} ska leda till {flytt.till!r}, men den sidan "
                "finns inte. Rätta adressen."
            )
        stub = STUB.format(mal=html.escape(relativ(flytt.fran, flytt.till)), rot="../" * flytt.fran.count("/"))
        files.append(File.generated(config, f"{flytt.fran}index.html", content=stub))
    return files


def on_page_content(sid_html: str, page, config, files) -> str:
    for alias in (a for a in _aktuella if a.sida == page.url):
        mal = re.search(rf'<[^>]+\bid="{re.escape(alias.till)}"[^>]*>', sid_html)
        if mal is None:
            raise PluginError(
                f"data/omdirigeringar.yml: avsnittet {alias.till!r} finns inte på sidan "
                f"{alias.sida!r}. Rätta id:t så att {alias.fran!r} leder rätt."
            )
        # Inside the target, as its first child: a page still begins with its title.
        ankare = f'<span id="{alias.fran}" class="hb-alias"></span>'
        sid_html = sid_html[: mal.end()] + ankare + sid_html[mal.end() :]
    return sid_html
