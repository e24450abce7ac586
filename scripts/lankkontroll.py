"""Check every internal link and #fragment of a built site, raw HTML from macros included (MkDocs' own
validation only sees Markdown links). External links are listed, never fetched.

    python scripts/lankkontroll.py SITE [--undersokvag /mvp/] [--rapport externa-lankar.txt]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import lxml.html


def html_sidor(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "pagefind" not in p.relative_to(site).parts)


def kontrollera(site: Path, undersokvag: str = "/") -> tuple[list[str], list[str]]:
    """(broken internal links, external links) for the site published under undersokvag."""
    # Each page is parsed once, for its links and for the ids a link to it may name.
    lankar: dict[Path, list[str]] = {}
    ids: dict[Path, set[str]] = {}
    for fil in html_sidor(site):
        sida = lxml.html.document_fromstring(fil.read_bytes())
        lankar[fil] = sida.xpath("//a/@href")
        ids[fil] = set(sida.xpath("//@id | //@name"))
    trasiga: list[str] = []
    externa: set[str] = set()
    for fil, hrefs in lankar.items():
        bas = undersokvag + fil.relative_to(site).as_posix()
        for href in hrefs:
            delar = urlsplit(urljoin(bas, href))
            if delar.scheme in ("http", "https") or href.startswith("//"):
                externa.add(href)
                continue
            if delar.scheme:  # mailto:, tel:
                continue
            fel = _fel(site, undersokvag, delar, ids)
            if fel:
                trasiga.append(f"{fil.relative_to(site)}: {href} – {fel}")
    return trasiga, sorted(externa)


def _fel(site: Path, undersokvag: str, delar, ids: dict[Path, set[str]]) -> str | None:
    if not delar.path.startswith(undersokvag):
        return "pekar utanför webbplatsen"
    mal = site / unquote(delar.path).removeprefix(undersokvag)
    if mal.is_dir():
        mal = mal / "index.html"
    if not mal.is_file():
        return "sidan finns inte"
    if delar.fragment and unquote(delar.fragment) not in ids.get(mal, set()):
        return "avsnittet (#" + delar.fragment + ") finns inte på sidan"
    return None


def main() -> int:
    tolk = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    tolk.add_argument("site", type=Path)
    tolk.add_argument("--undersokvag", default="/")
    tolk.add_argument("--rapport", type=Path, help="fil att skriva de externa länkarna till")
    arg = tolk.parse_args()
    trasiga, externa = kontrollera(arg.site, arg.undersokvag)
    if arg.rapport:
        arg.rapport.write_text("".join(f"{u}\n" for u in externa), encoding="utf-8")
    print(
        f"{len(externa)} externa länkar (kontrolleras inte automatiskt)"
        + (f", listade i {arg.rapport}" if arg.rapport else "")
    )
    if trasiga:
        print(f"{len(trasiga)} trasiga interna länkar:", *trasiga, sep="\n  ", file=sys.stderr)
        return 1
    print("Inga trasiga interna länkar.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
