"""Plain Swedish that can be checked. LIX at most 40 on every guidance, role and template page of the built
site (the figures are printed at the end of the test run); and no plan, ongoing work or expected result of
2020–21 written as if it were current: a forward-looking word needs a year in its sentence."""

from __future__ import annotations

import pytest
from hjalp import ROT
from klarsprak import GRANS, framatblickande, langt, lix, meningar, synliga_stycken, tabell, tabelltext

from macros.laddning.yamlfil import las_yamlfil

# --- the pure functions --------------------------------------------------------------------------------


def test_lix_raknar_ord_meningar_och_langa_ord():
    # 8 words, 2 sentences, 2 long words (lektionerna, eleverna): 8/2 + 100*2/8 = 29.
    m = lix("Vi har lektionerna i dag. Sedan går eleverna hem.")
    assert (m.ord, m.meningar, m.langa) == (9, 2, 2)
    assert round(m.varde, 1) == round(9 / 2 + 100 * 2 / 9, 1)
    assert lix([]).varde == 0


def test_ett_block_avslutar_alltid_en_mening():
    assert meningar(["Rubrik utan punkt", "Ett stycke. Och ett till: sist"]) == [
        "Rubrik utan punkt",
        "Ett stycke.",
        "Och ett till:",
        "sist",
    ]
    assert meningar(["S:t Eriks Gymnasiesärskola och 0,5 dagar"]) == ["S:t Eriks Gymnasiesärskola och 0,5 dagar"]


def test_langt_ord_har_fler_an_sex_bokstaver():
    assert langt("lektion") and not langt("skolan") and not langt("2020-11") and langt("hela-skolan-ansats")


def test_synlig_text_utan_granskningsrad_dolt_och_skript():
    html = (
        "<article><div class='hb-sidinfo'><p>Utkast efter rapporten</p></div><h1>Titel</h1>"
        "<p>Synlig <abbr>AT<span class='hb-dold'> (Agera tillsammans)</span></abbr> text.</p>"
        "<p hidden>Dold</p><script>var x = 1;</script><ul><li>Ett</li><li>Två</li></ul></article>"
    )
    assert synliga_stycken(html) == ["Titel", "Synlig AT text.", "Ett", "Två"]


@pytest.mark.parametrize(
    "mening",
    [
        "Lektionerna revideras just nu.",  # the review's own example (U3)
        "En arbetsgrupp kommer att tillsättas för frågan.",
        "Resultatet väntas vara klart i december.",
        "Det pågår en nationell utvärdering.",
        "Nästa steg: en fördjupad kartläggning",
        "Revideringen beräknas vara klar till våren.",
        "Många skolor planerar att använda de nya temana.",
    ],
)
def test_kontroll_framatblickande_utan_artal_flaggas(mening):
    """The negative control: each of these must be flagged."""
    assert framatblickande(mening) == meningar([mening])[:1]


@pytest.mark.parametrize(
    "mening",
    [
        "I september 2020 pågick en nationell utvärdering.",
        "Rapporten räknade med resultat i december 2020.",
        "Del 1: ”Kartlägga befintligt och pågående arbete med MVP”",  # the report's title, quoted
        "Lektionerna bygger på varandra.",
    ],
)
def test_daterat_eller_citerat_flaggas_inte(mening):
    assert framatblickande(mening) == []


# --- the built site ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def lixtabell(site, request):
    rader = tabell(site, ROT / "docs")
    request.config.hb_lix = tabelltext(rader)  # printed at the end of the run (conftest.py)
    return rader


def test_sidorna_som_mats_ar_alla_slag(lixtabell):
    slag = {s for _, s, _ in lixtabell}
    assert slag == {"vägledning", "roll", "mall", "data"}
    adresser = {a for a, _, _ in lixtabell}
    assert {"", "forberedelser/", "ordlista/", "jag-ar/koordinator/", "starta/mallar/reflektion/"} <= adresser


def test_lix_hogst_40_pa_vagledning_roller_och_mallar(lixtabell):
    over = [(a, round(m.varde, 1)) for a, slag, m in lixtabell if slag != "data" and m.varde > GRANS]
    assert over == [], f"LIX över {GRANS}: {over}"


def test_kontroll_lix_slar_larm_pa_rapportens_sprak():
    """The negative control: a passage of the report itself (R:42) is above the ceiling."""
    rapporten = (
        "Inom ramen för Stockholms stads uppdrag har också ett antal utmaningar och möjliga utvecklingsspår "
        "identifierats som handlar om kvalitet, metodföljsamhet, utbildningsresurser, samverkan med "
        "organisationen MÄN samt frågetecken kring hur staden ska samordna och förvalta arbetet med MVP över tid."
    )
    assert lix(rapporten).varde > GRANS


def _sidor(site) -> list:
    """Every page of the site but the two that repeat others (the whole handbook, the review list)."""
    return [
        p
        for p in sorted(site.rglob("index.html"))
        if "pagefind" not in p.parts and p.parent.name not in ("skriv-ut", "att-granska")
    ]


def test_inget_framatblickande_utan_artal_pa_nagon_sida(site):
    fel = {}
    for fil in _sidor(site):
        traffar = framatblickande(synliga_stycken(fil.read_text(encoding="utf-8")))
        if traffar:
            fel[fil.parent.relative_to(site).as_posix()] = traffar
    assert fel == {}, "daterat som om det vore nu – skriv när det gällde, till exempel 'I september 2020 …'"


def _texter(varde, nyckel=""):
    if isinstance(varde, str):
        if nyckel not in ("id", "avsnitt", "fas", "steg", "moment", "mall", "planerare", "yrkesroll", "kontakt"):
            yield varde
    elif isinstance(varde, dict):
        for k, v in varde.items():
            if k != "sokord":
                yield from _texter(v, k)
    elif isinstance(varde, list):
        for v in varde:
            yield from _texter(v, nyckel)


@pytest.mark.parametrize("fil", sorted(p.name for p in (ROT / "data").glob("*.yml")))
def test_inget_framatblickande_utan_artal_i_datafilerna(fil):
    data = las_yamlfil(ROT / "data" / fil, fil).varde
    traffar = [m for text in _texter(data) for m in framatblickande(text)]
    assert traffar == [], f"data/{fil}: {traffar}"


def test_kontroll_sidkontrollen_hittar_en_odaterad_plan():
    html = "<article><h1>Utmaningar</h1><p>Lektionerna revideras just nu. Det var hösten 2020.</p></article>"
    assert framatblickande(synliga_stycken(html)) == ["Lektionerna revideras just nu."]
