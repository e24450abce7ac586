"""make serve as an editor uses it, in Chromium: the open page follows each save, a broken save shows its
Swedish error in the page, and mending it brings the page back – under the published policy."""

from __future__ import annotations

import re
import time

import pytest
from hjalp import kopiera_repo, rad_i

from macros.kommandon.forhandsvisning import felrader, felsida, i_bakgrunden, med_skript

pytestmark = pytest.mark.browser


def test_skriptet_laggs_fore_body_och_inget_annat_andras():
    sida = b"<html><head></head><body><p>x</p></body></html>"
    ny = med_skript(sida, 42)
    tagg = b'<script src="/.hb-forhandsvisning.js" data-hb-epok="42"></script>'
    assert ny == b"<html><head></head><body><p>x</p>" + tagg + b"</body></html>"


def test_felsidan_visar_felen_som_text():
    sida = felsida(["data/skolor.yml:3:1: <b>fel</b>"], 7).decode()
    assert "data/skolor.yml:3:1: &lt;b&gt;fel&lt;/b&gt;" in sida and 'data-hb-epok="7"' in sida


@pytest.fixture(scope="module")
def forhandsvisning(tmp_path_factory):
    kopia = kopiera_repo(tmp_path_factory.mktemp("forhandsvisning") / "repo")
    with i_bakgrunden(kopia) as bas:
        yield kopia, bas


def _ersatt(fil, gammal, ny):
    text = fil.read_text(encoding="utf-8")
    assert gammal in text
    fil.write_text(text.replace(gammal, ny, 1), encoding="utf-8")


def test_sidan_foljer_varje_sparning(forhandsvisning, ny_sida, site):
    kopia, bas = forhandsvisning
    skolor = kopia / "data" / "skolor.yml"
    page = ny_sida()
    page.goto(bas + "skolor/akalla-grundskola/")
    assert page.locator("h1").inner_text() == "Akalla grundskola"

    # The preview runs under the very policy that is published.
    publicerad = (site / "skolor/akalla-grundskola/index.html").read_text(encoding="utf-8")
    policy = 'meta[http-equiv="Content-Security-Policy"]'
    assert (
        page.locator(policy).get_attribute("content")
        == re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', publicerad)[1]
    )

    start = time.monotonic()
    _ersatt(skolor, "    namn: Akalla grundskola", "    namn: Akalla grundskola i förhandsvisning")
    # Locators, not wait_for_function: the page's own policy forbids evaluating strings (no unsafe-eval).
    page.locator("h1", has_text="i förhandsvisning").wait_for(timeout=60_000)
    print(f"spara → omladdad sida: {time.monotonic() - start:.1f} s")

    _ersatt(skolor, "klasser: 14", "klasser: tolv")
    fel = page.locator(".hb-byggfel")
    fel.wait_for(timeout=60_000)
    assert (
        f"data/skolor.yml:{rad_i('skolor.yml', 'klasser: 14')}:18:" in fel.inner_text()
        and "ej inkommet" in fel.inner_text()
    )
    assert fel.get_attribute("role") == "alert"
    assert "i förhandsvisning" in page.locator("h1").inner_text(), "den senaste fungerande versionen visas under"

    _ersatt(skolor, "klasser: tolv", "klasser: 14")
    fel.wait_for(state="detached", timeout=60_000)
    assert "i förhandsvisning" in page.locator("h1").inner_text()
    assert not [f for f in page.hb_fel if "Content Security Policy" in f], page.hb_fel


def test_felet_syns_aven_nar_forsta_bygget_misslyckas(tmp_path, ny_sida):
    kopia = kopiera_repo(tmp_path / "repo")
    _ersatt(kopia / "docs" / "goda-exempel.md", "\n# Goda exempel", "\n{{ odefinierad }}\n\n# Goda exempel")
    with i_bakgrunden(kopia) as bas:
        page = ny_sida()
        page.goto(f"{bas}goda-exempel/")
        assert "okänt namn 'odefinierad'" in page.locator("main").inner_text()
        assert "docs/goda-exempel.md:" in page.locator("main").inner_text()
        _ersatt(kopia / "docs" / "goda-exempel.md", "\n{{ odefinierad }}\n", "\n")
        page.locator("h1", has_text="Goda exempel").wait_for(timeout=60_000)


def test_publicerade_sidor_har_inget_forhandsvisningsskript(site):
    assert not [p for p in site.rglob("*.html") if "hb-forhandsvisning" in p.read_text(encoding="utf-8")]


def test_felrutan_far_en_rad_per_fel():
    rapport = (
        "2 fel i data/ – inget publicerades.\n  data/a.yml:1:1: x: fel\n  data/b.yml:2:1: y: fel\nRätta felen ovan …"
    )
    assert felrader([rapport, "docs/c.md:3: länken x leder till en sida som inte finns"]) == [
        "data/a.yml:1:1: x: fel",
        "data/b.yml:2:1: y: fel",
        "docs/c.md:3: länken x leder till en sida som inte finns",
    ]
