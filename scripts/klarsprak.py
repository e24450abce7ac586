"""Plain Swedish that can be checked: LIX per page and forward-looking words without a year.

    python scripts/klarsprak.py SITE          LIX for every guidance, role, template and data page of a built site

The text functions are pure (str in, numbers or sentences out); only synliga_stycken reads HTML.

LIX = words per sentence + 100 × long words / words, where a long word has more than six letters
(Björnsson's readability index, as the content review measured it). A sentence ends at . ! ? or :,
and where a paragraph, heading, list item, table cell or other block ends.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

GRANS = 40  # the handbook's ceiling: 30–40 is "lätt", 40–50 "medelsvår"

# A word: letters or digits, hyphens and colons inside it kept ("hela-skolan-ansats", "S:t").
_ORD = re.compile(r"[^\W_]+(?:[-:][^\W_]+)*")
_MENINGSSLUT = re.compile(r"(?<=[.!?:])\s+|(?<=[.!?:])$")
_BOKSTAV = re.compile(r"[^\W\d_]")


def ord_i(text: str) -> list[str]:
    return _ORD.findall(text)


def langt(ord_: str) -> bool:
    """More than six letters (digits and hyphens are not letters)."""
    return len(_BOKSTAV.findall(ord_)) > 6


def meningar(stycken: list[str]) -> list[str]:
    """Sentences: each block is split at . ! ? and :, and a block always ends a sentence."""
    resultat = []
    for stycke in stycken:
        for mening in _MENINGSSLUT.split(" ".join(stycke.split())):
            if ord_i(mening):
                resultat.append(mening)
    return resultat


@dataclass(frozen=True)
class Lix:
    ord: int
    meningar: int
    langa: int

    @property
    def varde(self) -> float:
        if not self.ord:
            return 0.0
        return self.ord / self.meningar + 100 * self.langa / self.ord


def lix(stycken: list[str] | str) -> Lix:
    """LIX of a text given as blocks (or one string, one block)."""
    if isinstance(stycken, str):
        stycken = [stycken]
    delar = meningar(stycken)
    alla = [o for m in delar for o in ord_i(m)]
    return Lix(len(alla), len(delar), sum(1 for o in alla if langt(o)))


# --- forward-looking words ---------------------------------------------------------------------------

# Words that describe a plan, ongoing work or an expected result as if it were current. The report
# describes September 2020; such a sentence must say when it was true.
FRAMATBLICKANDE = (
    "pågår",
    "pågående",
    "just nu",
    "för närvarande",
    "i dagsläget",
    "kommer att",
    "väntas",
    "förväntas",
    "planeras",
    "planerar att",
    "beräknas",
    "håller på att",
    "härnäst",
    "nästa steg",
    "inom kort",
    "framöver",
    "snart",
)
_FRAMAT = re.compile(r"(?<![\w-])(" + "|".join(re.escape(o) for o in FRAMATBLICKANDE) + r")(?![\w-])", re.I)
_AR = re.compile(r"(?<!\d)(19|20)\d{2}(?!\d)")
# A title or a quotation from the report is the report's words, not the handbook's claim.
_CITAT = re.compile(r"”[^”]*”|\"[^\"]*\"|“[^”]*”")


def framatblickande(stycken: list[str] | str) -> list[str]:
    """Sentences with a forward-looking word and no year, quotations left out."""
    if isinstance(stycken, str):
        stycken = [stycken]
    return [m for m in meningar(stycken) if _FRAMAT.search(_CITAT.sub("", m)) and not _AR.search(m)]


# --- the visible text of a built page ----------------------------------------------------------------

BLOCK = {
    "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "caption", "figcaption",
    "summary", "blockquote", "label", "legend", "button", "pre", "div", "section", "article", "ol", "ul",
    "table", "tr", "dl", "nav", "details", "fieldset", "form",
}  # fmt: skip
OSYNLIGT = "script, style, template, noscript, [hidden], .hb-dold, .hb-sidinfo, [aria-hidden=true]"


def synliga_stycken(html: str) -> list[str]:
    """The blocks of text a sighted reader sees in a page's <article>, without JavaScript's additions,
    the review line, hidden elements and the spelled-out abbreviations meant for screen readers."""
    from bs4 import BeautifulSoup, NavigableString

    soup = BeautifulSoup(html, "html.parser")
    artikel = soup.find("article") or soup
    # Navigation (the "Nästa steg" box, link lists) is not running text: its words are not a plan.
    for el in artikel.select(f"{OSYNLIGT}, nav"):
        el.decompose()
    stycken, aktuellt = [], []

    def gå(nod) -> None:
        for barn in nod.children:
            if isinstance(barn, NavigableString):
                if type(barn) is NavigableString:
                    aktuellt.append(str(barn))
            elif barn.name in BLOCK:
                avsluta()
                gå(barn)
                avsluta()
            else:
                gå(barn)

    def avsluta() -> None:
        text = " ".join("".join(aktuellt).split())
        if text:
            stycken.append(text)
        aktuellt.clear()

    gå(artikel)
    avsluta()
    return stycken


# --- which pages ---------------------------------------------------------------------------------------

# Not measured: the tool that lists pages to review, and the whole handbook on one page (all pages again).
INTE_MATT = {"att-granska/", "skriv-ut/"}


def _adress(rel: str) -> str:
    rel = rel.removesuffix(".md")
    return "" if rel == "index" else rel.removesuffix("/index").removesuffix("index") + "/"


def sidor_att_mata(site: Path, docs: Path) -> list[tuple[str, str]]:
    """(address, kind) of every page to measure: 'vägledning' for each hand-written page in docs/, 'roll' for
    each role page (jag-ar/), 'mall' for each template page (starta/mallar/<id>/), and 'data' for the pages
    of figures (front matter visar_siffror: true), whose text is mostly names of schools and districts."""
    sidor = []
    for md in sorted(docs.rglob("*.md")):
        adress = _adress(md.relative_to(docs).as_posix())
        if adress in INTE_MATT:
            continue
        huvud = md.read_text(encoding="utf-8").split("\n---\n", 1)[0]
        data = re.search(r"^visar_siffror: true\s*$", huvud, re.M) is not None
        sidor.append((adress, "data" if data else "vägledning"))
    for katalog, slag in (("jag-ar", "roll"), ("starta/mallar", "mall")):
        for fil in sorted((site / katalog).glob("*/index.html")):
            sidor.append((fil.parent.relative_to(site).as_posix() + "/", slag))
    return sorted(set(sidor), key=lambda s: (s[1] == "data", s[0].count("/"), s[0]))


def matning(site: Path, adress: str) -> Lix:
    return lix(synliga_stycken((site / adress / "index.html").read_text(encoding="utf-8")))


def tabell(site: Path, docs: Path) -> list[tuple[str, str, Lix]]:
    return [(a, slag, matning(site, a)) for a, slag in sidor_att_mata(site, docs)]


def tabelltext(rader: list[tuple[str, str, Lix]]) -> list[str]:
    ut = [f"{'LIX':>5}  {'ord':>5}  {'ord/mening':>10}  {'slag':<10}  sida"]
    for adress, slag, m in rader:
        flagga = "  ÖVER 40" if m.varde > GRANS and slag != "data" else ""
        ut.append(f"{m.varde:5.1f}  {m.ord:5d}  {m.ord / max(1, m.meningar):10.1f}  {slag:<10}  /{adress}{flagga}")
    return ut


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    site = Path(argv[0])
    docs = Path(__file__).resolve().parents[1] / "docs"
    print("\n".join(tabelltext(tabell(site, docs))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
