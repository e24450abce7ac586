"""The editor's workflow: every page says who owns it and whether it has been reviewed – never a review that
has not happened; overdue pages are flagged but still publish, broken review data stops the build with
file:line, edit links follow one setting."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup
from hjalp import ROT, forklaras_i_contributing, kopiera_repo

from macros.granskning import Granskning, plus_manader, rad
from macros.kalla.avsnitt import url
from macros.laddning.las import las_handbok
from macros.mallar import dokument
from macros.roller import rollsidor_id


@pytest.mark.parametrize(
    "datum,manader,vantat",
    [("2026-11-26", 12, "2027-11-26"), ("2026-08-31", 6, "2027-02-28"), ("2024-01-31", 1, "2024-02-29")],
)
def test_nasta_granskning(datum, manader, vantat):
    assert plus_manader(dt.date.fromisoformat(datum), manader) == dt.date.fromisoformat(vantat)


def test_raden_sager_bara_granskad_nar_det_har_skett():
    utkast = Granskning("x.md", "X", "Ägaren", None, None, 12)
    assert rad(utkast) == "Utkast efter lägesrapporten från september 2020 · inte granskad än · ska granskas av Ägaren"
    granskad = Granskning("x.md", "X", "Ägaren", "Granskaren", dt.date(2027, 1, 15), 12)
    assert rad(granskad) == "Granskad 15 januari 2027 av Granskaren · nästa granskning 15 januari 2028"
    assert utkast.status(dt.date(2030, 1, 1)) == "ogranskad" and granskad.status(dt.date(2028, 2, 1)) == "forsenad"


def _alla_sidor_med_granskning() -> list[str]:
    """Every page written in docs/, every template page and every role page."""
    hb = las_handbok(ROT / "data")
    sidor = [url(md.relative_to(ROT / "docs").as_posix()) for md in sorted((ROT / "docs").rglob("*.md"))]
    return sidor + [d.url for d in dokument.dokument(hb)] + [f"jag-ar/{id_}/" for id_ in rollsidor_id(hb)]


def test_varje_sida_visar_agare_och_granskning_utan_javascript(site):
    # Nothing in the handbook has been reviewed by its owner yet: no page may claim it has.
    for rel in _alla_sidor_med_granskning():
        fil = site / rel / "index.html"
        rad_ = BeautifulSoup(fil.read_text(encoding="utf-8"), "html.parser").select_one(".hb-sidinfo__rad")
        assert rad_ is not None, rel
        text = " ".join(rad_.get_text(" ", strip=True).split())
        assert "inte granskad än · ska granskas av Stadens samordning av våldsprevention" in text, rel
        assert "Granskad" not in text and "nästa granskning" not in text, rel


def test_sidor_med_siffror_visar_termin_och_kalla(sida):
    for rel in ("skolor/matteusskolan/", "stadsdelar/bromma/", "lagesrapport/skolor/"):
        text = sida(rel).select_one(".hb-sidinfo__rad").get_text(" ", strip=True)
        period = las_handbok(ROT / "data").aktuell_period  # the current term: hösten 2020, the report's
        assert text.startswith(f"Siffrorna gäller {period.namn}. Källa: {period.kalla}"), rel
    assert "Siffrorna gäller" not in sida("forberedelser/").select_one(".hb-sidinfo__rad").get_text()


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
        [sys.executable, "-m", "macros", "bygg", "--site-dir", str(site)],
        cwd=kopia,
        capture_output=True,
        text=True,
        env={**os.environ, "HB_SOK": "0", **env},
    )


@pytest.fixture(scope="module")
def gammal_sida(tmp_path_factory):
    """A copy of the handbook where one page was reviewed long ago and one recently, built with edit links on."""
    tmp = tmp_path_factory.mktemp("granskning")
    kopia = _kopia(tmp)
    for sida, datum in (("goda-exempel.md", "2019-03-01"), ("forberedelser.md", dt.date.today().isoformat())):
        fil = kopia / "docs" / sida  # the two fields as the review recipe has them, comments or not
        text = re.sub(
            r"granskad_av: null.*\nsenast_granskad: null.*",
            f"granskad_av: Redaktionen\nsenast_granskad: {datum}",
            fil.read_text(encoding="utf-8"),
            count=1,
        )
        fil.write_text(text, encoding="utf-8")
    resultat = _bygg(kopia, tmp / "site", HB_REDIGERA_BAS="https://git.example/mvp/-/edit/main/")
    return kopia, tmp / "site", resultat


def test_forsenad_sida_publiceras_med_varning(gammal_sida):
    _, site, resultat = gammal_sida
    assert resultat.returncode == 0, resultat.stderr  # strict, and still built
    soup = BeautifulSoup((site / "goda-exempel" / "index.html").read_text(encoding="utf-8"), "html.parser")
    varning = soup.select_one(".hb-forsenad")
    assert varning is not None and "1 mars 2020" in varning.get_text()
    assert "Granskad 1 mars 2019 av Redaktionen" in soup.select_one(".hb-sidinfo__rad").get_text()
    forb = (site / "forberedelser" / "index.html").read_text(encoding="utf-8")
    assert forb.count("hb-forsenad") == 0 and "av Redaktionen · nästa granskning" in forb


def test_att_granska_listar_den_forsenade_sidan(gammal_sida):
    kopia, site, _ = gammal_sida
    soup = BeautifulSoup((site / "att-granska" / "index.html").read_text(encoding="utf-8"), "html.parser")
    rader = [tr.get_text(" ", strip=True) for tr in soup.select("article tbody tr")]
    forsenade = [r for r in rader if "Försenad" in r]
    assert len(forsenade) == 1 and forsenade[0].startswith("Goda exempel")
    assert not [r for r in rader if r.startswith("Förberedelser")], "en nyss granskad sida listas inte"
    # Every other page, templates and role pages included, waits for its first review.
    sidor, mallar = len(list((ROT / "docs").rglob("*.md"))), len(las_handbok(ROT / "data").mallar.mallar)
    assert len(rader) == sidor - 1 + mallar + 1  # all pages but the one just reviewed, each template, the role pages
    assert any(r.startswith("Brev till vårdnadshavare") and "Inte granskad" in r for r in rader)
    assert any(r.startswith("Sidorna under Jag är") for r in rader)
    terminal = subprocess.run([sys.executable, "-m", "macros", "granska"], cwd=kopia, capture_output=True, text=True)
    rader_t = terminal.stdout.splitlines()
    assert (
        "goda-exempel.md: FÖRSENAD sedan 2020-03-01 – ägare: Stadens samordning av "
        "våldsprevention (senast granskad 2019-03-01 av Redaktionen)"
    ) in rader_t
    assert "forberedelser.md" not in terminal.stdout
    assert (
        "data/roller.yml: INTE GRANSKAD – ska granskas av: Stadens samordning av våldsprevention "
        "(utkast efter lägesrapporten från september 2020)"
    ) in rader_t


def test_redigeringslankar_pekar_pa_ratt_fil(gammal_sida):
    _, site, _ = gammal_sida
    soup = BeautifulSoup((site / "lagesrapport" / "skolor" / "index.html").read_text(encoding="utf-8"), "html.parser")
    lankar = [a["href"] for a in soup.select(".hb-sidinfo a")]
    assert lankar == [
        "https://git.example/mvp/-/edit/main/docs/lagesrapport/skolor.md",
        "https://git.example/mvp/-/edit/main/data/skolor.yml",
        # the table names each school's programmes and the chart its term: those files are shown too
        "https://git.example/mvp/-/edit/main/data/perioder.yml",
        "https://git.example/mvp/-/edit/main/data/program.yml",
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
            "granskad_av: null\nsenast_granskad: null",
            "granskad_av: Redaktionen\nsenast_granskad: 26/11/2026",
            "docs/forberedelser.md:4:18: senast_granskad: måste vara ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2026-11-26, "
            "eller null (fick '26/11/2026')",
        ),
        (
            "granskad_av: null",
            "granskad_av: Redaktionen",
            "docs/forberedelser.md:3:14: granskad_av: skriv både granskad_av och senast_granskad när sidan är "
            "granskad, annars null i båda",
        ),
        (
            "granskas_var_manad: 12",
            "granskas_var_manad: ofta",
            "docs/forberedelser.md:5:21: granskas_var_manad: måste vara ett heltal mellan 1 och 36 (fick 'ofta')",
        ),
        (
            "---\nagare: Stadens samordning av våldsprevention\n",  # the opening --- taken away
            "agare: Stadens samordning av våldsprevention\n",
            "docs/forberedelser.md:1:1: (sidhuvud): sidhuvud saknas – börja sidan med ---, agare:, granskad_av:, "
            "senast_granskad: och granskas_var_manad:, och avsluta med ---",
        ),
    ],
    ids=["saknad-agare", "fel-datum", "halv-granskning", "fel-intervall", "inget-sidhuvud"],
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
        "---\nagare: Redaktionen\ngranskad_av: Redaktionen\nsenast_granskad: 2026-11-26\ngranskas_var_manad: 12\n"
        "---\n\n# Ny sida\n",
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
        "måste vara ett datum skrivet ÅÅÅÅ-MM-DD, t.ex. 2026-11-26, eller null (fick '26/11/2026')",
        "skriv både granskad_av och senast_granskad när sidan är granskad, annars null i båda",
        "måste vara ett heltal mellan 1 och 36 (fick 'ofta')",
        "sidhuvud saknas – börja sidan med ---, agare:, granskad_av:, senast_granskad: och granskas_var_manad:, "
        "och avsluta med ---",
        "varje ändring ska ha datum: (ÅÅÅÅ-MM-DD) och text:, och inget annat",
        "måste vara en text: en funktion eller roll, aldrig en persons namn",
    ],
)
def test_sidhuvudets_meddelanden_forklaras_i_contributing(meddelande):
    assert forklaras_i_contributing(meddelande)


def test_granska_som_json_for_en_paminnelse():
    resultat = subprocess.run(
        [sys.executable, "-m", "macros", "granska", "--json"], cwd=ROT, capture_output=True, text=True
    )
    assert resultat.returncode == 0 and resultat.stderr == "", resultat.stderr
    lista = json.loads(resultat.stdout)["att_granska"]
    assert lista, "utkasten ska stå på listan tills de är granskade"
    for post in lista:
        assert post["status"] in ("ogranskad", "forsenad", "snart")
        assert post["agare"] and post["fil"].startswith(("docs/", "data/"))
        assert (ROT / post["fil"]).is_file(), post["fil"]


def test_make_granska_utan_pythonvarningar():
    resultat = subprocess.run(
        ["make", "-s", "-o", ".venv/.installerad", "granska"], cwd=ROT, capture_output=True, text=True
    )
    assert resultat.returncode == 0
    assert "Warning" not in resultat.stderr and "Traceback" not in resultat.stderr, resultat.stderr
