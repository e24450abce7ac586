"""Bad input: every mistake an editor can make stops the build with one exact Swedish line
(file:line:column: path: message), and no site is written."""

from __future__ import annotations

import shutil

import pytest
from hjalp import ROT, Fall, bygg_och_las_fel, forbered, forklaras_i_contributing, kopiera_repo, loaderns_fel, rad_i

from macros.laddning.las import las_handbok
from macros.laddning.meddelanden import MALLAR
from macros.laddning.models import FILER

FALL = [
    Fall(
        "yaml-syntaxfel",
        "skolor.yml",
        ("    namn: Alviksskolan", "    namn: [Alviksskolan"),
        "data/skolor.yml:{rad+1}:13: (syntax): felaktig YAML – kontrollera indrag, kolon, hakparenteser och "
        "citattecken på den här raden eller raden före (YAML-läsaren säger: did not find expected ',' or ']')",
    ),
    Fall(
        "tabb-i-indrag",
        "skolor.yml",
        ("    namn: Alviksskolan", "\tnamn: Alviksskolan"),
        "data/skolor.yml:{rad}:1: (indrag): tabbtecken i indraget – använd mellanslag (två per nivå)",
    ),
    Fall(
        "fel-typ",
        "skolor.yml",
        ("        klasser: 14", "        klasser: tolv"),
        "data/skolor.yml:{rad}:18: skolor[1] (Alviksskolan).omfattning.ht2020.klasser: måste vara ett heltal ≥ 0 eller texten "
        "\"ej inkommet\" (fick 'tolv')",
    ),
    Fall(
        "tal-inom-citattecken",
        "skolor.yml",
        ("        klasser: 14", '        klasser: "14"'),
        "data/skolor.yml:{rad}:18: skolor[1] (Alviksskolan).omfattning.ht2020.klasser: måste vara ett heltal ≥ 0 eller texten "
        "\"ej inkommet\" (fick '14')",
    ),
    Fall(
        "negativt-antal",
        "yrkesroller.yml",
        ("{ht2020: 31", "{ht2020: -31"),
        "data/yrkesroller.yml:{rad}:21: yrkesroller[0] (Barnskötare/elevassistenter).antal.ht2020: måste vara minst 0 (fick -31)",
    ),
    Fall(
        "saknat-falt",
        "skolor.yml",
        ("    namn: Grimtaskolan\n", ""),
        "data/skolor.yml:{rad-1}:5: skolor[3] (grimtaskolan).namn: fältet 'namn' saknas – lägg till det",
    ),
    Fall(
        "okant-falt",
        "skolor.yml",
        ("    namn: Grimtaskolan\n", "    namn: Grimtaskolan\n    kommentarer: x\n"),
        "data/skolor.yml:{rad+1}:5: skolor[3] (Grimtaskolan).kommentarer: okänt fält 'kommentarer' – ta bort det eller rätta stavningen",
    ),
    Fall(
        "dubblett-id",
        "skolor.yml",
        ("  - id: alviksskolan", "  - id: akalla-grundskola"),
        "data/skolor.yml:{rad}:9: skolor[1] (Alviksskolan).id: id 'akalla-grundskola' finns redan i skolor[0] – varje id måste "
        "vara unikt",
    ),
    Fall(
        "okand-referens",
        "skolor.yml",
        (
            "    stadsdel: null\n    omfattning:\n      ht2020:\n        program: [mvp]\n        klasser: 2\n",
            "    stadsdel: atlantis\n    omfattning:\n      ht2020:\n        program: [mvp]\n        klasser: 2\n",
        ),
        "data/skolor.yml:{rad}:15: skolor[0] (Akalla grundskola).stadsdel: 'atlantis' finns inte i stadsdelar.yml – använd ett av: "
        "bromma, enskede-arsta-vantor, hagersten-alvsjo, hasselby-vallingby, kungsholmen, norrmalm, "
        "rinkeby-kista, skarpnack, sodermalm",
    ),
    Fall(
        "okant-program",
        "skolor.yml",
        ("        program: [mvp, at]\n        klasser: 14", "        program: [mvp, xyz]\n        klasser: 14"),
        "data/skolor.yml:{rad}:24: skolor[1] (Alviksskolan).omfattning.ht2020.program[1]: 'xyz' finns inte i program.yml – använd "
        "ett av: at, mvp",
    ),
    Fall(
        "okand-period",
        "yrkesroller.yml",
        ("{ht2020: 31", "{vt2031: 31"),
        "data/yrkesroller.yml:{rad}:21: yrkesroller[0] (Barnskötare/elevassistenter).antal.vt2031: 'vt2031' finns inte i perioder.yml – använd "
        "ett av: " + ", ".join(sorted(p.id for p in las_handbok(ROT / "data").perioder.perioder)),
    ),
    Fall(
        "felaktig-epost",
        "kontakter.yml",
        ("    epost: null", "    epost: mvp.stockholm.se"),
        'data/kontakter.yml:{rad}:12: kontakter[0] (Stadens samordning av våldsprevention).epost: är ingen giltig e-postadress, t.ex. "mvp@stockholm.se" '
        "(fick 'mvp.stockholm.se')",
    ),
    Fall(
        "epost-fel-doman",
        "kontakter.yml",
        ("    epost: null", "    epost: mvp@gmail.com"),
        "data/kontakter.yml:{rad}:12: kontakter[0] (Stadens samordning av våldsprevention).epost: 'mvp@gmail.com' har en domän som inte är tillåten – "
        "använd en adress som slutar på @stockholm.se",
    ),
    Fall(
        "oquoterat-no",
        "stadsdelar.yml",
        ("    fritidsverksamhet: null", "    fritidsverksamhet: no"),
        "data/stadsdelar.yml:{rad}:24: stadsdelar[0] (Bromma stadsdelsförvaltning).fritidsverksamhet: 'no' är tvetydigt (läses som ja/nej i vissa "
        'program) – skriv true eller false, eller "no" inom citattecken om du menar texten',
    ),
    Fall(
        "telefon-med-nolla",
        "kontakter.yml",
        ("    telefon: null", "    telefon: 0812345678"),
        "data/kontakter.yml:{rad}:14: kontakter[0] (Stadens samordning av våldsprevention).telefon: 0812345678 börjar med 0 och kan läsas som ett annat tal – "
        'skriv "0812345678" inom citattecken (telefonnummer är alltid text)',
    ),
    Fall(
        "klockslag",
        "program.yml",
        ("    antal_lektioner: 14", "    antal_lektioner: 8:30"),
        "data/program.yml:{rad}:22: program[0] (Mentorer i våldsprevention).antal_lektioner: 8:30 kan läsas som ett tal i sextiosystemet – skriv "
        '"8:30" inom citattecken',
    ),
    Fall(
        "dubbel-nyckel",
        "program.yml",
        ("    antal_lektioner: 14", "    antal_lektioner: 14\n    antal_lektioner: 15"),
        "data/program.yml:{rad+1}:5: program[0] (Mentorer i våldsprevention).antal_lektioner: nyckeln 'antal_lektioner' finns två gånger – ta bort "
        "eller byt namn på den ena",
    ),
    Fall(
        "tom-fil",
        "stodmaterial.yml",
        None,
        "data/stodmaterial.yml:1:1: (hela filen): filen är tom – den ska innehålla data, se CONTRIBUTING.md",
        ny_text="# yaml-language-server: $schema=../schemas/stodmaterial.schema.json\n",
    ),
    Fall(
        "fel-form-overst",
        "stodmaterial.yml",
        None,
        "data/stodmaterial.yml:1:1: (hela filen): filen ska börja med utgivare: (en samling fält), inte en lista "
        "eller en text",
        ny_text="- MVP stöd – Handledning\n",
    ),
    Fall(
        "ogiltigt-id",
        "skolor.yml",
        ("  - id: akalla-grundskola", "  - id: Akalla grundskola"),
        "data/skolor.yml:{rad}:9: skolor[0] (Akalla grundskola).id: måste vara ett id med små bokstäver a–z, siffror och bindestreck, "
        "t.ex. \"akalla-grundskola\" (fick 'Akalla grundskola')",
    ),
    Fall(
        "bade-dagar-och-timmar",
        "utbildning.yml",
        ("langd: {dagar: 2}", "langd: {dagar: 2, timmar: 3}"),
        "data/utbildning.yml:{rad}:12: moment[2] (Grundutbildning).langd: ange antingen dagar eller timmar, inte båda och inte ingen",
    ),
    Fall(
        "okant-varde",
        "skolor.yml",
        ("    skolform: gymnasieskola", "    skolform: folkhögskola"),
        "data/skolor.yml:{rad}:15: skolor[12] (Kärntorps gymnasium).skolform: måste vara ett av 'grundskola', 'gymnasieskola' eller "
        "'gymnasiesarskola' (fick 'folkhögskola')",
    ),
]


