"""The search help built with the site (macros/efterbehandling/sok.py): the index's own vocabulary, the
glossary's search words as synonyms, and page text that keeps table cells apart. No browser."""

from __future__ import annotations

import gzip
import json

from macros.efterbehandling.sok import las_fragment, ordforrad, skilj_block, synonymer
from macros.laddning.models import Term

SKOLKURATOR = Term(id="k", term="skolkurator", forkortning=None, forklaring="x", sokord=["kurator", "Skolkurator"])
SKOLLEDNING = Term(id="s", term="skolledning", forkortning=None, forklaring="x", sokord=["rektor", "kurator"])


def test_ordforradet_raknar_ord_och_delar_av_ord_med_bindestreck():
    ord_ = ordforrad(["Hela-skolan-ansats. Håll tryggbassamtal.", "tryggbassamtal (AT)."])
    assert ord_["tryggbassamtal"] == 2
    assert ord_["hela-skolan-ansats"] == 1 and ord_["skolan"] == 1
    assert ord_["at"] == 1 and "." not in "".join(ord_)
    assert list(ord_)[0] == "tryggbassamtal", "det vanligaste ordet först"


def test_sokord_pekar_pa_sina_termer_men_aldrig_pa_sig_sjalva():
    assert synonymer([SKOLKURATOR, SKOLLEDNING]) == {
        "kurator": ["skolkurator", "skolledning"],
        "rektor": ["skolledning"],
    }


def test_tabellceller_och_definitioner_hamnar_inte_ihop():
    html = "<tr><th>Namn</th><td>MVP</td></tr><tr><td>a</td></tr><dl><dt>Vem</dt><dd>alla</dd></dl>"
    ut = skilj_block(html)
    assert "</th>\n<td>" in ut and "</tr>\n<tr>" in ut and "</dt>\n<dd>" in ut
    assert skilj_block("<p><a>MVP</a><strong>AT</strong></p>") == "<p><a>MVP</a><strong>AT</strong></p>"


def test_pagefinds_fragment_las_med_och_utan_gzip(tmp_path):
    data = b"pagefind_dcd" + json.dumps({"url": "/x/", "content": "Håll tryggbassamtal."}).encode()
    (tmp_path / "a.pf_fragment").write_bytes(gzip.compress(data))
    (tmp_path / "b.pf_fragment").write_bytes(data)
    assert las_fragment(tmp_path / "a.pf_fragment") == "Håll tryggbassamtal."
    assert las_fragment(tmp_path / "b.pf_fragment") == "Håll tryggbassamtal."


def test_sokhjalpen_ligger_bredvid_indexet(site):
    data = json.loads((site / "pagefind" / "hb-sok.json").read_text(encoding="utf-8"))
    assert "skolledning" in data["sokord"]["rektor"]
    assert "vårdnadshavare" in data["sokord"]["föräldrar"]
    assert data["ord"]["tryggbassamtal"] > 1
    # Only what Pagefind indexed: the menu, the footer and the ignored checklist are not in it.
    assert not {"töm", "föregående", "innehållet"} & set(data["ord"])


def test_inga_dolda_sokord_och_inga_dolda_forklaringar_i_indexet(sida):
    forberedelser = sida("forberedelser/")
    assert not forberedelser.select("[data-pagefind-body] [data-sok]")
    forklaringar = sida("genomforande/").select("[data-pagefind-body] abbr .hb-dold")
    assert forklaringar and all(f.has_attr("data-pagefind-ignore") for f in forklaringar)


def test_ordlistan_och_skolornas_programrader_vager_mindre(sida):
    ordlista = sida("ordlista/").select_one("[data-pagefind-body] > [data-pagefind-weight]")
    assert 0.1 < float(ordlista["data-pagefind-weight"]) < 1 and ordlista["data-pagefind-meta"] == "typ:uppslag"
    skola = sida("skolor/rinkebyskolan/")
    program = skola.find("dt", string="Program").find_next_sibling("dd")
    assert float(program["data-pagefind-weight"]) < 1
    assert not skola.select_one("h1").has_attr("data-pagefind-weight"), "skolans namn väger fullt"
