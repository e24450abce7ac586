"""Checks that need more than one record or file: unique ids, references by id, allowed e-mail domains."""

from __future__ import annotations

from collections.abc import Iterable

from ..kalla import avsnitt
from .fel import Fel
from .handbok import Handbok
from .yamlfil import YamlFil


def kontrollera_referenser(hb: Handbok, filer: dict[str, YamlFil]) -> list[Fel]:
    for fil in filer.values():
        fil.fel.clear()
    _unika_id(filer)
    _perioder(hb, filer)
    _skolor(hb, filer["skolor"])
    _kontakter(hb, filer["kontakter"])
    _tillganglighet(hb, filer["tillganglighet"])
    _checklista(hb, filer["checklista"])
    _roller(hb, filer["roller"])
    _mallar(hb, filer["mallar"])
    _planerare(hb, filer["planerare"])
    _omdirigeringar(hb, filer["omdirigeringar"])
    return [fel for fil in filer.values() for fel in fil.fel]


def _unika_id(filer: dict[str, YamlFil]) -> None:
    for fil in filer.values():
        if not isinstance(fil.varde, dict):
            continue
        for lista, poster in fil.varde.items():
            if isinstance(poster, list):
                _dubbletter(fil, lista, poster)


def _dubbletter(fil: YamlFil, lista: str, poster: list) -> None:
    sedda: dict[str, int] = {}
    for i, post in enumerate(poster):
        if not isinstance(post, dict) or "id" not in post:
            continue
        if post["id"] in sedda:
            fil.nytt_fel(
                (lista, i, "id"),
                f"id {post['id']!r} finns redan i {lista}[{sedda[post['id']]}] – varje id måste vara unikt",
            )
        sedda.setdefault(post["id"], i)


def _saknas(fil: YamlFil, sokvag: tuple, varde: str, kalla: str, giltiga: Iterable[str]) -> None:
    fil.nytt_fel(sokvag, f"{varde!r} finns inte i {kalla} – använd ett av: {', '.join(sorted(giltiga))}")


def _perioder(hb: Handbok, filer: dict[str, YamlFil]) -> None:
    giltiga = {p.id for p in hb.perioder.perioder}
    if hb.perioder.aktuell not in giltiga:
        _saknas(filer["perioder"], ("aktuell",), hb.perioder.aktuell, "perioder", giltiga)
    for i, skola in enumerate(hb.skolor.skolor):
        for period in skola.omfattning:
            if period not in giltiga:
                _saknas(filer["skolor"], ("skolor", i, "omfattning", period), period, "perioder.yml", giltiga)
    _rapporterat(hb, filer["skolor"])
    for i, roll in enumerate(hb.yrkesroller.yrkesroller):
        for period in roll.antal:
            if period not in giltiga:
                _saknas(filer["yrkesroller"], ("yrkesroller", i, "antal", period), period, "perioder.yml", giltiga)


def _skolor(hb: Handbok, fil: YamlFil) -> None:
    stadsdelar, program = set(hb.stadsdel_per_id), set(hb.program_per_id)
    for i, skola in enumerate(hb.skolor.skolor):
        if skola.stadsdel is not None and skola.stadsdel not in stadsdelar:
            _saknas(fil, ("skolor", i, "stadsdel"), skola.stadsdel, "stadsdelar.yml", stadsdelar)
        for period, omfattning in skola.omfattning.items():
            for j, prog in enumerate(omfattning.program):
                if prog not in program:
                    _saknas(fil, ("skolor", i, "omfattning", period, "program", j), prog, "program.yml", program)


def _tillaten_doman(epost: str, domaner: list[str]) -> str | None:
    """None when the address is on an allowed domain, else the message saying what to do."""
    if epost.rsplit("@", 1)[1].lower() in domaner:
        return None
    return (
        f"{epost!r} har en domän som inte är tillåten – använd en adress som slutar på "
        f"{' eller '.join('@' + d for d in domaner)}"
    )


def _tillganglighet(hb: Handbok, fil: YamlFil) -> None:
    epost = hb.tillganglighet.aterkoppling_epost
    fel = epost and _tillaten_doman(epost, hb.kontakter.tillatna_epostdomaner)
    if fel:
        fil.nytt_fel(("aterkoppling_epost",), fel)


def _kontakter(hb: Handbok, fil: YamlFil) -> None:
    domaner = hb.kontakter.tillatna_epostdomaner
    stadsdelar = set(hb.stadsdel_per_id)
    for i, kontakt in enumerate(hb.kontakter.kontakter):
        fel = kontakt.epost and _tillaten_doman(kontakt.epost, domaner)
        if fel:
            fil.nytt_fel(("kontakter", i, "epost"), fel)
        if kontakt.stadsdel is not None and kontakt.stadsdel not in stadsdelar:
            _saknas(fil, ("kontakter", i, "stadsdel"), kontakt.stadsdel, "stadsdelar.yml", stadsdelar)


# --- the startup kit: checklista.yml, roller.yml, mallar.yml, planerare.yml ------------------------


