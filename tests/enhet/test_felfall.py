"""Bad input of every kind stops with one Swedish line that names the file, the line and what to do —
never a traceback, never silence. Most cases run through the loader or the page renderer in
milliseconds; tests/bygge/test_data_fel.py and tests/bygge/test_strikt.py take a few of them through a real build."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from hjalp import ROT, alla_lov, med_rad, tillater_text

from macros.granskning import las_sida
from macros.kalla.sida import las_text
from macros.kalla.sidmall import SidFel, rendera, sidmakro
from macros.laddning.fel import DataFel
from macros.laddning.las import las_handbok
from macros.laddning.models import FILER
from macros.laddning.yamlfil import las_yamlfil

# --- generated from the models: one case per field and kind of mistake -----------------------------

AKTUELL = las_handbok(ROT / "data").perioder.aktuell  # whatever the current term is
_SKALAR = re.compile(r'"(?:[^"\\]|\\.)*"|\'[^\']*\'|[^,}\]\n]+?(?=\s*(?:[,}\]]|\s#|$))')


@dataclass(frozen=True)
class Falt:
    fil: str
    sokvag: tuple
    rad: int
    kolumn: int
    namn: str


def _forsta_instans(villkor) -> list[Falt]:
    """The first single-line value of each model field that villkor(lov) accepts, with its position."""
    valda: dict[str, Falt] = {}
    for fil in FILER:
        yaml = las_yamlfil(ROT / "data" / f"{fil}.yml", f"{fil}.yml")
        for lov in alla_lov(fil, yaml.varde):
            if lov.namn in valda or not villkor(lov):
                continue
            rad, kolumn = yaml.platser[lov.sokvag]
            text = (ROT / "data" / f"{fil}.yml").read_text(encoding="utf-8").splitlines()[rad - 1]
            if text[kolumn - 1 :].startswith((">", "|")):
                continue  # a block of text over several lines: the next instance may be on one
            valda[lov.namn] = Falt(fil, lov.sokvag, rad, kolumn, lov.namn)
    return list(valda.values())


def _i_flode(text: str) -> bool:
    """Whether the end of text stands inside YAML's [ ] or { } (quotes and comments skipped)."""
    djup = 0
    for rad in text.split("\n"):
        for del_ in re.findall(r'"(?:[^"\\]|\\.)*"|\'[^\']*\'|\s#.*|[\[\]{}]', rad):
            djup += {"[": 1, "{": 1, "]": -1, "}": -1}.get(del_, 0)
    return djup > 0


def _ersatt_varde(tmp_path: Path, falt: Falt, ny: str) -> Path:
    data = tmp_path / "data"
    shutil.copytree(ROT / "data", data)
    fil = data / f"{falt.fil}.yml"
    rader = fil.read_text(encoding="utf-8").split("\n")
    rad = rader[falt.rad - 1]
    fore = rad[: falt.kolumn - 1]
    if _i_flode("\n".join(rader[: falt.rad - 1]) + "\n" + fore):  # inside [ ] or { }
        slut = _SKALAR.match(rad, falt.kolumn - 1).end()
    else:  # a plain value runs to the end of the line
        slut = rad.find(" #", falt.kolumn - 1) if " #" in rad[falt.kolumn - 1 :] else len(rad)
    rader[falt.rad - 1] = fore + ny + rad[slut:]
    fil.write_text("\n".join(rader), encoding="utf-8")
    return data


def _fel(data: Path) -> list[str]:
    with pytest.raises(DataFel) as err:
        las_handbok(data)
    return [str(f) for f in err.value.fel]


def _visa(sokvag: tuple, data: Path, fil: str) -> str:
    """The path as the message names it: with the name of the record, read from the changed file."""
    from macros.laddning.yamlfil import visa_sokvag

    return visa_sokvag(sokvag, las_yamlfil(data / f"{fil}.yml", f"{fil}.yml").varde)


TEXTFALT = _forsta_instans(lambda lov: tillater_text(lov.typ) and isinstance(lov.varde, str))
HELTALSFALT = _forsta_instans(lambda lov: lov.typ is int and isinstance(lov.varde, int) and lov.falt != "id")
IDFALT = _forsta_instans(lambda lov: lov.falt == "id")


