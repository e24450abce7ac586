"""Links coordinators can trust: a copy button on each section, abbreviations explained in place
(the step itself is unit-tested in tests/enhet/test_efterbehandling.py)."""

from __future__ import annotations

import pytest


@pytest.mark.browser
def test_kopiera_lank_till_urklipp(webblasare, webbplats):
    context = webblasare.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(webbplats + "genomforande/")
    knapp = page.get_by_role("button", name="Kopiera länk till avsnittet Lägg in ställtid")
    knapp.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector(".hb-kopierad:not(:empty)")
    assert page.evaluate("navigator.clipboard.readText()") == webbplats + "genomforande/#stalltid"
    assert "är kopierad" in page.inner_text(".hb-kopierad")
    context.close()


@pytest.mark.browser
def test_kopiera_lank_utan_urklipp_markerar_adressen(webblasare, webbplats):
    context = webblasare.new_context()
    context.add_init_script("Object.defineProperty(navigator, 'clipboard', {value: undefined})")
    page = context.new_page()
    page.goto(webbplats + "forberedelser/")
    page.get_by_role("button", name="Kopiera länk till avsnittet Utse en koordinator").click()
    falt = page.locator("input.hb-lankadress")
    assert falt.input_value() == webbplats + "forberedelser/#koordinator"
    assert page.evaluate("document.activeElement.classList.contains('hb-lankadress')")
    assert page.evaluate("document.activeElement.selectionEnd - document.activeElement.selectionStart") == len(
        webbplats + "forberedelser/#koordinator"
    )
    context.close()


@pytest.mark.browser
def test_forkortning_forklaras_vid_fokus(ny_sida, webbplats):
    page = ny_sida("dator")
    page.goto(webbplats + "uppfoljning/")
    forkortning = page.locator("abbr.hb-forkortning", has_text="AT").first
    forkortning.focus()
    assert page.evaluate("getComputedStyle(document.activeElement, '::after').content") == '"Agera tillsammans"'
    assert "(Agera tillsammans)" in forkortning.text_content()  # what a screen reader reads
