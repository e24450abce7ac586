"""HTML pieces live in Jinja partials (overrides/partials/hb/), rendered with autoescape on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from .adresser import FOR_PARTIALS
from .text import format_tal, tal_i_text

MALLKATALOG = Path(__file__).resolve().parents[2] / "overrides" / "partials" / "hb"


class Partials:
    def __init__(self, rot: Callable[[], str] = lambda: "", katalog: Path = MALLKATALOG):
        # rot() is the relative path from the page being rendered to the site root, so links in raw
        # HTML work under any sub-path and from file://.
        self.rot = rot
        self.miljo = Environment(
            loader=FileSystemLoader(str(katalog)),
            autoescape=select_autoescape(default=True, default_for_string=True),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
        )
        self.miljo.filters["tal"] = format_tal
        self.miljo.filters["ord"] = tal_i_text
        self.miljo.globals["adresser"] = FOR_PARTIALS

    def rendera(self, namn: str, **varden) -> str:
        # Blank lines would end Markdown's raw HTML block and let Markdown rewrite the rest.
        html = self.miljo.get_template(namn).render(rot=self.rot(), **varden)
        return "\n".join(rad for rad in html.splitlines() if rad.strip())
