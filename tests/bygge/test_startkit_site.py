"""The startup kit in the built site, read as HTML (no JavaScript): the checklist, its paper version, the
planner's worked example, the templates and their Word files, and what a removed step leaves behind."""

from __future__ import annotations

import json
import re
import shutil

import docx
import pytest
from bs4 import BeautifulSoup
from hjalp import ROT, bygg, docx_text, mallens_texter

from macros import planerare
from macros.checklista import alla_steg
from macros.kalla import avsnitt
from macros.laddning.las import las_handbok
from macros.mallar import dokument

HB = las_handbok(ROT / "data")
STEG = alla_steg(HB)
ARTIKEL = "article"


def text(el) -> str:
    return " ".join(el.get_text(" ", strip=True).split())


def synlig_text(el) -> str:
    """The text a sighted reader sees without JavaScript: no hidden elements, no explanations for screen readers."""
    kopia = BeautifulSoup(str(el), "html.parser")
    for dold in kopia.select("[hidden], .hb-dold"):
        dold.decompose()
    return text(kopia)


# --- the checklist ----------------------------------------------------------------------------------------


def test_varje_steg_star_under_sin_fas_i_ordning(sida):
    soup = sida("starta/checklista/")
    for fas in HB.checklista.faser:
        sektion = soup.select_one(f'[data-hb-fas="{fas.id}"]')
        assert text(sektion.find("h2")) == fas.namn and sektion.find("h2")["id"] == f"fas-{fas.id}"
        assert [li["id"] for li in sektion.select("li.hb-steg")] == [
            f"steg-{s.id}" for s in HB.checklista.steg if s.fas == fas.id
        ]
    assert len(soup.select("li.hb-steg")) == len(HB.checklista.steg) == len(STEG)


def test_varje_ruta_har_stegets_namn_som_etikett(sida):
    soup = sida("starta/checklista/")
    rutor = soup.find(ARTIKEL).select('input[type="checkbox"]')
    assert len(rutor) == len(STEG)
    for ruta, vy in zip(rutor, STEG, strict=True):
        etikett = soup.select_one(f'label[for="{ruta["id"]}"]')
        assert text(etikett) == f"Steg {vy.nummer}: {vy.steg.titel}"
        assert ruta.find_parent("li")["id"] == vy.ankare


def test_varje_steg_har_egen_lank_och_leder_till_sitt_avsnitt(sida):
    soup = sida("starta/checklista/")
    for vy in STEG:
        li = soup.select_one(f"#{vy.ankare}")
        assert li.has_attr("data-hb-ankare"), "stegets adress ska finnas i registret över publicerade adresser"
        assert li.find("a", href=f"#{vy.ankare}", string=f"Länk till steg {vy.nummer}")
        las_mer = li.find("dt", string="Läs mer").find_next("dd").find("a")
        assert las_mer["href"] == "../../" + avsnitt.url(vy.steg.avsnitt)
        sida_url, _, ankare = avsnitt.url(vy.steg.avsnitt).partition("#")
        assert text(las_mer) == text(sida(sida_url).find(id=ankare)).removesuffix(" Kopiera länk")


def test_utan_javascript_ar_checklistan_hel_och_lasbar(sida):
    soup = sida("starta/checklista/")
    assert soup.select_one("[data-hb-verktyg]").has_attr("hidden"), "knapparna fungerar bara med JavaScript"
    assert "sparar inte bockarna" in text(soup.select_one("noscript"))
    innehall = synlig_text(soup.select_one("[data-hb-checklista]"))
    for vy in STEG:
        assert " ".join(vy.steg.beskrivning.split()) in innehall
    assert not soup.select("li.hb-steg[hidden], [data-hb-fas][hidden]")
    assert text(soup.select_one("#roll-koordinator")) == "Koordinatorn"


def test_tiden_star_bara_dar_rapporten_ger_en(sida):
    soup = sida("starta/checklista/")

    def tid(steg_id):
        dt = soup.select_one(f"#steg-{steg_id}").find("dt", string="Tid")
        return text(dt.find_next("dd")) if dt else None

    assert tid("grundutbildning") == "två dagar per person"
    assert tid("forankra") is None


