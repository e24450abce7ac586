"""In real Chromium against nginx: every hand-written page, each kind of generated page and every state
passes axe (WCAG 2.1 A/AA, 2.2 AA) at desktop and mobile widths, and no page requests anything off its own
origin."""

from __future__ import annotations

import pytest
from hjalp import (
    GENERERADE,
    HANDSKRIVNA,
    ROT,
    UTSKRIFTSSIDAN,
    alla_sidor,
    axe_fel,
    externa,
    skolor_i_tabellen,
    sok,
    stada,
)

from macros.laddning.las import las_handbok

HB = las_handbok(ROT / "data")
PA_TELEFONEN = [u for u in HANDSKRIVNA + GENERERADE if u != UTSKRIFTSSIDAN]  # see UTSKRIFTSSIDAN in hjalp

pytestmark = pytest.mark.browser


def _slag(url: str) -> str:
    """The kind of a generated page: 'skolor/x/' -> 'skolor/', 'starta/mallar/x/' -> 'starta/mallar/'."""
    return url.rstrip("/").rpartition("/")[0] + "/"


def test_axe_ser_varje_slags_sida(site):
    """axe runs on every hand-written page and on each kind of generated page (with the instances that
    differ): a new kind of generated page cannot slip past it."""
    genererade = {_slag(u) for u in alla_sidor(site) if u not in HANDSKRIVNA and u != "finns-inte/"}
    assert genererade == {_slag(u) for u in GENERERADE if u != "finns-inte/"}
    assert set(HANDSKRIVNA + GENERERADE) <= set(alla_sidor(site))
    assert len(PA_TELEFONEN) == len(HANDSKRIVNA + GENERERADE) - 1  # only the print page is left out there


def test_nasta_test_ser_inget_av_det_forra(flik, webbplats):
    """The tests' tabs share one browser context per screen size (conftest): a tick in the checklist, a
    cookie or a permission one test left must be gone for the next, as for a reader on a new computer."""
    page = flik("dator")
    context = page.context
    page.goto(webbplats + "starta/checklista/", wait_until="load")
    page.click('label[for="hb-klar-forankra"]')
    page.evaluate("document.cookie = 'hb-prov=1; path=/'")
    context.grant_permissions(["clipboard-read"])
    assert page.evaluate("localStorage.length") == 1 and context.cookies() != []
    stada(context)  # what flik does after every test
    assert len(context.pages) == 1  # the blank tab that keeps the context warm
    ny = flik("dator")
    ny.goto(webbplats + "starta/checklista/", wait_until="load")
    assert ny.eval_on_selector_all("[data-hb-klar]:checked", "rutor => rutor.length") == 0
    assert ny.evaluate("localStorage.length") == 0 and context.cookies() == []
    tillstand = "navigator.permissions.query({name: 'clipboard-read'}).then(p => p.state)"
    assert ny.evaluate(tillstand) == "prompt"


def _utan_fel(page, webbplats: str) -> None:
    """Nothing fetched from outside the site's origin, and no CSP violation or script error: the 404 page
    logs its own 404 status, anything else is a defect."""
    assert externa(page, webbplats) == []
    assert [f for f in page.hb_fel if "404 (Not Found)" not in f] == []


@pytest.mark.lang
def test_ingen_sida_hamtar_nagot_utanfor_sin_origin(ny_sida, webbplats, site):
    """Every page of the site: those axe sees are checked there, as they load (test_sidorna_ar_tillgangliga)."""
    page = ny_sida("dator")
    sidor = alla_sidor(site)
    assert len(sidor) > 40 and set(HANDSKRIVNA + GENERERADE) < set(sidor)
    for url in sidor:
        if url not in HANDSKRIVNA + GENERERADE:
            assert page.goto(webbplats + url, wait_until="load").status == 200, url
    _utan_fel(page, webbplats)


