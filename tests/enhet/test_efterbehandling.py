"""The steps on rendered HTML, on plain strings: no MkDocs, no build."""

from __future__ import annotations

import datetime as dt

import pytest

from macros.efterbehandling.forkortningar import forklara_forkortningar
from macros.efterbehandling.omdirigeringar import OmdirigeringsFel, med_alias, relativ, stubbar
from macros.efterbehandling.sok import med_sokvikt
from macros.efterbehandling.utskrift import PLATS, Utskrift, ny_lank, utskriven_sida
from macros.granskning import Granskning, sidans_uppgifter
from macros.laddning.models import OmdirigeringarFil, Term


def _omdirigeringar(sidor=(), avsnitt=()) -> OmdirigeringarFil:
    return OmdirigeringarFil.model_validate({"sidor": list(sidor), "avsnitt": list(avsnitt)})


def test_gammalt_avsnitts_id_blir_ankare_i_rubriken():
    om = _omdirigeringar(avsnitt=[{"sida": "a/", "fran": "gammal", "till": "ny"}])
    html = med_alias('<h1>A</h1><h2 id="ny">Ny</h2>', "a/", om)
    assert html == '<h1>A</h1><h2 id="ny"><span id="gammal" class="hb-alias"></span>Ny</h2>'
    assert med_alias('<h2 id="ny">Ny</h2>', "b/", om) == '<h2 id="ny">Ny</h2>', "bara på sin egen sida"


def test_alias_till_ett_avsnitt_som_inte_finns_stoppar():
    om = _omdirigeringar(avsnitt=[{"sida": "a/", "fran": "gammal", "till": "saknas"}])
    with pytest.raises(OmdirigeringsFel, match="avsnittet 'saknas' finns inte på sidan 'a/'"):
        med_alias('<h2 id="ny">Ny</h2>', "a/", om)


def test_flyttad_sida_lamnar_en_omdirigering_med_relativ_adress():
    [(fil, html)] = stubbar(_omdirigeringar(sidor=[{"fran": "gammal/sida/", "till": "ny/"}]), {"ny/"})
    assert fil == "gammal/sida/index.html"
    assert 'content="0; url=../../ny/"' in html and 'src="../../assets/hb-omdirigera.js"' in html
    assert relativ("a/", "a/") == "./"


@pytest.mark.parametrize(("sidor", "fel"), [({"ny/", "gammal/"}, "finns fortfarande"), (set(), "den sidan finns inte")])
def test_omdirigering_som_doljer_eller_leder_fel_stoppar(sidor, fel):
    with pytest.raises(OmdirigeringsFel, match=fel):
        stubbar(_omdirigeringar(sidor=[{"fran": "gammal/", "till": "ny/"}]), sidor)


@pytest.mark.parametrize(
    ("sok", "vantat"),
    [
        ("nej", '<div data-pagefind-ignore="all"><h2>R</h2>x</div>'),
        (
            "verktyg",
            '<div data-pagefind-weight="0.1" data-pagefind-meta="typ:verktyg">'
            '<h2 data-pagefind-weight="0.1">R</h2>x</div>',
        ),
        (
            "uppslag",
            '<div data-pagefind-weight="0.3" data-pagefind-meta="typ:uppslag">'
            '<h2 data-pagefind-weight="0.3">R</h2>x</div>',
        ),
        (None, "<h2>R</h2>x"),
    ],
)
def test_sokvikt_efter_sidans_slag(sok, vantat):
    assert med_sokvikt("<h2>R</h2>x", sok) == vantat


