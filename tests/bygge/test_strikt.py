"""Strict is strict: every MkDocs warning stops `make check` and `make build` with a Swedish
docs/<file>:<line> line, and the last good site stays as it was."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hjalp import ROT, kopiera_repo

from macros.kommandon.strikt import oversatt, rad_for

DOCS = Path("/finns/inte")  # the page is not read: the line falls back to 1


@pytest.mark.parametrize(
    ("varning", "vantat"),
    [
        (
            "Doc file 'a.md' contains a link 'finns-inte.md', but the target is not found among documentation files.",
            "docs/a.md: länken finns-inte.md leder till en sida som inte finns",
        ),
        (
            "Doc file 'a.md' contains a link 'b.md#nej', but the doc 'b.md' does not contain an anchor '#nej'.",
            "docs/a.md: länken b.md#nej leder till ett avsnitt som inte finns på sidan b.md",
        ),
        (
            "Doc file 'a.md' contains a link '#nej', but there is no such anchor on this page.",
            "docs/a.md: länken #nej leder till ett avsnitt som inte finns på samma sida",
        ),
        (
            "Doc file 'a.md' contains an absolute link '/mvp/', it was left as is.",
            "docs/a.md: länken /mvp/ börjar med /",
        ),
        (
            "Doc file 'a.md' contains an unrecognized relative link 'bild', it was left as is.",
            "docs/a.md: länken bild pekar på något som inte är en sida i docs/",
        ),
        (
            'The following pages exist in the docs directory, but are not included in the "nav" configuration:\n'
            "  - ny.md\n  - x/y.md",
            "docs/ny.md:1: sidan finns inte i menyn – lägg till den under nav: i mkdocs.yml",
        ),
        ("Something new went wrong", "varning från bygget (på engelska): Something new went wrong"),
    ],
)
def test_varningar_pa_svenska(varning, vantat):
    rader = oversatt(varning, DOCS)
    assert any(r.startswith(vantat) for r in rader), rader
    assert all(" – " in r for r in rader), "varje rad säger vad man ska göra"


def test_sidlista_ger_en_rad_per_sida():
    varning = (
        'The following pages exist in the docs directory, but are not included in the "nav" configuration:\n'
        "  - a.md\n  - b.md"
    )
    assert [r.split(":")[0] for r in oversatt(varning, DOCS)] == ["docs/a.md", "docs/b.md"]


def test_radnumret_ar_lankens_rad():
    text = "# Rubrik\n\nText.\n\nSe [här](finns-inte.md).\n"
    assert rad_for(text, "finns-inte.md") == 5
    assert rad_for('<a href="x.md">x</a>\n', "saknas.md") == 1


@pytest.fixture(scope="module")
def kopia(tmp_path_factory):
    arbete = kopiera_repo(tmp_path_factory.mktemp("strikt") / "repo")
    (arbete / ".venv").symlink_to(ROT / ".venv")
    return arbete


def _make(kopia: Path, mal: str) -> subprocess.CompletedProcess:
    return subprocess.run(["make", "-s", "-o", ".venv/.installerad", mal], cwd=kopia, capture_output=True, text=True)


def _andra(kopia: Path, fil: str, tillagg: str):
    sida = kopia / "docs" / fil
    original = sida.read_text(encoding="utf-8")
    sida.write_text(original + tillagg, encoding="utf-8")
    return lambda: sida.write_text(original, encoding="utf-8"), original.count("\n") + tillagg.count("\n")


# make build runs the same strict build as make check: it is proven for a broken link (what strict builds
# let through before) and for code in a page (the attack); make check for every kind.
@pytest.mark.parametrize(
    ("tillagg", "fras", "mal"),
    [
        ("\n[trasig](finns-inte.md)\n", "länken finns-inte.md leder till en sida som inte finns", ("check", "build")),
        (
            "\n[ankare](forberedelser.md#finns-inte)\n",
            "leder till ett avsnitt som inte finns på sidan forberedelser.md",
            ("check",),
        ),
        ("\n{{ odefinierad }}\n", "okänt namn 'odefinierad'", ("check",)),
        (
            "\n{{ cycler.__init__.__globals__.os.popen('touch /tmp/hb-kordes').read() }}\n",
            "inte tillåten",
            ("check", "build"),
        ),
        ("\n<script>alert(1)</script>\n", "en <script> hör inte hemma i en sida", ("check",)),
    ],
    ids=["trasig-lank", "trasigt-ankare", "odefinierad", "kod", "script"],
)
def test_make_check_och_build_stoppar(kopia, tillagg, fras, mal):
    (kopia / "site").mkdir(exist_ok=True)
    (kopia / "site" / "index.html").write_text("förra versionen", encoding="utf-8")
    aterstall, rad = _andra(kopia, "goda-exempel.md", tillagg)
    try:
        for m in mal:
            resultat = _make(kopia, m)
            utdata = resultat.stdout + resultat.stderr
            assert resultat.returncode != 0, f"make {m} skulle ha stoppats:\n{utdata}"
            assert "Allt ser bra ut" not in utdata and "Traceback" not in utdata, utdata
            assert f"docs/goda-exempel.md:{rad}:" in utdata and fras in utdata, utdata
        assert (kopia / "site" / "index.html").read_text(encoding="utf-8") == "förra versionen"
        assert not Path("/tmp/hb-kordes").exists(), "koden i sidan kördes"
    finally:
        aterstall()


def test_sida_utanfor_menyn_stoppar(kopia):
    ny = kopia / "docs" / "ny-sida.md"
    ny.write_text((kopia / "docs" / "goda-exempel.md").read_text(encoding="utf-8"), encoding="utf-8")
    try:
        resultat = _make(kopia, "check")
        assert resultat.returncode != 0
        assert "docs/ny-sida.md:1: sidan finns inte i menyn" in resultat.stderr
    finally:
        ny.unlink()
