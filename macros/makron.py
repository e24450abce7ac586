"""The one table of macros a page may call: name, function, what it is handed, and the data files it shows
(for the page's "Redigera uppgifterna" links). A macro not in this table does not exist for a page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import (
    checklista,
    granskning,
    kontakter,
    lagesrapport,
    ordlista,
    planerare,
    program,
    roller,
    skolor,
    stadsdelar,
    tillganglighet,
    tryggbassamtal,
    utbildning,
    yrkesroller,
)
from .mallar import dokument
from .vy.text import tal_i_text


@dataclass(frozen=True)
class Makro:
    namn: str
    funktion: Callable
    datafiler: tuple[str, ...]  # the data files whose content the macro shows
    # What the function gets before the page's own arguments: "hb" (data, partials), "hb_adress" (and the
    # site's address), "hb_granskningar" (and every page's review data), "hb_word" (and the
    # templates' Word files), "inga" (nothing).
    binder: str = "hb"


# The checklist shows each step's roles, programmes, training and templates.
CHECKLISTAN = ("checklista", "roller", "program", "utbildning", "mallar")

MAKRON = (
    Makro("program_fakta", program.program_fakta, ("program",)),
    Makro("stodmaterial_lista", program.stodmaterial_lista, ("stodmaterial",)),
    Makro("utbildning_tabell", utbildning.utbildning_tabell, ("utbildning",)),
    Makro("tryggbassamtal_fragor", tryggbassamtal.tryggbassamtal_fragor, ("tryggbassamtal",)),
    Makro("skolor_tabell", skolor.skolor_tabell, ("skolor", "perioder", "program")),
    Makro("klasser_diagram", skolor.klasser_diagram, ("skolor", "perioder")),
    Makro("stadsdelar_lista", stadsdelar.stadsdelar_lista, ("stadsdelar", "skolor", "perioder")),
    Makro("yrkesroller_tabell", yrkesroller.yrkesroller_tabell, ("yrkesroller", "perioder")),
    Makro("kontakter_lista", kontakter.kontakter_lista, ("kontakter", "stadsdelar")),
    Makro(
        "lagesrapport_summering",
        lagesrapport.lagesrapport_summering,
        ("skolor", "yrkesroller", "perioder", "program", "stadsdelar"),
    ),
    Makro("ordlista", ordlista.ordlista, ("ordlista",)),
    Makro("tillganglighetsredogorelse", tillganglighet.tillganglighetsredogorelse, ("tillganglighet",)),
    Makro("rollista", roller.rollista, ("roller", "yrkesroller")),
    Makro("checklista", checklista.checklista, (*CHECKLISTAN, "yrkesroller")),
    Makro("checklista_utskrift", checklista.checklista_utskrift, CHECKLISTAN, binder="hb_adress"),
    Makro("checklista_ordning", checklista.checklista_ordning, (*CHECKLISTAN,)),
    Makro("planerare", planerare.planerare, ("planerare", *CHECKLISTAN)),
    Makro(
        "mallar_lista", dokument.mallar_lista, ("mallar", "program", "tryggbassamtal", "utbildning"), binder="hb_word"
    ),
    Makro(
        "att_granska",
        granskning.att_granska_tabell,
        ("perioder", "skolor", "stadsdelar", "yrkesroller"),
        binder="hb_granskningar",
    ),
    # {{ ord(siffror.stadsdelar) }} -> "nio": one to twelve in words in running text (Myndigheternas skrivregler).
    Makro("ord", tal_i_text, (), binder="inga"),
)
