"""The startup kit's data files: every mistake an editor can make in checklista.yml, roller.yml, mallar.yml
and planerare.yml stops the build with one exact Swedish line and no site; and the real checklist covers
every preparation, implementation and follow-up point of the report."""

from __future__ import annotations

import pytest
from hjalp import ROT, Fall, bygg_och_las_fel, forbered, forklaras_i_contributing, loaderns_fel

from macros.laddning.las import las_handbok

HB = las_handbok(ROT / "data")

FORANKRA = (
    "    fas: fore-beslut\n    ansvariga: [skolledning]\n    program: [mvp, at]\n    avsnitt: forberedelser.md#forankra"
)

FALL = [
    Fall(
        "okand-roll",
        "checklista.yml",
        (FORANKRA, FORANKRA.replace("[skolledning]", "[rektor]")),
        "data/checklista.yml:{rad+1}:17: steg[0] (Förankra arbetet på skolan och i området).ansvariga[0]: 'rektor' finns inte i roller.yml – använd ett av: "
        "all-personal, koordinator, skolledning, team",
    ),
    Fall(
        "okand-fas",
        "checklista.yml",
        (FORANKRA, FORANKRA.replace("fas: fore-beslut", "fas: innan")),
        "data/checklista.yml:{rad}:10: steg[0] (Förankra arbetet på skolan och i området).fas: 'innan' finns inte i faser – använd ett av: fore-beslut, "
        "fore-forsta-lektionen, schema, team, under-aret, uppfoljning, utbildning",
    ),
    Fall(
        "okant-program",
        "checklista.yml",
        (
            "    program: [at]\n    avsnitt: genomforande.md#at-arskurs",
            "    program: [at, ku]\n    avsnitt: genomforande.md#at-arskurs",
        ),
        "data/checklista.yml:{rad}:19: steg[19] (Välj årskurs för AT).program[1]: 'ku' finns inte i program.yml – använd ett av: at, mvp",
    ),
    Fall(
        "avsnitt-saknas",
        "checklista.yml",
        ("avsnitt: forberedelser.md#forankra", "avsnitt: forberedelser.md#forankring"),
        "data/checklista.yml:{rad}:14: steg[0] (Förankra arbetet på skolan och i området).avsnitt: 'forberedelser.md#forankring' pekar på ett avsnitt som inte "
        "finns – skriv sidans fil i docs/ och ett rubrik-id som står i den, till exempel forberedelser.md#forankra",
    ),
    Fall(
        "sida-saknas",
        "roller.yml",
        ("avsnitt: forberedelser.md#koordinator", "avsnitt: koordinator.md#koordinator"),
        "data/roller.yml:{rad}:14: roller[1] (Koordinatorn).avsnitt: 'koordinator.md#koordinator' pekar på ett avsnitt som inte finns – "
        "skriv sidans fil i docs/ och ett rubrik-id som står i den, till exempel forberedelser.md#forankra",
    ),
    Fall(
        "avsnitt-fel-form",
        "checklista.yml",
        ("avsnitt: forberedelser.md#forankra", "avsnitt: forberedelser#forankra"),
        "data/checklista.yml:{rad}:14: steg[0] (Förankra arbetet på skolan och i området).avsnitt: måste vara en länk till en sida och ett avsnitt, till exempel "
        "forberedelser.md#forankra (fick 'forberedelser#forankra')",
    ),
    Fall(
        "okant-moment",
        "checklista.yml",
        ("    moment: kunskapshalvdag", "    moment: halvdag"),
        "data/checklista.yml:{rad}:13: steg[8] (Ge all personal en kunskapshalvdag).moment: 'halvdag' finns inte i utbildning.yml – använd ett av: "
        "grundutbildning, kunskapshalvdag, teorimanual, uppstart-och-booster, utvardering",
    ),
    Fall(
        "okand-mall",
        "checklista.yml",
        ("    mall: lektionsplanering", "    mall: planering"),
        "data/checklista.yml:{rad}:11: steg[12] (Avsätt planeringstid för varje ledarpar eller ledargrupp).mall: 'planering' finns inte i mallar.yml – använd ett av: "
        "brev-till-vardnadshavare, lektionsplanering, reflektion, tryggbassamtal-protokoll",
    ),
    Fall(
        "okant-planerarvarde",
        "checklista.yml",
        ("    planerare: veckor", "    planerare: terminer"),
        "data/checklista.yml:{rad}:16: steg[17] (Bestäm hur ofta ni har lektionerna).planerare: måste vara ett av 'arbetssatt', 'lektioner', 'ledare', "
        "'planeringstid', 'veckor' eller 'utbildning' (fick 'terminer')",
    ),
    Fall(
        "saknad-titel",
        "checklista.yml",
        ("    titel: Förankra arbetet på skolan och i området\n", ""),
        "data/checklista.yml:{rad-1}:5: steg[0] (forankra).titel: fältet 'titel' saknas – lägg till det",
    ),
    Fall(
        "dubblett-steg",
        "checklista.yml",
        ("  - id: ledningens-stod", "  - id: forankra"),
        "data/checklista.yml:{rad}:9: steg[1] (Se till att ledningen stöder arbetet).id: id 'forankra' finns redan i steg[0] – varje id måste vara unikt",
    ),
    Fall(
        "okand-yrkesroll",
        "roller.yml",
        (
            "    yrkesroller: [skolkurator, larare-mentor, socialpedagog]",
            "    yrkesroller: [kurator, larare-mentor, socialpedagog]",
        ),
        "data/roller.yml:{rad}:19: roller[1] (Koordinatorn).yrkesroller[0]: 'kurator' finns inte i yrkesroller.yml – använd ett av: "
        "annan-skolpersonal, annan-stadsdelspersonal, barnskotare-elevassistent, faltassistent, "
        "fritidsledare-fritidsgard, fritidsledare-skola, fritidspedagog, larare-mentor, polis, skolkurator, "
        "skolpsykolog, skolskoterska, socialpedagog, socialsekreterare",
    ),
    Fall(
        "del-med-tva-falt",
        "mallar.yml",
        ("      - fakta: program\n", "      - fakta: program\n        text: Hej\n"),
        "data/mallar.yml:{rad}:9: mallar[0] (Brev till vårdnadshavare).innehall[3]: varje del ska ha precis ett av fälten rubrik, text, punkter, "
        "falt, tabell eller fakta",
    ),
    Fall(
        "platshallare-ej-stangd",
        "mallar.yml",
        ('      - text: "[[Namn]]"', '      - text: "[[Namn]"'),
        "data/mallar.yml:{rad}:15: mallar[0] (Brev till vårdnadshavare).innehall[18].text: en platshållare är inte stängd – skriv den som "
        "[[skolans namn]] (fick '[[Namn]')",
    ),
    Fall(
        "fakta-program-utan-program",
        "mallar.yml",
        ("      - fakta: tryggbassamtal", "      - fakta: program"),
        "data/mallar.yml:{rad}:16: mallar[1] (Protokoll för tryggbassamtal).innehall[3].fakta: fakta: program kräver att mallen gäller ett program – "
        "skriv till exempel program: [mvp, at] i mallen, eller ta bort delen",
    ),
    Fall(
        "roll-fragar-sig-sjalv",
        "roller.yml",
        (
            "    fraga: [skolledningen, stadsdelsforvaltningen, stadens-samordning, utbildningsforvaltningen]",
            "    fraga: [skolledningen, skolans-koordinator, stadens-samordning, utbildningsforvaltningen]",
        ),
        "data/roller.yml:{rad}:28: roller[1] (Koordinatorn).fraga[1]: 'skolans-koordinator' är rollen själv – en roll frågar aldrig sig "
        "själv, välj en annan kontakt",
    ),
    Fall(
        "for-fa-uppgifter",
        "roller.yml",
        (
            "      - steg: samverkan\n        text: Planera med skolan hur ni ska samverka. Rapporten råder skolan att "
            "ta kontakt med er.\n",
            "",
        ),
        "data/roller.yml:{rad}:7: yrken[11].uppgifter: måste ha minst 3 poster",
    ),
    Fall(
        "okant-steg-i-uppgift",
        "roller.yml",
        ("      - steg: organisera", "      - steg: organisering"),
        "data/roller.yml:{rad}:15: roller[0] (Rektor och skolledning).uppgifter[1].steg: 'organisering' finns inte i checklista.yml – använd ett "
        "av: " + ", ".join(sorted(s.id for s in HB.checklista.steg)),  # the steps in the data, a new one too
    ),
    Fall(
        "del-for-okant-program",
        "mallar.yml",
        (
            "        program: [at]\n      - rubrik: Före första lektionen",
            "        program: [ku]\n      - rubrik: Före första lektionen",
        ),
        "data/mallar.yml:{rad}:19: mallar[0] (Brev till vårdnadshavare).innehall[8].program[0]: 'ku' finns inte i mallens program – använd ett av: "
        "at, mvp",
    ),
    Fall(
        "exempel-ledare",
        "planerare.yml",
        ("  ledare_per_grupp: 2", "  ledare_per_grupp: 4"),
        "data/planerare.yml:{rad}:21: exempel.ledare_per_grupp: måste vara mellan 2 och 3 – minsta och rekommenderade "
        "antalet ledare i utbildning.yml (fick 4)",
    ),
    Fall(
        "exempel-arbetssatt",
        "planerare.yml",
        ("  arbetssatt: hela-skolan-ansats", "  arbetssatt: arskursteam"),
        "data/planerare.yml:{rad}:15: exempel.arbetssatt: 'arskursteam' finns inte i arbetssatt – använd ett av: "
        "expertteam, hela-skolan-ansats",
    ),
    Fall(
        "exempel-klasser-noll",
        "planerare.yml",
        ("  klasser: 4", "  klasser: 0"),
        "data/planerare.yml:{rad}:12: exempel.klasser: måste vara minst 1 (fick 0)",
    ),
]


