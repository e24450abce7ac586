"""`make sokkvalitet`: how well the header search finds what school staff type, measured the way they
search – in Chromium, through the search box, on the built site served by nginx.

Each query in tests/sokfragor.yml names the pages or sections a person needs. A result is one page in the
list, with the link under its title and the section links below it.
  hit@1  a target is among the links of the first result;
  hit@3  a target is among the links of the first three results.
The browser test (tests/webblasare/test_sok.py) requires the same figures as the README states.

    python scripts/sokkvalitet.py [--site BYGGD_WEBBPLATS] [--visa-alla]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

ROT = Path(__file__).resolve().parents[1]
FRAGOR_FIL = ROT / "tests" / "sokfragor.yml"
KRAV_HIT1 = 0.85
KRAV_HIT3 = 0.95


@dataclass(frozen=True)
class Fraga:
    fraga: str
    typ: str
    mal: tuple[str, ...]


@dataclass(frozen=True)
class Bedomning:
    fraga: Fraga
    plats: int | None  # 1 = the first result holds a target; None = not among the results shown
    traffar: int  # results shown
    forsta: tuple[str, ...]  # links of the first three results, for the report


def las_fragor(fil: Path = FRAGOR_FIL) -> list[Fraga]:
    data = yaml.safe_load(fil.read_text(encoding="utf-8"))
    return [Fraga(f["fraga"], f["typ"], tuple(f["mal"])) for f in data["fragor"]]


def traffar_malet(lank: str, mal: tuple[str, ...]) -> bool:
    """A link hits a target page anywhere on it, and a target section only at that section."""
    sida, _, avsnitt = lank.partition("#")
    for m in mal:
        m_sida, _, m_avsnitt = m.partition("#")
        if m_sida == sida and (not m_avsnitt or m_avsnitt == avsnitt):
            return True
    return False


def bedom(fraga: Fraga, resultat: list[list[str]]) -> Bedomning:
    """resultat: the links of each result in the order shown."""
    plats = next(
        (i for i, lankar in enumerate(resultat, 1) if any(traffar_malet(lank, fraga.mal) for lank in lankar)),
        None,
    )
    forsta = tuple(lank for lankar in resultat[:3] for lank in lankar)
    return Bedomning(fraga, plats, len(resultat), forsta)


@dataclass(frozen=True)
class Summa:
    antal: int
    hit1: float
    hit3: float
    noll: tuple[str, ...]  # queries with no result at all


def summera(bedomningar: list[Bedomning]) -> Summa:
    antal = len(bedomningar)
    hit1 = sum(1 for b in bedomningar if b.plats == 1)
    hit3 = sum(1 for b in bedomningar if b.plats is not None and b.plats <= 3)
    return Summa(antal, hit1 / antal, hit3 / antal, tuple(b.fraga.fraga for b in bedomningar if b.traffar == 0))


def procent(andel: float) -> str:
    return f"{andel * 100:.0f} %".replace(".", ",")


def sok_i_webblasaren(page, bas: str, fraga: str) -> list[list[str]]:
    """Type the query into the open search box, press Enter and read the results as links relative to the site."""
    page.evaluate("document.querySelector('[data-hb-sok-lista]').removeAttribute('data-hb-klar')")
    page.fill("#hb-sokfalt", fraga)
    page.press("#hb-sokfalt", "Enter")
    page.wait_for_selector(f'[data-hb-sok-lista][data-hb-klar="{fraga}"]', state="attached", timeout=15000)
    return page.eval_on_selector_all(
        "#hb-sokresultat > li",
        "(items, bas) => items.map(li => [...li.querySelectorAll('a')]"
        "  .map(a => new URL(a.getAttribute('href'), location.href).href.replace(bas, '')))",
        bas,
    )


def oppna_sokningen(webblasare, bas: str):
    context = webblasare.new_context(viewport={"width": 1280, "height": 900}, locale="sv-SE")
    page = context.new_page()
    page.goto(bas)
    page.click("#hb-sokfalt")
    return page


def mat(page, bas: str, fragor: list[Fraga]) -> list[Bedomning]:
    return [bedom(f, sok_i_webblasaren(page, bas, f.fraga)) for f in fragor]


def rapport(bedomningar: list[Bedomning], visa_alla: bool = False) -> str:
    summa = summera(bedomningar)
    rader = [
        f"Sökkvalitet: {summa.antal} frågor från {FRAGOR_FIL.relative_to(ROT)}",
        f"  hit@1  {procent(summa.hit1)}  (rätt svar i första träffen; krav {procent(KRAV_HIT1)})",
        f"  hit@3  {procent(summa.hit3)}  (rätt svar bland de tre första; krav {procent(KRAV_HIT3)})",
        f"  utan träffar: {len(summa.noll)}" + (f" ({', '.join(summa.noll)})" if summa.noll else ""),
        "",
    ]
    typer = sorted({b.fraga.typ for b in bedomningar})
    for typ in typer:
        av_typ = [b for b in bedomningar if b.fraga.typ == typ]
        s = summera(av_typ)
        rader.append(f"  {typ:<8} {s.antal:>3} frågor  hit@1 {procent(s.hit1):>5}  hit@3 {procent(s.hit3):>5}")
    rader.append("")
    for b in bedomningar:
        if visa_alla or b.plats != 1:
            plats = "–" if b.plats is None else str(b.plats)
            rader.append(f"  [{plats}] {b.fraga.fraga!r} ville ha {list(b.fraga.mal)}")
            rader.append(f"        fick {list(b.forsta)[:6]}")
    return "\n".join(rader)


def main() -> int:
    sys.path.insert(0, str(ROT / "tests"))
    from hjalp import CHROMIUM, UNDERSOKVAG, bygg, nginx
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description="Mät hur bra sökningen hittar rätt avsnitt.")
    parser.add_argument("--site", type=Path, help="en byggd webbplats (annars byggs en ny)")
    parser.add_argument("--visa-alla", action="store_true", help="visa varje fråga, inte bara missarna")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site.resolve() if args.site else None
        if site is None:
            site = Path(tmp) / "site"
            resultat = bygg(site, extra_env={"HB_SITE_URL": "http://127.0.0.1" + UNDERSOKVAG})
            if resultat.returncode != 0:
                print(f"Bygget misslyckades:\n{resultat.stdout}{resultat.stderr}", file=sys.stderr)
                return 1
        server = Path(tmp) / "nginx"
        server.mkdir()
        with nginx(site, server) as bas, sync_playwright() as p:
            webblasare = p.chromium.launch(
                executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
            )
            bedomningar = mat(oppna_sokningen(webblasare, bas), bas, las_fragor())
            webblasare.close()
    print(rapport(bedomningar, args.visa_alla))
    summa = summera(bedomningar)
    return 0 if summa.hit1 >= KRAV_HIT1 and summa.hit3 >= KRAV_HIT3 and not summa.noll else 1


if __name__ == "__main__":
    sys.exit(main())
