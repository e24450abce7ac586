"""Macro functions on small models, without MkDocs."""

from __future__ import annotations

import ast
import re

import pytest
from bs4 import BeautifulSoup
from hjalp import ROT, skolor_i_tabellen

from macros import skolor, utbildning, yrkesroller
from macros.granskning import alla_granskningar
from macros.kalla.sidmall import SidFel
from macros.laddning.las import las_handbok
from macros.laddning.models import Langd
from macros.makron import MAKRON
from macros.mallar.dokument import dokument
from macros.mallar.word import docx_bytes
from macros.utbildning import langd_text
from macros.vy.adresser import relativ_rot
from macros.vy.diagram import staplar
from macros.vy.partials import Partials
from macros.vy.text import format_tal


@pytest.fixture(scope="module")
def hb():
    return las_handbok(ROT / "data")


@pytest.fixture()
def partials():
    return Partials(rot=lambda: "../../")


@pytest.mark.parametrize(
    "url,rot",
    [("", ""), ("kontakter/", "../"), ("lagesrapport/skolor/", "../../"), ("lagesrapport/skolor.html", "../")],
)
def test_relativ_rot(url, rot):
    assert relativ_rot(url) == rot


@pytest.mark.parametrize(
    "varde,neutrum,text",
    [
        (0, False, "noll"),
        (1, False, "en"),
        (1, True, "ett"),
        (2.0, False, "två"),
        (12, False, "tolv"),
        (13, False, "13"),
    ],
)
def test_tal_i_lopande_text_enligt_skrivreglerna(varde, neutrum, text):
    from macros.vy.text import tal_i_text

    assert tal_i_text(varde, neutrum) == text


@pytest.mark.parametrize("varde,text", [(0.5, "0,5"), (2, "2"), (2.0, "2"), (1500, "1\u00a0500")])
def test_svenskt_talformat(varde, text):
    assert format_tal(varde) == text


@pytest.mark.parametrize(
    "langd,cirka,text",
    [
        ({"dagar": 0.5}, False, "en halvdag"),
        ({"dagar": 2}, False, "två dagar"),
        ({"dagar": 1}, False, "en dag"),
        ({"timmar": 5}, True, "cirka fem timmar"),
        ({"timmar": 1}, False, "en timme"),
        ({"timmar": 14}, False, "14 timmar"),
    ],
)
def test_langd_anges_som_i_rapporten(langd, cirka, text):
    assert langd_text(Langd(**langd), cirka) == text


def test_staplar_skalas_mot_storsta_vardet():
    s = staplar([("a", 10), ("b", 5), ("c", None)])
    assert [x.bredd_procent for x in s] == [100, 50, 0]


def test_skoltabellen_filtrerar_pa_program(hb, partials):
    soup = BeautifulSoup(skolor.skolor_tabell(hb, partials, program="at"), "html.parser")
    namn = [th.get_text(strip=True) for th in soup.select("tbody th")]
    assert "Knutbyskolan" in namn and "Akalla grundskola" not in namn
    assert len(namn) == skolor_i_tabellen(hb, "at")


def test_skoltabellen_lankar_relativt(hb, partials):
    soup = BeautifulSoup(skolor.skolor_tabell(hb, partials), "html.parser")
    assert soup.select_one("#skola-akalla-grundskola a")["href"] == "../../skolor/akalla-grundskola/"


def test_okant_antal_visas_aldrig_som_noll(hb, partials):
    soup = BeautifulSoup(skolor.skolor_tabell(hb, partials), "html.parser")
    cell = soup.select_one("#skola-trollbodaskolan td:last-child")
    assert cell.get_text(strip=True) == "ej inkommet" and cell["data-sortvarde"] == "-1"


def test_yrkesroller_summeras(hb, partials):
    soup = BeautifulSoup(yrkesroller.yrkesroller_tabell(hb, partials, "stadsdel_polis"), "html.parser")
    assert soup.select_one("tfoot td").get_text(strip=True) == "30"
    with pytest.raises(SidFel, match="'kommun' finns inte bland organisationerna"):
        yrkesroller.yrkesroller_tabell(hb, partials, "kommun")


