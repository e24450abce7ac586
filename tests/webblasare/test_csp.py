"""The Content-Security-Policy lets only reviewed scripts run: checked on plain strings, on every built
page, and in Chromium, where an inline script that reached a page is blocked."""

from __future__ import annotations

import pytest

from macros.efterbehandling.csp import TILLATNA_SKRIPT, granska, policy

EGNA = {"assets/hb-sok.js"}
MD_SCOPE = TILLATNA_SKRIPT[0]


@pytest.mark.parametrize("bas", ["..", "../..", ".", "/", "/mvp/"])
def test_materials_skript_godkanns_for_varje_djup(bas):
    html = f"<script>{MD_SCOPE.replace('{bas}', bas)}</script><script>{TILLATNA_SKRIPT[1]}</script>"
    hashes, problem = granska(html, "..", EGNA)
    assert problem == [] and len(hashes) == 2


@pytest.mark.parametrize(
    ("html", "fras"),
    [
        ("<script>alert(1)</script>", "ett skript som inte är granskat"),
        (f"<script>{MD_SCOPE.replace('{bas}', '..')};alert(1)</script>", "ett skript som inte är granskat"),
        ("<script>" + MD_SCOPE.replace("{bas}", '")+alert(1)+("') + "</script>", "ett skript som inte är granskat"),
        ('<script type="module">alert(1)</script>', "ett skript som inte är granskat"),
        ('<script src="https://cdn.example/x.js"></script>', "skriptfilen https://cdn.example/x.js"),
        ('<script src="//cdn.example/x.js"></script>', "skriptfilen //cdn.example/x.js"),
        ('<script src="../assets/ny.js"></script>', "skriptfilen ../assets/ny.js"),
        ('<script src="data:text/javascript,alert(1)"></script>', "skriptfilen data:"),
        ('<img src="x" onerror="alert(1)">', "händelseattributet onerror"),
        ("<a href='javascript:alert(1)'>x</a>", "javascript:"),
        ("<SCRIPT>alert(1)</SCRIPT>", "ett skript som inte är granskat"),
    ],
)
def test_ogranskat_stoppas(html, fras):
    hashes, problem = granska(html, "..", EGNA)
    assert hashes == [] and any(fras in p for p in problem), problem


def test_data_och_egna_filer_godkanns():
    html = (
        '<script type="application/json" id="x">{"a": 1}</script>'
        '<script src="../assets/hb-sok.js"></script>'
        '<script src="../assets/javascripts/bundle.a5f9d56c.min.js"></script>'
    )
    assert granska(html, "..", EGNA) == ([], [])


def test_policyn_tillater_inget_annat_ursprung():
    text = policy(["'sha256-x'"])
    assert "script-src 'self' 'wasm-unsafe-eval' 'sha256-x';" in text
    assert "unsafe-inline" not in text and "http" not in text


def test_varje_byggd_sida_har_policyn(site):
    sidor = sorted(site.rglob("*.html"))
    assert len(sidor) > 50
    for sida in sidor:
        html = sida.read_text(encoding="utf-8")
        if 'http-equiv="refresh"' in html:
            continue  # a redirect stub carries its own, stricter policy
        assert 'http-equiv="Content-Security-Policy"' in html, sida
        assert "unsafe-inline" not in html, sida


@pytest.mark.browser
def test_inskjutet_skript_kors_inte_i_webblasaren(ny_sida, webbplats, site):
    """A script that somehow reached a finished page is blocked by that page's own policy, while the
    theme's reviewed scripts still run."""
    html = (site / "forberedelser" / "index.html").read_text(encoding="utf-8")
    html = html.replace("</body>", "<script>window.hbKordes = true</script></body>", 1)
    page = ny_sida()
    page.route("**/forberedelser/", lambda route: route.fulfill(status=200, content_type="text/html", body=html))
    page.goto(webbplats + "forberedelser/")
    assert page.evaluate("window.hbKordes === undefined"), "det inskjutna skriptet kördes"
    assert page.evaluate("typeof window.__md_scope === 'object'"), "temats granskade skript kördes inte"
    assert any("Content Security Policy" in f for f in page.hb_fel), page.hb_fel
