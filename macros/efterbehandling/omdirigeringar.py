"""Old addresses keep working (data/omdirigeringar.yml). A moved page leaves a small redirect page behind
(the #section of the old address is kept); a renamed section keeps its old id as an anchor just before the
new heading, so old links land on it even without JavaScript."""

from __future__ import annotations

import html
import posixpath
import re

from ..laddning.models import OmdirigeringarFil

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


class OmdirigeringsFel(ValueError):
    """A redirect that cannot be made; the message is the Swedish line for the editor."""


def relativ(fran: str, till: str) -> str:
    """Link from the page at `fran` to the page at `till`, both site paths like 'a/b/'."""
    lank = posixpath.relpath("/" + till, "/" + fran)
    return "./" if lank == "." else lank.rstrip("/") + "/"


def stubbar(omdirigeringar: OmdirigeringarFil, sidor: set[str]) -> list[tuple[str, str]]:
    """(file, HTML) of each redirect page, given the addresses of the site's pages."""
    ut = []
    for flytt in omdirigeringar.sidor:
        if flytt.fran in sidor:
            raise OmdirigeringsFel(
                f"data/omdirigeringar.yml: sidan {flytt.fran!r} finns fortfarande – en omdirigering "
                "därifrån skulle dölja den. Ta bort raden eller flytta sidan."
            )
        if flytt.till not in sidor:
            raise OmdirigeringsFel(
                f"data/omdirigeringar.yml: {flytt.fran!r} ska leda till {flytt.till!r}, men den sidan "
                "finns inte. Rätta adressen."
            )
        stub = STUB.format(mal=html.escape(relativ(flytt.fran, flytt.till)), rot="../" * flytt.fran.count("/"))
        ut.append((f"{flytt.fran}index.html", stub))
    return ut


def med_alias(sid_html: str, url: str, omdirigeringar: OmdirigeringarFil) -> str:
    """The page's content with an anchor of each renamed section's old id inside the section's heading."""
    for alias in (a for a in omdirigeringar.avsnitt if a.sida == url):
        mal = re.search(rf'<[^>]+\bid="{re.escape(alias.till)}"[^>]*>', sid_html)
        if mal is None:
            raise OmdirigeringsFel(
                f"data/omdirigeringar.yml: avsnittet {alias.till!r} finns inte på sidan "
                f"{alias.sida!r}. Rätta id:t så att {alias.fran!r} leder rätt."
            )
        # Inside the target, as its first child: a page still begins with its title.
        ankare = f'<span id="{alias.fran}" class="hb-alias"></span>'
        sid_html = sid_html[: mal.end()] + ankare + sid_html[mal.end() :]
    return sid_html
