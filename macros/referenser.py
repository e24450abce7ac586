"""Checks that need more than one record or file: unique ids, references by id, allowed e-mail domains."""

from __future__ import annotations

from collections.abc import Iterable

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
            fil.nytt_fel((lista, i, "id"), f"id {post['id']!r} finns redan i {lista}[{sedda[post['id']]}] – "
                                           "varje id måste vara unikt")
        sedda.setdefault(post["id"], i)


def _saknas(fil: YamlFil, sokvag: tuple, varde: str, kalla: str, giltiga: Iterable[str]) -> None:
    fil.nytt_fel(sokvag, f"{varde!r} finns inte i {kalla} – använd ett av: {', '.join(sorted(giltiga))}")


def _perioder(hb: Handbok, filer: dict[str, YamlFil]) -> None:
    giltiga = {p.id for p in hb.perioder.perioder}
    if hb.perioder.aktuell not in giltiga:
        _saknas(filer["perioder"], ("aktuell",),
                hb.perioder.aktuell, "perioder", giltiga)
    for i, skola in enumerate(hb.skolor.skolor):
        for period in skola.omfattning:
            if period not in giltiga:
                _saknas(filer["skolor"], ("skolor", i, "omfattning", period), period, "perioder.yml", giltiga)
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
    return (f"{epost!r} har en domän som inte är tillåten – använd en adress som slutar på "
            f"{' eller '.join('@' + d for d in domaner)}")


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
