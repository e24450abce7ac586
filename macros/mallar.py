"""HTML pieces live in Jinja partials (overrides/partials/hb/), rendered with autoescape on."""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

MALLKATALOG = Path(__file__).resolve().parents[1] / "overrides" / "partials" / "hb"


class Mallar:
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

    def rendera(self, namn: str, **varden) -> str:
        # Blank lines would end Markdown's raw HTML block and let Markdown rewrite the rest.
        html = self.miljo.get_template(namn).render(rot=self.rot(), **varden)
        return "\n".join(rad for rad in html.splitlines() if rad.strip())


def format_tal(varde: float) -> str:
    """Swedish number format: 0.5 -> '0,5', 2.0 -> '2', 1500 -> '1 500'."""
    if float(varde).is_integer():
        return f"{int(varde):,}".replace(",", "\u00a0")
    return f"{varde:.1f}".replace(".", ",")


TAL_ORD = "noll en två tre fyra fem sex sju åtta nio tio elva tolv".split()


def tal_i_text(varde: float, neutrum: bool = False) -> str:
    """A number in running text, as Myndigheternas skrivregler ask: one to twelve in words, larger
    numbers in digits. 2 -> 'två', 1 -> 'en' (or 'ett' with neutrum=True), 14 -> '14', 0.5 -> '0,5'."""
    if float(varde).is_integer() and 0 <= varde <= 12:
        ord_ = TAL_ORD[int(varde)]
        return "ett" if ord_ == "en" and neutrum else ord_
    return format_tal(varde)


def ej_rapporterat() -> Markup:
    return Markup('<span class="hb-saknas">uppgift saknas</span>')


def relativ_rot(sid_url: str) -> str:
    """'lagesrapport/skolor/' -> '../../', '' -> ''."""
    katalog = sid_url if sid_url.endswith("/") else posixpath.dirname(sid_url)
    katalog = katalog.strip("/")
    return "" if not katalog else "../" * (katalog.count("/") + 1)