# --- the paper checklist ----------------------------------------------------------------------------------


def test_pappersversionen_har_tomma_rutor_datum_och_korta_adresser(sida):
    soup = sida("starta/utskrift/")
    rader = soup.select("tr[data-hb-steg]")
    assert [r["id"] for r in rader] == [vy.ankare for vy in STEG]
    for rad, vy in zip(rader, STEG, strict=True):
        assert rad.select_one("td .hb-ruta") is not None and not rad.select("input")
        assert text(rad.find("th")).startswith(f"Steg {vy.nummer}: {vy.steg.titel}")
        adress = rad.select_one("a.hb-adress")
        assert (adress["href"], text(adress)) == (f"../../starta/checklista/#{vy.ankare}", f"#{vy.ankare}")
    assert soup.select_one("[data-hb-datum]") is not None
    # The published address (HB_SITE_URL in the test build) is printed once, for the paper.
    assert "http://127.0.0.1/mvp/starta/checklista/" in text(soup.select_one(".hb-papper__adress"))


# --- the planner without JavaScript -----------------------------------------------------------------------


def planerarvarde(soup, tabell: str, rad: str) -> str:
    for t in soup.select("table.hb-planerare__tabell"):
        if text(t.caption) == tabell:
            th = next(th for th in t.select("th[scope=row]") if text(th) == rad)
            return synlig_text(th.find_next("td"))
    raise AssertionError(f"{tabell}: {rad} saknas")


def test_planeraren_visar_raknexemplet_utan_javascript(sida):
    soup = sida("starta/planera/")
    assert soup.select_one("[data-hb-planerare-form]").has_attr("hidden")
    # The example in data/planerare.yml: MVP, 4 classes, 2 leaders, hela-skolan-ansats, 40 staff, 10 trained.
    forvantat = {
        ("Lektioner", "Lektioner per klass"): "14",
        ("Lektioner", "Lektionstimmar för alla klasser"): "56 timmar",  # 4 × 14 × 1
        ("Lektioner", "Veckor från första till sista lektionen"): "27 veckor",  # (14 − 1) × 2 + 1
        ("Ledare", "Ledargrupper"): "4",  # one per class
        ("Ledare", "Ledare som behövs"): "8",  # 4 × 2
        ("Ledare", "Reserver bland dem som utbildas"): "2 i reserv",  # 10 − 8
        ("Ledare", "Ledarnas tid på lektionerna"): "112 timmar",  # 56 × 2
        ("Planering", "Planeringstid per ledargrupp"): "14 timmar",  # 14 × 1
        ("Planering", "Planeringstid för alla ledargrupper"): "56 timmar",  # 4 × 14
        ("Planering", "Ledarnas arbetstid för planering"): "112 timmar",  # 56 × 2
        ("Utbildning", "Grundutbildning"): "två dagar",
        ("Utbildning", "Per person som leder lektioner"): "3 dagar och cirka 7 timmar",
        ("Utbildning", "Per person i övrig personal"): "en halvdag",
        ("Utbildning", "Sammanlagt för skolan"): "45 dagar och cirka 70 timmar",  # 40 × 0.5 + 10 × 2.5; 10 × 7
    }
    assert {k: planerarvarde(soup, *k) for k in forvantat} == forvantat
    assert "Räkneexempel för en tänkt skola" in text(soup.select_one("[data-hb-galler]"))


def test_antagandena_star_bredvid_siffrorna(sida):
    soup = sida("starta/planera/")
    synliga = [text(s) for s in soup.select("[data-hb-arbetssatt]:not([hidden])")]
    assert any("Varje klass har en egen ledargrupp" in s for s in synliga)
    assert "Lov och studiedagar kommer till" in text(soup.select_one("table.hb-planerare__tabell"))


def test_planerarens_siffror_finns_som_json_i_sidan(sida):
    skript = sida("starta/planera/").select_one('script[type="application/json"]')
    assert json.loads(skript.string) == planerare.fakta_json(HB)


