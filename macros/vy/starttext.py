"""Swedish phrases for the startup kit's figures, built from the data so no figure is typed twice.

The planner's script builds the same phrases in the browser (overrides/assets/hb-planerare.js);
tests/test_startkit_webblasare.py checks that both say the same for the same school."""

from __future__ import annotations

from ..laddning.models import Planering, Program
from .text import format_tal, tal_i_text


def timmar(antal: float) -> str:
    return f"{format_tal(antal)} {'timme' if antal == 1 else 'timmar'}"


def dagar(antal: float) -> str:
    if antal == 0.5:
        return "en halvdag"
    return f"{format_tal(antal)} {'dag' if antal == 1 else 'dagar'}"


def dagar_och_timmar(antal_dagar: float, antal_timmar: float, cirka: bool) -> str:
    """'3 dagar och cirka 7 timmar': days stay days and hours stay hours, as the report gives them."""
    delar = [dagar(antal_dagar)] if antal_dagar else []
    if antal_timmar:
        delar.append(("cirka " if cirka else "") + timmar(antal_timmar))
    return " och ".join(delar) or "ingen tid"


def timmar_i_text(antal: float) -> str:
    """Hours in running text: 'en timme', 'fem timmar', '14 timmar'."""
    return f"{tal_i_text(antal)} {'timme' if antal == 1 else 'timmar'}"


def intervall(veckor: int) -> str:
    if veckor == 1:
        return "varje vecka"
    return "varannan vecka" if veckor == 2 else f"var {veckor}:e vecka"


def veckor_for(lektioner: int, veckor_mellan: int) -> int:
    """Weeks from the first lesson to the last, both counted: 14 lessons every other week -> 27."""
    return (lektioner - 1) * veckor_mellan + 1


def lektioner(program: Program) -> str:
    """The number of lessons stays in digits: it is compared with the other programme's (14 and 11)."""
    return f"{format_tal(program.antal_lektioner)} lektioner på cirka {timmar_i_text(program.lektionslangd_timmar)}"


def planeringstid(planering: Planering) -> str:
    return f"cirka {timmar_i_text(planering.timmar_per_lektion)} per lektion för varje ledarpar eller ledargrupp"


def ledare(planering: Planering) -> str:
    # The report: at least two lead each lesson; three "kan vara en fördel" – a possibility, not a rule.
    return (
        f"minst {tal_i_text(planering.minsta_antal_ledare)} som leder varje lektion. "
        f"{tal_i_text(planering.rekommenderat_antal_ledare).capitalize()} kan vara en fördel, om ni har möjlighet"
    )


def veckor(program: Program, planering: Planering) -> str:
    antal = veckor_for(program.antal_lektioner, planering.veckor_mellan_lektioner)
    return f"{format_tal(antal)} veckor med en lektion {intervall(planering.veckor_mellan_lektioner)}"