@pytest.mark.parametrize("fall", FALL, ids=[f.namn for f in FALL])
def test_fel_i_startpaketets_data_ger_exakt_meddelande(tmp_path, fall):
    assert loaderns_fel(forbered(tmp_path, fall)) == [fall.meddelande]


def test_fel_i_startpaketets_data_stoppar_bygget(tmp_path):
    rader, site = bygg_och_las_fel(tmp_path, forbered(tmp_path, FALL[0]))
    assert rader == [FALL[0].meddelande]
    assert not site.exists(), "ingen del av webbplatsen får skrivas när data är fel"


@pytest.mark.parametrize("fall", FALL, ids=[f.namn for f in FALL])
def test_varje_meddelande_forklaras_i_contributing(fall):
    meddelande = fall.meddelande.split(": ", 2)[2]
    assert forklaras_i_contributing(meddelande), f"lägg till en rad för {meddelande!r} i CONTRIBUTING.md"


@pytest.fixture(scope="module")
def hb():
    return las_handbok(ROT / "data")


# Every bullet of the report's Förberedelser, Genomförande and Uppföljning (pp. 10–18), as the section of the
# handbook that gives it. The checklist must lead to each of them from at least one step.
RAPPORTENS_PUNKTER = {
    # Förberedelser
    "forberedelser.md#forankra",
    "forberedelser.md#ledningens-stod",
    "forberedelser.md#mvp-team",
    "forberedelser.md#samverkan",
    "forberedelser.md#koordinator",
    "forberedelser.md#stodmaterial",
    "forberedelser.md#utbildning",
    "forberedelser.md#lektionstid",
    "forberedelser.md#arbetstider",
    "forberedelser.md#planeringstid",
    "forberedelser.md#kunskapshalvdag",
    "forberedelser.md#organisera",
    "programmen.md#grundutbildning-kravs",
    # Genomförande
    "genomforande.md#manualens-ordning",
    "genomforande.md#informera-vardnadshavare",
    "genomforande.md#fore-forsta-lektionen",
    "genomforande.md#schemalagd-tid",
    "genomforande.md#stalltid",
    "genomforande.md#tre-personal",
    "genomforande.md#intervall",
    "genomforande.md#nar-starta",
    "genomforande.md#at-arskurs",
    "genomforande.md#justera-under-aret",
    "genomforande.md#utbyte-mellan-skolor",
    "genomforande.md#ledningens-engagemang",
    # Uppföljning
    "uppfoljning.md#nollbasmatning",
    "uppfoljning.md#effektmatning",
    "uppfoljning.md#tolka-resultatet",
    "uppfoljning.md#tryggbassamtal",
    "uppfoljning.md#fokusgrupper",
    "uppfoljning.md#skolverkets-utvardering",
    "uppfoljning.md#skr-utvardering",
}


