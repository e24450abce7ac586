"""Templates (data/mallar.yml) as documents: one text, two outputs – a printable page and a Word file.

A template that names programmes becomes one document per programme. Each document is turned into a
list of plain parts (Bit); the page partial and the Word writer (macros/mallar/word.py) both read that list,
so the page and the .docx cannot say different things."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from ..kalla import avsnitt
from ..laddning.handbok import Handbok
from ..laddning.models import Del, Mall, Program
from ..vy import adresser, starttext
from ..vy.partials import Partials
from ..vy.text import format_tal, tal_i_text

_PLATSHALLARE = re.compile(r"(\[\[[^\[\]]+\]\])")


@dataclass(frozen=True)
class Segment:
    text: str
    platshallare: bool


Rad = tuple[Segment, ...]


def segment(text: str) -> Rad:
    """'Hej [[namn]]!' -> ('Hej ', False), ('[[namn]]', True), ('!', False)."""
    return tuple(Segment(del_, bool(_PLATSHALLARE.fullmatch(del_))) for del_ in _PLATSHALLARE.split(text) if del_)


@dataclass(frozen=True)
class Bit:
    slag: Literal["rubrik", "underrubrik", "text", "punkter", "falt", "tabell"]
    rader: tuple[Rad, ...]
    etiketter: tuple[str | None, ...] = ()  # a bold lead-in per row: "Program:"
    tomma_rader: int = 0  # tabell: empty rows to fill in


@dataclass(frozen=True)
class Dokument:
    id: str
    titel: str
    mall: Mall
    program: Program | None

    @property
    def filnamn(self) -> str:
        return f"{self.id}.docx"

    @property
    def url(self) -> str:
        return adresser.dokument(self.id)


def dokument(hb: Handbok) -> list[Dokument]:
    resultat = []
    for mall in hb.mallar.mallar:
        if not mall.program:
            resultat.append(Dokument(mall.id, mall.titel, mall, None))
        for prog_id in mall.program:
            prog = hb.program_per_id[prog_id]
            resultat.append(Dokument(f"{mall.id}-{prog.id}", f"{mall.titel} – {prog.kortnamn}", mall, prog))
    return resultat


def for_mall(hb: Handbok, mall_id: str) -> list[Dokument]:
    return [d for d in dokument(hb) if d.mall.id == mall_id]


def _rader(texter: list[str]) -> tuple[Rad, ...]:
    return tuple(segment(t) for t in texter)


def _fakta(etiketter_och_texter: list[tuple[str, str]]) -> Bit:
    return Bit("punkter", _rader([t for _, t in etiketter_och_texter]), tuple(e for e, _ in etiketter_och_texter))


def _program(p: Program) -> list[Bit]:
    """The programme in a sentence a guardian can read: its name and how many lessons it has."""
    lektioner = f"{tal_i_text(p.antal_lektioner)} lektioner på cirka {starttext.timmar_i_text(p.lektionslangd_timmar)}"
    return [Bit("text", _rader([f"Lektionerna kommer från programmet {p.namn} ({p.kortnamn}). Det har {lektioner}."]))]


def _planering(hb: Handbok) -> list[Bit]:
    planering = hb.utbildning.planering
    return [
        _fakta(
            [
                ("Planeringstid", starttext.planeringstid(planering)),
                ("Ledare", starttext.ledare(planering)),
                (
                    "Hur ofta",
                    f"de flesta skolor har en lektion {starttext.intervall(planering.veckor_mellan_lektioner)}",
                ),
            ]
        )
    ]


def _tryggbassamtal(hb: Handbok) -> list[Bit]:
    t = hb.tryggbassamtal
    bitar = [Bit("text", _rader([t.syfte]), ("Syfte",))]
    for nummer, fraga in enumerate(t.fragor, start=1):
        bitar.append(Bit("underrubrik", _rader([f"Fråga {format_tal(nummer)} – {fraga.rubrik}"])))
        bitar.append(Bit("text", _rader([fraga.exempel]), ("Fråga till exempel",)))
        if fraga.att_lyssna_efter:
            bitar.append(Bit("text", _rader([fraga.att_lyssna_efter])))
    return bitar


def _del(hb: Handbok, del_: Del, program: Program | None) -> list[Bit]:
    if del_.rubrik is not None:
        return [Bit("rubrik", _rader([del_.rubrik]))]
    if del_.text is not None:
        return [Bit("text", _rader([del_.text]))]
    if del_.punkter is not None:
        return [Bit("punkter", _rader(del_.punkter))]
    if del_.falt is not None:
        return [Bit("falt", _rader(del_.falt))]
    if del_.tabell is not None:
        return [Bit("tabell", _rader(del_.tabell.kolumner), tomma_rader=del_.tabell.rader)]
    if del_.fakta == "program":
        return _program(program)
    return _planering(hb) if del_.fakta == "planering" else _tryggbassamtal(hb)


def delar(dok: Dokument) -> list[Del]:
    """The template's parts that belong in this document: a part for one programme only in its letter."""
    return [d for d in dok.mall.innehall if d.program is None or (dok.program and dok.program.id in d.program)]


def bitar(hb: Handbok, dok: Dokument) -> list[Bit]:
    return [bit for del_ in delar(dok) for bit in _del(hb, del_, dok.program)]


def har_platshallare(delar_: list[Bit]) -> bool:
    return any(seg.platshallare for bit in delar_ for rad in bit.rader for seg in rad)


def dokument_sida(hb: Handbok, partials: Partials, dok: Dokument, storlek: int) -> str:
    """The printable page of one document, with its download link and where it is explained."""
    delar_ = bitar(hb, dok)
    return partials.rendera(
        "dokument.html",
        dok=dok,
        bitar=delar_,
        platshallare=har_platshallare(delar_),
        storlek=_kb(storlek),
        las_mer=(avsnitt.url(dok.mall.avsnitt), avsnitt.rubrik(hb.sidor, dok.mall.avsnitt)),
    )


def mallar_lista(hb: Handbok, partials: Partials, wordfiler: Mapping[str, bytes]) -> str:
    rader = [(d, _kb(len(wordfiler[d.id]))) for d in dokument(hb)]
    return partials.rendera("mallar-lista.html", rader=rader)


def _kb(antal_byte: int) -> str:
    return f"{format_tal(max(1, round(antal_byte / 1024)))} kB"
