"""The startup kit's plain functions, without MkDocs: the planner's arithmetic, the Swedish phrases, links to
sections, the checklist's grouping and numbering, template parts and the Word files."""

from __future__ import annotations

import dataclasses
import io
import time

import docx
import pytest
from docx.enum.text import WD_COLOR_INDEX
from hjalp import ROT, docx_text, mallens_texter

from macros import checklista, planerare
from macros.kalla import avsnitt
from macros.kalla import sida as kalla
from macros.laddning.las import las_handbok
from macros.mallar import dokument, word
from macros.planerare import Indata, berakna
from macros.vy import starttext


@pytest.fixture(scope="module")
def hb():
    return las_handbok(ROT / "data")


def utan_steg(hb, *ids: str):
    """The same handbook with some checklist steps removed."""
    steg = [s for s in hb.checklista.steg if s.id not in ids]
    return dataclasses.replace(hb, checklista=hb.checklista.model_copy(update={"steg": steg}))


# --- the planner: two schools computed by hand ------------------------------------------------------------

# MVP, 6 classes, 3 leaders per group, hela-skolan-ansats, 50 staff of whom 20 are trained to lead lessons.
MVP_SKOLA = Indata(
    program="mvp", klasser=6, ledare_per_grupp=3, arbetssatt="hela-skolan-ansats", personal=50, utbildade=20
)
# AT, 3 classes, 2 leaders per group, expertteam with 2 leader groups, 30 staff of whom 5 are trained.
AT_SKOLA = Indata(
    program="at", klasser=3, ledare_per_grupp=2, arbetssatt="expertteam", personal=30, utbildade=5, ledargrupper=2
)
# The review's school: MVP, 6 classes, 3 leaders per group, expertteam with 3 groups, 25 staff, 12 trained.
MVP_EXPERTTEAM = Indata(
    program="mvp", klasser=6, ledare_per_grupp=3, arbetssatt="expertteam", personal=25, utbildade=12, ledargrupper=3
)
# AT, 2 classes, 2 leaders per group, hela-skolan-ansats, 20 staff of whom 6 are trained.
AT_HELA_SKOLAN = Indata(
    program="at", klasser=2, ledare_per_grupp=2, arbetssatt="hela-skolan-ansats", personal=20, utbildade=6
)


def test_planeraren_for_en_mvp_skola(hb):
    u = berakna(hb, MVP_SKOLA)
    assert u.lektioner == 14  # MVP has 14 lessons
    assert u.lektionstimmar == 84  # 6 classes × 14 lessons × 1 hour
    assert u.veckor == 27  # one lesson every other week: (14 − 1) × 2 + 1
    assert u.ledargrupper == 6  # hela-skolan-ansats: one leader group per class
    assert u.klasser_per_grupp == 1
    assert u.ledare_behovs == 18  # 6 groups × 3 leaders
    assert u.reserv == 2  # 20 trained − 18 needed
    assert u.personaltimmar_lektioner == 252  # 84 lesson hours × 3 leaders
    assert u.planering_per_grupp == 14  # about 1 hour per lesson × 14 lessons
    assert u.planering_grupper == 84  # 6 groups × 14 hours
    assert u.planering_personal == 252  # 84 hours × 3 leaders planning together
    summor = {r.moment.id: (r.personer, r.dagar, r.timmar) for r in u.utbildning}
    assert summor == {
        "kunskapshalvdag": (50, 25, 0),  # all 50 staff × half a day
        "teorimanual": (20, 10, 0),  # 20 trained × half a day
        "grundutbildning": (20, 40, 0),  # 20 × 2 days
        "uppstart-och-booster": (20, 0, 100),  # 20 × about 5 hours
        "utvardering": (20, 0, 40),
    }  # 20 × 2 hours
    assert u.team == (3, 7, True)  # 0.5 + 0.5 + 2 days; 5 + 2 hours, "about" from the 5
    assert u.ovriga == (0.5, 0, False)  # the half day only
    assert u.totalt == (75, 140, True)  # 25 + 10 + 40 days; 100 + 40 hours