def test_varje_punkt_i_rapporten_har_ett_steg(hb):
    lankade = {lank for s in hb.checklista.steg for lank in [s.avsnitt, *s.se_aven]}
    assert RAPPORTENS_PUNKTER - lankade == set()


def test_tackningskontrollen_kan_sla_larm(hb):
    """The negative control: without the steps for follow-up, the follow-up points are missing."""
    lankade = {lank for s in hb.checklista.steg if s.fas != "uppfoljning" for lank in [s.avsnitt, *s.se_aven]}
    assert {"uppfoljning.md#effektmatning", "uppfoljning.md#skr-utvardering"} <= RAPPORTENS_PUNKTER - lankade


def test_varje_fas_och_roll_anvands(hb):
    assert {s.fas for s in hb.checklista.steg} == {f.id for f in hb.checklista.faser}
    assert {r for s in hb.checklista.steg for r in s.ansvariga} == {r.id for r in hb.roller.roller}


def test_programmens_egna_steg(hb):
    bara = {p: {s.id for s in hb.checklista.steg if s.program == [p]} for p in ("mvp", "at")}
    assert bara == {
        "mvp": {"nar-starta", "nollbasmatning", "effektmatning", "tolka-resultatet"},
        "at": {"at-arskurs", "tryggbassamtal"},
    }