def _avsnitt(hb: Handbok, fil: YamlFil, sokvag: tuple, lank: str) -> None:
    if not avsnitt.finns(hb.sidor, lank):
        fil.nytt_fel(
            sokvag,
            f"{lank!r} pekar på ett avsnitt som inte finns – skriv sidans fil i docs/ och ett "
            "rubrik-id som står i den, till exempel forberedelser.md#forankra",
        )


def _checklista(hb: Handbok, fil: YamlFil) -> None:
    faser, roller = {f.id for f in hb.checklista.faser}, {r.id for r in hb.roller.roller}
    program, moment, mallar = set(hb.program_per_id), set(hb.moment_per_id), {m.id for m in hb.mallar.mallar}
    for i, steg in enumerate(hb.checklista.steg):
        if steg.fas not in faser:
            _saknas(fil, ("steg", i, "fas"), steg.fas, "faser", faser)
        for j, roll in enumerate(steg.ansvariga):
            if roll not in roller:
                _saknas(fil, ("steg", i, "ansvariga", j), roll, "roller.yml", roller)
        for j, prog in enumerate(steg.program):
            if prog not in program:
                _saknas(fil, ("steg", i, "program", j), prog, "program.yml", program)
        _avsnitt(hb, fil, ("steg", i, "avsnitt"), steg.avsnitt)
        for j, lank in enumerate(steg.se_aven):
            _avsnitt(hb, fil, ("steg", i, "se_aven", j), lank)
        if steg.moment is not None and steg.moment not in moment:
            _saknas(fil, ("steg", i, "moment"), steg.moment, "utbildning.yml", moment)
        if steg.mall is not None and steg.mall not in mallar:
            _saknas(fil, ("steg", i, "mall"), steg.mall, "mallar.yml", mallar)


def _roller(hb: Handbok, fil: YamlFil) -> None:
    yrken = {y.id for y in hb.yrkesroller.yrkesroller}
    for i, roll in enumerate(hb.roller.roller):
        for j, yrke in enumerate(roll.yrkesroller):
            if yrke not in yrken:
                _saknas(fil, ("roller", i, "yrkesroller", j), yrke, "yrkesroller.yml", yrken)
        _avsnitt(hb, fil, ("roller", i, "avsnitt"), roll.avsnitt)
        _uppgifter_och_fragor(hb, fil, ("roller", i), roll)
    sedda: dict[str, int] = {}
    for i, yrke in enumerate(hb.roller.yrken):
        if yrke.yrkesroll not in yrken:
            _saknas(fil, ("yrken", i, "yrkesroll"), yrke.yrkesroll, "yrkesroller.yml", yrken)
        elif yrke.yrkesroll in sedda:
            fil.nytt_fel(
                ("yrken", i, "yrkesroll"),
                f"{yrke.yrkesroll!r} finns redan i yrken[{sedda[yrke.yrkesroll]}] – skriv varje yrkesroll en gång",
            )
        sedda.setdefault(yrke.yrkesroll, i)
        _uppgifter_och_fragor(hb, fil, ("yrken", i), yrke)
    med_roll = {y for r in hb.roller.roller for y in r.yrkesroller}
    egna = {y.yrkesroll for y in hb.roller.yrken if y.uppgifter}
    for yrke in hb.yrkesroller.yrkesroller:
        if yrke.id not in med_roll | egna:
            fil.nytt_fel(
                ("yrken",),
                f"yrkesrollen {yrke.id!r} har inga uppgifter – lägg till den under yrkesroller: i en roll, "
                "eller ge den uppgifter: under yrken:",
            )


def _uppgifter_och_fragor(hb: Handbok, fil: YamlFil, sokvag: tuple, post) -> None:
    steg, kontakter = {s.id for s in hb.checklista.steg}, {k.id for k in hb.kontakter.kontakter}
    for j, uppgift in enumerate(post.uppgifter or []):
        if uppgift.steg not in steg:
            _saknas(fil, (*sokvag, "uppgifter", j, "steg"), uppgift.steg, "checklista.yml", steg)
    if post.kontakt is not None and post.kontakt not in kontakter:
        _saknas(fil, (*sokvag, "kontakt"), post.kontakt, "kontakter.yml", kontakter)
    for j, kontakt in enumerate(post.fraga or []):
        if kontakt not in kontakter:
            _saknas(fil, (*sokvag, "fraga", j), kontakt, "kontakter.yml", kontakter)
        elif kontakt == post.kontakt:
            fil.nytt_fel(
                (*sokvag, "fraga", j),
                f"{kontakt!r} är rollen själv – en roll frågar aldrig sig själv, välj en annan kontakt",
            )