def test_utskriftens_lankar_leder_inom_dokumentet():
    utskrivna = {"a/": "", "b/": ""}
    assert ny_lank("../b/#x", "a/", "skriv-ut/", utskrivna) == "#b--x"
    assert ny_lank("../b/", "a/", "skriv-ut/", utskrivna) == "#sida-b"
    assert ny_lank("#y", "a/", "skriv-ut/", utskrivna) == "#a--y"
    assert ny_lank("../skolor/akalla/", "a/", "skriv-ut/", utskrivna) == "../skolor/akalla/"
    assert ny_lank("https://stockholm.se/", "a/", "skriv-ut/", utskrivna) == "https://stockholm.se/"
    assert ny_lank("mailto:x@stockholm.se", "a/", "skriv-ut/", utskrivna) == "mailto:x@stockholm.se"


def test_utskriven_sida_far_unika_id_och_rubriker_en_niva_ned():
    html = utskriven_sida("a/b/", '<h1 id="t">T</h1><label for="f">L</label><h5>S</h5>', "skriv-ut/", {})
    assert html == (
        '<section class="hb-utskrift__sida" id="sida-a-b"><h2 id="a-b--t">T</h2>'
        '<label for="a-b--f">L</label><h6>S</h6></section>'
    )


def test_hela_handboken_i_menyns_ordning_utan_sidor_som_avstar():
    utskrift = Utskrift(ordning=["", "b/", "c/", "skriv-ut/"])
    utskrift.spara("b/", "<p>B</p>")
    utskrift.spara("", "<p>Start</p>")
    utskrift.spara("c/", "<p>C</p>", skriv_ut=False)
    utskrift.spara("skolor/x/", "<p>X</p>")  # not in the navigation
    utskrift.spara("skriv-ut/", PLATS)
    sida = utskrift.fyll(f"<main>{PLATS}</main>", "skriv-ut/")
    assert sida.index("<p>Start</p>") < sida.index("<p>B</p>")
    assert "<p>C</p>" not in sida and "<p>X</p>" not in sida
    assert 'data-pagefind-ignore="all"' in sida
    assert utskrift.fyll("<main>annan</main>", "b/") == "<main>annan</main>"


def test_granskningsraden_med_svenska_datum():
    g = Granskning("a.md", "A", "Samordningen", "Samordningen", dt.date(2026, 1, 15), 12, fil="docs/a.md")
    uppgifter = sidans_uppgifter(g, "2026-03-02", dt.date(2026, 6, 1))
    assert uppgifter["andrad"] == "2 mars 2026" and uppgifter["nasta"] == "15 januari 2027"
    assert uppgifter["forsenad"] is False and uppgifter["fil"] == "docs/a.md"
    assert sidans_uppgifter(g, None, dt.date(2027, 2, 1))["forsenad"] is True


MVP = Term(id="mvp", term="MVP", forkortning="Mentorer i våldsprevention", forklaring="x", sokord=[])
AT = Term(id="at", term="AT", forkortning="Agera tillsammans", forklaring="x", sokord=[])


def test_forsta_forekomsten_forklaras():
    html = forklara_forkortningar("<p>Om MVP.</p><p>Mer om MVP och AT.</p>", [MVP, AT])
    assert html.count('class="hb-forkortning"') == 2
    assert html.startswith(
        '<p>Om <abbr class="hb-forkortning" tabindex="0" data-forklaring="Mentorer i '
        'våldsprevention">MVP<span class="hb-dold" data-pagefind-ignore> (Mentorer i våldsprevention)</span>'
        "</abbr>.</p>"
    )
    assert "Mer om MVP och" in html


def test_inte_i_rubriker_lankar_eller_nar_den_redan_star_utskriven():
    html = "<h2>MVP</h2><p><a href='x'>MVP</a> och Mentorer i våldsprevention (MVP).</p>"
    assert forklara_forkortningar(html, [MVP]) == html


def test_inte_inne_i_ord():
    html = "<p>ATT och MVP-team</p>"
    assert forklara_forkortningar(html, [MVP, AT]) == html


def test_forklaringen_escapas():
    elak = Term(id="x", term="XY", forkortning="<script>", forklaring="x", sokord=[])
    assert "<script>" not in forklara_forkortningar("<p>XY</p>", [elak])
