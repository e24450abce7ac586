"""Swedish search as people type it, in real Chromium through the header search: inflections, compound
parts, synonyms and abbreviations. The right page or section must be among the first three hits."""

from __future__ import annotations

import pytest
from test_webblasare import sok

pytestmark = pytest.mark.browser

# (query, acceptable targets: "page/" or "page/#section"); one hit among the first three is enough.
FRAGOR = [
    ("tryggbassamtalen", {"uppfoljning/#tryggbassamtal"}),  # inflection
    ("vårdnadshavarna", {"genomforande/#informera-vardnadshavare"}),  # inflection
    ("fältassistenterna", {"lagesrapport/yrkesroller/#stadsdel-och-polis", "goda-exempel/#pedagogperspektivet"}),
    ("kurator", {"forberedelser/#koordinator"}),  # compound part: skolkurator
    ("föräldrar", {"genomforande/#informera-vardnadshavare"}),  # synonym
    ("samordnare", {"forberedelser/#koordinator", "utmaningar/#samordnade-utbildningar"}),
    # The role page "Jag är: Koordinatorn" lists the coordinator's sections and steps: a right answer too.
    ("koordinatorn", {"forberedelser/#koordinator", "jag-ar/koordinator/"}),
    ("AT", {"programmen/#at"}),  # abbreviation
    ("MÄN", {"programmen/#stodmaterial", "programmen/#mvp"}),
    ("SKR", {"uppfoljning/#skr-utvardering"}),
    ("ställtid", {"genomforande/#stalltid"}),
    ("nollbasmätning", {"uppfoljning/#nollbasmatning"}),
    ("effektmätningen", {"uppfoljning/#effektmatning"}),
    ("expertteam", {"forberedelser/#expertteam"}),
    ("hela skolan", {"forberedelser/"}),
    ("grundutbildningen", {"forberedelser/#utbildning", "programmen/#grundutbildning-kravs"}),
    ("boosterdag", {"forberedelser/#utbildning"}),
    ("Skolverkets utvärdering", {"uppfoljning/#skolverkets-utvardering"}),
    ("fokusgrupper", {"uppfoljning/#fokusgrupper", "goda-exempel/#underlag"}),
    ("Trollbodaskolan", {"skolor/trollbodaskolan/"}),
    ("Husbygårdsskolan", {"skolor/husbygardsskolan/"}),
    ("Rinkeby", {"utmaningar/#pilotprojekt-rinkeby-kista", "stadsdelar/rinkeby-kista/"}),
    ("polisen", {"forberedelser/#samverkan", "kontakter/"}),
    ("lektionstid", {"forberedelser/#lektionstid"}),
    ("planeringstid", {"forberedelser/#planeringstid"}),
    ("manualen", {"genomforande/#manualens-ordning", "utmaningar/#manual-och-anpassning"}),
    ("rasism", {"programmen/#mvp", "utmaningar/#nya-temalektioner"}),
    ("hedersrelaterat våld", {"programmen/#mvp", "utmaningar/"}),
    ("aktiv åskådare", {"programmen/#karnkomponenter", "ordlista/#aktiv-askadare"}),
    ("årskurs 4", {"programmen/#at", "genomforande/#at-arskurs"}),
    ("kartläggning", {"utmaningar/#fordjupad-kartlaggning"}),
    ("stödmaterial", {"programmen/#stodmaterial"}),
    ("hur många klasser", {"lagesrapport/"}),
    ("skolsköterska", {"lagesrapport/yrkesroller/#skolan"}),
    ("förankra", {"forberedelser/#forankra"}),
    ("mentorstid", {"forberedelser/#lektionstid"}),
    ("sjukskrivning", {"forberedelser/#mvp-team"}),
    ("trygg vuxen", {"uppfoljning/#tryggbassamtal"}),
    ("enkät", {"uppfoljning/#nollbasmatning", "uppfoljning/#enkat"}),
    ("utbildare", {"utmaningar/#egna-utbildare"}),
]


@pytest.fixture(scope="module")
def sokfonster(webblasare, webbplats):
    context = webblasare.new_context(viewport={"width": 1280, "height": 900}, locale="sv-SE")
    page = context.new_page()
    page.goto(webbplats)
    yield page, webbplats
    context.close()


def forsta_tre(page, bas: str) -> list[str]:
    """Hrefs of the first three hits and of the sections listed under them, relative to the site."""
    return page.eval_on_selector_all(
        "#hb-sokresultat > li",
        "(items, bas) => items.slice(0, 3).flatMap(li => [...li.querySelectorAll('a')]"
        "  .map(a => new URL(a.getAttribute('href'), location.href).href.replace(bas, '')))",
        bas,
    )


@pytest.mark.parametrize("fraga,mal", FRAGOR, ids=[f for f, _ in FRAGOR])
def test_ratt_avsnitt_bland_de_tre_forsta(sokfonster, fraga, mal):
    page, bas = sokfonster
    page.fill("#hb-sokfalt", "")
    sok(page, fraga)
    traffar = forsta_tre(page, bas)
    assert mal & set(traffar), f"{fraga!r} gav {traffar}"


def test_minst_trettio_fragor():
    assert len(FRAGOR) >= 30


def test_sokningen_ger_inga_traffar_for_nonsens(sokfonster):
    page, _ = sokfonster
    page.fill("#hb-sokfalt", "")
    sok(page, "xqzvbnm")
    assert page.locator("#hb-sokresultat > li").count() == 0
    assert "Inga träffar" in page.inner_text("#hb-sokstatus")
