"""Search help built with the site: Pagefind stems Swedish but knows no synonyms, compound parts or typos.

Two things are written next to Pagefind's index (pagefind/hb-sok.json), and the header search fetches them
only when someone searches:
  ord      every word the index holds, with how often it occurs – "Menade du …?" picks from these, so a
           suggestion always finds something;
  sokord   the glossary's search words, each pointing at its term: searching "rektor" also searches
           "skolledning".
The synonyms are applied to the query, not hidden in the pages: Pagefind would put hidden words into the
page text it quotes, and an excerpt would show words the reader cannot see on the page.

The pages themselves get one change: block elements written back to back (table cells, definition terms)
are given a line break between them, so the indexed text keeps "Namn" and "Mentorer" apart."""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from ..laddning.models import Term

# Pagefind keeps punctuation on a word ("ställtid.", "(AT)."); a word here is letters and digits, with
# inner hyphens and colons kept ("hela-skolan-ansats", "MÄN:s").
_ORD = re.compile(r"[^\W_]+(?:[-:][^\W_]+)*")
_SIGNATUR = b"pagefind_dcd"


def ord_i(text: str) -> list[str]:
    return [o.lower() for o in _ORD.findall(text)]


def ordforrad(texter: Iterable[str]) -> dict[str, int]:
    """Every word in the indexed texts with its count, most frequent first. A hyphenated word counts as
    itself and as its parts, since Pagefind finds it by either."""
    antal: Counter[str] = Counter()
    for text in texter:
        for o in ord_i(text):
            antal[o] += 1
            if "-" in o:
                antal.update(d for d in o.split("-") if d)
    return dict(sorted(antal.items(), key=lambda p: (-p[1], p[0])))


def synonymer(termer: list[Term]) -> dict[str, list[str]]:
    """Each search word (lower case) -> the terms it stands for, in glossary order."""
    ut: dict[str, list[str]] = {}
    for t in termer:
        for s in t.sokord:
            mal = ut.setdefault(s.lower(), [])
            if t.term not in mal and t.term.lower() != s.lower():
                mal.append(t.term)
    return {s: m for s, m in ut.items() if m}


def las_fragment(fil: Path) -> str:
    """The text Pagefind indexed for one page (its fragment file: gzip, signature, JSON)."""
    data = fil.read_bytes()
    if not data.startswith(_SIGNATUR):
        data = gzip.decompress(data)
    return json.loads(data[len(_SIGNATUR) :])["content"]


def sokdata(texter: Iterable[str], termer: list[Term]) -> dict:
    return {"ord": ordforrad(texter), "sokord": synonymer(termer)}


def skriv_sokdata(pagefind: Path, termer: list[Term]) -> Path:
    texter = [las_fragment(f) for f in sorted((pagefind / "fragment").glob("*.pf_fragment"))]
    ut = pagefind / "hb-sok.json"
    ut.write_text(json.dumps(sokdata(texter, termer), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return ut


# Block-level elements whose text Pagefind runs together when no whitespace separates them in the HTML.
_BLOCK = "td|th|tr|li|dt|dd|p|div|caption|h[1-6]"
_TAGGAR_IHOP = re.compile(rf"(</(?:{_BLOCK})>)(?=<(?:{_BLOCK})[\s>])", re.I)


def skilj_block(html: str) -> str:
    """A line break between a closing and an opening block tag that touch: the page looks the same, and
    the search index (and so the excerpts) keeps the cells' words apart."""
    return _TAGGAR_IHOP.sub("\\1\n", html)


# Pagefind's default is 1 for text and up to 7 for headings. The glossary repeats the guidance's words in
# one line each, so without less weight it came first for ställtid, kurator and vårdnadshavare.
VIKTER = {"verktyg": "0.1", "uppslag": "0.3"}
_SIDRUBRIK = re.compile(r"<h([1-6])(?=[\s>])")


def med_sokvikt(innehall: str, sok: object) -> str:
    """The page's content as the search index should weigh it. The kit's tool pages repeat the guidance in
    short, and Pagefind ranks short pages first, so a page says in its front matter what it is:
      sok: verktyg – indexed with less weight, so the guidance comes first for a topic word;
      sok: uppslag – indexed with some less weight (the glossary);
      sok: nej     – not indexed (the paper checklist)."""
    if sok == "nej":
        return f'<div data-pagefind-ignore="all">{innehall}</div>'
    vikt = VIKTER.get(sok)
    if vikt is None:
        return innehall
    innehall = _SIDRUBRIK.sub(lambda m: f'<h{m.group(1)} data-pagefind-weight="{vikt}"', innehall)
    # The kind goes along as metadata: the header search ranks guidance above tools and the glossary.
    return f'<div data-pagefind-weight="{vikt}" data-pagefind-meta="typ:{sok}">{innehall}</div>'


def bygg_index(site_dir: Path, termer: list[Term]) -> str | None:
    """The Pagefind index (Swedish stemming) of the finished site, and the search help beside it; the
    error text if Pagefind failed."""
    import subprocess
    import sys

    resultat = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--force-language", "sv", "--quiet"],
        capture_output=True,
        text=True,
    )
    if resultat.returncode != 0:
        return f"Sökindexet kunde inte byggas (Pagefind):\n{resultat.stdout}{resultat.stderr}"
    skriv_sokdata(Path(site_dir) / "pagefind", termer)
    return None
