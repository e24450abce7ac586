"""Page ownership and review: every page in docs/ says who owns it, when it was last reviewed and how
often it must be; pages past their date are listed (a warning, never a stop: content must publish).

    python -m macros.granskning            what is due, for the terminal (make granska)
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from . import avsnitt
from .fel import DataFel, Fel
from .kalla import las_text
from .yamlfil import las_yamlfil_text

SNART_DAGAR = 30
_DATUM = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Granskning:
    sida: str  # the page's file, relative to docs/
    titel: str
    agare: str
    senast: dt.date
    nasta: dt.date
    andringar: tuple[tuple[str, str], ...]

    def status(self, idag: dt.date) -> str:
        if self.nasta < idag:
            return "forsenad"
        return "snart" if (self.nasta - idag).days <= SNART_DAGAR else "ok"


def plus_manader(datum: dt.date, manader: int) -> dt.date:
    ar, manad = divmod(datum.month - 1 + manader, 12)
    ny = dt.date(datum.year + ar, manad + 1, 1)
    sista = (dt.date(ny.year + (ny.month == 12), ny.month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return ny.replace(day=min(datum.day, sista))


def front_matter(text: str) -> tuple[str, int] | None:
    """The front matter block and the line it starts on (line 2, after the opening ---), if any."""
    if not text.startswith("---\n"):
        return None
    slut = text.find("\n---\n", 3)
    return (text[4 : slut + 1], 2) if slut != -1 else None


def las_sida(fil: Path, docs: Path) -> tuple[Granskning | None, list[Fel]]:
    namn = "docs/" + fil.relative_to(docs).as_posix()
    text = las_text(fil, docs)
    block = front_matter(text)
    titel = next((r[2:].strip() for r in text.splitlines() if r.startswith("# ")), namn)
    if block is None:
        return None, [
            Fel(
                namn,
                1,
                1,
                "(sidhuvud)",
                "sidhuvud saknas – börja sidan med ---, agare:, "
                "senast_granskad: och granskas_var_manad:, och avsluta med ---",
            )
        ]
    yamlfil = las_yamlfil_text(block[0], namn, forsta_rad=block[1])
    if yamlfil.fel:
        return None, yamlfil.fel
    meta = yamlfil.varde if isinstance(yamlfil.varde, dict) else {}
    fel = _kontrollera(meta, yamlfil)
    if fel:
        return None, fel
    senast = dt.date.fromisoformat(meta["senast_granskad"])
    andringar = tuple((str(a.get("datum", "")), str(a.get("text", ""))) for a in meta.get("andringar") or [])
    return Granskning(
        fil.relative_to(docs).as_posix(),
        str(meta.get("title") or titel),
        meta["agare"],
        senast,
        plus_manader(senast, meta["granskas_var_manad"]),
        andringar,
    ), []


def _kontrollera(meta: dict, fil) -> list[Fel]:
    for nyckel in ("agare", "senast_granskad", "granskas_var_manad"):
        if nyckel not in meta:
            fil.nytt_fel((nyckel,), f"fältet {nyckel!r} saknas i sidhuvudet – lägg till det (se CONTRIBUTING.md)")
    if "agare" in meta and not isinstance(meta["agare"], str):
        fil.nytt_fel(("agare",), "måste vara en text: en funktion eller roll, aldrig en persons namn")
    if "senast_granskad" in meta:
        _kontrollera_datum(meta["senast_granskad"], ("senast_granskad",), fil)
    intervall = meta.get("granskas_var_manad")
    if "granskas_var_manad" in meta and not (
        isinstance(intervall, int) and not isinstance(intervall, bool) and 1 <= intervall <= 36
    ):
        fil.nytt_fel(("granskas_var_manad",), f"måste vara ett heltal mellan 1 och 36 (fick {intervall!r})")
    for i, andring in enumerate(meta.get("andringar") or []):
        if not (
            isinstance(andring, dict)
            and set(andring) == {"datum", "text"}
            and isinstance(andring["text"], str)
            and isinstance(andring["datum"], str)
            and _giltigt(andring["datum"])
        ):
            fil.nytt_fel(("andringar", i), "varje ändring ska ha datum: (ÅÅÅÅ-MM-DD) och text:, och inget annat")
    return fil.fel


def _kontrollera_datum(datum: object, sokvag: tuple, fil) -> None:
    if not (isinstance(datum, str) and _DATUM.match(datum)):
        fil.nytt_fel(sokvag, f"måste vara ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2026-11-26 (fick {datum!r})")
    elif not _giltigt(datum):
        fil.nytt_fel(sokvag, f"datumet {datum} finns inte i kalendern – kontrollera dag och månad")
    elif dt.date.fromisoformat(datum) > dt.date.today():
        fil.nytt_fel(sokvag, f"{datum} ligger i framtiden – skriv dagen då sidan faktiskt granskades")


def _giltigt(datum: str) -> bool:
    try:
        dt.date.fromisoformat(datum)
        return True
    except ValueError:
        return False


def las_alla(docs: Path) -> list[Granskning]:
    """Every page's review data, or DataFel naming each page whose front matter is wrong."""
    granskningar, fel = [], []
    for fil in sorted(docs.rglob("*.md")):
        granskning, sidfel = las_sida(fil, docs)
        fel += sidfel
        if granskning:
            granskningar.append(granskning)
    if fel:
        raise DataFel(fel)
    return granskningar


_cache: dict[tuple, list[Granskning]] = {}


def las_alla_cachad(docs: Path) -> list[Granskning]:
    """las_alla, read once while no page changes (the hook and the macro both ask)."""
    nyckel = tuple((f.as_posix(), f.stat().st_mtime_ns) for f in sorted(docs.rglob("*.md")))
    if nyckel not in _cache:
        _cache.clear()
        _cache[nyckel] = las_alla(docs)
    return _cache[nyckel]


def att_granska_tabell(hb, mallar, docs: Path, idag: dt.date | None = None) -> str:
    idag = idag or dt.date.today()
    lista = att_granska(las_alla_cachad(docs), idag)
    return mallar.rendera(
        "att-granska.html", lista=[(g, avsnitt.url(g.sida), g.status(idag)) for g in lista], snart=SNART_DAGAR
    )


def att_granska(granskningar: list[Granskning], idag: dt.date) -> list[Granskning]:
    return sorted((g for g in granskningar if g.status(idag) != "ok"), key=lambda g: g.nasta)


def main() -> int:
    docs = Path.cwd() / "docs"
    try:
        alla = las_alla(docs)
    except DataFel as err:
        print(err.rapport(), file=sys.stderr)
        return 1
    idag = dt.date.today()
    lista = att_granska(alla, idag)
    if not lista:
        print(f"Inga sidor behöver granskas de närmaste {SNART_DAGAR} dagarna ({len(alla)} sidor).")
    for g in lista:
        nar = "FÖRSENAD sedan" if g.status(idag) == "forsenad" else "ska granskas senast"
        print(f"{g.sida}: {nar} {g.nasta} – ägare: {g.agare} (senast granskad {g.senast})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
