"""Read one YAML file into plain Python values, remembering the line and column of every value.

The YAML 1.1 traps (unquoted no/yes/on/off, 0701234567 read as octal, 8:30 read as 510, duplicate keys
silently won by the last one, tab indentation) are reported as errors instead of being guessed at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .fel import Fel

MAX_BYTES = 2_000_000

Sokvag = tuple[str | int, ...]

_HELTAL = re.compile(r"^[-+]?(0|[1-9][0-9]*)$")
_DECIMAL = re.compile(r"^[-+]?([0-9]+\.[0-9]*|\.[0-9]+)$")
_INLEDANDE_NOLLA = re.compile(r"^[-+]?0[0-9_]+$")
_SEXAGESIMAL = re.compile(r"^[-+]?[0-9]+(:[0-5]?[0-9])+(\.[0-9]*)?$")
_YAML11_BOOL = {"yes", "no", "on", "off", "y", "n"}
_NULL = {"null", "~", ""}
_STYRTECKEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2028\u2029\ufeff]")
MAX_SIFFROR = 15


@dataclass
class YamlFil:
    """Plain values plus where each one stands in the file."""

    namn: str
    varde: object = None
    platser: dict[Sokvag, tuple[int, int]] = field(default_factory=dict)
    nyckelplatser: dict[Sokvag, tuple[int, int]] = field(default_factory=dict)
    fel: list[Fel] = field(default_factory=list)
    under_lasning: list[tuple[int, Sokvag]] = field(default_factory=list)

    def plats(self, sokvag: Sokvag, nyckel: bool = False) -> tuple[int, int]:
        """The closest known position for a path: the key itself, else the value, else its parent."""
        for langd in range(len(sokvag), -1, -1):
            del_sokvag = sokvag[:langd]
            if nyckel and del_sokvag in self.nyckelplatser:
                return self.nyckelplatser[del_sokvag]
            if del_sokvag in self.platser:
                return self.platser[del_sokvag]
        return (1, 1)

    def nytt_fel(self, sokvag: Sokvag, meddelande: str, nyckel: bool = False) -> None:
        rad, kolumn = self.plats(sokvag, nyckel)
        if self.varde is None:  # still being read: the records' names are added once the file is read
            self.under_lasning.append((len(self.fel), sokvag))
        self.fel.append(Fel(self.namn, rad, kolumn, visa_sokvag(sokvag, self.varde), meddelande))

    def namnge(self) -> None:
        for plats, sokvag in self.under_lasning:
            self.fel[plats] = replace(self.fel[plats], sokvag=visa_sokvag(sokvag, self.varde))
        self.under_lasning.clear()


# The field that names a record, so that an editor finds "skolor[16] (Rinkebyskolan)" without counting.
_NAMNFALT = ("namn", "term", "titel", "funktion", "rubrik", "id")


def _postnamn(post: object) -> str | None:
    if isinstance(post, dict):
        for falt in _NAMNFALT:
            if isinstance(post.get(falt), str) and post[falt].strip():
                return " ".join(_STYRTECKEN.sub("", post[falt]).split())[:60]
    return None


def visa_sokvag(sokvag: Sokvag, varde: object = None) -> str:
    """('skolor', 3, 'klasser') -> 'skolor[3] (Grimtaskolan).klasser', the way editors see it in the message."""
    text = ""
    for del_ in sokvag:
        if isinstance(del_, int):
            text += f"[{del_}]"
            varde = varde[del_] if isinstance(varde, list) and 0 <= del_ < len(varde) else None
            if namn := _postnamn(varde):
                text += f" ({namn})"
        else:
            text += f".{del_}" if text else del_
            varde = varde.get(del_) if isinstance(varde, dict) else None
    return text or "(hela filen)"


def las_yamlfil(sokvag: Path, namn: str) -> YamlFil:
    fil = YamlFil(namn)
    if not sokvag.is_file():
        fil.fel.append(Fel(namn, 1, 1, "(hela filen)", "filen saknas – återställ den från huvudgrenen"))
        return fil
    if sokvag.stat().st_size > MAX_BYTES:
        fil.fel.append(
            Fel(
                namn,
                1,
                1,
                "(hela filen)",
                f"filen är större än {MAX_BYTES // 1_000_000} MB – dela upp den eller ta bort "
                "det som inte hör hemma där",
            )
        )
        return fil
    try:
        text = sokvag.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        fil.fel.append(Fel(namn, 1, 1, "(hela filen)", "filen är inte sparad som UTF-8 – spara om den som UTF-8"))
        return fil
    return las_yamlfil_text(text, namn)


def las_yamlfil_text(text: str, namn: str, forsta_rad: int = 1) -> YamlFil:
    """As las_yamlfil, for YAML that starts on line forsta_rad of its file (a page's front matter)."""
    fil = YamlFil(namn)
    text = "\n" * (forsta_rad - 1) + text  # so every reported line is the line in the file
    _hitta_tabbar(text, fil)
    if fil.fel:
        return fil
    try:
        # Only the node tree: values are interpreted below by our own rules, not PyYAML's YAML 1.1 ones.
        # libyaml's C composer keeps the build fast with thousands of schools.
        rot = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.MarkedYAMLError as err:
        fil.fel.append(_syntaxfel(namn, err))
        return fil
    if rot is None:
        fil.fel.append(Fel(namn, 1, 1, "(hela filen)", "filen är tom – den ska innehålla data, se CONTRIBUTING.md"))
        return fil
    fil.varde = _till_python(rot, (), fil, set())
    fil.namnge()
    return fil


def _hitta_tabbar(text: str, fil: YamlFil) -> None:
    for radnr, rad in enumerate(text.splitlines(), start=1):
        indrag = rad[: len(rad) - len(rad.lstrip(" \t"))]
        if "\t" in indrag:
            fil.fel.append(
                Fel(
                    fil.namn,
                    radnr,
                    indrag.index("\t") + 1,
                    "(indrag)",
                    "tabbtecken i indraget – använd mellanslag (två per nivå)",
                )
            )


def _syntaxfel(namn: str, err: yaml.MarkedYAMLError) -> Fel:
    mark = err.problem_mark or err.context_mark
    rad, kolumn = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = (err.problem or err.context or "okänt fel").strip()
    return Fel(
        namn,
        rad,
        kolumn,
        "(syntax)",
        "felaktig YAML – kontrollera indrag, kolon, hakparenteser och citattecken på den här raden "
        f"eller raden före (YAML-läsaren säger: {problem})",
    )


def _till_python(nod: Node, sokvag: Sokvag, fil: YamlFil, sedda: set[int]) -> object:
    fil.platser[sokvag] = (nod.start_mark.line + 1, nod.start_mark.column + 1)
    # The composer gives an alias the very node of its anchor: a node met twice is an alias. Expanding
    # aliases let 700 bytes grow to gigabytes, and the data needs none.
    if id(nod) in sedda:
        if -1 not in sedda:  # told once a file: one alias bomb is thousands of them
            sedda.add(-1)
            fil.nytt_fel(sokvag, "ankare och alias (&namn och *namn) används inte i handbokens data – skriv ut värdet")
        return None
    sedda.add(id(nod))
    if isinstance(nod, MappingNode):
        return _mappning(nod, sokvag, fil, sedda)
    if isinstance(nod, SequenceNode):
        return [_till_python(barn, sokvag + (i,), fil, sedda) for i, barn in enumerate(nod.value)]
    return _skalar(nod, sokvag, fil)


def _mappning(nod: MappingNode, sokvag: Sokvag, fil: YamlFil, sedda: set[int]) -> dict:
    resultat: dict = {}
    for nyckelnod, vardenod in nod.value:
        nyckel = str(nyckelnod.value)
        barn = sokvag + (nyckel,)
        if nyckel in resultat:
            fil.under_lasning.append((len(fil.fel), barn))
            fil.fel.append(
                Fel(
                    fil.namn,
                    nyckelnod.start_mark.line + 1,
                    nyckelnod.start_mark.column + 1,
                    visa_sokvag(barn, fil.varde),
                    f"nyckeln {nyckel!r} finns två gånger – ta bort eller byt namn på den ena",
                )
            )
            continue
        fil.nyckelplatser[barn] = (nyckelnod.start_mark.line + 1, nyckelnod.start_mark.column + 1)
        resultat[nyckel] = _till_python(vardenod, barn, fil, sedda)
    return resultat


def _skalar(nod: ScalarNode, sokvag: Sokvag, fil: YamlFil) -> object:
    text = nod.value
    if tecken := _STYRTECKEN.search(text):
        fil.nytt_fel(
            sokvag,
            f"osynligt styrtecken (U+{ord(tecken[0]):04X}) i texten – ta bort det; det följer ofta med när man "
            "kopierar från ett annat program",
        )
        return text
    if nod.style:
        return text  # quoted or block text is always text
    return _tolka_oquoterad(text, sokvag, fil)


def _tolka_oquoterad(text: str, sokvag: Sokvag, fil: YamlFil) -> object:
    lagre = text.lower()
    if lagre in _NULL:
        return None
    if lagre in ("true", "false"):
        return lagre == "true"
    if lagre in _YAML11_BOOL:
        fil.nytt_fel(
            sokvag,
            f"{text!r} är tvetydigt (läses som ja/nej i vissa program) – skriv true eller "
            f'false, eller "{text}" inom citattecken om du menar texten',
        )
        return text
    if _INLEDANDE_NOLLA.match(text):
        fil.nytt_fel(
            sokvag,
            f'{text} börjar med 0 och kan läsas som ett annat tal – skriv "{text}" inom '
            "citattecken (telefonnummer är alltid text)",
        )
        return text
    if _SEXAGESIMAL.match(text):
        fil.nytt_fel(sokvag, f'{text} kan läsas som ett tal i sextiosystemet – skriv "{text}" inom citattecken')
        return text
    if _HELTAL.match(text):
        if len(text.lstrip("+-")) > MAX_SIFFROR:
            fil.nytt_fel(sokvag, f"talet är för stort ({len(text)} siffror) – kontrollera det")
            return None
        return int(text)
    if _DECIMAL.match(text):
        return float(text)
    return text
