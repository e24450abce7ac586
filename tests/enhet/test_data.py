"""The real data validates, the totals match the report, and the generated schemas are current."""

from __future__ import annotations

import json

import pytest
from hjalp import ROT

from macros.laddning.las import las_handbok
from macros.laddning.models import FILER
from macros.laddning.scheman import KATALOG, schema_text
from macros.lagesrapport import siffror


@pytest.fixture(scope="module")
def hb():
    return las_handbok(ROT / "data")


def test_totalerna_stammer_med_rapporten(hb):
    s = siffror(hb)
    assert (s.skolor, s.klasser, s.stadsdelar, s.skolpersonal, s.stadsdelspersonal) == (26, 140, 9, 349, 30)
    assert s.skolor_utan_antal == ("Trollbodaskolan",)
    assert s.skolor_startar_senare == (("Matteusskolan", 2021), ("Observatorielundens skola", 2021))


def test_ingen_skola_har_en_gissad_stadsdel(hb):
    assert all(skola.stadsdel is None for skola in hb.skolor.skolor)


def test_inga_pahittade_kontaktuppgifter(hb):
    assert all(k.epost is None and k.telefon is None for k in hb.kontakter.kontakter)


@pytest.mark.parametrize("namn", FILER)
def test_datafilen_pekar_pa_sitt_schema(namn):
    forsta = (ROT / "data" / f"{namn}.yml").read_text(encoding="utf-8").splitlines()[0]
    assert forsta == f"# yaml-language-server: $schema=../schemas/{namn}.schema.json"


@pytest.mark.parametrize("namn", FILER)
def test_schemat_ar_aktuellt(namn):
    fil = KATALOG / f"{namn}.schema.json"
    assert fil.read_text(encoding="utf-8") == schema_text(namn), (
        f"schemas/{namn}.schema.json är inaktuellt – kör: .venv/bin/python -m macros scheman"
    )
    assert json.loads(fil.read_text(encoding="utf-8"))["additionalProperties"] is False
