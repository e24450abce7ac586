"""Abbreviations from the glossary (data/ordlista.yml) explained in place, the first time a page uses them."""

from __future__ import annotations

import re
from functools import cache

from markupsafe import Markup

from ..laddning.models import Term

_DELAR = re.compile(r"(<[^>]+>)")
_SPARRADE = {
    "a",
    "abbr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "code",
    "pre",
    "script",
    "style",
    "button",
    "label",
    "option",
    "select",
    "textarea",
    "title",
    "summary",
    "figcaption",
    "caption",
    "th",
}


def forklara_forkortningar(html: str, termer: list[Term]) -> str:
    """The first time a page uses an abbreviation from the glossary in running text, explain it in place:
    shown on hover and keyboard focus, and read out by screen readers. Where the page already spells
    it out close by, it is left alone. Search leaves the explanation out: an excerpt quotes only what the
    page shows."""
    kvar = {t.term: t.forkortning for t in termer if t.forkortning and t.term.isupper()}
    if not kvar:
        return html
    nagon = _nagon_av(tuple(kvar))
    sparrade = 0
    ut = []
    for del_ in _DELAR.split(html):
        if del_.startswith("<"):
            namn = re.match(r"</?([a-zA-Z0-9]+)", del_)
            if namn and namn.group(1).lower() in _SPARRADE and not del_.endswith("/>"):
                sparrade += -1 if del_.startswith("</") else 1
            ut.append(del_)
            continue
        # One combined search first: most text holds no abbreviation at all.
        if sparrade == 0 and kvar and nagon.search(del_):
            del_ = _ersatt_forsta(del_, kvar, html)
        ut.append(del_)
    return "".join(ut)


@cache
def _nagon_av(termer: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(rf"(?<![\w-]){re.escape(t)}(?![\w-])" for t in termer))


def _ersatt_forsta(text: str, kvar: dict[str, str], hela: str) -> str:
    for term in list(kvar):
        match = re.search(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text)
        if not match:
            continue
        utskrivet = kvar.pop(term)
        narhet = text[max(0, match.start() - 80) : match.end() + 80]
        if utskrivet.lower() in narhet.lower():
            continue
        forklaring = Markup(
            '<abbr class="hb-forkortning" tabindex="0" data-forklaring="{f}">{t}'
            '<span class="hb-dold" data-pagefind-ignore> ({f})</span></abbr>'
        ).format(t=term, f=utskrivet)
        text = text[: match.start()] + forklaring + text[match.end() :]
    return text