@pytest.mark.parametrize("falt", TEXTFALT, ids=lambda f: f"styrtecken-{f.namn}")
def test_styrtecken_i_varje_textfalt(tmp_path, falt):
    data = _ersatt_varde(tmp_path, falt, '"text\\u0007mer"')
    rader = _fel(data)
    assert rader == [
        f"data/{falt.fil}.yml:{falt.rad}:{falt.kolumn}: {_visa(falt.sokvag, data, falt.fil)}: osynligt styrtecken (U+0007) i "
        "texten – ta bort det; det följer ofta med när man kopierar från ett annat program"
    ]


@pytest.mark.parametrize("falt", HELTALSFALT, ids=lambda f: f"jattetal-{f.namn}")
def test_jattetal_i_varje_heltalsfalt(tmp_path, falt):
    data = _ersatt_varde(tmp_path, falt, "1" + "0" * 30)
    rader = _fel(data)
    assert rader == [
        f"data/{falt.fil}.yml:{falt.rad}:{falt.kolumn}: {_visa(falt.sokvag, data, falt.fil)}: talet är för stort (31 siffror) – "
        "kontrollera det"
    ]


@pytest.mark.parametrize("falt", IDFALT, ids=lambda f: f"id-index-{f.namn}")
def test_upptaget_id_i_varje_idfalt(tmp_path, falt):
    data = _ersatt_varde(tmp_path, falt, "index")
    rader = _fel(data)
    assert (
        f"data/{falt.fil}.yml:{falt.rad}:{falt.kolumn}: {_visa(falt.sokvag, data, falt.fil)}: id:t 'index' är upptaget av "
        "handbokens egna sidor – välj ett annat, t.ex. index-1"
    ) in rader
    assert all(r.startswith("data/") for r in rader)


def test_tabellerna_tacker_modellerna():
    """A new field is a new case: the generated tables follow the models, not a list kept by hand."""
    assert len(TEXTFALT) >= 40 and len(HELTALSFALT) >= 8 and len(IDFALT) >= 12


# --- written by hand: the limits and traps one at a time ---------------------------------------------


@dataclass(frozen=True)
class Handfall:
    namn: str
    fil: str
    gammal: str
    ny: str
    borjar: str  # the start of the one expected line: file:line:column: path
    innehaller: str  # the part of the message that tells what to do