def test_planeraren_for_en_at_skola_med_expertteam(hb):
    u = berakna(hb, AT_SKOLA)
    assert u.lektioner == 11  # AT has 11 lessons
    assert u.lektionstimmar == 33  # 3 classes × 11 lessons × 1 hour
    assert u.veckor == 21  # (11 − 1) × 2 + 1
    assert u.ledargrupper == 2  # expertteam: the 2 groups the school chose (≤ 3 classes)
    assert u.klasser_per_grupp == 2  # 3 classes over 2 groups, rounded up
    assert u.ledare_behovs == 4  # 2 groups × 2 leaders
    assert u.reserv == 1  # 5 − 4
    assert u.personaltimmar_lektioner == 66  # 33 × 2
    assert (u.planering_per_grupp, u.planering_grupper, u.planering_personal) == (11, 22, 44)  # 11; 2 × 11; 22 × 2
    assert u.totalt == (27.5, 35, True)  # 30 × 0.5 + 5 × 0.5 + 5 × 2 days; 5 × 5 + 5 × 2 hours


def test_expertteam_ger_reserver_nar_fler_utbildas_an_som_behovs(hb):
    u = berakna(hb, MVP_EXPERTTEAM)
    assert u.lektionstimmar == 84  # 6 classes × 14 lessons × 1 hour
    assert u.ledargrupper == 3  # the school's choice, not 12 trained // 3
    assert u.klasser_per_grupp == 2  # 6 classes over 3 groups
    assert u.ledare_behovs == 9  # 3 groups × 3 leaders
    assert (u.reserv, u.reservlage) == (3, "fler")  # 12 trained − 9 needed
    assert u.personaltimmar_lektioner == 252  # 84 × 3
    assert (u.planering_per_grupp, u.planering_grupper, u.planering_personal) == (14, 42, 126)  # 14; 3 × 14; 42 × 3
    summor = {r.moment.id: (r.personer, r.dagar, r.timmar) for r in u.utbildning}
    assert summor["kunskapshalvdag"] == (25, 12.5, 0)  # 25 staff × half a day
    assert summor["grundutbildning"] == (12, 24, 0)  # 12 trained × 2 days, reserves included
    assert u.totalt == (42.5, 84, True)  # 12.5 + 6 + 24 days; 12 × 5 + 12 × 2 hours
    # Training more people gives more reserves, never more groups (the review's finding 7).
    for utbildade, reserv in ((10, 1), (15, 6), (18, 9)):
        fler = berakna(hb, dataclasses.replace(MVP_EXPERTTEAM, utbildade=utbildade))
        assert (fler.ledargrupper, fler.reserv, fler.planering_grupper) == (3, reserv, 42)


def test_hela_skolan_ansats_for_at(hb):
    u = berakna(hb, AT_HELA_SKOLAN)
    assert (u.lektionstimmar, u.veckor) == (22, 21)  # 2 × 11 × 1; (11 − 1) × 2 + 1
    assert (u.ledargrupper, u.ledare_behovs, u.reserv) == (2, 4, 2)  # one group per class; 2 × 2; 6 − 4
    assert (u.planering_per_grupp, u.planering_grupper, u.planering_personal) == (11, 22, 44)
    # hela-skolan-ansats ignores the number of groups asked for an expertteam
    assert berakna(hb, dataclasses.replace(AT_HELA_SKOLAN, ledargrupper=1)).ledargrupper == 2


def test_ingen_utbildad_sags_i_ord_och_for_fa_saknas(hb):
    ingen = berakna(hb, dataclasses.replace(MVP_EXPERTTEAM, utbildade=0))
    assert (ingen.ledargrupper, ingen.ledare_behovs, ingen.reserv, ingen.reservlage) == (3, 9, -9, "ingen")
    for_fa = berakna(hb, dataclasses.replace(AT_SKOLA, utbildade=1))
    assert (for_fa.ledargrupper, for_fa.ledare_behovs, for_fa.reserv, for_fa.reservlage) == (2, 4, -3, "fattas")
    precis = berakna(hb, dataclasses.replace(AT_SKOLA, utbildade=4))
    assert (precis.reserv, precis.reservlage) == (0, "noll")


def test_expertteam_far_aldrig_fler_ledargrupper_an_klasser(hb):
    u = berakna(hb, dataclasses.replace(AT_SKOLA, ledargrupper=10, utbildade=40))
    assert (u.ledargrupper, u.ledare_behovs, u.reserv) == (3, 6, 34)


