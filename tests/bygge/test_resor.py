"""Issue 14 in the built site, without a browser: every page opens with its title, then one line on what
it helps with, then the muted review line; guidance pages end with their next step; Förberedelser lists
its steps in the checklist's order from the same data; the start page's four ways in; Vem on each step
leads to the role page; the 404 page speaks Swedish; 'Att granska' sits under För redaktörer."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hjalp import ROT

from macros import checklista, nasta_steg
from macros.laddning.fel import DataFel
from macros.laddning.las import las_handbok

HB = las_handbok(ROT / "data")
DOCS = ROT / "docs"


def _adress(fil: Path) -> str:
    rel = fil.relative_to(DOCS).with_suffix("").as_posix()
    return "" if rel == "index" else rel.removesuffix("/index") + "/"


HANDSKRIVNA = sorted(_adress(f) for f in DOCS.rglob("*.md"))
# One page of each generated kind: school, district, role, template.
GENERERADE = [
    f"skolor/{HB.skolor.skolor[0].id}/",
    f"stadsdelar/{HB.stadsdelar.stadsdelar[0].id}/",
    "jag-ar/koordinator/",
    "starta/mallar/brev-till-vardnadshavare-mvp/",
]


@pytest.mark.parametrize("url", HANDSKRIVNA + GENERERADE, ids=lambda u: u or "start/")
def test_sidan_borjar_med_rubriken_sedan_raden_om_sidan_sedan_granskningen(sida, url):
    kropp = sida(url).select_one("article [data-pagefind-body]")
    forsta = next(el for el in kropp.find_all(True) if el.name not in {"div"})
    assert forsta.name == "h1", f"{url}: sidan börjar med {forsta.name}, inte med rubriken"
    h1 = kropp.find("h1")
    info = kropp.select_one(".hb-sidinfo")
    if info is not None:
        assert info in h1.find_all_next(), "granskningsraden står under rubriken"
        ingress = kropp.select_one(".hb-ingress")
        if ingress is not None:
            assert info in ingress.find_all_next() and ingress in h1.find_all_next()


# jag-ar/ belongs to the role pages' work (issue 14, item 7), which writes its own opening line.
@pytest.mark.parametrize("url", [u for u in HANDSKRIVNA if not u.startswith("jag-ar/")], ids=lambda u: u or "start/")
def test_varje_handskriven_sida_har_en_rad_om_vad_den_hjalper_med(sida, url):
    ingress = sida(url).select_one("article .hb-ingress")
    assert ingress is not None and 20 < len(ingress.get_text(strip=True)) < 160, url


def test_vagledningen_slutar_med_nasta_steg(sida, site):
    for url in [
        "programmen/",
        "forberedelser/",
        "genomforande/",
        "uppfoljning/",
        "goda-exempel/",
        "utmaningar/",
        "starta/",
        "starta/checklista/",
        "starta/planera/",
        "starta/mallar/",
    ]:
        nasta = sida(url).select_one("nav.hb-nasta")
        assert nasta is not None, url
        for a in nasta.select("a"):
            mal = (site / url / a["href"].split("#")[0]).resolve()
            assert (mal / "index.html").exists(), (url, a["href"])
    lankar = [a.get_text(strip=True) for a in sida("forberedelser/").select("nav.hb-nasta a")]
    assert lankar[0] == "Steg 1 i checklistan: Förankra arbetet på skolan och i området"
    assert "Mall: Brev till vårdnadshavare – MVP" in [
        a.get_text(strip=True) for a in sida("genomforande/").select("nav.hb-nasta a")
    ]


def test_forberedelsernas_ordning_ar_checklistans(sida):
    lista = sida("forberedelser/").select("ol.hb-ordning > li")
    vantat = checklista.steg_pa_sidan(HB, "forberedelser.md")
    assert [li.a["href"] for li in lista] == ["#" + vy.steg.avsnitt.partition("#")[2] for vy in vantat]
    nummer = [vy.nummer for vy in vantat]
    assert nummer == sorted(nummer) and nummer[:3] == [1, 2, 3]
    assert {a["href"].partition("#")[2] for a in sida("forberedelser/").select("ol.hb-ordning a")} >= {
        f"steg-{vy.steg.id}" for vy in vantat
    }
    # Every section of the page is in the list: no step of the page is left out.
    rubriker = {h["id"] for h in sida("forberedelser/").select("article h2[id]")}
    assert rubriker - {"jamforelse"} <= {vy.steg.avsnitt.partition("#")[2] for vy in vantat} | {"jamforelse"}


def test_ordningen_foljer_datan():
    """Negative control: reverse the checklist in the data and the page's list reverses with it."""
    omvand = dataclasses.replace(HB, checklista=HB.checklista.model_copy(update={"steg": HB.checklista.steg[::-1]}))
    framat = [vy.steg.avsnitt for vy in checklista.steg_pa_sidan(HB, "forberedelser.md")]
    bakat = [vy.steg.avsnitt for vy in checklista.steg_pa_sidan(omvand, "forberedelser.md")]
    assert set(bakat) == set(framat) and bakat != framat


