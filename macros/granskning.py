"""Page ownership and review: every page says who owns it and whether it has been reviewed.

A page written in docs/ holds its review data in its front matter; the pages generated from data (the
templates, the role pages) hold it in their data file (`granskning:`). Until the owner has reviewed a page,
granskad_av and senast_granskad are null and the page says it is a draft after the report of September
2020 – never a review that has not happened. Pages not yet reviewed, overdue or soon due are listed
(a warning, never a stop: content must publish).

    python -m macros granska               what is due, for the terminal (make granska)
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .kalla import avsnitt
from .kalla.sida import Sida, brodtext, front_matter
from .laddning.fel import DataFel, Fel
from .laddning.handbok import Handbok
from .laddning.models import Granskningsuppgifter
from .laddning.yamlfil import las_yamlfil_text
from .vy import adresser
from .vy.text import svenskt_datum

SNART_DAGAR = 30
_DATUM = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# What every page is drafted from until its owner has reviewed it (front matter `underlag:` overrides).
UNDERLAG = "lägesrapporten från september 2020"
NYCKLAR = ("agare", "granskad_av", "senast_granskad", "granskas_var_manad")


@dataclass(frozen=True)
class Granskning:
    sida: str  # the page's file, relative to docs/, or the data file and record it is made from
    titel: str
    agare: str  # who owns the page and will review it
    granskad_av: str | None  # who reviewed it; None until that has happened
    senast: dt.date | None  # when; None until then
    intervall: int  # months between reviews
    andringar: tuple[tuple[str, str], ...] = ()
    underlag: str = UNDERLAG
    adress: str = ""  # the page's address, '' for the start page
    fil: str = ""  # the file an editor changes: docs/forberedelser.md, data/mallar.yml

    @property
    def granskad(self) -> bool:
        return self.senast is not None

    @property
    def nasta(self) -> dt.date | None:
        return plus_manader(self.senast, self.intervall) if self.senast else None

    def status(self, idag: dt.date) -> str:
        if self.nasta is None:
            return "ogranskad"
        if self.nasta < idag:
            return "forsenad"
        return "snart" if (self.nasta - idag).days <= SNART_DAGAR else "ok"


def rad(g: Granskning) -> str:
    """The review line every page shows: a review only when it has happened."""
    if not g.granskad:
        return f"Utkast efter {g.underlag} · inte granskad än · ska granskas av {g.agare}"
    return f"Granskad {svenskt_datum(g.senast)} av {g.granskad_av} · nästa granskning {svenskt_datum(g.nasta)}"


def plus_manader(datum: dt.date, manader: int) -> dt.date:
    ar, manad = divmod(datum.month - 1 + manader, 12)
    ny = dt.date(datum.year + ar, manad + 1, 1)
    sista = (dt.date(ny.year + (ny.month == 12), ny.month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return ny.replace(day=min(datum.day, sista))


def las_sida(rel: str, text: str) -> tuple[Granskning | None, list[Fel]]:
    """The review data in one page's front matter (rel: its path under docs/), or what is wrong with it."""
    namn = f"docs/{rel}"
    block = front_matter(text)
    titel = next((r[2:].strip() for r in brodtext(text).splitlines() if r.startswith("# ")), namn)
    titel = re.sub(r"\s*\{#[^{}]*\}$", "", titel)  # the heading's {#id}: an address, not a word of the title
    if block is None:
        return None, [
            Fel(
                namn,
                1,
                1,
                "(sidhuvud)",
                "sidhuvud saknas – börja sidan med ---, agare:, granskad_av:, "
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
    andringar = tuple((str(a.get("datum", "")), str(a.get("text", ""))) for a in meta.get("andringar") or [])
    return Granskning(
        rel,
        str(meta.get("title") or titel),
        meta["agare"],
        meta["granskad_av"],
        dt.date.fromisoformat(meta["senast_granskad"]) if meta["senast_granskad"] else None,
        meta["granskas_var_manad"],
        andringar,
        meta.get("underlag") or UNDERLAG,
        avsnitt.url(rel),
        namn,
    ), []


def _kontrollera(meta: dict, fil) -> list[Fel]:
    for nyckel in NYCKLAR:
        if nyckel not in meta:
            fil.nytt_fel((nyckel,), f"fältet {nyckel!r} saknas i sidhuvudet – lägg till det (se CONTRIBUTING.md)")
    for nyckel in ("agare", "granskad_av", "underlag"):
        if nyckel in meta and not (isinstance(meta[nyckel], str) or (nyckel == "granskad_av" and meta[nyckel] is None)):
            fil.nytt_fel((nyckel,), "måste vara en text: en funktion eller roll, aldrig en persons namn")
    datum = meta.get("senast_granskad")
    if datum is not None:
        _kontrollera_datum(datum, ("senast_granskad",), fil)
    if "granskad_av" in meta and "senast_granskad" in meta and (meta["granskad_av"] is None) != (datum is None):
        fil.nytt_fel(
            ("granskad_av",),
            "skriv både granskad_av och senast_granskad när sidan är granskad, annars null i båda",
        )
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
    if "visar_siffror" in meta and not isinstance(meta["visar_siffror"], bool):
        fil.nytt_fel(("visar_siffror",), f"måste vara true eller false (fick {meta['visar_siffror']!r})")
    return fil.fel


def _kontrollera_datum(datum: object, sokvag: tuple, fil) -> None:
    if not (isinstance(datum, str) and _DATUM.match(datum)):
        fil.nytt_fel(sokvag, f"måste vara ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2026-11-26, eller null (fick {datum!r})")
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


def las_alla(sidor: Mapping[str, Sida]) -> list[Granskning]:
    """Every page's review data, or DataFel naming each page whose front matter is wrong."""
    granskningar, fel = [], []
    for rel, sida in sidor.items():
        granskning, sidfel = las_sida(rel, sida.text)
        fel += sidfel
        if granskning:
            granskningar.append(granskning)
    if fel:
        raise DataFel(fel)
    return granskningar


def _fran_uppgifter(sida: str, titel: str, adress: str, u: Granskningsuppgifter) -> Granskning:
    senast = dt.date.fromisoformat(u.senast_granskad) if u.senast_granskad else None
    fil = sida.partition(":")[0]
    return Granskning(sida, titel, u.agare, u.granskad_av, senast, u.granskas_var_manad, adress=adress, fil=fil)


def fran_data(hb: Handbok) -> list[tuple[tuple[str, ...], Granskning]]:
    """Review data of the pages generated from data files, with the generated pages it covers
    (their source paths): each template in mallar.yml, and all role pages from roller.yml."""
    from .mallar.dokument import for_mall
    from .roller import rollsidor_id

    resultat = []
    for mall in hb.mallar.mallar:
        dok = for_mall(hb, mall.id)
        uris = tuple(adresser.kallfil(d.url) for d in dok)
        resultat.append((uris, _fran_uppgifter(f"data/mallar.yml: {mall.id}", mall.titel, dok[0].url, mall.granskning)))
    uris = tuple(adresser.kallfil(adresser.roll(id_)) for id_ in rollsidor_id(hb))
    sidorna = _fran_uppgifter("data/roller.yml", "Sidorna under Jag är …", "jag-ar/", hb.roller.granskning)
    resultat.append((uris, sidorna))
    return resultat


def alla_granskningar(hb: Handbok) -> list[Granskning]:
    """Every page's review data: the pages of docs/, then the pages generated from data."""
    return [*las_alla(hb.sidor), *(g for _, g in fran_data(hb))]


def _titel(g: Granskning, hb: Handbok) -> str:
    """A page title as the page shows it: 'Lägesrapport {{ siffror.period }}' -> 'Lägesrapport hösten 2020'."""
    if "{{" not in g.titel or not g.fil.startswith("docs/"):  # a title from data is text, never a template
        return g.titel
    from .kalla.sidmall import rendera, sidvarden
    from .lagesrapport import siffror

    # The page's own sandbox and allow-list; plain strings, since the table's partial escapes them.
    return rendera(g.titel, {}, {"siffror": sidvarden(siffror(hb), text=str)})


def att_granska_tabell(hb, partials, granskningar: list[Granskning], idag: dt.date | None = None) -> str:
    idag = idag or dt.date.today()
    lista = att_granska(granskningar, idag)
    return partials.rendera(
        "att-granska.html",
        lista=[(g, _titel(g, hb), g.status(idag), svenskt_datum(g.senast) if g.senast else None) for g in lista],
        nasta={g.sida: svenskt_datum(g.nasta) for g in lista if g.nasta},
        snart=SNART_DAGAR,
    )


def att_granska(granskningar: list[Granskning], idag: dt.date) -> list[Granskning]:
    """Pages not yet reviewed first, then the overdue and the soon due, earliest first."""
    ogranskade = [g for g in granskningar if g.status(idag) == "ogranskad"]
    datum = sorted((g for g in granskningar if g.status(idag) in ("forsenad", "snart")), key=lambda g: g.nasta)
    return ogranskade + datum


def som_json(lista: list[Granskning], idag: dt.date) -> str:
    """What is due, for a reminder job: one object a page, with who owns it and the file to change."""
    poster = [
        {
            "sida": g.sida,
            "titel": g.titel,
            "adress": g.adress,
            "fil": g.fil,
            "agare": g.agare,
            "status": g.status(idag),
            "senast_granskad": g.senast.isoformat() if g.senast else None,
            "granskad_av": g.granskad_av,
            "nasta_granskning": g.nasta.isoformat() if g.nasta else None,
        }
        for g in lista
    ]
    return json.dumps({"datum": idag.isoformat(), "att_granska": poster}, ensure_ascii=False, indent=2)


def main(argument: list[str] | None = None) -> int:
    from .laddning.las import las_handbok

    projekt = Path.cwd()
    try:
        alla = alla_granskningar(las_handbok(projekt / "data", projekt / "docs"))
    except DataFel as err:
        print(err.rapport(), file=sys.stderr)
        return 1
    idag = dt.date.today()
    lista = att_granska(alla, idag)
    if "--json" in (argument or []):
        print(som_json(lista, idag))
        return 0
    if not lista:
        print(f"Inga sidor behöver granskas de närmaste {SNART_DAGAR} dagarna ({len(alla)} sidor).")
    for g in lista:
        if g.status(idag) == "ogranskad":
            print(f"{g.sida}: INTE GRANSKAD – ska granskas av: {g.agare} (utkast efter {g.underlag})")
            continue
        nar = "FÖRSENAD sedan" if g.status(idag) == "forsenad" else "ska granskas senast"
        print(f"{g.sida}: {nar} {g.nasta} – ägare: {g.agare} (senast granskad {g.senast} av {g.granskad_av})")
    return 0


if __name__ == "__main__":
    sys.exit(main())


def sidans_uppgifter(g: Granskning, andrad: str | None, idag: dt.date) -> dict:
    """What the page's review line shows (overrides/partials), written out here so the theme template
    needs no logic or filter of ours. andrad: the page's last commit date, if git knows it."""
    return {
        "rad": rad(g),
        "fil": g.fil,
        "agare": g.agare,
        "nasta": svenskt_datum(g.nasta) if g.nasta else None,
        "forsenad": g.status(idag) == "forsenad",
        "andrad": svenskt_datum(andrad) if andrad else None,
        "andringar": [(svenskt_datum(datum), text) for datum, text in g.andringar],
    }
