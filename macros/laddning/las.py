"""Load every data file, validate it, check references between files, and report all errors at once."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from ..kalla.sida import las_docs
from ..vy import adresser
from .fel import DataFel, Fel
from .handbok import Handbok
from .meddelanden import data_sokvag, pa_svenska
from .models import FILER, Modell
from .referenser import kontrollera_referenser
from .yamlfil import YamlFil, las_yamlfil

DOCS = Path(__file__).resolve().parents[2] / "docs"


def las_handbok(data_dir: Path, docs: Path = DOCS) -> Handbok:
    """Validated data, with docs/ read once beside it for the links from data, or DataFel listing every
    problem. Not cached: a build asks once (bygge.Bygge) and hands the result on."""
    fel: list[Fel] = []
    filer: dict[str, YamlFil] = {}
    modeller: dict[str, Modell] = {}
    for namn, modell in FILER.items():
        fil = las_yamlfil(data_dir / f"{namn}.yml", f"{namn}.yml")
        filer[namn] = fil
        if not fil.fel:
            resultat = validera(fil, modell)
            if resultat is not None:
                modeller[namn] = resultat
        fel.extend(fil.fel)
    fel.extend(_okanda_filer(data_dir))
    if fel:
        raise DataFel(fel)
    handbok = Handbok(**modeller, sidor=las_docs(docs))
    referensfel = kontrollera_referenser(handbok, filer) + _saknade_sidor(handbok)
    if referensfel:
        raise DataFel(referensfel)
    return handbok


def _saknade_sidor(handbok: Handbok) -> list[Fel]:
    return [
        Fel(
            f"docs/{adresser.kallfil(adress)}",
            1,
            1,
            "sidan",
            f"sidan finns inte, men sidorna som görs av data länkar till {adress} – lägg tillbaka sidan, eller "
            "ändra adressen i macros/vy/adresser.py (SIDOR) och lägg en omdirigering i data/omdirigeringar.yml",
        )
        for adress in adresser.saknade_sidor(handbok.sidor)
    ]


def validera(fil: YamlFil, modell: type[Modell]) -> Modell | None:
    if not isinstance(fil.varde, dict):
        forsta = next(iter(modell.model_fields))
        fil.nytt_fel((), f"filen ska börja med {forsta}: (en samling fält), inte en lista eller en text")
        return None
    try:
        return modell.model_validate(fil.varde)
    except ValidationError as err:
        detaljer = err.errors(include_url=False)
        for detalj in detaljer:
            if detalj["type"] == "missing" and _felindraget(detalj, detaljer):
                continue  # told once, where the misplaced key stands
            if detalj["type"] == "extra_forbidden" and _felindraget(detalj, detaljer):
                fil.nytt_fel(
                    data_sokvag(detalj),
                    f"fältet {detalj['loc'][-1]!r} har fel indrag – dra in det så att det står rakt under "
                    "fälten i posten det hör till",
                    nyckel=True,
                )
                continue
            fil.nytt_fel(data_sokvag(detalj), pa_svenska(detalj), nyckel=detalj["type"] == "extra_forbidden")
        return None


def _felindraget(detalj, detaljer) -> bool:
    """A key that is both missing in one place and unknown in another was indented wrongly."""
    andra = "extra_forbidden" if detalj["type"] == "missing" else "missing"
    return any(d["type"] == andra and d["loc"][-1] == detalj["loc"][-1] for d in detaljer)


def _okanda_filer(data_dir: Path) -> list[Fel]:
    if not data_dir.is_dir():
        return []
    return [
        Fel(
            f.name,
            1,
            1,
            "(hela filen)",
            f"okänd datafil – handboken läser bara {', '.join(sorted(FILER))}; byt namn eller ta bort den",
        )
        for f in sorted(data_dir.glob("*.y*ml"))
        if f.stem not in FILER or f.suffix != ".yml"
    ]
