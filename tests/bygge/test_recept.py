"""Every recipe in CONTRIBUTING.md, followed as written, passes `make check` – read from CONTRIBUTING.md
itself, so the guide and the test cannot drift apart.

A recipe's code block is marked with a comment the reader does not see:
    <!-- recept: lagg-sist FIL -->         the block is added last in FIL
    <!-- recept: ersatt-post FIL ID -->    the block replaces the record with that id in FIL
    <!-- recept: sidhuvud FIL -->          the block replaces the page's front matter
    <!-- recept: exempel FIL -->           a part of a record: every id it names must exist
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml
from hjalp import ROT, kopiera_repo

from macros.laddning.las import las_handbok

MARKERING = re.compile(
    r"<!-- recept: (?P<gor>[a-z-]+) (?P<fil>\S+)(?: (?P<arg>\S+))? -->\n```(?:yaml)?\n(?P<kod>.*?)```", re.S
)
RECEPT = list(MARKERING.finditer((ROT / "CONTRIBUTING.md").read_text(encoding="utf-8")))


def _rubrik(plats: int) -> str:
    text = (ROT / "CONTRIBUTING.md").read_text(encoding="utf-8")[:plats]
    return re.findall(r"^### (.+)$", text, re.M)[-1]


def _lagg_sist(fil: Path, kod: str, _arg) -> None:
    post_id = re.match(r"  - id: (\S+)", kod)[1]
    if re.search(rf"(?m)^  - id: {post_id}\b", fil.read_text(encoding="utf-8")):  # followed already: make test after it
        _ersatt_post(fil, kod, post_id)
        return
    fil.write_text(fil.read_text(encoding="utf-8").rstrip("\n") + "\n" + kod, encoding="utf-8")


def _ersatt_post(fil: Path, kod: str, post_id: str) -> None:
    text = fil.read_text(encoding="utf-8")
    start = re.search(rf"(?m)^  - id: {post_id}\b", text).start()
    slut = re.compile(r"^(  - id: |\S)", re.M).search(text, start + 1)
    fil.write_text(text[:start] + kod + (text[slut.start() :] if slut else ""), encoding="utf-8")


def _sidhuvud(fil: Path, kod: str, _arg) -> None:
    text = fil.read_text(encoding="utf-8")
    slut = text.index("\n---\n", 3) + len("\n---\n")
    fil.write_text(kod + text[slut:], encoding="utf-8")


GOR = {"lagg-sist": _lagg_sist, "ersatt-post": _ersatt_post, "sidhuvud": _sidhuvud}


def _make_check(kopia: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["make", "-s", "-o", ".venv/.installerad", "check"], cwd=kopia, capture_output=True, text=True, timeout=600
    )


def test_recepten_ar_markta():
    assert {m["gor"] for m in RECEPT} == {*GOR, "exempel"}
    assert len(RECEPT) >= 6


@pytest.mark.parametrize("recept", [m for m in RECEPT if m["gor"] in GOR], ids=lambda m: _rubrik(m.start()))
def test_receptet_som_det_star(tmp_path, recept):
    kopia = kopiera_repo(tmp_path / "repo")
    (kopia / ".venv").symlink_to(ROT / ".venv")
    if recept["arg"] == "ny-termin":  # the recipe says: first the new term, as its own recipe says
        _ny_termin(kopia / "data")
    GOR[recept["gor"]](kopia / recept["fil"], recept["kod"], recept["arg"])
    resultat = _make_check(kopia)
    assert resultat.returncode == 0, f"receptet {_rubrik(recept.start())!r} följt som det står:\n{resultat.stderr}"
    assert "Allt ser bra ut." in resultat.stdout
    # make check registers the new addresses; the register test of make test then holds too.
    if "nya adresser" in resultat.stdout:
        assert "lankar/publicerade-adresser.txt" in resultat.stdout and "Ta med den filen" in resultat.stdout


@pytest.mark.parametrize("recept", [m for m in RECEPT if m["gor"] == "exempel"], ids=lambda m: _rubrik(m.start()))
def test_exemplet_namnger_id_som_finns(recept):
    hb = las_handbok(ROT / "data")
    del_ = yaml.safe_load(recept["kod"])
    steg = {s.id for s in hb.checklista.steg}
    kontakter = {k.id for k in hb.kontakter.kontakter}
    assert {u["steg"] for u in del_["uppgifter"]} <= steg
    assert set(del_["fraga"]) <= kontakter


def test_ny_termin_som_den_star(tmp_path):
    kopia = kopiera_repo(tmp_path / "repo")
    (kopia / ".venv").symlink_to(ROT / ".venv")
    _ny_termin(kopia / "data")
    resultat = _make_check(kopia)
    assert resultat.returncode == 0, resultat.stderr


def test_en_skola_under_rapportens_termin_stoppas_pa_svenska(tmp_path):
    """Followed without its first step, the school recipe changes the report's term: make check says so."""
    kopia = kopiera_repo(tmp_path / "repo")
    (kopia / ".venv").symlink_to(ROT / ".venv")
    skola = next(m for m in RECEPT if m["fil"] == "data/skolor.yml")
    _lagg_sist(kopia / "data" / "skolor.yml", skola["kod"].replace("vt2021:", "ht2020:"), None)
    resultat = _make_check(kopia)
    assert resultat.returncode != 0 and "Traceback" not in resultat.stderr
    assert "(Exempelskolan).omfattning.ht2020: hösten 2020 är rapportens termin" in resultat.stderr
    assert "lägg en ny skola under en ny termin" in resultat.stderr


def _ny_termin(data: Path) -> None:
    """The recipe in prose: a period vt2021 made current, and vt2021 under every school and profession."""
    perioder = (data / "perioder.yml").read_text(encoding="utf-8")
    if "  - id: vt2021\n" in perioder:  # the recipe has been followed: the data has its new term already
        return
    perioder = perioder.replace("aktuell: ht2020", "aktuell: vt2021")
    perioder += "  - id: vt2021\n    namn: våren 2021\n    kalla: Samma som hösten 2020\n"
    (data / "perioder.yml").write_text(perioder, encoding="utf-8")
    skolor = (data / "skolor.yml").read_text(encoding="utf-8")
    skolor = re.sub(r"(?m)^      ht2020:\n((?:        .*\n)+)", lambda m: m[0] + "      vt2021:\n" + m[1], skolor)
    (data / "skolor.yml").write_text(skolor, encoding="utf-8")
    roller = (data / "yrkesroller.yml").read_text(encoding="utf-8")
    roller = re.sub(r"antal: \{ht2020: (\d+)\}", r"antal: {ht2020: \1, vt2021: \1}", roller)
    (data / "yrkesroller.yml").write_text(roller, encoding="utf-8")