@pytest.mark.lang
@pytest.mark.parametrize("skarm", ["dator", "mobil"])
def test_sidorna_ar_tillgangliga(ny_sida, webbplats, skarm):
    page = ny_sida(skarm)
    fel = []
    for url in HANDSKRIVNA + GENERERADE if skarm == "dator" else PA_TELEFONEN:
        svar = page.goto(webbplats + url, wait_until="load")
        assert svar.status == (404 if url == "finns-inte/" else 200), url
        fel += axe_fel(page)
    assert not fel, "\n".join(fel)
    _utan_fel(page, webbplats)


@pytest.mark.parametrize("skarm", ["dator", "mobil"])
def test_sokningen_oppen_ar_tillganglig(ny_sida, webbplats, skarm):
    page = ny_sida(skarm)
    page.goto(webbplats + "forberedelser/")
    sok(page, "vårdnadshavare")
    assert page.locator("#hb-sokresultat > li").count() > 0
    assert page.is_visible("#hb-sokresultat")
    assert page.hb_fel == [], "Pagefind ska fungera med sidans Content-Security-Policy"
    fel = axe_fel(page)
    assert not fel, "\n".join(fel)
    assert externa(page, webbplats) == []


def test_menyn_oppen_pa_mobil_ar_tillganglig(ny_sida, webbplats):
    page = ny_sida("mobil")
    page.goto(webbplats + "genomforande/")
    page.click("label.md-header__button[for=__drawer]")
    page.wait_for_timeout(300)
    assert page.is_visible("nav.md-nav--primary")
    fel = axe_fel(page)
    assert not fel, "\n".join(fel)


def test_sokningen_nas_med_tangentbordet(ny_sida, webbplats):
    page = ny_sida("dator")
    page.goto(webbplats)
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "hb-sokfalt":
            break
    assert page.evaluate("document.activeElement.id") == "hb-sokfalt"
    page.keyboard.type("ställtid", delay=10)
    page.wait_for_selector('[data-hb-sok-lista][data-hb-klar="ställtid"]', state="attached")
    page.keyboard.press("Tab")  # the clear button, then the results region, then the first hit
    for _ in range(5):
        if page.evaluate("document.activeElement.closest('#hb-sokresultat') !== null"):
            break
        page.keyboard.press("Tab")
    href = page.evaluate("document.activeElement.href")
    assert href.startswith(webbplats), href
    assert page.locator('#hb-sokresultat a[href$="genomforande/#stalltid"]').count() == 1
    page.keyboard.press("Enter")
    page.wait_for_url(href)
    page.keyboard.press("Escape")


def test_sokknappen_pa_mobil_oppnar_och_escape_stanger(ny_sida, webbplats):
    page = ny_sida("mobil")
    page.goto(webbplats + "uppfoljning/")
    page.focus("[data-hb-sok-oppna]")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "hb-sokfalt"
    assert page.get_attribute("[data-hb-sok-oppna]", "aria-expanded") == "true"
    page.keyboard.press("Escape")
    assert not page.is_checked("#__search")
    assert page.evaluate("document.activeElement.hasAttribute('data-hb-sok-oppna')")


def test_skoltabellen_sorteras_och_filtreras_med_tangentbordet(ny_sida, webbplats):
    page = ny_sida("dator")
    page.goto(webbplats + "lagesrapport/skolor/")
    rader = "table#skoltabell tbody tr:not([hidden]) th"
    assert page.is_visible("[data-hb-tabellfilter]")
    klasser = page.get_by_role("button", name="Klasser", exact=True)
    klasser.focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")  # second press: descending
    assert page.get_attribute("th:has(> button:text('Klasser'))", "aria-sort") == "descending"
    assert page.locator(rader).first.inner_text() == "Johan Skytteskolan"  # 20 classes, the most
    page.select_option("#hb-filter-program", "at")
    at = skolor_i_tabellen(HB, "at")  # 14 of 26 in the report's term
    assert page.locator(rader).count() == at
    assert f"Visar {at} av {skolor_i_tabellen(HB)} skolor." in page.inner_text("[data-hb-status]")
    page.fill("#hb-filter-text", "knut")
    assert page.locator(rader).all_inner_texts() == ["Knutbyskolan"]
    fel = axe_fel(page)
    assert not fel, "\n".join(fel)