HANDFALL = [
    Handfall(
        "alias-bomb",
        "stodmaterial.yml",
        "material:\n",
        "extra: &a [x, x]\nmer: [*a, *a]\nmaterial:\n",
        "data/stodmaterial.yml:",
        "ankare och alias (&namn och *namn) används inte",
    ),
    Handfall(
        "alias-cykel",
        "stodmaterial.yml",
        "material:\n",
        "material: &a [*a]\nfoo:\n",
        "data/stodmaterial.yml:",
        "ankare och alias",
    ),
    Handfall(
        "klasser-enorm",
        "skolor.yml",
        "        klasser: 14",
        "        klasser: 100000",
        "data/skolor.yml:{rad}:18: skolor[1] (Alviksskolan).omfattning.ht2020.klasser:",
        "får vara högst 1000 klasser",
    ),
    Handfall(
        "klasser-decimal",
        "skolor.yml",
        "        klasser: 14",
        "        klasser: 2.5",
        "data/skolor.yml:{rad}:18: skolor[1] (Alviksskolan).omfattning.ht2020.klasser:",
        "måste vara ett heltal ≥ 0 eller texten",
    ),
    Handfall(
        "datum-31-februari",
        "tillganglighet.yml",
        '  datum: "2026-11-26"',
        '  datum: "2026-02-31"',
        "data/tillganglighet.yml:",
        "datumet 2026-02-31 finns inte i kalendern",
    ),
    Handfall(
        "datum-fel-form",
        "tillganglighet.yml",
        '  datum: "2026-11-26"',
        '  datum: "26/11/2026"',
        "data/tillganglighet.yml:",
        "måste vara ett datum skrivet ÅÅÅÅ-MM-DD",
    ),
    Handfall(
        "nul-tecken",
        "skolor.yml",
        "    namn: Alviksskolan",
        '    namn: "Alvik\\0skolan"',
        "data/skolor.yml:{rad}:11: skolor[1] (Alvikskolan).namn:",
        "osynligt styrtecken (U+0000)",
    ),
    Handfall(
        "osynligt-mellanrum",
        "skolor.yml",
        "    namn: Alviksskolan",
        "    namn: Alviks\u200bskolan",
        "data/skolor.yml:{rad}:11: skolor[1] (Alviksskolan).namn:",
        "osynligt styrtecken (U+200B)",
    ),
    Handfall(
        "id-index-skola",
        "skolor.yml",
        "  - id: akalla-grundskola",
        "  - id: index",
        "data/skolor.yml:{rad}:9: skolor[0] (Akalla grundskola).id:",
        "id:t 'index' är upptaget",
    ),
    Handfall(
        "id-assets",
        "stadsdelar.yml",
        "  - id: bromma",
        "  - id: assets",
        "data/stadsdelar.yml:{rad}:9: stadsdelar[0] (Bromma stadsdelsförvaltning).id:",
        "id:t 'assets' är upptaget",
    ),
    Handfall(
        "negativt-heltal-stort",
        "program.yml",
        "    antal_lektioner: 14",
        "    antal_lektioner: -99999999999999999999",
        "data/program.yml:{rad}:22: program[0] (Mentorer i våldsprevention).antal_lektioner:",
        "talet är för stort",
    ),
    Handfall(
        "yes-som-bool",
        "stadsdelar.yml",
        "    fritidsverksamhet: null",
        "    fritidsverksamhet: yes",
        "data/stadsdelar.yml:{rad}:24: stadsdelar[0] (Bromma stadsdelsförvaltning).fritidsverksamhet:",
        "är tvetydigt",
    ),
    Handfall(
        "on-som-bool",
        "stadsdelar.yml",
        "    fritidsverksamhet: null",
        "    fritidsverksamhet: on",
        "data/stadsdelar.yml:{rad}:24: stadsdelar[0] (Bromma stadsdelsförvaltning).fritidsverksamhet:",
        "är tvetydigt",
    ),
    Handfall(
        "lista-i-stallet-for-text",
        "skolor.yml",
        "    namn: Alviksskolan",
        "    namn: [a, b]",
        "data/skolor.yml:{rad}:11: skolor[1] (alviksskolan).namn:",
        "måste vara en text",
    ),
    Handfall(
        "tom-text",
        "skolor.yml",
        "    namn: Alviksskolan",
        '    namn: ""',
        "data/skolor.yml:{rad}:11: skolor[1] (alviksskolan).namn:",
        "får inte vara tom",
    ),
    Handfall(
        "sant-i-stallet-for-tal",
        "program.yml",
        "    antal_lektioner: 14",
        "    antal_lektioner: true",
        "data/program.yml:{rad}:22: program[0] (Mentorer i våldsprevention).antal_lektioner:",
        "måste vara ett heltal",
    ),
    Handfall(
        "noll-lektioner",
        "program.yml",
        "    antal_lektioner: 14",
        "    antal_lektioner: 0",
        "data/program.yml:{rad}:22: program[0] (Mentorer i våldsprevention).antal_lektioner:",
        "måste vara minst 1",
    ),
    Handfall(
        "for-manga-lektioner",
        "program.yml",
        "    antal_lektioner: 14",
        "    antal_lektioner: 1000",
        "data/program.yml:{rad}:22: program[0] (Mentorer i våldsprevention).antal_lektioner:",
        "får vara högst 100",
    ),
    Handfall(
        "okand-aktuell-period", "perioder.yml", f"aktuell: {AKTUELL}", "aktuell: vt2099", "data/perioder.yml:", "vt2099"
    ),
    Handfall(
        "javascript-url",
        "tillganglighet.yml",
        "digg_anmalan: https://",
        "digg_anmalan: javascript://",
        "data/tillganglighet.yml:",
        "har fel form",
    ),
    Handfall(
        "oktalt-tal",
        "program.yml",
        "    antal_lektioner: 14",
        "    antal_lektioner: 014",
        "data/program.yml:{rad}:22: program[0] (Mentorer i våldsprevention).antal_lektioner:",
        "börjar med 0",
    ),
    Handfall(
        "sextiotal",
        "program.yml",
        "    antal_lektioner: 14",
        "    antal_lektioner: 1:30",
        "data/program.yml:{rad}:22: program[0] (Mentorer i våldsprevention).antal_lektioner:",
        "sextiosystemet",
    ),
    Handfall(
        "wordtitel-over-255-tecken",
        "mallar.yml",
        "    titel: Brev till vårdnadshavare",
        "    titel: Brev till vårdnadshavare" + " och elever" * 25,
        "data/mallar.yml:{rad}:12: mallar[0]",
        "är för lång – högst 255 tecken",
    ),
    Handfall(
        "felaktigt-indrag",
        "skolor.yml",
        "        klasser: 14\n  - id: backahagens-skola\n",
        "    klasser: 14\n  - id: backahagens-skola\n",  # Alviksskolan's last field, two levels too far out
        "data/skolor.yml:{rad}:5: skolor[1] (Alviksskolan).klasser:",
        "fältet 'klasser' har fel indrag – dra in det",
    ),
    Handfall(
        "minsta-over-rekommenderat",
        "utbildning.yml",
        "  minsta_antal_ledare: 2",
        "  minsta_antal_ledare: 4",
        "data/utbildning.yml:",
        "får inte vara större än rekommenderat_antal_ledare",
    ),
    Handfall(
        "omdirigering-fran-sida-som-finns",
        "omdirigeringar.yml",
        "sidor: []",
        "sidor:\n  - fran: forberedelser/\n    till: genomforande/",
        "data/omdirigeringar.yml:{rad+1}:11: sidor[0].fran:",
        "finns fortfarande",
    ),
    Handfall(
        "omdirigering-till-sida-som-saknas",
        "omdirigeringar.yml",
        "sidor: []",
        "sidor:\n  - fran: gammal/\n    till: finns-inte/",
        "data/omdirigeringar.yml:{rad+2}:11: sidor[0].till:",
        "men den sidan finns inte",
    ),
    Handfall(
        "avsnittsalias-till-saknas",
        "omdirigeringar.yml",
        "avsnitt:\n",
        "avsnitt:\n  - sida: genomforande/\n    fran: gammalt\n    till: finns-inte\n",
        "data/omdirigeringar.yml:",
        "avsnittet 'finns-inte' finns inte på sidan 'genomforande/'",
    ),
]


