"""Reading a page of docs/ as text: the one place that knows how pages are saved."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..laddning.fel import DataFel, Fel


def _sidhuvudets_slut(text: str) -> int:
    """Where the closing --- of the page's front matter starts, or -1 when the page has none."""
    return text.find("\n---\n", 3) if text.startswith("---\n") else -1


def front_matter(text: str) -> tuple[str, int] | None:
    """The front matter block and the line it starts on (line 2, after the opening ---), if any."""
    slut = _sidhuvudets_slut(text)
    return (text[4 : slut + 1], 2) if slut != -1 else None


def brodtext(text: str) -> str:
    """The page below its front matter, with the front matter's lines left blank (so line numbers still
    count from the top of the file). A comment in the front matter ('# valfritt: ...') is no heading."""
    slut = _sidhuvudets_slut(text)
    if slut == -1:
        return text
    return "\n" * text.count("\n", 0, slut + 5) + text[slut + 5 :]


def las_text(fil: Path, docs: Path) -> str:
    """The page's text. A byte-order mark is accepted (some Windows editors add one); a page that is not
    UTF-8 gets the same Swedish message as a data file, naming the page."""
    try:
        return fil.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        namn = "docs/" + fil.relative_to(docs).as_posix()
        raise DataFel(
            [Fel(namn, 1, 1, "(hela filen)", "filen är inte sparad som UTF-8 – spara om den som UTF-8")]
        ) from None


_RUBRIK = re.compile(r"^(#{1,6})\s+(.*?)\s*(?:\{#([a-z0-9]+(?:-[a-z0-9]+)*)(?:\s[^}]*)?\})?\s*$")


@dataclass(frozen=True)
class Sida:
    """A page of docs/ as the build reads it, once: its text, its title and its sections by explicit id."""

    titel: str
    rubriker: dict[str, str] = field(default_factory=dict)  # heading id -> heading text
    text: str = field(default="", compare=False, repr=False)


def las_sida(text: str) -> Sida:
    titel, rubriker, i_kod = "", {}, False
    for rad in brodtext(text).splitlines():
        if rad.lstrip().startswith(("```", "~~~")):
            i_kod = not i_kod
        traff = None if i_kod else _RUBRIK.match(rad)
        if not traff:
            continue
        if len(traff.group(1)) == 1 and not titel:
            titel = traff.group(2)
        if traff.group(3):
            rubriker[traff.group(3)] = traff.group(2)
    return Sida(titel, rubriker, text)


def las_docs(docs: Path) -> dict[str, Sida]:
    """Every Markdown page in docs/ by its path ('forberedelser.md'): the one read of docs/ in a build."""
    return {f.relative_to(docs).as_posix(): las_sida(las_text(f, docs)) for f in sorted(docs.rglob("*.md"))}
