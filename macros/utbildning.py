"""Training components and their durations, as the report gives them (days or hours, never converted),
and in its words: "två dagar", "cirka fem timmar" (one to twelve in words, as Myndigheternas skrivregler ask)."""

from __future__ import annotations

from .laddning.handbok import Handbok
from .laddning.models import Langd
from .vy.partials import Partials
from .vy.text import tal_i_text

DELTAGARE = {"alla": "All personal på skolan", "team": "De som ska leda lektionerna"}


def langd_text(langd: Langd, cirka: bool = False) -> str:
    if langd.dagar == 0.5:
        text = "en halvdag"
    elif langd.dagar is not None:
        text = f"{tal_i_text(langd.dagar)} {'dag' if langd.dagar == 1 else 'dagar'}"
    else:
        text = f"{tal_i_text(langd.timmar)} {'timme' if langd.timmar == 1 else 'timmar'}"
    return f"cirka {text}" if cirka else text


def vem(moment) -> str:
    if moment.deltagare_antagande:
        return f"{DELTAGARE[moment.deltagare]} (rapporten säger inte vem, det här är handbokens antagande)"
    return DELTAGARE[moment.deltagare]


def utbildning_tabell(hb: Handbok, partials: Partials) -> str:
    rader = [(m, langd_text(m.langd, m.cirka), vem(m)) for m in hb.utbildning.moment]
    return partials.rendera("utbildning.html", rader=rader)