@pytest.mark.parametrize("fall", HANDFALL, ids=lambda f: f.namn)
def test_handskrivna_fel(tmp_path, fall):
    data = tmp_path / "data"
    shutil.copytree(ROT / "data", data)
    fil = data / fall.fil
    text = fil.read_text(encoding="utf-8")
    assert fall.gammal in text, f"testfallet hittar inte {fall.gammal!r} i {fall.fil}"
    fil.write_text(text.replace(fall.gammal, fall.ny, 1), encoding="utf-8")
    rader = _fel(data)
    assert len(rader) == 1, rader
    assert rader[0].startswith(med_rad(fall.borjar, fall.fil, fall.gammal)) and fall.innehaller in rader[0], rader[0]
    assert _forklaras(rader[0]), f"lägg till en rad i CONTRIBUTING.md för {rader[0]!r}"


def test_datafil_med_bom_godtas(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROT / "data", data)
    fil = data / "skolor.yml"
    fil.write_bytes(b"\xef\xbb\xbf" + fil.read_bytes())
    assert len(las_handbok(data).skolor.skolor) >= 20


def test_latin1_datafil(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROT / "data", data)
    fil = data / "skolor.yml"
    fil.write_bytes(fil.read_text(encoding="utf-8").encode("latin-1", "replace"))
    assert _fel(data) == ["data/skolor.yml:1:1: (hela filen): filen är inte sparad som UTF-8 – spara om den som UTF-8"]


# --- pages: the Jinja in docs/ and the front matter -------------------------------------------------


def _makron():
    def program_fakta(hb, program_id: str) -> str:
        return f"<p>{program_id}</p>"

    def ordlista(hb) -> str:
        return "<dl></dl>"

    def skolor_tabell(hb, program: str | None = None) -> str:
        return "<table></table>"

    return {
        n: sidmakro(n, f, (None,))
        for n, f in {"program_fakta": program_fakta, "ordlista": ordlista, "skolor_tabell": skolor_tabell}.items()
    }


