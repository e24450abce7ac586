"""Shared fixtures: one strict build of the real site per test session, parsed pages."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROT = Path(__file__).resolve().parents[1]
# Material prints a banner about MkDocs 2.0 on every build; it says nothing about our site.
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
# The tests publish the site under this sub-path, as the intranet does (publishing may name another).
UNDERSOKVAG = os.environ.get("HB_TEST_UNDERSOKVAG", "/mvp/")


def bygg(site_dir: Path, data_dir: Path | None = None, extra_env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the same strict build `make build` runs. Returns the finished process; never raises."""
    env = {**os.environ, **(extra_env or {})}
    if data_dir is not None:
        env["HB_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "macros", "bygg", "-f", str(ROT / "mkdocs.yml"), "--site-dir", str(site_dir)],
        cwd=ROT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def kopiera_repo(mal: Path) -> Path:
    """The project's source (no .venv, .git or builds) copied to mal, for a test that changes it."""
    shutil.copytree(
        ROT,
        mal,
        ignore=shutil.ignore_patterns(
            ".venv", ".git", "site", ".site-*", ".bench*", "dist", "__pycache__", ".pytest_cache"
        ),
    )
    return mal


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    if os.environ.get("HB_TEST_SITE"):  # make publish runs the smoke tests on the release it built
        return Path(os.environ["HB_TEST_SITE"])
    site_dir = tmp_path_factory.mktemp("bygge") / "site"
    # Published under a sub-path, like the intranet: the 404 page's links depend on it.
    resultat = bygg(site_dir, extra_env={"HB_SITE_URL": "http://127.0.0.1" + UNDERSOKVAG})
    assert resultat.returncode == 0, f"bygget misslyckades:\n{resultat.stdout}\n{resultat.stderr}"
    return site_dir


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


def avsnitt_text(soup: BeautifulSoup, rubrik_id: str) -> str:
    """Text of the section that starts at the heading with this id and runs to the next heading of the
    same or higher level."""
    rubrik = soup.find(id=rubrik_id)
    assert rubrik is not None and rubrik.name in {"h1", "h2", "h3", "h4"}, f"rubriken #{rubrik_id} saknas"
    niva = int(rubrik.name[1])
    stopp = {f"h{n}" for n in range(1, niva + 1)}
    text = [rubrik.get_text(" ", strip=True)]
    for el in rubrik.next_elements:
        if getattr(el, "name", None) in stopp:
            break
        if isinstance(el, str) and el.strip() and el.parent is not rubrik:
            text.append(el.strip())
    return " ".join(text)


@pytest.fixture(scope="session")
def webbplats(site, tmp_path_factory):
    """Base URL of the built site served by nginx under /mvp/."""
    from webbserver import nginx

    with nginx(site, tmp_path_factory.mktemp("nginx")) as bas:
        yield bas


CHROMIUM = "/usr/bin/chromium"


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


SKARMAR = {"dator": {"width": 1280, "height": 900}, "mobil": {"width": 375, "height": 740}}


@pytest.fixture()
def ny_sida(webblasare, webbplats):
    """ny_sida("mobil") -> a fresh page; its requests are recorded in page.hb_anrop, its console errors
    (CSP violations among them) in page.hb_fel."""
    oppna = []

    def skapa(skarm: str = "dator"):
        context = webblasare.new_context(viewport=SKARMAR[skarm], locale="sv-SE")
        page = context.new_page()
        page.hb_anrop = []
        page.hb_fel = []  # console errors, uncaught exceptions and CSP violations
        page.on("request", lambda r: page.hb_anrop.append(r.url))
        page.on("console", lambda m: m.type == "error" and page.hb_fel.append(f"{page.url}: {m.text}"))
        page.on("pageerror", lambda e: page.hb_fel.append(f"{page.url}: {e}"))
        oppna.append(context)
        return page

    yield skapa
    for context in oppna:
        context.close()


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """The LIX of every measured page, as tests/test_klarsprak.py computed it (the figures the note asks for)."""
    rader = getattr(config, "hb_lix", None)
    if rader:
        terminalreporter.section("LIX per sida (högst 40 på vägledning, roller och mallar)")
        for rad in rader:
            terminalreporter.write_line(rad)
