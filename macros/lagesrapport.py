"""Totals for the status pages, computed from the data for one period (never typed into a page)."""

from __future__ import annotations

from dataclasses import dataclass

from .laddning.handbok import Handbok
from .vy.diagram import stapeldiagram
from .vy.partials import Partials


@dataclass(frozen=True)
class Siffror:
    period: str
    skolor: int
    klasser: int
    skolor_utan_antal: tuple[str, ...]
    skolor_startar_senare: tuple[tuple[str, int], ...]
    stadsdelar: int
    skolpersonal: int
    stadsdelspersonal: int
    # The report counts the schools that were to start later among the term's schools and classes
    # (R:20 against its own table): how many of those classes, and how many grundskolor there are.
    klasser_startar_senare: int = 0
    grundskolor: int = 0
    grundskolor_startar_senare: int = 0

    @property
    def skolor_i_gang(self) -> int:
        return self.skolor - len(self.skolor_startar_senare)

    @property
    def grundskolor_i_gang(self) -> int:
        return self.grundskolor - self.grundskolor_startar_senare

    @property
    def skolor_som_startar_senare(self) -> str:
        """'Akalla grundskola och Husbygårdsskolan': the names as a page writes them in a sentence."""
        return uppraknat([namn for namn, _ in self.skolor_startar_senare])

    @property
    def ar_da_de_startar(self) -> str:
        return uppraknat(sorted({str(ar) for _, ar in self.skolor_startar_senare}))


def uppraknat(delar: list[str]) -> str:
    """['a', 'b', 'c'] -> 'a, b och c'."""
    return " och ".join([", ".join(delar[:-1]), delar[-1]]) if len(delar) > 1 else "".join(delar)


def siffror(hb: Handbok, period_id: str | None = None) -> Siffror:
    """The report's figures (or another term's, by id)."""
    period = period_id or hb.rapportens_period.id
    namn = next(p.namn for p in hb.perioder.perioder if p.id == period)
    skolor = [(s, s.omfattning[period]) for s in hb.skolor.skolor if period in s.omfattning]
    roller = hb.yrkesroller.yrkesroller
    return Siffror(
        period=namn,
        skolor=len(skolor),
        klasser=sum(o.klasser_kanda or 0 for _, o in skolor),
        skolor_utan_antal=tuple(s.namn for s, o in skolor if o.klasser_kanda is None),
        skolor_startar_senare=tuple((s.namn, o.startar_ar) for s, o in skolor if o.startar_ar is not None),
        stadsdelar=len(hb.stadsdelar.stadsdelar),
        skolpersonal=sum(r.antal.get(period, 0) for r in roller if r.organisation == "skola"),
        stadsdelspersonal=sum(r.antal.get(period, 0) for r in roller if r.organisation == "stadsdel_polis"),
        klasser_startar_senare=sum(o.klasser_kanda or 0 for _, o in skolor if o.startar_ar is not None),
        grundskolor=sum(1 for s, _ in skolor if s.skolform == "grundskola"),
        grundskolor_startar_senare=sum(1 for s, o in skolor if s.skolform == "grundskola" and o.startar_ar),
    )


def lagesrapport_summering(hb: Handbok, partials: Partials) -> str:
    return partials.rendera(
        "lagesrapport.html",
        s=siffror(hb),
        period=hb.rapportens_period,
        program=hb.program.program,
        per_program=skolor_per_program(hb, hb.rapportens_period.id),
    )


def skolor_per_program(hb: Handbok, period: str) -> dict[str, int]:
    return {
        p.id: sum(1 for s in hb.skolor.skolor if period in s.omfattning and p.id in s.omfattning[period].program)
        for p in hb.program.program
    }


def klassdiagram(hb: Handbok, partials: Partials) -> str:
    period = hb.perioder.aktuell
    rader = [(s.namn, s.omfattning[period].klasser_kanda) for s in hb.skolor.skolor if period in s.omfattning]
    return stapeldiagram(partials, f"Antal klasser per skola, {hb.aktuell_period.namn}", "Skola", "Klasser", rader)
