"""Every data string is escaped where it is rendered: markup and template code in the data show as text."""

from __future__ import annotations

import shutil

import pytest
from bs4 import BeautifulSoup
from conftest import ROT, bygg

ELAK = '<script>alert("hb")</script><img src=x onerror=alert(1)> {{ hb }} {% raw %}'

ERSATTNINGAR = {
    "skolor.yml": [
        ("    namn: Akalla grundskola", f"    namn: '{ELAK}'"),
        (
            "    kommentar: Elever i årskurs 9 har lett introduktionslektioner i MVP för elever i årskurs 6.",
            f"    kommentar: '{ELAK}'",
        ),
    ],
    "stadsdelar.yml": [("    namn: Bromma stadsdelsförvaltning", f"    namn: '{ELAK}'")],
    "kontakter.yml": [("    funktion: Stadens samordning av våldsprevention", f"    funktion: '{ELAK}'")],
    "yrkesroller.yml": [("    namn: Skolpsykolog", f"    namn: '{ELAK}'")],
    "ordlista.yml": [("    term: ställtid", f"    term: '{ELAK}'")],
    "utbildning.yml": [("    beskrivning: Vid slutet av läsåret.", f"    beskrivning: '{ELAK}'")],
    "tryggbassamtal.yml": [("  - id: omsorg\n    rubrik: Omsorg", f"  - id: omsorg\n    rubrik: '{ELAK}'")],
    "stodmaterial.yml": [("    titel: MVP stöd – Handledning", f"    titel: '{ELAK}'")],
    "checklista.yml": [("    titel: Bestäm hur ni ska få tid till lektionerna", f"    titel: '{ELAK}'")],
    "roller.yml": [("    namn: Koordinatorn", f"    namn: '{ELAK}'")],
    "mallar.yml": [
        ("      - text: Med vänliga hälsningar", f"      - text: '{ELAK}'"),
        ("    titel: Reflektion efter lektionen", f"    titel: '{ELAK}'"),
    ],
    "planerare.yml": [("    namn: Expertteam", f"    namn: '{ELAK}'")],
}

SIDOR = [
    "skolor/akalla-grundskola/",
    "lagesrapport/skolor/",
    "stadsdelar/bromma/",
    "lagesrapport/stadsdelar/",
    "kontakter/",
    "lagesrapport/yrkesroller/",
    "ordlista/",
    "forberedelser/",
    "uppfoljning/",
    "programmen/",
    "skolor/husbygardsskolan/",
    "starta/checklista/",
    "starta/utskrift/",
    "starta/planera/",
    "starta/mallar/",
    "starta/mallar/reflektion/",
    "starta/mallar/brev-till-vardnadshavare-mvp/",
]


@pytest.fixture(scope="module")
def elak_site(tmp_path_factory):
    rot = tmp_path_factory.mktemp("elak")
    data = rot / "data"
    shutil.copytree(ROT / "data", data)
    for fil, byten in ERSATTNINGAR.items():
        text = (data / fil).read_text(encoding="utf-8")
        for gammal, ny in byten:
            assert gammal in text, (fil, gammal)
            text = text.replace(gammal, ny, 1)
        (data / fil).write_text(text, encoding="utf-8")
    resultat = bygg(rot / "site", data, {"HB_SOK": "0"})
    assert resultat.returncode == 0, resultat.stderr
    return rot / "site"


@pytest.mark.parametrize("url", SIDOR)
def test_data_visas_som_text_och_kor_inget(elak_site, url):
    html = (elak_site / url / "index.html").read_text(encoding="utf-8")
    soup = BeautifulSoup(html, "html.parser")
    assert not [s for s in soup.find_all("script") if "alert" in s.get_text()]
    assert not soup.find_all(attrs={"onerror": True})
    assert ELAK in soup.get_text(), "texten ska synas precis som den står i datafilen"


def test_sidtiteln_escapas(elak_site):
    soup = BeautifulSoup((elak_site / "skolor/akalla-grundskola/index.html").read_text(encoding="utf-8"), "html.parser")
    assert soup.title.get_text().startswith(ELAK)
    assert soup.select_one(".md-header__topic:nth-of-type(2)").get_text(strip=True) == ELAK
