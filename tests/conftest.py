"""Shared fixtures: one strict build of the real site per test run, parsed pages."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hjalp import CHROMIUM, UNDERSOKVAG, bygg, nginx, stada, ursprung


@pytest.fixture(scope="session")
def site(tmp_path_factory, worker_id) -> Path:
    if os.environ.get("HB_TEST_SITE"):  # make publish runs the smoke tests on the release it built
        return Path(os.environ["HB_TEST_SITE"])
    if worker_id == "master":  # not under xdist
        return _bygg_sessionen(tmp_path_factory.mktemp("bygge"))
    # The xdist workers of one run share a temporary folder above their own: the first builds, the
    # others wait for it under an flock and read the same site (no test writes into it).
    gemensam = tmp_path_factory.getbasetemp().parent
    with open(gemensam / "bygge.las", "w") as las:
        fcntl.flock(las, fcntl.LOCK_EX)
        if not (gemensam / "bygge" / "klar").exists():
            _bygg_sessionen(gemensam / "bygge")
            (gemensam / "bygge" / "klar").touch()
    return gemensam / "bygge" / "site"


def _bygg_sessionen(mapp: Path) -> Path:
    # Published under a sub-path, like the intranet: the 404 page's links depend on it.
    resultat = bygg(mapp / "site", extra_env={"HB_SITE_URL": "http://127.0.0.1" + UNDERSOKVAG})
    assert resultat.returncode == 0, f"bygget misslyckades:\n{resultat.stdout}\n{resultat.stderr}"
    return mapp / "site"


@pytest.fixture(scope="session")
def sida(site):
    """sida("forberedelser/") -> BeautifulSoup of that whole built page."""
    cache: dict[str, BeautifulSoup] = {}

    def las(url: str) -> BeautifulSoup:
        if url not in cache:
            fil = site / url / "index.html" if url.endswith("/") or url == "" else site / url
            html = fil.read_text(encoding="utf-8")
            cache[url] = BeautifulSoup(html, "html.parser")
        return cache[url]

    return las


@pytest.fixture(scope="session")
def webbplats(site, tmp_path_factory):
    """Base URL of the built site served by nginx under /mvp/."""
    with nginx(site, tmp_path_factory.mktemp("nginx")) as bas:
        yield bas


@pytest.fixture(scope="session")
def webblasare():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Chromium saknas – kör make systempaket"
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
        )
        yield browser
        browser.close()


SKARMAR = {
    "dator": {"width": 1280, "height": 900},
    "mobil": {"width": 375, "height": 740},
    "telefon": {"width": 390, "height": 844},
}


@pytest.fixture(scope="session")
def kontexter(webblasare):
    """One browser context per screen size for the run, each with a blank tab that stays open. A new context
    cost Chromium about 1 s of CPU and a tab in a warm one about 0.5 s (a fresh renderer and what it sets
    up): over a hundred tests, a tenth of the run. What a test leaves behind is cleared by stada (hjalp)."""
    kontexter: dict = {}

    def kontext(skarm: str):
        if skarm not in kontexter:
            context = webblasare.new_context(viewport=SKARMAR[skarm], locale="sv-SE")
            context.hb_ursprung = set()  # every origin a page of the context has asked for something
            context.on("request", lambda r: context.hb_ursprung.add(ursprung(r.url)))
            context.new_page()  # the blank tab that keeps the context warm
            kontexter[skarm] = context
        return kontexter[skarm]

    yield kontext
    for context in kontexter.values():
        context.close()


@pytest.fixture()
def flik(kontexter):
    """flik("mobil") -> a new tab in the shared context of that screen size, with nothing stored for any site;
    the tabs the test opens are closed and what they stored is cleared when it ends."""
    anvanda = []

    def skapa(skarm: str = "dator"):
        context = kontexter(skarm)
        if context not in anvanda:
            anvanda.append(context)
        return context.new_page()

    yield skapa
    for context in anvanda:
        stada(context)


@pytest.fixture()
def ny_sida(flik):
    """ny_sida("mobil") -> a fresh tab; its requests are recorded in page.hb_anrop, its console errors
    (CSP violations among them) in page.hb_fel."""

    def skapa(skarm: str = "dator"):
        page = flik(skarm)
        page.hb_anrop = []
        page.hb_fel = []  # console errors, uncaught exceptions and CSP violations
        page.on("request", lambda r: page.hb_anrop.append(r.url))
        page.on("console", lambda m: m.type == "error" and page.hb_fel.append(f"{page.url}: {m.text}"))
        page.on("pageerror", lambda e: page.hb_fel.append(f"{page.url}: {e}"))
        return page

    return skapa


LAGER = ("webblasare", "bygge", "enhet")  # the slowest layer first


def pytest_collection_modifyitems(items):
    """The longest tests first, then layer by layer: a long browser test that started last would keep one
    core busy while the other waits (make test runs on both, with work stealing)."""
    items.sort(key=lambda i: (i.get_closest_marker("lang") is None, LAGER.index(i.path.parent.name)))


def pytest_sessionfinish(session):
    """On both cores the LIX table is made in a worker: it hands the lines over to be printed."""
    if hasattr(session.config, "workeroutput"):
        session.config.workeroutput["hb_lix"] = getattr(session.config, "hb_lix", None)


@pytest.hookimpl(optionalhook=True)  # a pytest-xdist hook, called in the process that prints the summary
def pytest_testnodedown(node, error):
    rader = getattr(node, "workeroutput", {}).get("hb_lix")
    if rader:
        node.config.hb_lix = rader


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """The LIX of every measured page, as tests/test_klarsprak.py computed it (the figures the note asks for)."""
    rader = getattr(config, "hb_lix", None)
    if rader:
        terminalreporter.section("LIX per sida (högst 40 på vägledning, roller och mallar)")
        for rad in rader:
            terminalreporter.write_line(rad)