def test_planerarens_siffror_kommer_fran_data(hb):
    fakta = planerare.fakta_json(hb)
    assert fakta["program"]["mvp"] == {"kortnamn": "MVP", "lektioner": 14, "lektionslangd": 1}
    assert fakta["planering"] == hb.utbildning.planering.model_dump()
    assert [m["id"] for m in fakta["moment"]] == [m.id for m in hb.utbildning.moment]
    assert fakta["exempel"] == hb.planerare.exempel.model_dump()
    # A changed figure in the data changes the arithmetic: nothing is fixed in code.
    program = [p.model_copy(update={"antal_lektioner": 20}) if p.id == "mvp" else p for p in hb.program.program]
    andrad = dataclasses.replace(hb, program=hb.program.model_copy(update={"program": program}))
    assert berakna(andrad, MVP_SKOLA).lektionstimmar == 120  # 6 × 20 × 1


# --- Swedish phrases --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "dagar,timmar,cirka,text",
    [
        (3, 7, True, "3 dagar och cirka 7 timmar"),
        (0.5, 0, False, "en halvdag"),
        (1, 1, False, "1 dag och 1 timme"),
        (27.5, 35, True, "27,5 dagar och cirka 35 timmar"),
        (0, 40, False, "40 timmar"),
        (0, 0, False, "ingen tid"),
        (1500, 0, False, "1\u00a0500 dagar"),
    ],
)
def test_dagar_och_timmar_raknas_aldrig_om(dagar, timmar, cirka, text):
    assert starttext.dagar_och_timmar(dagar, timmar, cirka) == text


@pytest.mark.parametrize("veckor,text", [(1, "varje vecka"), (2, "varannan vecka"), (3, "var 3:e vecka")])
def test_intervall(veckor, text):
    assert starttext.intervall(veckor) == text


def test_veckor_fran_forsta_till_sista_lektionen():
    assert [starttext.veckor_for(n, 2) for n in (1, 11, 14)] == [1, 21, 27]


# --- links to sections ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lank,url",
    [
        ("forberedelser.md#forankra", "forberedelser/#forankra"),
        ("index.md", ""),
        ("index.md#malen", "#malen"),
        ("starta/index.md", "starta/"),
        ("lagesrapport/index.md", "lagesrapport/"),
        ("starta/planera.md", "starta/planera/"),
        ("lagesrapport/skolor.md", "lagesrapport/skolor/"),
    ],
)
def test_avsnittets_adress(lank, url):
    assert avsnitt.url(lank) == url


def test_avsnitt_finns_bara_med_ett_uttryckligt_rubrik_id(tmp_path):
    (tmp_path / "sida.md").write_text(
        "# Sidan\n\n## Ett avsnitt {#ett}\n\n## Utan id\n\n```md\n## Kod {#kod}\n```\n"
        '### Taggad {#taggad data-roller="polis"}\n',
        encoding="utf-8",
    )
    sidor = kalla.las_docs(tmp_path)
    assert avsnitt.finns(sidor, "sida.md#ett") and avsnitt.finns(sidor, "sida.md")
    assert not avsnitt.finns(sidor, "sida.md#utan-id")
    assert not avsnitt.finns(sidor, "sida.md#kod"), "en rubrik i ett kodblock är ingen rubrik"
    assert not avsnitt.finns(sidor, "annan.md#ett")
    assert avsnitt.rubrik(sidor, "sida.md#ett") == "Ett avsnitt"
    assert avsnitt.rubrik(sidor, "sida.md") == "Sidan"
    assert avsnitt.finns(sidor, "sida.md#taggad") and avsnitt.rubrik(sidor, "sida.md#taggad") == "Taggad"


def test_avsnittets_rubrik_ur_de_riktiga_sidorna():
    assert avsnitt.rubrik(kalla.las_docs(ROT / "docs"), "genomforande.md#stalltid") == "Lägg in ställtid"


# --- the checklist ----------------------------------------------------------------------------------------


def test_stegen_grupperas_per_fas_och_numreras_i_visningsordning(hb):
    faser = checklista.faser(hb)
    assert [f.id for f, _ in faser] == [f.id for f in hb.checklista.faser]
    nummer = [vy.nummer for _, vyer in faser for vy in vyer]
    assert nummer == list(range(1, len(hb.checklista.steg) + 1))
    for fas, vyer in faser:
        assert vyer and all(vy.steg.fas == fas.id for vy in vyer)
    assert faser[0][1][0].steg.id == "forankra" and faser[0][1][0].ankare == "steg-forankra"


