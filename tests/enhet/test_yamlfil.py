"""The YAML reader: plain values, positions, and the YAML 1.1 traps."""

from __future__ import annotations

import pytest

from macros.laddning.yamlfil import las_yamlfil, visa_sokvag


def _las(tmp_path, text):
    fil = tmp_path / "x.yml"
    fil.write_text(text, encoding="utf-8")
    return las_yamlfil(fil, "x.yml")


def test_varden_och_platser(tmp_path):
    fil = _las(tmp_path, "a:\n  - b: 12\n    c: 'no'\n    d: 1.5\n    e: null\n    f: true\n")
    assert fil.fel == []
    assert fil.varde == {"a": [{"b": 12, "c": "no", "d": 1.5, "e": None, "f": True}]}
    assert fil.platser[("a", 0, "b")] == (2, 8)
    assert fil.nyckelplatser[("a", 0, "c")] == (3, 5)


@pytest.mark.parametrize("text", ["a: yes", "a: No", "a: off", "a: 0701234567", "a: 8:30", "a: 010"])
def test_yaml11_fallor_ar_fel(tmp_path, text):
    fil = _las(tmp_path, text + "\n")
    assert len(fil.fel) == 1 and fil.fel[0].sokvag == "a"


@pytest.mark.parametrize("text", ['a: "no"', "a: '0701234567'", 'a: "8:30"', "a: 0", "a: 10"])
def test_citerade_och_vanliga_varden_ar_ok(tmp_path, text):
    assert _las(tmp_path, text + "\n").fel == []


def test_sokvag_visas_som_redaktoren_ser_den():
    assert visa_sokvag(("skolor", 3, "omfattning", "ht2020", "klasser")) == "skolor[3].omfattning.ht2020.klasser"
    assert visa_sokvag(()) == "(hela filen)"
    data = {"skolor": [{"id": "a"}, {"id": "b", "namn": "Rinkebyskolan"}]}
    assert visa_sokvag(("skolor", 1, "klasser"), data) == "skolor[1] (Rinkebyskolan).klasser"
    assert visa_sokvag(("skolor", 0, "klasser"), data) == "skolor[0] (a).klasser"


def test_radbruten_text_blir_vanlig_text(tmp_path):
    # A reader that marks folds (ruamel's round-trip mode uses \a) showed boxes on the page.
    assert _las(tmp_path, "a: >-\n  hej\n  du\n").varde == {"a": "hej du"}
