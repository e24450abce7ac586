"""Search help from the glossary: Pagefind stems Swedish but knows no synonyms or compound parts.

Each section that mentions a glossary term gets the term's search words as an indexed attribute, so
"föräldrar" finds the section about vårdnadshavare and "kurator" finds the one about skolkuratorer,
with nothing extra shown or read aloud."""

from __future__ import annotations

import html
import re
from functools import cache

from .models import Term

_RUBRIK = re.compile(r"(<h[1-6][^>]*>.*?</h[1-6]>)", re.S)
_TAGG = re.compile(r"<[^>]+>")


def stam(term: str) -> str:
    """The part of a term that its inflected forms share: 'vårdnadshavare' -> 'vårdnadshavar'."""
    return term.lower().rstrip("aeiouyåäö") or term.lower()


@cache
def _forkortning(term: str) -> re.Pattern:
    return re.compile(rf"(?<!\w){re.escape(term)}(?!\w)")


def _namns(term: Term, text: str, text_lagre: str) -> bool:
    if term.term.isupper():  # abbreviations: the whole word, exact case
        return _forkortning(term.term).search(text) is not None
    return stam(term.term) in text_lagre


def sokord_for(text: str, termer: list[Term]) -> list[str]:
    lagre = text.lower()
    ord_ = []
    for term in termer:
        if _namns(term, text, lagre):
            ord_ += [o for o in term.sokord if o not in ord_]
    return ord_


def lagg_till_sokord(sid_html: str, termer: list[Term]) -> str:
    """After each heading, an empty span whose data-sok attribute Pagefind indexes for that section."""
    delar = _RUBRIK.split(sid_html)
    ut = [delar[0]]
    for i in range(1, len(delar), 2):
        rubrik, brodtext = delar[i], delar[i + 1]
        ord_ = sokord_for(_TAGG.sub(" ", rubrik + brodtext), termer)
        span = (
            f'<span data-pagefind-index-attrs="data-sok" data-sok="{html.escape(" ".join(ord_))}"></span>'
            if ord_
            else ""
        )
        ut += [rubrik, span, brodtext]
    return "".join(ut)