def tal_i_js(js: str) -> set[str]:
    """Number literals in a script, comments left out."""
    koden = "\n".join(rad.split("//")[0] for rad in js.splitlines())
    return set(re.findall(r"(?<![\w.\\{])\d+(?:\.\d+)?(?![\w])", koden))


def test_planerarens_skript_har_inga_inskrivna_siffror():
    js = (ROT / "overrides" / "assets" / "hb-planerare.js").read_text(encoding="utf-8")
    # 0 and 1 are arithmetic and singular; 0.5 is the wording "en halvdag"; 3 is the thousands grouping \d{3}.
    assert tal_i_js(js) <= {"0", "1", "0.5", "3"}, tal_i_js(js)
    assert tal_i_js("var lektioner = 14; // 27 veckor\nvar dagar = x * 2.5;") == {"14", "2.5"}, "kontrollen hittar tal"


def test_planeraren_lankar_till_stegen(sida):
    soup = sida("starta/planera/")
    hrefs = {a["href"] for a in soup.select(".hb-planerare__steg a")}
    forvantat = {f"../../starta/checklista/#{vy.ankare}" for vy in STEG if vy.steg.planerare or vy.steg.moment}
    assert hrefs == forvantat


# --- templates --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("dok", dokument.dokument(HB), ids=lambda d: d.id)
def test_mallen_har_en_sida_och_en_wordfil(site, sida, dok):
    soup = sida(dok.url)
    assert text(soup.find("h1")) == dok.titel
    assert soup.select_one(f'a[download][href="../../../starta/mallar/{dok.filnamn}"]') is not None
    # Placeholders are <mark> elements; text extraction puts a space after them, before punctuation.
    sidtext = re.sub(r"\s+([,.:;!?])", r"\1", text(soup.select_one(".hb-dokument")))
    wordtext = docx_text((site / "starta" / "mallar" / dok.filnamn).read_bytes())
    for del_text in mallens_texter(dok):
        assert " ".join(del_text.split()) in sidtext and " ".join(del_text.split()) in wordtext, del_text
    assert soup.select(".hb-dokument mark.hb-platshallare") or "[[" not in sidtext
    assert docx.Document(str(site / "starta" / "mallar" / dok.filnamn)).core_properties.title == dok.titel


def test_mallsidan_listar_varje_dokument(sida):
    soup = sida("starta/mallar/")
    rader = soup.select("ul.hb-mallar > li")
    assert [r["id"] for r in rader] == [f"mall-{d.id}" for d in dokument.dokument(HB)]
    for rad, dok in zip(rader, dokument.dokument(HB), strict=True):
        assert rad.find("h2").find("a")["href"] == f"../../{dok.url}"
        assert rad.select_one("a[download]")["href"] == f"../../starta/mallar/{dok.filnamn}"


def test_wordfilerna_ar_samma_vid_nytt_bygge(site, tmp_path):
    resultat = bygg(tmp_path / "igen", extra_env={"HB_SOK": "0"})
    assert resultat.returncode == 0, resultat.stderr
    for dok in dokument.dokument(HB):
        assert (tmp_path / "igen" / "starta" / "mallar" / dok.filnamn).read_bytes() == (
            site / "starta" / "mallar" / dok.filnamn
        ).read_bytes(), dok.filnamn


# --- search, script policy and the start page -------------------------------------------------------------


def test_verktygen_tranger_inte_undan_raden_i_sokningen(sida):
    checklistan, forberedelser = sida("starta/checklista/"), sida("forberedelser/")
    kropp = checklistan.select_one("[data-pagefind-body] > [data-pagefind-weight]")
    assert kropp is not None and float(kropp["data-pagefind-weight"]) < 1
    assert checklistan.select_one("[data-hb-checklista]").has_attr("data-pagefind-ignore")
    assert forberedelser.select_one("[data-pagefind-body] > [data-pagefind-weight]") is None
    assert sida("starta/utskrift/").select_one('[data-pagefind-body] > [data-pagefind-ignore="all"]') is not None
    # A template is found by its title and description, never by the letter's own text.
    for dok in dokument.dokument(HB):
        mall = sida(dok.url)
        assert float(mall.select_one("[data-pagefind-body] > [data-pagefind-weight]")["data-pagefind-weight"]) < 1
        assert mall.select_one(".hb-dokument").has_attr("data-pagefind-ignore"), dok.url
        ingress = mall.select_one("[data-pagefind-body] .hb-ingress")  # the description, in the page opening
        assert ingress is not None and ingress.get_text(strip=True) == " ".join(dok.mall.beskrivning.split())
        assert not ingress.find_parent(attrs={"data-pagefind-ignore": True}), dok.url


