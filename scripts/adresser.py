"""The register of published addresses: every page and every section anyone may have linked to.

    python scripts/adresser.py SITE             check: no registered address may disappear undeclared
    python scripts/adresser.py SITE --uppdatera add new addresses to the register (never removes any)

An address may only go away when data/omdirigeringar.yml says where it went: a page redirect
(sidor: fran -> till) or a section alias (avsnitt: sida, fran -> till)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import lxml.html

ROT = Path(__file__).resolve().parents[1]
REGISTER = ROT / "lankar" / "publicerade-adresser.txt"


# Headings and marked anchors in the article, but not the copies of every page on the print page.
AVSNITT = (
    "(//article)[1]//*[self::h1 or self::h2 or self::h3 or self::h4 or @data-hb-ankare]"
    "[@id][not(ancestor::*[@id='hb-hela-handboken'])]/@id"
)


def publicerade(site: Path) -> set[str]:
    """'/page/' for each page and '/page/#id' for each heading and marked anchor in its content."""
    adresser = set()
    for fil in sorted(site.rglob("index.html")):
        html = fil.read_bytes()
        if b'http-equiv="refresh"' in html:  # a redirect left where a page used to be
            continue
        sida = "/" + fil.parent.relative_to(site).as_posix() + "/"
        sida = "/" if sida == "/./" else sida
        adresser.add(sida)
        adresser.update(f"{sida}#{id_}" for id_ in lxml.html.document_fromstring(html).xpath(AVSNITT))
    return adresser


def las_register(register: Path = REGISTER) -> list[str]:
    if not register.is_file():
        return []
    return [r.strip() for r in register.read_text(encoding="utf-8").splitlines() if r.strip() and not r.startswith("#")]


def dit(adress: str, sidor: dict[str, str], avsnitt: dict[tuple[str, str], str]) -> str:
    """Where an old address leads today, following the declared page redirects and section aliases."""
    sida, _, id_ = adress.partition("#")
    sida = sidor.get(sida[1:], sida[1:])  # the data file writes pages without the leading /
    id_ = avsnitt.get((sida, id_), id_)
    return f"/{sida}#{id_}" if id_ else f"/{sida}"


def kontrollera(
    register: list[str], nu: set[str], sidor: dict[str, str], avsnitt: dict[tuple[str, str], str]
) -> tuple[list[str], list[str]]:
    """(addresses that disappeared without a declaration, new addresses missing from the register)."""
    borta = [
        f"{a} (leder till {dit(a, sidor, avsnitt)}, som inte finns)" if dit(a, sidor, avsnitt) != a else a
        for a in register
        if dit(a, sidor, avsnitt) not in nu
    ]
    nya = sorted(nu - set(register))
    return borta, nya


def omdirigeringar() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    sys.path.insert(0, str(ROT))
    from macros import ladda

    om = ladda(ROT).omdirigeringar
    return ({s.fran: s.till for s in om.sidor}, {(a.sida, a.fran): a.till for a in om.avsnitt})


def main() -> int:
    tolk = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    tolk.add_argument("site", type=Path)
    tolk.add_argument("--uppdatera", action="store_true")
    arg = tolk.parse_args()
    register = las_register()
    borta, nya = kontrollera(register, publicerade(arg.site), *omdirigeringar())
    if borta:
        print(f"{len(borta)} publicerade adresser finns inte längre:", *borta, sep="\n  ", file=sys.stderr)
        print(
            "Någon kan ha sparat eller skickat dem. Ange vart de har tagit vägen i data/omdirigeringar.yml "
            '(se CONTRIBUTING.md, "Flytta eller byta namn på en sida").',
            file=sys.stderr,
        )
        return 1
    if nya and not arg.uppdatera:
        print(f"{len(nya)} nya adresser saknas i {REGISTER.relative_to(ROT)}:", *nya[:20], sep="\n  ", file=sys.stderr)
        print("Kör make adresser för att lägga till dem.", file=sys.stderr)
        return 1
    if nya:
        rader = sorted(set(register) | set(nya))
        REGISTER.parent.mkdir(exist_ok=True)
        REGISTER.write_text(
            "# Publicerade adresser. Ta aldrig bort en rad: se CONTRIBUTING.md.\n" + "".join(f"{r}\n" for r in rader),
            encoding="utf-8",
        )
        print(
            f"La till {len(nya)} nya adresser i {REGISTER.relative_to(ROT)}. Ta med den filen när du skickar in "
            "din ändring, så att adresserna skyddas från och med nu."
        )
    else:
        print(f"Alla {len(register)} publicerade adresser fungerar.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
