"""Pydantic models, one per data file. Field names are the Swedish data keys editors see."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator

SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"

# Addresses every folder already has: an id with one of these names would hide or break that page.
RESERVERADE_ID = {"index", "assets", "pagefind", "search", "sitemap"}


def _inte_reserverat(varde: str) -> str:
    if varde in RESERVERADE_ID:
        raise ValueError(f"id:t {varde!r} är upptaget av handbokens egna sidor – välj ett annat, t.ex. {varde}-1")
    return varde


Id = Annotated[str, Field(pattern=SLUG, min_length=1, max_length=80), AfterValidator(_inte_reserverat)]
Text = Annotated[str, Field(min_length=1, max_length=2000)]
Antal = Annotated[int, Field(ge=0, le=100_000)]


class Modell(BaseModel):
    # strict: a quoted "12" is a mistake, not a number; extra="forbid": a misspelt key is an error.
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


# --- perioder.yml ---------------------------------------------------------------------------


class Rapporterat(Modell):
    """A term's totals as its source report gives them: the data for that term must add up to them."""

    skolor: Antal
    klasser: Antal


class Period(Modell):
    id: Id
    namn: Text
    kalla: Text
    rapporterat: Rapporterat | None = None


class PerioderFil(Modell):
    aktuell: Id
    perioder: Annotated[list[Period], Field(min_length=1)]


# --- program.yml ----------------------------------------------------------------------------


class Temalektioner(Modell):
    antal: Antal
    teman: list[Text]


class Program(Modell):
    id: Id
    kortnamn: Text
    namn: Text
    malgrupp: Text
    antal_lektioner: Annotated[int, Field(ge=1, le=100)]
    lektionslangd_timmar: Annotated[float, Field(gt=0, le=8)]
    temalektioner: Temalektioner | None
    karnkomponenter: list[Text]
    arbetssatt: list[Text]
    ursprung: Text
    fore_forsta_lektionen: Text


class ProgramFil(Modell):
    program: Annotated[list[Program], Field(min_length=1)]


# --- stadsdelar.yml -------------------------------------------------------------------------


class Stadsdel(Modell):
    id: Id
    namn: Text
    fritidsverksamhet: bool | None
    kommentar: Text | None = None


class StadsdelarFil(Modell):
    stadsdelar: list[Stadsdel]


# --- skolor.yml -----------------------------------------------------------------------------


MAX_KLASSER = 1000


def _klasser(varde: object) -> object:
    # Checked before the union, so an editor gets one message, not one per union member.
    if isinstance(varde, bool) or not ((isinstance(varde, int) and varde >= 0) or varde == "ej inkommet"):
        raise ValueError(f'måste vara ett heltal ≥ 0 eller texten "ej inkommet" (fick {varde!r})')
    if isinstance(varde, int) and varde > MAX_KLASSER:
        raise ValueError(f"får vara högst {MAX_KLASSER} klasser för en skola (fick {varde}) – kontrollera siffran")
    return varde


Klasser = Annotated[int | str, Field(union_mode="left_to_right"), BeforeValidator(_klasser)]


class Omfattning(Modell):
    program: Annotated[list[Id], Field(min_length=1)]
    klasser: Klasser
    startar_ar: Annotated[int, Field(ge=2000, le=2100)] | None = None

    @property
    def klasser_kanda(self) -> int | None:
        return self.klasser if isinstance(self.klasser, int) else None


class Skola(Modell):
    id: Id
    namn: Text
    skolform: Literal["grundskola", "gymnasieskola", "gymnasiesarskola"]
    stadsdel: Id | None
    omfattning: dict[Id, Omfattning]
    kommentar: Text | None = None


class SkolorFil(Modell):
    skolor: list[Skola]


# --- yrkesroller.yml ------------------------------------------------------------------------


class Yrkesroll(Modell):
    id: Id
    namn: Text
    organisation: Literal["skola", "stadsdel_polis"]
    antal: dict[Id, Antal]
    i_arbetet: Text | None