def test_okand_nasta_steg_namner_sidan_och_raden():
    kalla = "---\nagare: x\nnasta_steg:\n  - steg: forankra\n  - steg: forankre\n  - mall: brev\n---\n"
    with pytest.raises(DataFel) as fel:
        nasta_steg.losa(HB, [{"steg": "forankra"}, {"steg": "forankre"}, {"mall": "brev"}], "docs/x.md", kalla)
    rader = [str(f) for f in fel.value.fel]
    assert rader[0].startswith("docs/x.md:5:1: nasta_steg[1]: steget 'forankre' finns inte i checklista.yml")
    assert rader[1].startswith("docs/x.md:6:1: nasta_steg[2]: mallen 'brev' finns inte i mallar.yml")
    with pytest.raises(DataFel):
        nasta_steg.losa(HB, [{"sida": "finns-inte.md"}], "docs/x.md")
    with pytest.raises(DataFel):
        nasta_steg.losa(HB, [{"steg": "forankra", "mall": "reflektion"}], "docs/x.md")
    assert nasta_steg.losa(HB, [{"sida": "starta/planera.md"}], "docs/x.md")[0].url == "starta/planera/"


def test_startsidans_fyra_ingangar(sida, site):
    lankar = {a.get_text(strip=True): a["href"] for a in sida("").select(".hb-ingangar a")}
    assert lankar == {
        "Ny skola – börja här": "starta/",
        "Koordinator": "jag-ar/koordinator/",
        "Leder lektioner": "jag-ar/team/",
        "Skolledning och rektor": "jag-ar/skolledning/",
    }
    for href in lankar.values():
        assert (site / href / "index.html").exists(), href
    # The entries come right after the opening, before any section of the page.
    ingangar = sida("").select_one(".hb-ingangar")
    assert ingangar.find_previous(["h2", "h3"]) is None


def test_vem_leder_till_rollsidan(sida, site):
    soup = sida("starta/checklista/")
    for li in soup.select("li.hb-steg"):
        vem = li.find("dt", string="Vem").find_next("dd").select("a")
        assert vem, li["id"]
        for a in vem:
            assert a["href"].startswith("../../jag-ar/"), a["href"]
            assert (site / "starta" / "checklista" / a["href"] / "index.html").resolve().exists(), a["href"]


def test_404_pa_svenska(site):
    text = (site / "404.html").read_text(encoding="utf-8")
    assert "<h1>Sidan finns inte</h1>" in text and "Not found" not in text
    assert 'href="/mvp/"' in text and "data-hb-404-sok" in text and "/mvp/assets/hb-404.js" in text


def test_att_granska_under_for_redaktorer(sida):
    soup = sida("")
    rubrik = next(
        el
        for el in soup.select(".md-nav--primary label, .md-nav--primary .md-nav__link")
        if el.get_text(strip=True) == "För redaktörer"
    )
    sektion = rubrik.find_parent("li")
    assert [a.get_text(strip=True) for a in sektion.select("a")] == ["Att granska"]
    toppniva = [li for li in soup.select(".md-nav--primary > ul > li")]
    assert all(li.find("a", recursive=False) is None or li.a.get_text(strip=True) != "Att granska" for li in toppniva)
