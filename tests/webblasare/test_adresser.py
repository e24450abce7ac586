"""Links never break silently: every published address is in a committed register, and one can only
disappear when data/omdirigeringar.yml says where it went. Proven by a deliberate rename and move."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from adresser import kontrollera, las_register, publicerade
from hjalp import ROT, UNDERSOKVAG, kopiera_repo

from macros.laddning.models import OmdirigeringarFil
from macros.laddning.yamlfil import las_yamlfil


def _omdirigeringar(data):
    om = OmdirigeringarFil.model_validate(las_yamlfil(data / "omdirigeringar.yml", "omdirigeringar.yml").varde)
    return {s.fran: s.till for s in om.sidor}, {(a.sida, a.fran): a.till for a in om.avsnitt}


def test_registret_stammer_med_webbplatsen(site):
    borta, nya = kontrollera(las_register(), publicerade(site), *_omdirigeringar(ROT / "data"))
    assert borta == [], "adresser har försvunnit utan omdirigering"
    assert nya == [], "nya adresser saknas i registret – kör make check och ta med lankar/publicerade-adresser.txt"


def _kopia(tmp_path):
    kopia = kopiera_repo(tmp_path / "repo")
    # The page moves: uppfoljning.md becomes folja-upp.md, and a section id is renamed.
    (kopia / "docs" / "uppfoljning.md").rename(kopia / "docs" / "folja-upp.md")
    # The editor updates the handbook's own references, as strict validation demands; links sent
    # earlier by e-mail cannot be updated, and those are what the register protects.
    for fil in [kopia / "mkdocs.yml", *(kopia / "docs").rglob("*.md"), *(kopia / "data").glob("*.yml")]:
        text = fil.read_text(encoding="utf-8").replace("uppfoljning.md", "folja-upp.md")
        text = text.replace("{#stalltid ", "{#stalltid-fore-och-efter ").replace(
            "{#stalltid}", "{#stalltid-fore-och-efter}"
        )
        fil.write_text(
            re.sub(r"genomforande\.md#stalltid\b(?!-)", "genomforande.md#stalltid-fore-och-efter", text),
            encoding="utf-8",
        )
    return kopia


def _bygg(kopia, site):
    resultat = subprocess.run(
        [sys.executable, "-m", "macros", "bygg", "--site-dir", str(site)],
        cwd=kopia,
        capture_output=True,
        text=True,
        # No search index: these tests follow addresses, as make check does (HB_SOK=0 there too).
        env={**os.environ, "HB_SITE_URL": "http://127.0.0.1" + UNDERSOKVAG, "HB_SOK": "0"},
    )
    assert resultat.returncode == 0, resultat.stderr
    return site


@pytest.fixture(scope="module")
def flyttad(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("flytt")
    kopia = _kopia(tmp)
    utan = _bygg(kopia, tmp / "utan")
    # The editor adds to the declarations already there (the list under avsnitt: is last in the file).
    omdirigeringar = kopia / "data" / "omdirigeringar.yml"
    text = omdirigeringar.read_text(encoding="utf-8").replace(
        "sidor: []", "sidor:\n  - fran: uppfoljning/\n    till: folja-upp/"
    )
    omdirigeringar.write_text(
        text.rstrip("\n") + "\n  - sida: genomforande/\n    fran: stalltid\n    till: stalltid-fore-och-efter\n",
        encoding="utf-8",
    )
    med = _bygg(kopia, tmp / "med")
    return kopia, utan, med


def test_bytt_namn_utan_omdirigering_fangas(flyttad):
    kopia, utan, _ = flyttad
    borta, _ = kontrollera(las_register(), publicerade(utan), {}, {})
    assert "/genomforande/#stalltid" in borta
    assert "/uppfoljning/" in borta and "/uppfoljning/#tryggbassamtal" in borta


def test_med_omdirigering_fungerar_alla_gamla_adresser(flyttad):
    kopia, _, med = flyttad
    borta, _ = kontrollera(las_register(), publicerade(med), *_omdirigeringar(kopia / "data"))
    assert borta == []


@pytest.mark.browser
def test_gammal_adress_landar_pa_nya_avsnittet(flyttad, webblasare, tmp_path):
    from hjalp import nginx

    _, _, med = flyttad
    (tmp_path / "nginx").mkdir()
    with nginx(med, tmp_path / "nginx") as bas:
        page = webblasare.new_page(viewport={"width": 1280, "height": 800})
        page.goto(bas + "uppfoljning/#tryggbassamtal")  # moved page, kept section
        page.wait_for_url(bas + "folja-upp/#tryggbassamtal")
        assert page.locator("#tryggbassamtal").is_visible()
        page.goto(bas + "genomforande/#stalltid")  # renamed section
        rubrik = page.locator("#stalltid-fore-och-efter")
        assert rubrik.is_visible()
        assert 0 <= rubrik.bounding_box()["y"] < 200, "sidan ska stå vid det nya avsnittet"
        page.close()