class YrkesrollerFil(Modell):
    yrkesroller: list[Yrkesroll]


# --- kontakter.yml --------------------------------------------------------------------------

EPOST = r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$"
TELEFON = r"^(0|\+46)[0-9 -]{5,20}$"


class Kontakt(Modell):
    id: Id
    funktion: Text
    grupp: Literal["central", "stadsdel", "skola", "extern"]
    stadsdel: Id | None
    fragor: list[Text]
    epost: Annotated[str, Field(pattern=EPOST, max_length=200)] | None
    telefon: Annotated[str, Field(pattern=TELEFON)] | None
    kommentar: Text | None = None


class KontakterFil(Modell):
    tillatna_epostdomaner: Annotated[list[Text], Field(min_length=1)]
    kontakter: list[Kontakt]


# --- utbildning.yml -------------------------------------------------------------------------


class Langd(Modell):
    dagar: Annotated[float, Field(gt=0, le=30)] | None = None
    timmar: Annotated[float, Field(gt=0, le=200)] | None = None

    @model_validator(mode="after")
    def _en_enhet(self) -> Langd:
        if (self.dagar is None) == (self.timmar is None):
            raise ValueError("ange antingen dagar eller timmar, inte båda och inte ingen")
        return self


class Moment(Modell):
    id: Id
    namn: Text
    beskrivning: Text
    deltagare: Literal["alla", "team"]
    deltagare_antagande: bool = False  # the report does not say who takes part: the handbook assumes it
    langd: Langd
    cirka: bool


class Planering(Modell):
    timmar_per_lektion: Annotated[float, Field(gt=0, le=10)]
    minsta_antal_ledare: Annotated[int, Field(ge=1, le=10)]
    rekommenderat_antal_ledare: Annotated[int, Field(ge=1, le=10)]
    veckor_mellan_lektioner: Annotated[int, Field(ge=1, le=10)]

    @model_validator(mode="after")
    def _minsta_hogst_rekommenderat(self) -> Planering:
        # Checked here, so the message names utbildning.yml and not the planner that relies on it.
        if self.minsta_antal_ledare > self.rekommenderat_antal_ledare:
            raise ValueError(
                f"minsta_antal_ledare ({self.minsta_antal_ledare}) får inte vara större än "
                f"rekommenderat_antal_ledare ({self.rekommenderat_antal_ledare}) – rätta det ena talet"
            )
        return self


class UtbildningFil(Modell):
    moment: Annotated[list[Moment], Field(min_length=1)]
    planering: Planering


# --- tryggbassamtal.yml ---------------------------------------------------------------------


class Fraga(Modell):
    id: Id
    rubrik: Text
    exempel: Text
    att_lyssna_efter: Text | None


class TryggbassamtalFil(Modell):
    syfte: Text
    fragor: Annotated[list[Fraga], Field(min_length=1)]


# --- stodmaterial.yml -----------------------------------------------------------------------


class Material(Modell):
    id: Id
    titel: Text


class StodmaterialFil(Modell):
    utgivare: Text
    material: list[Material]


# --- ordlista.yml ---------------------------------------------------------------------------


class Term(Modell):
    id: Id
    term: Text
    forkortning: Text | None
    forklaring: Text
    sokord: list[Annotated[str, Field(min_length=1, max_length=60)]]


class OrdlistaFil(Modell):
    termer: list[Term]


# --- tillganglighet.yml --------------------------------------------------------------------

DATUM = r"^20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"


def finns_i_kalendern(varde: str) -> str:
    try:
        dt.date.fromisoformat(varde)
    except ValueError:
        raise ValueError(f"datumet {varde} finns inte i kalendern – kontrollera dag och månad") from None
    return varde


Datum = Annotated[str, Field(pattern=DATUM), AfterValidator(finns_i_kalendern)]