@pytest.mark.parametrize("fall", FALL, ids=[f.namn for f in FALL])
def test_fel_ger_exakt_meddelande(tmp_path, fall):
    assert loaderns_fel(forbered(tmp_path, fall)) == [fall.meddelande]


@pytest.mark.parametrize("fall", [FALL[0], FALL[2], FALL[8]], ids=lambda f: f.namn)
def test_fel_stoppar_bygget(tmp_path, fall):
    """A few of the cases through the whole build: the same line, no traceback, nothing written."""
    rader, site = bygg_och_las_fel(tmp_path, forbered(tmp_path, fall))
    assert rader == [fall.meddelande]
    assert not site.exists(), "ingen del av webbplatsen får skrivas när data är fel"


def test_saknad_datafil(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROT / "data", data)
    (data / "ordlista.yml").unlink()
    assert loaderns_fel(data) == ["data/ordlista.yml:1:1: (hela filen): filen saknas – återställ den från huvudgrenen"]


def test_okand_datafil(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROT / "data", data)
    (data / "skolor2.yml").write_text("skolor: []\n", encoding="utf-8")
    rader = loaderns_fel(data)
    # The list grows with every data file; the message names them all, in alphabetical order.
    assert rader == [
        "data/skolor2.yml:1:1: (hela filen): okänd datafil – handboken läser bara "
        f"{', '.join(sorted(FILER))}; byt namn eller ta bort den"
    ]
    assert "skolor, stadsdelar" in rader[0]


