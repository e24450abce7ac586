"""MkDocs hook: "Skriv ut hela handboken" – every page of the navigation, in order, in one document.

Each page's rendered content is kept as it is built (unless its front matter says
skriv_ut: false); the print page then joins them. Ids get the page's
name in front so they stay unique, headings move one level down under the page's own title, and links
between the pages become links within the document.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import urljoin, urlsplit

# A page asks for the whole handbook by holding this placeholder (docs/skriv-ut.md does).
PLATS = '<div id="hb-hela-handboken"></div>'

_innehall: dict[str, tuple[str, str]] = {}  # page url -> (title, content)
_ordning: list[str] = []

_ID = re.compile(r'(?<=\s)(id|for|aria-controls|aria-describedby|aria-labelledby)="([^"]+)"')
_HREF = re.compile(r'\bhref="([^"]*)"')
_RUBRIK = re.compile(r"<(/?)h([1-5])\b")


def namn(url: str) -> str:
    return url.strip("/").replace("/", "-") or "start"


def on_nav(nav, config, files):
    _ordning[:] = [p.url for p in nav.pages]
    _innehall.clear()
    return nav


def on_page_content(html: str, page, config, files) -> str:
    if page.url in _ordning and PLATS not in html and page.meta.get("skriv_ut") is not False:
        _innehall[page.url] = (page.title, html)
    return html


def _ny_lank(href: str, fran: str, utskrift: str) -> str:
    if urlsplit(href).scheme or href.startswith(("//", "mailto:")):
        return href
    mal = urlsplit(urljoin("/" + fran, href))
    sida = mal.path.lstrip("/")
    if sida in _innehall:
        return f"#{namn(sida)}--{mal.fragment}" if mal.fragment else f"#sida-{namn(sida)}"
    if not href or href.startswith("#"):
        return f"#{namn(fran)}--{href[1:]}" if href else href
    # Outside the printed pages (a school's page, a Word file): the same target, seen from the print page.
    relativ = posixpath.relpath(mal.path, "/" + utskrift)
    relativ += "/" if mal.path.endswith("/") and not relativ.endswith("/") else ""
    return relativ + (f"#{mal.fragment}" if mal.fragment else "")


def sida(url: str, utskrift: str) -> str:
    titel, html = _innehall[url]
    prefix = namn(url)
    html = _ID.sub(lambda m: f'{m.group(1)}="' + " ".join(f"{prefix}--{i}" for i in m.group(2).split()) + '"', html)
    html = _HREF.sub(lambda m: f'href="{_ny_lank(m.group(1), url, utskrift)}"', html)
    html = _RUBRIK.sub(lambda m: f"<{m.group(1)}h{int(m.group(2)) + 1}", html)
    return f'<section class="hb-utskrift__sida" id="sida-{prefix}">{html}</section>'


def on_post_page(output: str, page, config) -> str:
    if PLATS not in output:
        return output
    delar = "".join(sida(url, page.url) for url in _ordning if url in _innehall)
    # The search index already has every page; the printed copy is left out of it.
    return output.replace(PLATS, f'<div id="hb-hela-handboken" data-pagefind-ignore="all">{delar}</div>', 1)