def test_utbildningstabellen_har_alla_moment(hb, partials):
    soup = BeautifulSoup(utbildning.utbildning_tabell(hb, partials), "html.parser")
    rader = {tr["id"]: tr.select_one("td").get_text(strip=True) for tr in soup.select("tbody tr")}
    assert rader == {
        "utbildning-kunskapshalvdag": "en halvdag",
        "utbildning-teorimanual": "en halvdag",
        "utbildning-grundutbildning": "två dagar",
        "utbildning-uppstart-och-booster": "cirka fem timmar",
        "utbildning-utvardering": "två timmar",
    }


def test_mallar_escapar_data(partials):
    html = partials.miljo.from_string("{{ x }}").render(x="<script>alert(1)</script>")
    assert html == "&lt;script&gt;alert(1)&lt;/script&gt;"


# Handbok's look-ups and the data file each comes from; every other attribute is named after its file.
HARLEDDA = {
    "program_per_id": "program",
    "stadsdel_per_id": "stadsdelar",
    "skola_per_id": "skolor",
    "moment_per_id": "utbildning",
    "aktuell_period": "perioder",
    "rapportens_period": "perioder",
}


BINDER = {m.namn: m.binder for m in MAKRON}


class _Lasare:
    """The handbook's data, noting which data files are read through it."""

    def __init__(self, hb):
        object.__setattr__(self, "_hb", hb)
        object.__setattr__(self, "lasta", set())

    def __getattr__(self, namn):
        self.lasta.add(HARLEDDA.get(namn, namn))
        return getattr(self._hb, namn)


def _anrop_i_sidorna():
    for fil in sorted((ROT / "docs").rglob("*.md")):
        for namn, argument in re.findall(r"\{\{\s*(\w+)\(([^)]*)\)", fil.read_text(encoding="utf-8")):
            if BINDER[namn] == "inga":  # ord() shows a number the page passes it, no data file
                continue
            yield pytest.param(namn, argument, id=f"{fil.relative_to(ROT / 'docs')}:{namn}({argument})")


@pytest.mark.parametrize(("namn", "argument"), list(_anrop_i_sidorna()))
def test_redigera_uppgifterna_namner_varje_datafil_makrot_visar(hb, namn, argument):
    """Each macro call a page makes reads only data files its row in makron.py names, so the page's
    "Redigera uppgifterna" links lead to every file the reader sees figures or names from."""
    makro = {m.namn: m for m in MAKRON}[namn]
    lasare = _Lasare(hb)
    bundet = {
        "hb": (lasare, Partials()),
        "hb_adress": (lasare, Partials(), "http://127.0.0.1/mvp/"),
        "hb_granskningar": (lasare, Partials(), alla_granskningar(hb)),
        "hb_word": (lasare, Partials(), {d.id: docx_bytes(hb, d) for d in dokument(hb)}),
    }[makro.binder]
    makro.funktion(*bundet, *(ast.literal_eval(f"({argument},)") if argument else ()))
    datafiler = {f.stem for f in (ROT / "data").glob("*.yml")}
    lasta = lasare.lasta & datafiler
    assert lasare.lasta - datafiler <= {"sidor"}, "okänd uppslagning i Handbok: lägg till den i HARLEDDA"
    assert lasta <= set(makro.datafiler), f"{namn} visar {sorted(lasta - set(makro.datafiler))} utan att länka dit"


def test_ingen_html_bit_skriver_en_sidas_adress_for_hand():
    """Addresses live in macros/vy/adresser.py only: a partial asks for them (adresser.sida.planera,
    adresser.skola(id)), so moving a page is one change that the loader checks against docs/."""
    for fil in sorted((ROT / "overrides" / "partials" / "hb").glob("*.html")):
        for nr, rad in enumerate(fil.read_text(encoding="utf-8").splitlines(), 1):
            assert not re.search(r"\{\{ rot \}\}[a-z]", rad), f"{fil.name}:{nr}: {rad.strip()}"
