"""Swedish in running text, as Myndigheternas skrivregler ask: numbers and dates."""

from __future__ import annotations

import datetime as dt


def format_tal(varde: float) -> str:
    """Swedish number format: 0.5 -> '0,5', 2.0 -> '2', 1500 -> '1 500'."""
    if float(varde).is_integer():
        return f"{int(varde):,}".replace(",", "\u00a0")
    return f"{varde:.1f}".replace(".", ",")


TAL_ORD = "noll en två tre fyra fem sex sju åtta nio tio elva tolv".split()


def tal_i_text(varde: float, neutrum: bool = False) -> str:
    """A number in running text, as Myndigheternas skrivregler ask: one to twelve in words, larger
    numbers in digits. 2 -> 'två', 1 -> 'en' (or 'ett' with neutrum=True), 14 -> '14', 0.5 -> '0,5'."""
    if float(varde).is_integer() and 0 <= varde <= 12:
        ord_ = TAL_ORD[int(varde)]
        return "ett" if ord_ == "en" and neutrum else ord_
    return format_tal(varde)


MANADER = ("januari februari mars april maj juni juli augusti september oktober november december").split()


def svenskt_datum(datum: dt.date | str) -> str:
    """date or 'YYYY-MM-DD' -> '26 november 2026'."""
    if isinstance(datum, str):
        datum = dt.date.fromisoformat(datum)
    return f"{datum.day} {MANADER[datum.month - 1]} {datum.year}"
