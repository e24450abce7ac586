"""Smoke tests: the few checks `make publish` runs on a release before it goes live (HB_TEST_SITE names
the release; without it they run on the session build like every other test)."""

from __future__ import annotations

import pytest
from hjalp import axe_fel, externa, sok

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    "url", ["", "forberedelser/", "lagesrapport/skolor/", "skolor/akalla-grundskola/", "tillganglighet/"]
)
def test_sidan_visas_utan_fel(ny_sida, webbplats, url):
    page = ny_sida("dator")
    assert page.goto(webbplats + url).status == 200
    assert page.locator("h1").count() == 1
    assert page.hb_fel == [] and externa(page, webbplats) == []


def test_sokningen_fungerar(ny_sida, webbplats):
    page = ny_sida("dator")
    page.goto(webbplats)
    sok(page, "tryggbassamtal")
    assert page.locator("#hb-sokresultat > li").count() > 0
    assert page.hb_fel == []


def test_okand_adress_ger_404_sidan(ny_sida, webbplats):
    page = ny_sida("dator")
    assert page.goto(webbplats + "finns-inte/").status == 404
    assert page.locator("footer .hb-sidfot a").count() == 2


def test_startsidan_klarar_axe(ny_sida, webbplats):
    page = ny_sida("mobil")
    page.goto(webbplats)
    assert axe_fel(page) == []
