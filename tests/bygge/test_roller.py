"""Role pages ("Jag är …") in the built site: three to five concrete tasks in checklist order, each linked to
its checklist step, its section and, where the step has them, its template and the planner; whom the role
asks, never itself; the two "Annan yrkesroll" pages told apart; a way back; skolledning findable as rektor;
each page lists exactly the sections tagged for it, and an unknown role in a heading stops the build."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup
from hjalp import ROT, kopiera_repo

from macros.checklista import alla_steg
from macros.kalla.sida import las_docs
from macros.laddning.las import las_handbok
from macros.roller import las_taggar, rollsidor_id

HB = las_handbok(ROT / "data")
STEG = {vy.steg.id: vy for vy in alla_steg(HB)}
SIDOR = rollsidor_id(HB)
# The contact that a role or profession is itself (roller.yml: kontakt).
SJALV = {r.id: r.kontakt for r in HB.roller.roller} | {y.yrkesroll: y.kontakt for y in HB.roller.yrken}
DISTRIKT = {y.id for y in HB.yrkesroller.yrkesroller if y.organisation == "stadsdel_polis"}


def text(el) -> str:
    return " ".join(el.get_text(" ", strip=True).split())


def uppgifter(soup: BeautifulSoup) -> list:
    return soup.find(id="vad-du-gor").find_next("ol").select("li.hb-uppgift")


def fragar(soup: BeautifulSoup) -> list[str]:
    """The contact ids a role page tells its reader to ask."""
    lista = soup.find(id="fraga").find_next("ul")
    return [a["href"].split("#", 1)[1] for a in lista.select('a[href*="kontakter/#"]')]


def fragar_sig_sjalv(soup: BeautifulSoup, kontakt: str | None) -> bool:
    return kontakt is not None and kontakt in fragar(soup)


@pytest.mark.parametrize("roll", SIDOR)
def test_tre_till_fem_uppgifter_i_checklistans_ordning(sida, roll):
    lista = uppgifter(sida(f"jag-ar/{roll}/"))
    assert 3 <= len(lista) <= 5, roll
    nummer = []
    for li in lista:
        vy = STEG[li["data-hb-steg"]]
        lankar = {a["href"]: text(a) for a in li.select("a")}
        assert lankar.get(f"../../starta/checklista/#{vy.ankare}") == f"Steg {vy.nummer} i checklistan", li
        assert f"../../{vy.las_mer[0].url}" in lankar, "uppgiften länkar till avsnittet som förklarar steget"
        for mall in vy.mallar:
            assert lankar.get(f"../../{mall.url}") == mall.text, "uppgiften länkar till stegets mall"
        assert ("../../starta/planera/" in lankar) == (vy.steg.planerare is not None)
        assert len(text(li.select_one(".hb-uppgift__text")).split()) >= 4, "en konkret uppgift, inte en rubrik"
        nummer.append(vy.nummer)
    assert nummer == sorted(nummer), f"{roll}: uppgifterna står inte i checklistans ordning"


@pytest.mark.parametrize("roll", SIDOR)
def test_vem_fragar_du_aldrig_sig_sjalv(sida, roll):
    soup = sida(f"jag-ar/{roll}/")
    kontakter = {k.id for k in HB.kontakter.kontakter}
    assert fragar(soup) and set(fragar(soup)) <= kontakter
    assert not fragar_sig_sjalv(soup, SJALV.get(roll)), f"{roll} tillsägs att fråga sig själv"
    if roll in DISTRIKT:
        # District staff are told whom to contact in the school.
        assert "skolans-koordinator" in fragar(soup)
        assert "skolan" in text(soup.select_one(".hb-roll__inledning"))


def test_kontroll_sjalvfragan_kan_sla_larm():
    """The negative control: a coordinator page that says "ask the coordinator" is caught."""
    fel = BeautifulSoup(
        '<h2 id="fraga">Vem frågar du?</h2><ul><li><a href="../../kontakter/#skolans-koordinator">x</a></li></ul>',
        "html.parser",
    )
    assert fragar_sig_sjalv(fel, "skolans-koordinator")
    assert SJALV["koordinator"] == "skolans-koordinator" and SJALV["skolledning"] == "skolledningen"
    assert SJALV["polis"] == "polisen"


@pytest.mark.parametrize("roll", SIDOR)
def test_vagen_tillbaka(sida, roll):
    assert sida(f"jag-ar/{roll}/").select_one('article a[href="../../jag-ar/"]') is not None, roll


def test_de_tva_annan_yrkesroll_halls_isar(sida):
    rubriker = {text(sida(f"jag-ar/{r}/").find("h1")) for r in ("annan-skolpersonal", "annan-stadsdelspersonal")}
    assert rubriker == {
        "Annan yrkesroll/övrig personal (skolan)",
        "Annan yrkesroll/övrig personal (stadsdelsförvaltning och polis)",
    }
    lankar = [text(a) for a in sida("jag-ar/").select("article li a")]
    assert len(lankar) == len(set(lankar)) == len(SIDOR), "två länkar med samma namn i listan"


def test_skolledningen_hittas_som_rektor(sida):
    assert "Rektor" in text(sida("jag-ar/skolledning/").find("h1"))
    lista = sida("jag-ar/")
    assert any(text(a).startswith("Rektor") for a in lista.select('article a[href="../jag-ar/skolledning/"]'))
    assert "rektor" in text(sida("starta/checklista/").select_one("#roll-skolledning")).lower()


def test_yrkesrollens_antal_i_ord_och_noll_sags_ut(sida):
    assert "deltog sex personer" in text(sida("jag-ar/polis/").find("article"))
    assert "deltog ingen med den här yrkesrollen (rapporten anger 0)" in text(sida("jag-ar/socialsekreterare/"))
    assert "deltog 240 personer" in text(sida("jag-ar/larare-mentor/").find("article"))


def test_varje_roll_har_en_sida_med_exakt_sina_avsnitt(sida):
    taggar = las_taggar(las_docs(ROT / "docs"))
    roller = [r.id for r in HB.roller.roller] + [y.id for y in HB.yrkesroller.yrkesroller]
    assert len(roller) == len(set(roller))
    for roll in roller:
        soup = sida(f"jag-ar/{roll}/")
        rubrik = soup.find(id="avsnitt")
        lista = rubrik.find_next(["ul", "h2"])
        lankar = [a["href"] for a in lista.select("a")] if lista.name == "ul" else []
        assert lankar == ["../../" + t.adress for t in taggar if roll in t.roller], roll
    assert any("faltassistent" in t.roller for t in taggar), "fältassistenten har taggade avsnitt"
    assert {a["href"] for a in sida("jag-ar/").select("article li a")} == {f"../jag-ar/{r}/" for r in roller}


def test_okand_roll_i_en_rubrik_stoppar_bygget(tmp_path):
    kopia = kopiera_repo(tmp_path / "repo")
    fil = kopia / "docs" / "genomforande.md"
    fil.write_text(
        fil.read_text(encoding="utf-8").replace('data-roller="koordinator"}', 'data-roller="kordinator"}', 1),
        encoding="utf-8",
    )
    resultat = subprocess.run(
        [sys.executable, "-m", "macros", "bygg", "--site-dir", str(tmp_path / "s")],
        cwd=kopia,
        capture_output=True,
        text=True,
        env={**os.environ, "HB_SOK": "0"},
    )
    assert resultat.returncode != 0
    rad = next(r.strip() for r in resultat.stderr.splitlines() if r.strip().startswith("docs/"))
    assert rad.startswith("docs/genomforande.md:") and "okänd roll 'kordinator' i data-roller" in rad
