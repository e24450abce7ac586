"""The editor's workflow: every page says who owns it and when it was reviewed, overdue pages are flagged
but still publish, broken review data stops the build with file:line, edit links follow one setting."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup
from conftest import ROT, kopiera_repo

from macros.avsnitt import url
from macros.granskning import plus_manader


@pytest.mark.parametrize(
    "datum,manader,vantat",
    [("2026-11-26", 12, "2027-11-26"), ("2026-08-31", 6, "2027-02-28"), ("2024-01-31", 1, "2024-02-29")],
)
def test_nasta_granskning(datum, manader, vantat):
    assert plus_manader(dt.date.fromisoformat(datum), manader) == dt.date.fromisoformat(vantat)


def test_varje_sida_visar_agare_och_granskning_utan_javascript(site):
    # Every page written in docs/; pages generated from data/ are reviewed with their data file.
    for md in sorted((ROT / "docs").rglob("*.md")):
        rel = url(md.relative_to(ROT / "docs").as_posix())
        fil = site / rel / "index.html"
        rad = BeautifulSoup(fil.read_text(encoding="utf-8"), "html.parser").select_one(".hb-sidinfo__rad")
        assert rad is not None, rel
        assert rad.get_text(" ", strip=True).startswith("Granskad "), rel
        assert "nästa granskning" in rad.get_text()


def test_utan_redigeringsadress_finns_inga_redigeringslankar(sida):
    assert "Redigera" not in sida("lagesrapport/skolor/").select_one(".hb-sidinfo").get_text()


def _kopia(tmp_path):
    kopia = kopiera_repo(tmp_path / "repo")
    return kopia


def _ersatt(fil, gammal, ny):
    text = fil.read_text(encoding="utf-8")
    assert gammal in text
    fil.write_text(text.replace(gammal, ny, 1), encoding="utf-8")


def _bygg(kopia, site, **env):
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(site)],
        cwd=kopia,
        capture_output=True,
        text=True,
        env={**os.environ, "HB_SOK": "0", **env},
    )


@pytest.fixture(scope="module")
def gammal_sida(tmp_path_factory):
    """A copy of the handbook where one page was last reviewed long ago, built with edit links on."""
    tmp = tmp_path_factory.mktemp("granskning")
    kopia = _kopia(tmp)
    _ersatt(kopia / "docs" / "goda-exempel.md", "senast_granskad: 2026-11-26", "senast_granskad: 2019-03-01")
    resultat = _bygg(kopia, tmp / "site", HB_REDIGERA_BAS="https://git.example/mvp/-/edit/main/")
    return kopia, tmp / "site", resultat


def test_forsenad_sida_publiceras_med_varning(gammal_sida):
    _, site, resultat = gammal_sida
    assert resultat.returncode == 0, resultat.stderr  # strict, and still built
    soup = BeautifulSoup((site / "goda-exempel" / "index.html").read_text(encoding="utf-8"), "html.parser")
    varning = soup.select_one(".hb-forsenad")
    assert varning is not None and "1 mars 2020" in varning.get_text()
    assert (site / "forberedelser" / "index.html").read_text(encoding="utf-8").count("hb-forsenad") == 0


def test_att_granska_listar_den_forsenade_sidan(gammal_sida):
    kopia, site, _ = gammal_sida
    soup = BeautifulSoup((site / "att-granska" / "index.html").read_text(encoding="utf-8"), "html.parser")
    rader = [tr.get_text(" ", strip=True) for tr in soup.select("article tbody tr")]
    assert len(rader) == 1 and rader[0].startswith("Goda exempel") and "Försenad" in rader[0]
    terminal = subprocess.run([sys.executable, "-m", "macros.granskning"], cwd=kopia, capture_output=True, text=True)
    assert terminal.stdout.splitlines() == [
        "goda-exempel.md: FÖRSENAD sedan 2020-03-01 – ägare: Stadens samordning av "
        "våldsprevention (senast granskad 2019-03-01)"
    ]


def test_redigeringslankar_pekar_pa_ratt_fil(gammal_sida):
    _, site, _ = gammal_sida
    soup = BeautifulSoup((site / "lagesrapport" / "skolor" / "index.html").read_text(encoding="utf-8"), "html.parser")
    lankar = [a["href"] for a in soup.select(".hb-sidinfo a")]
    assert lankar == [
        "https://git.example/mvp/-/edit/main/docs/lagesrapport/skolor.md",
        "https://git.example/mvp/-/edit/main/data/skolor.yml",
    ]


@pytest.mark.parametrize(
    "gammal,ny,vantat",
    [
        (
            "agare: Stadens samordning av våldsprevention\n",
            "",
            "docs/forberedelser.md:2:1: agare: fältet 'agare' saknas i sidhuvudet – lägg till det (se CONTRIBUTING.md)",
        ),
        (
            "senast_granskad: 2026-11-26",
            "senast_granskad: 26/11/2026",
            "docs/forberedelser.md:3:18: senast_granskad: måste vara ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2026-11-26 "
            "(fick '26/11/2026')",
        ),
        (
            "granskas_var_manad: 12",
            "granskas_var_manad: ofta",
            "docs/forberedelser.md:4:21: granskas_var_manad: måste vara ett heltal mellan 1 och 36 (fick 'ofta')",
        ),
        (
            "---\nagare: Stadens samordning av våldsprevention\n",  # the opening --- taken away
            "agare: Stadens samordning av våldsprevention\n",
            "docs/forberedelser.md:1:1: (sidhuvud): sidhuvud saknas – börja sidan med ---, agare:, "
            "senast_granskad: och granskas_var_manad:, och avsluta med ---",
        ),
    ],
    ids=["saknad-agare", "fel-datum", "fel-intervall", "inget-sidhuvud"],
)
def test_fel_i_sidhuvudet_stoppar_bygget(tmp_path, gammal, ny, vantat):
    kopia = _kopia(tmp_path)
    _ersatt(kopia / "docs" / "forberedelser.md", gammal, ny)
    resultat = _bygg(kopia, tmp_path / "site")
    assert resultat.returncode != 0
    assert [r.strip() for r in resultat.stderr.splitlines() if r.strip().startswith("docs/")] == [vantat]
    assert not (tmp_path / "site").exists()


def test_grund_klon_och_oincheckad_sida_bygger_strikt(tmp_path):
    """'Senast ändrad' comes from git; a shallow clone or a page not yet committed must not break it."""
    kopia = _kopia(tmp_path)
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    subprocess.run([*git, "init", "-q"], cwd=kopia, check=True)
    subprocess.run([*git, "add", "-A"], cwd=kopia, check=True)
    subprocess.run([*git, "commit", "-qm", "x"], cwd=kopia, check=True)
    klon = tmp_path / "klon"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{kopia}", str(klon)], check=True)
    ny = klon / "docs" / "ny-sida.md"
    ny.write_text(
        "---\nagare: Redaktionen\nsenast_granskad: 2026-11-26\ngranskas_var_manad: 12\n---\n\n# Ny sida\n",
        encoding="utf-8",
    )
    _ersatt(
        klon / "mkdocs.yml",
        "  - Att granska: att-granska.md\n",
        "  - Att granska: att-granska.md\n  - Ny: ny-sida.md\n",
    )
    resultat = _bygg(klon, tmp_path / "site")
    assert resultat.returncode == 0, resultat.stderr
    rad = lambda sida: (
        BeautifulSoup((tmp_path / "site" / sida / "index.html").read_text(encoding="utf-8"), "html.parser")
        .select_one(".hb-sidinfo__rad")
        .get_text()
    )
    assert "Senast ändrad" in rad("forberedelser") and "Senast ändrad" not in rad("ny-sida")


@pytest.mark.parametrize(
    "meddelande",
    [
        "fältet 'agare' saknas i sidhuvudet – lägg till det (se CONTRIBUTING.md)",
        "måste vara ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2026-11-26 (fick '26/11/2026')",
        "måste vara ett heltal mellan 1 och 36 (fick 'ofta')",
        "sidhuvud saknas – börja sidan med ---, agare:, senast_granskad: och granskas_var_manad:, och avsluta med ---",
        "varje ändring ska ha datum: (ÅÅÅÅ-MM-DD) och text:, och inget annat",
        "måste vara en text: en funktion eller roll, aldrig en persons namn",
    ],
)
def test_sidhuvudets_meddelanden_forklaras_i_contributing(meddelande):
    from test_data_fel import _forklaras_i_contributing

    assert _forklaras_i_contributing(meddelande)