def test_en_fas_utan_steg_visas_inte_och_numren_flyttas(hb):
    team = [s.id for s in hb.checklista.steg if s.fas == "team"]
    faser = checklista.faser(utan_steg(hb, *team))
    assert "team" not in [f.id for f, _ in faser]
    assert [vy.nummer for _, vyer in faser for vy in vyer] == list(range(1, len(hb.checklista.steg) - len(team) + 1))


def test_tid_kommer_fran_utbildning_och_program(hb):
    per_id = {vy.steg.id: vy for vy in checklista.alla_steg(hb)}
    assert per_id["kunskapshalvdag"].tid == "en halvdag per person"
    assert per_id["grundutbildning"].tid == "två dagar per person"
    assert per_id["uppstart-och-booster"].tid == "cirka fem timmar per person"
    assert per_id["lektionstid"].tid == "MVP: 14 lektioner på cirka en timme; AT: 11 lektioner på cirka en timme"
    assert per_id["planeringstid"].tid == "cirka en timme per lektion för varje ledarpar eller ledargrupp"
    assert per_id["intervall"].tid == (
        "MVP: 27 veckor med en lektion varannan vecka; AT: 21 veckor med en lektion varannan vecka"
    )
    assert per_id["forankra"].tid is None  # the report gives no time: none is made up


def test_steg_lankar_till_sina_mallar_for_sina_program(hb):
    per_id = {vy.steg.id: vy for vy in checklista.alla_steg(hb)}
    assert [m.url for m in per_id["informera-vardnadshavare"].mallar] == [
        "starta/mallar/brev-till-vardnadshavare-mvp/",
        "starta/mallar/brev-till-vardnadshavare-at/",
    ]
    assert [m.url for m in per_id["tryggbassamtal"].mallar] == ["starta/mallar/tryggbassamtal-protokoll/"]
    assert per_id["forankra"].mallar == ()


def test_planeraren_lankar_till_stegen_och_tappar_ett_borttaget_steg(hb):
    lankar = planerare.steglankar(hb)
    assert "starta/checklista/#steg-intervall" in [lank.url for lank in lankar["lektioner"]]
    assert "starta/checklista/#steg-grundutbildning" in [lank.url for lank in lankar["utbildning"]]
    utan = planerare.steglankar(utan_steg(hb, "intervall", "grundutbildning"))
    alla = [lank.url for del_ in utan.values() for lank in del_]
    assert "starta/checklista/#steg-intervall" not in alla and "starta/checklista/#steg-grundutbildning" not in alla
    assert "starta/checklista/#steg-lektionstid" in alla


# --- templates and Word files -----------------------------------------------------------------------------


def test_platshallare_delas_ut():
    assert dokument.segment("Hej [[namn]], välkommen till [[skolans namn]]!") == (
        dokument.Segment("Hej ", False),
        dokument.Segment("[[namn]]", True),
        dokument.Segment(", välkommen till ", False),
        dokument.Segment("[[skolans namn]]", True),
        dokument.Segment("!", False),
    )
    assert dokument.segment("Ingen platshållare [här].") == (dokument.Segment("Ingen platshållare [här].", False),)


def test_en_mall_per_program_blir_ett_dokument_per_program(hb):
    assert [d.id for d in dokument.dokument(hb)] == [
        "brev-till-vardnadshavare-mvp",
        "brev-till-vardnadshavare-at",
        "tryggbassamtal-protokoll",
        "lektionsplanering",
        "reflektion",
    ]
    brev = dokument.dokument(hb)[0]
    assert (brev.titel, brev.filnamn, brev.url) == (
        "Brev till vårdnadshavare – MVP",
        "brev-till-vardnadshavare-mvp.docx",
        "starta/mallar/brev-till-vardnadshavare-mvp/",
    )


@pytest.mark.parametrize(
    "dok_id",
    [
        "brev-till-vardnadshavare-mvp",
        "brev-till-vardnadshavare-at",
        "tryggbassamtal-protokoll",
        "lektionsplanering",
        "reflektion",
    ],
)
def test_wordfilen_oppnas_och_har_mallens_text(hb, dok_id):
    dok = next(d for d in dokument.dokument(hb) if d.id == dok_id)
    text = docx_text(word.docx_bytes(hb, dok))
    for del_text in mallens_texter(dok):
        assert " ".join(del_text.split()) in text, del_text
    assert docx.Document(io.BytesIO(word.docx_bytes(hb, dok))).core_properties.title == dok.titel