def _mallar(hb: Handbok, fil: YamlFil) -> None:
    program = set(hb.program_per_id)
    for i, mall in enumerate(hb.mallar.mallar):
        for j, prog in enumerate(mall.program):
            if prog not in program:
                _saknas(fil, ("mallar", i, "program", j), prog, "program.yml", program)
        _avsnitt(hb, fil, ("mallar", i, "avsnitt"), mall.avsnitt)
        for j, del_ in enumerate(mall.innehall):
            for k, prog in enumerate(del_.program or []):
                if prog not in mall.program:
                    _saknas(fil, ("mallar", i, "innehall", j, "program", k), prog, "mallens program", mall.program)
            if del_.fakta == "program" and not mall.program:
                fil.nytt_fel(
                    ("mallar", i, "innehall", j, "fakta"),
                    "fakta: program kräver att mallen gäller ett program – skriv till exempel "
                    "program: [mvp, at] i mallen, eller ta bort delen",
                )


def _planerare(hb: Handbok, fil: YamlFil) -> None:
    arbetssatt = {a.id for a in hb.planerare.arbetssatt}
    for i, satt in enumerate(hb.planerare.arbetssatt):
        _avsnitt(hb, fil, ("arbetssatt", i, "avsnitt"), satt.avsnitt)
    exempel, planering = hb.planerare.exempel, hb.utbildning.planering
    if exempel.program not in hb.program_per_id:
        _saknas(fil, ("exempel", "program"), exempel.program, "program.yml", set(hb.program_per_id))
    if exempel.arbetssatt not in arbetssatt:
        _saknas(fil, ("exempel", "arbetssatt"), exempel.arbetssatt, "arbetssatt", arbetssatt)
    if not planering.minsta_antal_ledare <= exempel.ledare_per_grupp <= planering.rekommenderat_antal_ledare:
        fil.nytt_fel(
            ("exempel", "ledare_per_grupp"),
            f"måste vara mellan {planering.minsta_antal_ledare} och {planering.rekommenderat_antal_ledare}"
            f" – minsta och rekommenderade antalet ledare i utbildning.yml (fick {exempel.ledare_per_grupp})",
        )


def genererade_adresser(hb: Handbok) -> set[str]:
    """Addresses of the pages made from the data (school, district, role and template pages)."""
    from ..mallar.dokument import dokument
    from ..vy import adresser

    return (
        {adresser.skola(s.id) for s in hb.skolor.skolor}
        | {adresser.stadsdel(s.id) for s in hb.stadsdelar.stadsdelar}
        | {adresser.roll(r.id) for r in [*hb.roller.roller, *hb.yrkesroller.yrkesroller]}
        | {d.url for d in dokument(hb)}
    )


def _omdirigeringar(hb: Handbok, fil: YamlFil) -> None:
    sidor = {avsnitt.url(p): p for p in hb.sidor}
    finns = set(sidor) | genererade_adresser(hb)
    for i, flytt in enumerate(hb.omdirigeringar.sidor):
        if flytt.fran in finns:
            fil.nytt_fel(
                ("sidor", i, "fran"),
                f"sidan {flytt.fran!r} finns fortfarande – en omdirigering därifrån skulle dölja den; "
                "ta bort raden eller flytta sidan",
            )
        if flytt.till not in finns:
            fil.nytt_fel(
                ("sidor", i, "till"),
                f"{flytt.fran!r} ska leda till {flytt.till!r}, men den sidan finns inte – rätta adressen",
            )
    for i, alias in enumerate(hb.omdirigeringar.avsnitt):
        if alias.sida not in sidor:
            fil.nytt_fel(
                ("avsnitt", i, "sida"), f"sidan {alias.sida!r} finns inte bland sidorna i docs/ – rätta adressen"
            )
        elif not avsnitt.finns(hb.sidor, f"{sidor[alias.sida]}#{alias.till}"):
            fil.nytt_fel(
                ("avsnitt", i, "till"),
                f"avsnittet {alias.till!r} finns inte på sidan {alias.sida!r} – rätta id:t så att "
                f"{alias.fran!r} leder rätt (id:t står i rubriken som {{#id}})",
            )


def _rapporterat(hb: Handbok, fil: YamlFil) -> None:
    """A term taken from a report keeps the report's totals: a school added to it would change what the
    report said. Told at the last school of that term, which is most often the one just added."""
    for period in (p for p in hb.perioder.perioder if p.rapporterat):
        i_perioden = [(i, s.omfattning[period.id]) for i, s in enumerate(hb.skolor.skolor) if period.id in s.omfattning]
        skolor, klasser = len(i_perioden), sum(o.klasser_kanda or 0 for _, o in i_perioden)
        if i_perioden and (skolor, klasser) != (period.rapporterat.skolor, period.rapporterat.klasser):
            sista = i_perioden[-1][0]
            fil.nytt_fel(
                ("skolor", sista, "omfattning", period.id),
                f"{period.namn} är rapportens termin: rapporten räknar {period.rapporterat.skolor} skolor och "
                f"{period.rapporterat.klasser} klasser, men skolor.yml ger {skolor} skolor och {klasser} klasser – "
                "lägg en ny skola under en ny termin (receptet Ny termin i CONTRIBUTING.md), eller rätta siffrorna",
            )
