"""Bar charts drawn at build time: an SVG for the eye and the same numbers as a table for everyone."""

from __future__ import annotations

from dataclasses import dataclass

from .partials import Partials


@dataclass(frozen=True)
class Stapel:
    etikett: str
    varde: int | None
    bredd_procent: float


def staplar(rader: list[tuple[str, int | None]]) -> list[Stapel]:
    storst = max((v for _, v in rader if v is not None), default=0) or 1
    return [Stapel(etikett, varde, 0 if varde is None else 100 * varde / storst) for etikett, varde in rader]


def stapeldiagram(
    partials: Partials, rubrik: str, etikett_kolumn: str, varde_kolumn: str, rader: list[tuple[str, int | None]]
) -> str:
    return partials.rendera(
        "diagram.html", rubrik=rubrik, etikett_kolumn=etikett_kolumn, varde_kolumn=varde_kolumn, staplar=staplar(rader)
    )
