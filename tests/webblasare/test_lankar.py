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


def test_varje_roll_har_en_sida_med_exakt_sina_avsnitt(sida):
    from hjalp import ROT

    from macros.kalla.sida import las_docs
    from macros.laddning.las import las_handbok
    from macros.roller import las_taggar

    hb = las_handbok(ROT / "data")
    taggar = las_taggar(las_docs(ROT / "docs"))
    roller = [r.id for r in hb.roller.roller] + [y.id for y in hb.yrkesroller.yrkesroller]
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
    import subprocess
    import sys

    from hjalp import kopiera_repo

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
        env={**__import__("os").environ, "HB_SOK": "0"},
    )
    assert resultat.returncode != 0
    rad = next(r.strip() for r in resultat.stderr.splitlines() if r.strip().startswith("docs/"))
    assert rad.startswith("docs/genomforande.md:") and "okänd roll 'kordinator' i data-roller" in rad