@pytest.mark.parametrize(
    "url",
    [
        "starta/",
        "starta/checklista/",
        "starta/utskrift/",
        "starta/planera/",
        "starta/mallar/",
        "starta/mallar/reflektion/",
    ],
)
def test_inga_inbaddade_skript_eller_stilar(sida, url):
    artikel = sida(url).find(ARTIKEL)
    assert not [s for s in artikel.find_all("script") if s.get("type") != "application/json"]
    assert not artikel.select("[style]") and not artikel.find_all(attrs={"onclick": True})


def test_ny_skola_leder_till_checklistan(sida):
    dd = sida("").find(id="borja-har").find_next("dl").find("dd")
    assert dd.find("a", href="starta/checklista/") is not None


# --- a step removed from the data is removed everywhere ---------------------------------------------------


# A step the planner computes with and a training component: both must vanish from every page.
BORTTAGNA = ("intervall", "teorimanual")


@pytest.fixture(scope="module")
def utan_steg(tmp_path_factory):
    rot = tmp_path_factory.mktemp("utan-steg")
    data = rot / "data"
    shutil.copytree(ROT / "data", data)
    fil = data / "checklista.yml"
    text_ = fil.read_text(encoding="utf-8")
    for steg_id in BORTTAGNA:
        start = text_.index(f"  - id: {steg_id}\n")
        slut = text_.index("  - id: ", start + 1)
        text_ = text_[:start] + text_[slut:]
    fil.write_text(text_, encoding="utf-8")
    # As the editor must (CONTRIBUTING.md): the role pages' tasks that point to the steps go too.
    roller = data / "roller.yml"
    rader = roller.read_text(encoding="utf-8").splitlines(keepends=True)
    for steg_id in BORTTAGNA:
        i = next(i for i, r in enumerate(rader) if r.strip() == f"- steg: {steg_id}")
        del rader[i : i + 2]
        assert not any(r.strip() == f"- steg: {steg_id}" for r in rader), "ett steg som flera roller har"
    roller.write_text("".join(rader), encoding="utf-8")
    resultat = bygg(rot / "site", data, {"HB_SOK": "0"})
    assert resultat.returncode == 0, resultat.stderr
    return rot / "site"


def _las(site, url) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


def test_borttaget_steg_forsvinner_overallt(utan_steg):
    checklistan, papperet, planeraren = (
        _las(utan_steg, u) for u in ("starta/checklista", "starta/utskrift", "starta/planera")
    )
    for steg_id in BORTTAGNA:
        assert checklistan.select_one(f"#steg-{steg_id}") is None
        assert papperet.select_one(f"#steg-{steg_id}") is None
        assert not planeraren.select(f'a[href$="#steg-{steg_id}"]')
    assert len(checklistan.select("li.hb-steg")) == len(papperet.select("tr[data-hb-steg]")) == len(STEG) - 2
    # The numbers close up: the last step moves two places.
    sista = STEG[-1]
    assert text(checklistan.select_one(f'label[for="hb-klar-{sista.steg.id}"]')).startswith(f"Steg {sista.nummer - 2}:")
    # The planner still links to the steps that are left.
    assert planeraren.select('a[href$="#steg-lektionstid"]')


def test_kontroll_stegen_finns_i_det_vanliga_bygget(sida):
    """The negative control of the test above: in the real build the removed steps are on all three pages."""
    for steg_id in BORTTAGNA:
        assert sida("starta/checklista/").select_one(f"#steg-{steg_id}") is not None
        assert sida("starta/utskrift/").select_one(f"#steg-{steg_id}") is not None
        assert sida("starta/planera/").select(f'a[href$="#steg-{steg_id}"]')