class Bedomning(Modell):
    metod: Text
    datum: Datum


class Brist(Modell):
    id: Id
    beskrivning: Text


class TillganglighetFil(Modell):
    status: Literal["helt förenlig", "delvis förenlig", "inte förenlig"]
    lag: Text
    standard: Text
    bedomning: Bedomning
    kanda_brister: list[Brist]
    aterkoppling_epost: Annotated[str, Field(pattern=EPOST, max_length=200)] | None
    digg_anmalan: Annotated[str, Field(pattern=r"^https://")]


# --- review of generated pages (mallar.yml, roller.yml): the same fields as a page's front matter -----


class Granskningsuppgifter(Modell):
    """Who owns the pages made from a data file and whether they have been reviewed. Until the owner
    has reviewed them, granskad_av and senast_granskad are null and the pages say so."""

    agare: Text
    granskad_av: Text | None
    senast_granskad: Annotated[str, Field(pattern=DATUM)] | None
    granskas_var_manad: Annotated[int, Field(ge=1, le=36)]

    @model_validator(mode="after")
    def _bada_eller_ingen(self) -> Granskningsuppgifter:
        if (self.granskad_av is None) != (self.senast_granskad is None):
            raise ValueError("skriv både granskad_av och senast_granskad när sidan är granskad, annars null i båda")
        return self


# --- checklista.yml, roller.yml, mallar.yml, planerare.yml (the startup kit) ----------------

AVSNITT = r"^[a-z0-9-]+(/[a-z0-9-]+)*\.md(#[a-z0-9]+(-[a-z0-9]+)*)?$"
_PLATSHALLARE = re.compile(r"\[\[[^\[\]]+\]\]")


def _avsnitt(varde: str) -> str:
    # A check of our own instead of a pattern, so the editor is told what a link looks like.
    if not re.match(AVSNITT, varde):
        raise ValueError(
            f"måste vara en länk till en sida och ett avsnitt, till exempel forberedelser.md#forankra (fick {varde!r})"
        )
    return varde


def _platshallare(varde: str) -> str:
    rest = _PLATSHALLARE.sub("", varde)
    if "[[" in rest or "]]" in rest:
        raise ValueError(f"en platshållare är inte stängd – skriv den som [[skolans namn]] (fick {varde!r})")
    return varde


Avsnitt = Annotated[str, AfterValidator(_avsnitt), Field(json_schema_extra={"pattern": AVSNITT})]
MallText = Annotated[Text, AfterValidator(_platshallare)]


class Fas(Modell):
    id: Id
    namn: Text


class Steg(Modell):
    id: Id
    titel: Annotated[str, Field(min_length=1, max_length=120)]
    beskrivning: Text
    fas: Id
    ansvariga: Annotated[list[Id], Field(min_length=1)]
    program: Annotated[list[Id], Field(min_length=1)]
    avsnitt: Avsnitt
    se_aven: list[Avsnitt] = []
    moment: Id | None = None
    planerare: Literal["arbetssatt", "lektioner", "ledare", "planeringstid", "veckor", "utbildning"] | None = None
    mall: Id | None = None


class ChecklistaFil(Modell):
    faser: Annotated[list[Fas], Field(min_length=1)]
    steg: Annotated[list[Steg], Field(min_length=1)]


class Uppgift(Modell):
    """One concrete task on a role page: a checklist step and what the reader does, in du-form."""

    steg: Id
    text: Text


Uppgifter = Annotated[list[Uppgift], Field(min_length=3, max_length=5)]
Fragar = Annotated[list[Id], Field(min_length=1)]


class Roll(Modell):
    id: Id
    namn: Text
    kort: Text
    beskrivning: Text
    inledning: Text
    yrkesroller: list[Id]
    avsnitt: Avsnitt
    kontakt: Id | None = None
    uppgifter: Uppgifter
    fraga: Fragar


