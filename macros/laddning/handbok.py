"""All validated data of the handbook, with the look-ups the macros need."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..kalla.sida import Sida
from .models import (
    ChecklistaFil,
    KontakterFil,
    MallarFil,
    Moment,
    OmdirigeringarFil,
    OrdlistaFil,
    Period,
    PerioderFil,
    PlanerareFil,
    Program,
    ProgramFil,
    RollerFil,
    Skola,
    SkolorFil,
    Stadsdel,
    StadsdelarFil,
    StodmaterialFil,
    TillganglighetFil,
    TryggbassamtalFil,
    UtbildningFil,
    YrkesrollerFil,
)


@dataclass(frozen=True, repr=False)
class Handbok:
    perioder: PerioderFil
    program: ProgramFil
    stadsdelar: StadsdelarFil
    skolor: SkolorFil
    yrkesroller: YrkesrollerFil
    kontakter: KontakterFil
    utbildning: UtbildningFil
    tryggbassamtal: TryggbassamtalFil
    stodmaterial: StodmaterialFil
    ordlista: OrdlistaFil
    tillganglighet: TillganglighetFil
    omdirigeringar: OmdirigeringarFil
    roller: RollerFil
    checklista: ChecklistaFil
    mallar: MallarFil
    planerare: PlanerareFil
    # docs/ as read once by the loader (kalla.las_docs): links from data are checked against it.
    sidor: dict[str, Sida] = field(default_factory=dict, compare=False)

    def __repr__(self) -> str:
        # mkdocs-macros serialises every registered macro, and so this object, on each build: keep it short.
        return f"Handbok({len(self.skolor.skolor)} skolor, {len(self.stadsdelar.stadsdelar)} stadsdelar)"

    @cached_property
    def aktuell_period(self) -> Period:
        return next(p for p in self.perioder.perioder if p.id == self.perioder.aktuell)

    @cached_property
    def rapportens_period(self) -> Period:
        """The term the status report describes: the one whose totals it states. The pages' running text
        quotes the report, so its figures stay with this term when a newer term becomes current."""
        return next((p for p in self.perioder.perioder if p.rapporterat), self.aktuell_period)

    @cached_property
    def program_per_id(self) -> dict[str, Program]:
        return {p.id: p for p in self.program.program}

    @cached_property
    def stadsdel_per_id(self) -> dict[str, Stadsdel]:
        return {s.id: s for s in self.stadsdelar.stadsdelar}

    @cached_property
    def skola_per_id(self) -> dict[str, Skola]:
        return {s.id: s for s in self.skolor.skolor}

    @cached_property
    def moment_per_id(self) -> dict[str, Moment]:
        return {m.id: m for m in self.utbildning.moment}
