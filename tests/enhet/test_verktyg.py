"""The editor's and the city's tooling: lint is clean, the pipelines run the one test command."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml
from hjalp import ROT

BIN = Path(sys.executable).parent


def test_python_ar_lintad_och_formaterad():
    for kommando in (["ruff", "check", "-q"], ["ruff", "format", "--check", "-q"]):
        resultat = subprocess.run(
            [str(BIN / kommando[0]), *kommando[1:], "macros", "hooks", "scripts", "tests"],
            cwd=ROT,
            capture_output=True,
            text=True,
        )
        assert resultat.returncode == 0, resultat.stdout + resultat.stderr


def test_yaml_ar_lintad():
    filer = ["data", "mkdocs.yml", ".gitlab-ci.yml", ".github", ".pre-commit-config.yaml"]
    resultat = subprocess.run(
        [str(BIN / "yamllint"), "-c", ".yamllint.yml", *filer], cwd=ROT, capture_output=True, text=True
    )
    assert resultat.returncode == 0, resultat.stdout


def test_pipelines_kor_samma_test_som_ci():
    gitlab = yaml.safe_load((ROT / ".gitlab-ci.yml").read_text(encoding="utf-8"))
    assert gitlab["test"]["script"] == ["bash .ci/run"]
    assert "site/" in gitlab["webbplats"]["artifacts"]["paths"]
    github = yaml.safe_load((ROT / ".github" / "workflows" / "test.yml").read_text(encoding="utf-8"))
    steg = github["jobs"]["test"]["steps"]
    assert {"name": "Tester", "run": "bash .ci/run"} in steg
    assert any("GITHUB_STEP_SUMMARY" in s.get("run", "") and "make -s granska" in s["run"] for s in steg)
    assert "make test" in (ROT / ".ci" / "run").read_text(encoding="utf-8")


def test_pre_commit_kor_make_check():
    konfig = yaml.safe_load((ROT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = {h["id"]: h for repo in konfig["repos"] for h in repo["hooks"]}
    assert hooks["make-check"]["entry"] == "make check"
    assert {"yamllint", "ruff", "ruff-format"} <= set(hooks)


def test_readmes_karta_over_macros_namner_varje_modul_och_bara_dem():
    """A newcomer finds every file of macros/ from the README's map, and the map names no file that is gone."""
    text = (ROT / "README.md").read_text(encoding="utf-8")
    karta = text[text.index("### Karta över `macros/`") : text.index("Vanliga frågor, och den fil du ändrar:")]
    namnda = set()
    for rad in karta.splitlines():
        fore, mapp, efter = re.split(r"`(\w+)/`", rad, maxsplit=1) if re.search(r"`\w+/`", rad) else (rad, "", "")
        namnda |= set(re.findall(r"`(\w+\.py)`", fore))
        namnda |= {f"{mapp}/{namn}" for namn in re.findall(r"`(\w+\.py)`", efter)}
    moduler = {
        p.relative_to(ROT / "macros").as_posix() for p in (ROT / "macros").rglob("*.py") if p.name != "__init__.py"
    }
    assert namnda == moduler, f"saknas i kartan: {sorted(moduler - namnda)}; finns inte: {sorted(namnda - moduler)}"