class Yrke(Modell):
    """What is particular to one profession's role page (yrkesroller.yml has its figures)."""

    yrkesroll: Id
    inledning: Text
    kontakt: Id | None = None
    uppgifter: Uppgifter | None = None
    fraga: Fragar | None = None


class RollerFil(Modell):
    granskning: Granskningsuppgifter
    roller: Annotated[list[Roll], Field(min_length=1)]
    yrken: list[Yrke] = []


class Tabell(Modell):
    kolumner: Annotated[list[MallText], Field(min_length=1, max_length=6)]
    rader: Annotated[int, Field(ge=1, le=40)]


class Del(Modell):
    """One part of a template. Exactly one field is set."""

    rubrik: MallText | None = None
    text: MallText | None = None
    punkter: Annotated[list[MallText], Field(min_length=1)] | None = None
    falt: Annotated[list[MallText], Field(min_length=1)] | None = None
    tabell: Tabell | None = None
    fakta: Literal["program", "planering", "tryggbassamtal"] | None = None
    program: Annotated[list[Id], Field(min_length=1)] | None = None  # only in these programmes' documents

    @model_validator(mode="after")
    def _ett_slag(self) -> Del:
        if sum(getattr(self, falt) is not None for falt in type(self).model_fields if falt != "program") != 1:
            raise ValueError("varje del ska ha precis ett av fälten rubrik, text, punkter, falt, tabell eller fakta")
        return self


class Mall(Modell):
    id: Id
    titel: Annotated[str, Field(min_length=1, max_length=255)]  # Word's title property holds 255 characters
    beskrivning: Text
    program: list[Id]
    avsnitt: Avsnitt
    granskning: Granskningsuppgifter
    innehall: Annotated[list[Del], Field(min_length=1)]


class MallarFil(Modell):
    mallar: Annotated[list[Mall], Field(min_length=1)]


class Arbetssatt(Modell):
    id: Id
    namn: Text
    avsnitt: Avsnitt
    ledargrupp_per_klass: bool
    antagande: Text


class Exempel(Modell):
    program: Id
    klasser: Annotated[int, Field(ge=1, le=500)]
    ledare_per_grupp: Annotated[int, Field(ge=1, le=10)]
    arbetssatt: Id
    ledargrupper: Annotated[int, Field(ge=1, le=500)]
    personal: Annotated[int, Field(ge=1, le=5000)]
    utbildade: Annotated[int, Field(ge=0, le=5000)]


class PlanerareFil(Modell):
    arbetssatt: Annotated[list[Arbetssatt], Field(min_length=1)]
    exempel: Exempel


# --- omdirigeringar.yml --------------------------------------------------------------------

SIDADRESS = r"^([a-z0-9]+(-[a-z0-9]+)*/)*$"
Sidadress = Annotated[str, Field(pattern=SIDADRESS, max_length=300)]


class Sidflytt(Modell):
    fran: Sidadress
    till: Sidadress


class Avsnittsalias(Modell):
    sida: Sidadress
    fran: Id
    till: Id


class OmdirigeringarFil(Modell):
    sidor: list[Sidflytt]
    avsnitt: list[Avsnittsalias]


# File name (without .yml) -> model of the whole file. The order is the order errors are reported in.
FILER: dict[str, type[Modell]] = {
    "perioder": PerioderFil,
    "program": ProgramFil,
    "stadsdelar": StadsdelarFil,
    "skolor": SkolorFil,
    "yrkesroller": YrkesrollerFil,
    "kontakter": KontakterFil,
    "utbildning": UtbildningFil,
    "tryggbassamtal": TryggbassamtalFil,
    "stodmaterial": StodmaterialFil,
    "ordlista": OrdlistaFil,
    "tillganglighet": TillganglighetFil,
    "omdirigeringar": OmdirigeringarFil,
    "roller": RollerFil,
    "checklista": ChecklistaFil,
    "mallar": MallarFil,
    "planerare": PlanerareFil,
}