SIDFALL = [
    ("kod-via-globals", "{{ cycler.__init__.__globals__.os.popen('id').read() }}", "inte tillåten"),
    ("import", "{% import 'os' as os %}", "block är inte tillåtna"),
    ("for-slinga", "{% for x in range(10**9) %}x{% endfor %}", "block är inte tillåtna"),
    ("while-genom-rekursion", "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}", "block är inte tillåtna"),
    ("set", "{% set x = 1 %}", "block är inte tillåtna"),
    ("include", "{% include 'index.md' %}", "block är inte tillåtna"),
    ("extends", "{% extends 'base.html' %}", "block är inte tillåtna"),
    ("potens", "{{ 9**9**9 }}", "inte tillåten"),
    ("lang-text", "{{ 'a' * 1000000000 }}", "inte tillåten"),
    ("filter", "{{ siffror.period | center(1000000000) }}", "filtret |center är inte tillåtet"),
    ("filter-med-argument", "{{ siffror.period | upper(1) }}", "filtret |upper är inte tillåtet"),
    ("attribut-pa-makro", "{{ ordlista.__globals__ }}", "inte tillåten"),
    ("config", "{{ config }}", "okänt namn 'config'"),
    ("odefinierad", "{{ odefinierad }}", "okänt namn 'odefinierad'"),
    ("okant-makro", "{{ lipsum() }}", "okänt makro lipsum()"),
    ("makro-utan-parentes", "{{ ordlista }}", "skriv {{ ordlista() }} med parenteser"),
    ("siffra-finns-inte", "{{ siffror.finns_inte }}", "det som efterfrågas finns inte"),
    ("for-manga-argument", "{{ ordlista(1, 2, 3) }}", "ordlista() tar inga argument"),
    ("saknat-argument", "{{ program_fakta() }}", "program_fakta() tar program_id"),
    ("fel-typ", "{{ skolor_tabell(42) }}", "program ska vara en text inom citattecken eller tomt"),
    ("argument-ar-uttryck", "{{ program_fakta(siffror.period ~ 'x') }}", "ska vara skrivna värden"),
    ("okant-nyckelord", "{{ skolor_tabell(skola='x') }}", "skolor_tabell() tar program=None"),
    ("oppen-raw", "{% raw %} öppen", "{% raw %} saknar sitt {% endraw %}"),
    ("losryckt-endraw", "{% endraw %}", "{% endraw %} utan {% raw %}"),
    ("okand-tagg", "{% kiva %}", "okänd {% … %}-tagg"),
    ("oavslutat-uttryck", "{{ ordlista(", "utan slut"),
    ("script-tagg", "<script>alert(1)</script>", "en <script> hör inte hemma i en sida"),
    ("handelseattribut", '<img src="x.png" onerror="alert(1)">', "händelseattribut"),
    ("javascript-lank", "[klicka](javascript:alert(1))", "javascript:"),
]


@pytest.mark.parametrize(("namn", "mall", "fras"), SIDFALL, ids=[f[0] for f in SIDFALL])
def test_sidans_mallkod(namn, mall, fras):
    text = "# Rubrik\n\nText.\n\n" + mall + "\n"
    with pytest.raises(SidFel) as fel:
        rendera(text, _makron(), {"siffror": {"period": "hösten 2020"}})
    assert fras in fel.value.meddelande
    assert fel.value.rad == 5, f"fel rad: {fel.value.rad}"
    assert _forklaras(fel.value.meddelande), f"lägg till en rad i CONTRIBUTING.md för {fel.value.meddelande!r}"


def test_tillaten_mallkod_renderas():
    text = (
        '{{ program_fakta("mvp") }} {{ siffror.period }} {{ siffror.period | capitalize }} '
        "{{ program_fakta(siffror.period) }} {% raw %}{{ visas }}{% endraw %}"
    )
    assert rendera(text, _makron(), {"siffror": {"period": "hösten 2020"}}) == (
        "<p>mvp</p> hösten 2020 Hösten 2020 <p>hösten 2020</p> {{ visas }}"
    )


def _sida(tmp_path: Path, huvud: str, kodning: str = "utf-8", bom: bool = False) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    fil = docs / "sida.md"
    fil.write_bytes((b"\xef\xbb\xbf" if bom else b"") + f"---\n{huvud}---\n\n# Sida\n".encode(kodning))
    return fil


