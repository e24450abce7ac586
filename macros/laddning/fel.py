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
        kallor = {"docs/" if f.fil.startswith("docs/") else "data/" for f in self.fel}
        var = " och ".join(sorted(kallor, reverse=True)) or "data/"
        rubrik = f"1 fel i {var}" if antal == 1 else f"{antal} fel i {var}"
        rader = "\n".join(f"  {fel}" for fel in self.fel)
        return (
            f"{rubrik} – inget publicerades.\n{rader}\n"
            "Rätta felen ovan och kör make check igen. Förklaringar finns i CONTRIBUTING.md."
        )