def test_wordfilerna_har_fakta_ur_andra_datafiler(hb):
    dok = {d.id: d for d in dokument.dokument(hb)}
    brev_mvp, brev_at = (
        docx_text(word.docx_bytes(hb, dok[i])) for i in ("brev-till-vardnadshavare-mvp", "brev-till-vardnadshavare-at")
    )
    assert "Mentorer i våldsprevention (MVP). Det har 14 lektioner på cirka en timme." in brev_mvp
    assert "Agera tillsammans (AT). Det har elva lektioner på cirka en timme." in brev_at
    # What varies by school is a placeholder, never a fixed text that can be wrong for the school sending it.
    for brev in (brev_mvp, brev_at):
        assert "[[klass eller årskurs]]" in brev and "årskurs 4" not in brev and "årskurs 7–9" not in brev
    assert "nollbasmätning" not in brev_mvp and "enkät" in brev_mvp and "[[Skriv vad som händer" in brev_mvp
    assert "en och en" in brev_at and "enkät" not in brev_at
    for ord_ in ("genus", "aktiv åskådare", "tryggbassamtal", " à "):
        assert ord_ not in brev_mvp + brev_at, f"{ord_!r}: ett ord som vårdnadshavare inte känner"
    protokoll = docx_text(word.docx_bytes(hb, dok["tryggbassamtal-protokoll"]))
    for nummer, fraga in enumerate(hb.tryggbassamtal.fragor, start=1):
        assert f"Fråga {nummer} – {fraga.rubrik}" in protokoll
        assert " ".join(fraga.exempel.split()) in protokoll
    planering = docx_text(word.docx_bytes(hb, dok["lektionsplanering"]))
    assert "cirka en timme per lektion" in planering and "gärna" not in planering


def test_protokollet_sammanstaller_klassen_i_antal_utan_namn(hb):
    dok = next(d for d in dokument.dokument(hb) if d.id == "tryggbassamtal-protokoll")
    doc = docx.Document(io.BytesIO(word.docx_bytes(hb, dok)))
    text = docx_text(word.docx_bytes(hb, dok))
    etiketter = [r.cells[0].text for t in doc.tables for r in t.rows]
    assert "Elev" not in etiketter and "Elevens svar" not in text, "inga anteckningar per elev"
    assert not [t for t in doc.tables if len(t.columns) > 2], "ingen lista med en rad per elev"
    assert sum(e.startswith("Antal elever") for e in etiketter) >= 4
    assert "säger inte hur ni ska anteckna eller spara elevernas svar" in text
    assert "Följ skolans egna rutiner" in text


def test_platshallarna_star_kvar_och_ar_markerade(hb):
    brev = next(d for d in dokument.dokument(hb) if d.id == "brev-till-vardnadshavare-at")
    doc = docx.Document(io.BytesIO(word.docx_bytes(hb, brev)))
    markerade = [r.text for p in doc.paragraphs for r in p.runs if r.font.highlight_color == WD_COLOR_INDEX.YELLOW]
    assert "[[klass eller årskurs]]" in markerade and "[[Skolans namn]]" in markerade
    assert all(t.startswith("[[") and t.endswith("]]") for t in markerade)


def test_wordfilen_ar_a4_och_pa_svenska(hb):
    doc = docx.Document(io.BytesIO(word.docx_bytes(hb, dokument.dokument(hb)[0])))
    assert round(doc.sections[0].page_width.cm, 1) == 21.0 and round(doc.sections[0].page_height.cm, 1) == 29.7
    assert doc.core_properties.language == "sv-SE"


def test_wordfilen_blir_likadan_vid_varje_bygge(hb, monkeypatch):
    dok = dokument.dokument(hb)[2]
    forsta = word.docx_bytes(hb, dok)
    time.sleep(2.1)  # zip entry times have a two-second resolution
    assert word.docx_bytes(hb, dok) == forsta
    assert docx.Document(io.BytesIO(forsta)).core_properties.created.isoformat().startswith("2020-09-01")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    andra = word.docx_bytes(hb, dok)
    assert andra != forsta and docx.Document(io.BytesIO(andra)).core_properties.created.year == 2023


def test_en_kommentar_i_sidhuvudet_ar_ingen_rubrik():
    """The review recipe shows unused fields as '# ...' comments: the page's title is still its H1."""
    text = "---\nagare: X\n# underlag: lägesrapporten\n---\n\n# Goda exempel\n\n## Underlag {#underlag}\n"
    assert kalla.las_sida(text) == kalla.Sida("Goda exempel", {"underlag": "Underlag"})
