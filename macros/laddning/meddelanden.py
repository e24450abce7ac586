"""Pydantic's error types, said in Swedish with what to do about them."""

from __future__ import annotations

from pydantic_core import ErrorDetails

from .models import DATUM, SIDADRESS, SLUG


def _fick(fel: ErrorDetails) -> str:
    varde = fel.get("input")
    if isinstance(varde, (dict, list)):
        return ""
    return f" (fick {varde!r})"


def _grans(fel: ErrorDetails, nyckel: str) -> object:
    return (fel.get("ctx") or {}).get(nyckel)


# error type -> function building the message. Every entry is explained in CONTRIBUTING.md.
MALLAR = {
    "missing": lambda f: f"fältet {f['loc'][-1]!r} saknas – lägg till det",
    "extra_forbidden": lambda f: f"okänt fält {f['loc'][-1]!r} – ta bort det eller rätta stavningen",
    "int_type": lambda f: "måste vara ett heltal, utan citattecken" + _fick(f),
    "float_type": lambda f: "måste vara ett tal, utan citattecken" + _fick(f),
    "string_type": lambda f: "måste vara en text" + _fick(f),
    "bool_type": lambda f: "måste vara true eller false" + _fick(f),
    "list_type": lambda f: "måste vara en lista (rader som börjar med - )" + _fick(f),
    "dict_type": lambda f: "måste vara en samling fält (namn: värde)" + _fick(f),
    "model_type": lambda f: "måste vara en samling fält (namn: värde)" + _fick(f),
    "model_attributes_type": lambda f: "måste vara en samling fält (namn: värde)" + _fick(f),
    "greater_than_equal": lambda f: f"måste vara minst {_grans(f, 'ge')}" + _fick(f),
    "greater_than": lambda f: f"måste vara större än {_grans(f, 'gt')}" + _fick(f),
    "less_than_equal": lambda f: f"får vara högst {_grans(f, 'le')}" + _fick(f),
    "string_too_short": lambda f: "får inte vara tom",
    "string_too_long": lambda f: f"är för lång – högst {_grans(f, 'max_length')} tecken",
    "too_short": lambda f: _for_fa(f),
    "too_long": lambda f: f"får ha högst {_grans(f, 'max_length')} poster – ta bort någon",
    "literal_error": lambda f: f"måste vara ett av {str(_grans(f, 'expected')).replace(' or ', ' eller ')}" + _fick(f),
    "value_error": lambda f: str(_grans(f, "error")),
    "string_pattern_mismatch": lambda f: _monster(f),
}


def _for_fa(fel: ErrorDetails) -> str:
    minst = _grans(fel, "min_length") or 1
    return "får inte vara tom – lägg till minst en post" if minst <= 1 else f"måste ha minst {minst} poster"


_MONSTER = {
    SLUG: 'måste vara ett id med små bokstäver a–z, siffror och bindestreck, t.ex. "akalla-grundskola"',
    SIDADRESS: 'måste vara en sidas adress utan / först, med / sist, t.ex. "forberedelser/" (startsidan: "")',
    DATUM: 'måste vara ett datum skrivet ÅÅÅÅ-MM-DD inom citattecken, t.ex. "2026-11-26"',
}


def _monster(fel: ErrorDetails) -> str:
    monster = _grans(fel, "pattern")
    falt = str(fel["loc"][-1]) if fel["loc"] else ""
    if monster in _MONSTER:
        return _MONSTER[monster] + _fick(fel)
    if falt in ("epost", "aterkoppling_epost"):
        return 'är ingen giltig e-postadress, t.ex. "mvp@stockholm.se"' + _fick(fel)
    if falt == "telefon":
        return 'är inget giltigt telefonnummer – skriv det inom citattecken, t.ex. "08-123 45"' + _fick(fel)
    return f"har fel form{_fick(fel)}"


def pa_svenska(fel: ErrorDetails) -> str:
    mall = MALLAR.get(fel["type"])
    if mall is None:
        return f"ogiltigt värde ({fel['msg']})"
    return mall(fel)


def data_sokvag(fel: ErrorDetails) -> tuple[str | int, ...]:
    """Pydantic's loc without the union-member tags it adds (e.g. 'int', 'str'), so it matches the file."""
    return tuple(d for d in fel["loc"] if isinstance(d, int) or not _ar_typtagg(d))


def _ar_typtagg(del_: str) -> bool:
    return del_ in {"int", "str", "float", "bool", "none"} or "[" in del_ or del_.startswith("function-")
