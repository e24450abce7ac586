"""What tests share about the data: every leaf of every data file, typed by the models.

The list of fields is taken from the models, so a field added to a model is covered by the tests that
use it (escaping, error cases) without anyone remembering to add it."""

from __future__ import annotations

import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import BaseModel

from macros.models import FILER

Sokvag = tuple[str | int, ...]


@dataclass(frozen=True)
class Lov:
    fil: str  # "skolor"
    sokvag: Sokvag  # ("skolor", 3, "namn")
    modell: str  # "Skola"
    falt: str  # "namn"
    typ: object  # the leaf's annotation, Annotated stripped
    varde: object  # its value in the file (None when the field is empty)

    @property
    def namn(self) -> str:
        return f"{self.modell}.{self.falt}"


def _rensa(typ: object) -> object:
    while typing.get_origin(typ) is typing.Annotated:
        typ = typing.get_args(typ)[0]
    return typ


def _ar_union(typ: object) -> bool:
    return isinstance(typ, types.UnionType) or typing.get_origin(typ) is typing.Union


def _ar_modell(typ: object) -> bool:
    return isinstance(typ, type) and issubclass(typ, BaseModel)


def tillater_text(typ: object) -> bool:
    typ = _rensa(typ)
    return typ is str or (_ar_union(typ) and any(tillater_text(t) for t in typing.get_args(typ)))


def _passar(typ: object, varde: object) -> bool:
    typ, origin = _rensa(typ), typing.get_origin(_rensa(typ))
    if _ar_modell(typ) or origin is dict:
        return isinstance(varde, dict)
    if origin is list:
        return isinstance(varde, list)
    return not isinstance(varde, (dict, list))


def _lov(fil: str, typ: object, varde: object, sokvag: Sokvag, modell: str, falt: str) -> Iterator[Lov]:
    typ = _rensa(typ)
    if _ar_union(typ):
        if varde is None:
            yield Lov(fil, sokvag, modell, falt, typ, None)
            return
        if not isinstance(varde, (dict, list)):  # a scalar leaf keeps its whole union: int | str
            yield Lov(fil, sokvag, modell, falt, typ, varde)
            return
        typ = next((t for t in typing.get_args(typ) if t is not type(None) and _passar(t, varde)), typ)
        typ = _rensa(typ)
    origin = typing.get_origin(typ)
    if _ar_modell(typ):
        if isinstance(varde, dict):
            for namn, info in typ.model_fields.items():
                if namn in varde:
                    yield from _lov(fil, info.annotation, varde[namn], (*sokvag, namn), typ.__name__, namn)
    elif origin is list and isinstance(varde, list):
        for i, del_ in enumerate(varde):
            yield from _lov(fil, typing.get_args(typ)[0], del_, (*sokvag, i), modell, falt)
    elif origin is dict and isinstance(varde, dict):
        for nyckel, del_ in varde.items():
            yield from _lov(fil, typing.get_args(typ)[1], del_, (*sokvag, nyckel), modell, falt)
    else:
        yield Lov(fil, sokvag, modell, falt, typ, varde)


def alla_lov(fil: str, varde: dict) -> list[Lov]:
    """Every leaf value of one data file (its parsed YAML), with the model field it belongs to."""
    return list(_lov(fil, FILER[fil], varde, (), FILER[fil].__name__, ""))


def textfalt_i_modellerna() -> set[str]:
    """'Modell.falt' for every field of every model that can hold a text: the list the tests must cover."""
    sedda: set[type] = set()
    falt: set[str] = set()

    def besok(typ: object, modell: str, namn: str) -> None:
        typ = _rensa(typ)
        if _ar_modell(typ):
            if typ in sedda:
                return
            sedda.add(typ)
            for f_namn, info in typ.model_fields.items():
                besok(info.annotation, typ.__name__, f_namn)
        elif _ar_union(typ) or typing.get_origin(typ) in (list, dict):
            args = typing.get_args(typ)
            for t in args[1:] if typing.get_origin(typ) is dict else args:
                besok(t, modell, namn)
        elif typ is str:
            falt.add(f"{modell}.{namn}")

    for modell in FILER.values():
        besok(modell, "", "")
    return falt


def satt(varde: object, sokvag: Sokvag, ny: object) -> None:
    """Put ny at sokvag inside the nested dicts and lists of varde."""
    for del_ in sokvag[:-1]:
        varde = varde[del_]
    varde[sokvag[-1]] = ny
