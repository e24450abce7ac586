"""Reading a page of docs/ as text: the one place that knows how pages are saved."""

from __future__ import annotations

from pathlib import Path

from .fel import DataFel, Fel


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
