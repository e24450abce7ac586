""" "Skriv ut hela handboken": every page of the navigation, in order, in one document.

Each page's rendered content is kept as it is built (unless its front matter says skriv_ut: false); the
print page then joins them. Ids get the page's name in front so they stay unique, headings move one level
down under the page's own title, and links between the pages become links within the document. The
pages are kept in the build's Utskrift (bygge.Bygge), never in a module."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

# A page asks for the whole handbook by holding this placeholder (docs/skriv-ut.md does).
PLATS = '<div id="hb-hela-handboken"></div>'

_ID = re.compile(r'(?<=\s)(id|for|aria-controls|aria-describedby|aria-labelledby)="([^"]+)"')
_HREF = re.compile(r'\bhref="([^"]*)"')
_RUBRIK = re.compile(r"<(/?)h([1-5])\b")


def namn(url: str) -> str:
    return url.strip("/").replace("/", "-") or "start"


def ny_lank(href: str, fran: str, utskrift: str, utskrivna: set[str] | dict) -> str:
    """A link of the page at `fran` as it works on the print page at `utskrift`: to a printed page, within
    the document; to anything else (a school's page, a Word file), the same target seen from there."""
    if urlsplit(href).scheme or href.startswith(("//", "mailto:")):
        return href
    mal = urlsplit(urljoin("/" + fran, href))
    sida = mal.path.lstrip("/")
    if sida in utskrivna:
        return f"#{namn(sida)}--{mal.fragment}" if mal.fragment else f"#sida-{namn(sida)}"
    if not href or href.startswith("#"):
        return f"#{namn(fran)}--{href[1:]}" if href else href
    relativ = posixpath.relpath(mal.path, "/" + utskrift)
    relativ += "/" if mal.path.endswith("/") and not relativ.endswith("/") else ""
    return relativ + (f"#{mal.fragment}" if mal.fragment else "")


def utskriven_sida(url: str, html: str, utskrift: str, utskrivna: set[str] | dict) -> str:
    """One page's content as a section of the print page."""
    prefix = namn(url)
    html = _ID.sub(lambda m: f'{m.group(1)}="' + " ".join(f"{prefix}--{i}" for i in m.group(2).split()) + '"', html)
    html = _HREF.sub(lambda m: f'href="{ny_lank(m.group(1), url, utskrift, utskrivna)}"', html)
    html = _RUBRIK.sub(lambda m: f"<{m.group(1)}h{int(m.group(2)) + 1}", html)
    return f'<section class="hb-utskrift__sida" id="sida-{prefix}">{html}</section>'


@dataclass
class Utskrift:
    ordning: list[str] = field(default_factory=list)  # the navigation's page urls
    innehall: dict[str, str] = field(default_factory=dict)  # page url -> rendered content

    def spara(self, url: str, html: str, skriv_ut: object = True) -> None:
        if url in self.ordning and PLATS not in html and skriv_ut is not False:
            self.innehall[url] = html

    def fyll(self, output: str, url: str) -> str:
        """The finished page, with the whole handbook in place of PLATS if it holds it."""
        if PLATS not in output:
            return output
        utskrivna = [u for u in self.ordning if u in self.innehall]
        delar = "".join(utskriven_sida(u, self.innehall[u], url, self.innehall) for u in utskrivna)
        # The search index already has every page; the printed copy is left out of it.
        return output.replace(PLATS, f'<div id="hb-hela-handboken" data-pagefind-ignore="all">{delar}</div>', 1)
