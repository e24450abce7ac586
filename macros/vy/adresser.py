"""Every address the build links to from data, written once: the hand-written pages the generated HTML
points to, and the generated pages' own (school, district, role, template document, Word file).
The partials get them as `adresser`; the loader checks the hand-written ones against docs/."""

from __future__ import annotations

import posixpath
from collections.abc import Mapping
from types import SimpleNamespace

# Pages of docs/ that generated HTML links to, by the name the partials use.
SIDOR = {
    "checklista": "starta/checklista/",
    "planera": "starta/planera/",
    "utskrift": "starta/utskrift/",
    "mallar": "starta/mallar/",
    "jag_ar": "jag-ar/",
    "forberedelser": "forberedelser/",
    "kontakter": "kontakter/",
    "programmen": "programmen/",
    "om_handboken": "om-handboken/",
    "lagesrapport_skolor": "lagesrapport/skolor/",
    "lagesrapport_stadsdelar": "lagesrapport/stadsdelar/",
}


def skola(id_: str) -> str:
    return f"skolor/{id_}/"


def stadsdel(id_: str) -> str:
    return f"stadsdelar/{id_}/"


def roll(id_: str) -> str:
    return f"jag-ar/{id_}/"


def dokument(id_: str) -> str:
    return f"{SIDOR['mallar']}{id_}/"


def wordfil(filnamn: str) -> str:
    return f"{SIDOR['mallar']}{filnamn}"


def steg(ankare: str) -> str:
    return f"{SIDOR['checklista']}#{ankare}"


def kallfil(adress: str) -> str:
    """The page's file under docs/ (or the generated file's name): 'skolor/akalla/' -> 'skolor/akalla.md'."""
    return adress.rstrip("/") + ".md"


def saknade_sidor(sidor: Mapping[str, object]) -> list[str]:
    """The hand-written addresses whose page is not in docs/ (sidor: docs/ as read, by path)."""
    return [
        adress
        for adress in SIDOR.values()
        if kallfil(adress) not in sidor and f"{adress.rstrip('/')}/index.md" not in sidor
    ]


# What the partials see as `adresser`.
FOR_PARTIALS = SimpleNamespace(
    sida=SimpleNamespace(**SIDOR),
    skola=skola,
    stadsdel=stadsdel,
    roll=roll,
    dokument=dokument,
    wordfil=wordfil,
    steg=steg,
)


def relativ_rot(sid_url: str) -> str:
    """'lagesrapport/skolor/' -> '../../', '' -> ''."""
    katalog = sid_url if sid_url.endswith("/") else posixpath.dirname(sid_url)
    katalog = katalog.strip("/")
    return "" if not katalog else "../" * (katalog.count("/") + 1)