def test_for_stor_fil(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROT / "data", data)
    with (data / "ordlista.yml").open("a", encoding="utf-8") as f:
        f.write("# " + "x" * 2_100_000 + "\n")
    assert loaderns_fel(data) == [
        "data/ordlista.yml:1:1: (hela filen): filen är större än 2 MB – dela upp den eller ta bort "
        "det som inte hör hemma där"
    ]


def test_alla_fel_visas_pa_en_gang(tmp_path):
    data = forbered(tmp_path, FALL[2])  # klasser: tolv
    text = (data / "kontakter.yml").read_text(encoding="utf-8")
    (data / "kontakter.yml").write_text(
        text.replace("    telefon: null", "    telefon: 0812345678", 1), encoding="utf-8"
    )
    rader = loaderns_fel(data)
    assert len(rader) == 2
    assert rader[0].startswith(f"data/kontakter.yml:{rad_i('kontakter.yml', '    telefon: null')}:14:")
    assert rader[1].startswith(FALL[2].meddelande.split(" ")[0])


def test_sista_fungerande_webbplatsen_finns_kvar(tmp_path):
    """make build writes into a fresh directory and only then swaps, so a failure leaves site/ as it was."""
    import subprocess

    arbete = tmp_path / "repo"
    kopiera_repo(arbete)
    (arbete / "site").mkdir()
    (arbete / "site" / "index.html").write_text("förra versionen", encoding="utf-8")
    (arbete / ".venv").symlink_to(ROT / ".venv")
    skolor = arbete / "data" / "skolor.yml"
    skolor.write_text(skolor.read_text(encoding="utf-8").replace("klasser: 14", "klasser: tolv", 1), encoding="utf-8")
    resultat = subprocess.run(
        ["make", "-s", "-o", ".venv/.installerad", "build"], cwd=arbete, capture_output=True, text=True
    )
    assert resultat.returncode != 0
    assert FALL[2].meddelande in resultat.stderr + resultat.stdout
    assert (arbete / "site" / "index.html").read_text(encoding="utf-8") == "förra versionen"


@pytest.mark.parametrize("fall", FALL, ids=[f.namn for f in FALL])
def test_varje_meddelandeforklaras_i_contributing(fall):
    meddelande = fall.meddelande.split(": ", 2)[2]
    assert forklaras_i_contributing(meddelande), f"lägg till en rad för {meddelande!r} i CONTRIBUTING.md"


@pytest.mark.parametrize("typ", [t for t in MALLAR if t != "value_error"])
def test_varje_pydantic_feltypforklaras_i_contributing(typ):
    # value_error carries our own messages, which the cases above cover.
    text = MALLAR[typ](
        {
            "type": typ,
            "loc": ("x", "falt"),
            "input": 1,
            "msg": "",
            "ctx": {"ge": 0, "gt": 0, "le": 1, "max_length": 1, "expected": "'a'", "pattern": ""},
        }
    )
    assert forklaras_i_contributing(text), f"{typ}: {text!r} saknar en rad i CONTRIBUTING.md"
