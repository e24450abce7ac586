"""The one shape of every data error: file:line:column: path: message, in Swedish."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Fel:
    fil: str
    rad: int
    kolumn: int
    sokvag: str
    meddelande: str

    def __str__(self) -> str:
        # Data files are named without their folder; anything else (docs/x.md) with it.
        fil = self.fil if "/" in self.fil else f"data/{self.fil}"
        return f"{fil}:{self.rad}:{self.kolumn}: {self.sokvag}: {self.meddelande}"


class DataFel(Exception):
    """All errors found in data/, reported at once."""

    def __init__(self, fel: list[Fel]):
        self.fel = sorted(fel)
        super().__init__(self.rapport())

    def rapport(self) -> str:
        antal = len(self.fel)
        rubrik = "1 fel i data/" if antal == 1 else f"{antal} fel i data/"
        rader = "\n".join(f"  {fel}" for fel in self.fel)
        return (
            f"{rubrik} – inget publicerades.\n{rader}\n"
            "Rätta felen ovan och kör make check igen. Förklaringar finns i CONTRIBUTING.md."
        )
