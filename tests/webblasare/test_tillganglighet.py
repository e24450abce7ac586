"""DOS-lagen in practice: the accessibility statement one click from every page, keyboard-only use of
navigation, and reflow at 320 px and at 200 % zoom without sideways scrolling."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup
from hjalp import GENERERADE, HANDSKRIVNA, UNDERSOKVAG
from lankkontroll import html_sidor


def test_redogorelsen_lankas_fran_varje_sidas_sidfot(site):
    for fil in html_sidor(site):
        soup = BeautifulSoup(fil.read_text(encoding="utf-8"), "html.parser")
        lankar = [a["href"] for a in soup.select("footer .hb-sidfot a")]
        bas = UNDERSOKVAG + fil.relative_to(site).as_posix()
        assert UNDERSOKVAG + "tillganglighet/" in [urljoin(bas, h) for h in lankar], fil


def test_redogorelsen_har_det_lagen_kraver(sida):
    soup = sida("tillganglighet/")
    text = soup.find("article").get_text(" ", strip=True)
    for del_ in (
        "delvis förenlig",
        "WCAG 2.1 nivå AA",
        "Kända brister",
        "Senaste bedömningen gjordes 2026-11-26",
        "axe-core",
        "uppgift saknas",
    ):
        assert del_ in text
    assert soup.select_one('a[href="https://www.digg.se/tdosanmalan"]') is not None


@pytest.mark.browser
@pytest.mark.parametrize("bredd,hojd", [(320, 640), (640, 450)], ids=["320px", "200-procent-zoom"])
def test_ingen_sidledes_rullning(webblasare, webbplats, bredd, hojd):
    """Every hand-written page and each kind of generated page, with the instances that differ."""
    context = webblasare.new_context(viewport={"width": bredd, "height": hojd})
    page = context.new_page()
    breda = []
    for url in HANDSKRIVNA + GENERERADE:
        page.goto(webbplats + url)
        if page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth"):
            breda.append(url)
    context.close()
    assert breda == []


@pytest.mark.browser
def test_menyn_med_bara_tangentbordet(ny_sida, webbplats):
    page = ny_sida("mobil")
    page.goto(webbplats + "uppfoljning/")
    for _ in range(6):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('aria-label')") == "Meny":
            break
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Meny"
    page.keyboard.press("Enter")
    assert page.is_checked("#__drawer")
    assert page.evaluate("document.activeElement.closest('.md-nav--primary') !== null")
    while page.evaluate("document.activeElement.textContent.trim()") != "Förberedelser":
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**/forberedelser/")
    assert page.evaluate("document.querySelector('h1').textContent") == "Förberedelser"


@pytest.mark.browser
def test_hoppa_till_innehallet(ny_sida, webbplats):
    page = ny_sida("dator")
    page.goto(webbplats + "genomforande/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('md-skip')")
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") != ""
    assert page.evaluate("document.querySelector(location.hash) !== null")


@pytest.mark.browser
def test_utskrift_utan_meny_och_med_adresser(ny_sida, webbplats):
    page = ny_sida("dator")
    page.goto(webbplats + "tillganglighet/")
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert not page.is_visible(".md-header") and not page.is_visible(".md-sidebar--primary")
    efter = "a => getComputedStyle(a, '::after').content"
    assert "https://www.digg.se/tdosanmalan" in page.eval_on_selector('a[href^="https://www.digg"]', efter)
    page.goto(webbplats + "lagesrapport/")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    intern = page.eval_on_selector(".md-content article a[href='skolor/']", efter)
    assert webbplats + "lagesrapport/skolor/" in intern  # a relative link is printed as a full address