HUVUDFALL = [
    (
        "framtida-datum",
        "agare: Samordningen\ngranskad_av: Samordningen\nsenast_granskad: 2099-01-01\ngranskas_var_manad: 12\n",
        "docs/sida.md:4:18: senast_granskad: 2099-01-01 ligger i framtiden",
    ),
    (
        "31-november",
        "agare: Samordningen\ngranskad_av: Samordningen\nsenast_granskad: 2026-11-31\ngranskas_var_manad: 12\n",
        "docs/sida.md:4:18: senast_granskad: datumet 2026-11-31 finns inte i kalendern",
    ),
    (
        "fel-datumform",
        "agare: Samordningen\ngranskad_av: Samordningen\nsenast_granskad: 26 nov\ngranskas_var_manad: 12\n",
        "docs/sida.md:4:18: senast_granskad: måste vara ett datum skrivet ÅÅÅÅ-MM-DD",
    ),
    (
        "intervall-noll",
        "agare: Samordningen\ngranskad_av: Samordningen\nsenast_granskad: 2026-01-01\ngranskas_var_manad: 0\n",
        "docs/sida.md:5:21: granskas_var_manad: måste vara ett heltal mellan 1 och 36",
    ),
    (
        "agare-saknas",
        "senast_granskad: 2026-01-01\ngranskas_var_manad: 12\n",
        "docs/sida.md:2:1: agare: fältet 'agare' saknas i sidhuvudet",
    ),
    (
        "alias-i-huvud",
        "agare: &a Samordningen\ngranskad_av: Samordningen\nsenast_granskad: 2026-01-01\ngranskas_var_manad: 12\nx: *a\n",
        "ankare och alias",
    ),
]


@pytest.mark.parametrize(("namn", "huvud", "vantat"), HUVUDFALL, ids=[f[0] for f in HUVUDFALL])
def test_sidhuvudets_fel(tmp_path, namn, huvud, vantat):
    fil = _sida(tmp_path, huvud)
    _, fel = las_sida(fil.name, las_text(fil, fil.parent))
    assert any(vantat in str(f) for f in fel), [str(f) for f in fel]
    assert all(_forklaras(str(f)) for f in fel), [str(f) for f in fel]


def test_sida_med_bom_godtas(tmp_path):
    fil = _sida(
        tmp_path, "agare: Samordningen\ngranskad_av: null\nsenast_granskad: null\ngranskas_var_manad: 12\n", bom=True
    )
    granskning, fel = las_sida(fil.name, las_text(fil, fil.parent))
    assert fel == [] and granskning.agare == "Samordningen"


def test_latin1_sida(tmp_path):
    fil = _sida(
        tmp_path,
        "agare: Samordningen, ägaren\nsenast_granskad: 2026-01-01\ngranskas_var_manad: 12\n",
        kodning="latin-1",
    )
    with pytest.raises(DataFel) as err:
        las_text(fil, fil.parent)
    assert str(err.value.fel[0]) == (
        "docs/sida.md:1:1: (hela filen): filen är inte sparad som UTF-8 – spara om den som UTF-8"
    )


def test_minst_hundra_fall():
    antal = len(TEXTFALT) + len(HELTALSFALT) + len(IDFALT) + len(HANDFALL) + len(SIDFALL) + len(HUVUDFALL) + 4
    assert antal >= 100, antal


def _forklaras(meddelande: str) -> bool:
    tabell = (ROT / "CONTRIBUTING.md").read_text(encoding="utf-8").split("## Felmeddelanden och hur du rättar dem")[1]
    fraser = [
        f for rad in tabell.splitlines() if rad.startswith("| `") for f in re.findall(r"`([^`]+)`", rad.split("|")[1])
    ]
    return any(all(bit.strip() in meddelande for bit in fras.split("…")) for fras in fraser)


def test_en_flyttad_sida_som_genererade_sidor_lankar_till_stoppar_med_fil_och_atgard(tmp_path):
    """Every role page and checklist step links to the planner: renaming its page must not leave them broken."""
    docs = tmp_path / "docs"
    shutil.copytree(ROT / "docs", docs)
    (docs / "starta" / "planera.md").rename(docs / "starta" / "planering.md")
    with pytest.raises(DataFel) as fel:
        las_handbok(ROT / "data", docs)
    rader = [str(f) for f in fel.value.fel]
    assert any(
        r.startswith("docs/starta/planera.md:1:1: sidan: sidan finns inte")
        and "starta/planera/" in r
        and "macros/vy/adresser.py" in r
        for r in rader
    ), rader
