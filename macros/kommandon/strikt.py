"""A strict build that is strict: every MkDocs warning stops it, told in Swedish with docs/<file>:<line>.

`mkdocs build --strict --quiet` never fails on a warning in MkDocs 1.6.1 (--quiet raises the log level
above WARNING, so strict mode counts nothing: upstream mkdocs#4126). So the build runs in-process with
the ordinary log level, and a handler of our own collects what MkDocs and its plugins warn about, instead
of printing English INFO lines to an editor.
"""

from __future__ import annotations

import logging
import re
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path

_OMITTED = re.compile(r"not included in the \"nav\" configuration:\n(?P<sidor>(?:\s+- .+\n?)+)")
_LANK_SAKNAS = re.compile(r"Doc file '(?P<fil>[^']+)' contains a link '(?P<lank>[^']+)', but the target .*not found")
_ANKARE_ANNAN = re.compile(
    r"Doc file '(?P<fil>[^']+)' contains a link '(?P<lank>[^']+)', but the doc '(?P<mal>[^']+)' does not "
    r"contain an anchor '(?P<ankare>[^']+)'"
)
_ANKARE_EGEN = re.compile(r"Doc file '(?P<fil>[^']+)' contains a link '(?P<lank>[^']+)', but there is no such anchor")
_ABSOLUT = re.compile(r"Doc file '(?P<fil>[^']+)' contains an absolute link '(?P<lank>[^']+)'")
_OKAND = re.compile(r"Doc file '(?P<fil>[^']+)' contains an unrecognized relative link '(?P<lank>[^']+)'")
_LAS_SIDA = re.compile(r"^Error (reading|building) page '[^']+':\s*$")

# What each of MkDocs' link warnings means for the editor, after "docs/<file>:<line>: länken <link> ".
_LANKFEL = (
    (
        _ANKARE_ANNAN,
        "leder till ett avsnitt som inte finns på sidan {mal} – rätta delen efter # så att den stämmer med "
        "avsnittets id (se rubrikens {#id})",
    ),
    (
        _ANKARE_EGEN,
        "leder till ett avsnitt som inte finns på samma sida – rätta delen efter # så att den stämmer med en "
        "rubriks {#id}",
    ),
    (
        _LANK_SAKNAS,
        "leder till en sida som inte finns – kontrollera stavningen och skriv sökvägen till .md-filen i docs/, "
        "till exempel forberedelser.md",
    ),
    (
        _ABSOLUT,
        "börjar med / och fungerar inte när handboken publiceras under en undersökväg – länka till .md-filen i "
        "stället, till exempel ../kontakter.md",
    ),
    (
        _OKAND,
        "pekar på något som inte är en sida i docs/ – länka till en .md-fil, eller till en fullständig adress "
        "som börjar med https://",
    ),
)


def rad_for(text: str, lank: str) -> int:
    """The line where a link target stands in a page: as a Markdown link, an HTML attribute, or anywhere."""
    for monster in (f"]({lank}", f'="{lank}"', f"'{lank}'", lank):
        plats = text.find(monster)
        if plats >= 0:
            return text.count("\n", 0, plats) + 1
    return 1


def _sida(docs: Path, fil: str, lank: str) -> str:
    try:
        text = (docs / fil).read_text(encoding="utf-8-sig", errors="replace")
    except OSError:
        return f"docs/{fil}"
    return f"docs/{fil}:{rad_for(text, lank)}"


def oversatt(meddelande: str, docs: Path) -> list[str]:
    """One MkDocs warning as Swedish lines an editor can act on. Unknown warnings keep their text."""
    if m := _OMITTED.search(meddelande):
        sidor = [s.strip()[2:] for s in m["sidor"].strip().splitlines()]
        return [
            f"docs/{s}:1: sidan finns inte i menyn – lägg till den under nav: i mkdocs.yml, "
            "eller ta bort filen om den inte ska publiceras"
            for s in sidor
        ]
    for monster, rad in _LANKFEL:
        if m := monster.search(meddelande):
            return [
                f"{_sida(docs, m['fil'], m['lank'])}: länken {m['lank']} "
                + rad.replace("{mal}", m.groupdict().get("mal", ""))
            ]
    return [
        f"varning från bygget (på engelska): {meddelande.strip()} – rätta det som sägs, eller be en utvecklare om hjälp"
    ]


@dataclass
class Samlare(logging.Handler):
    """Keeps every warning and error from MkDocs and its plugins, to be told once the build is over."""

    varningar: list[str] = field(default_factory=list)
    fel: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        logging.Handler.__init__(self, logging.WARNING)

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.levelno >= logging.ERROR:
            if not _LAS_SIDA.match(text):  # MkDocs' own English lead-in to the message that follows
                self.fel.append(text)
        else:
            self.varningar.append(text)

    def __hash__(self) -> int:  # logging keeps handlers in sets
        return id(self)


def rapport(samlare: Samlare, docs: Path) -> list[str]:
    rader = [rad for v in samlare.varningar for rad in oversatt(v, docs)]
    return list(dict.fromkeys([*samlare.fel, *rader]))


def bygg_rader(konfigfil: Path, site_dir: Path, serve_url: str | None = None) -> list[str]:
    """Build strictly into site_dir; every problem as a Swedish line (none: the site is complete).
    serve_url: the preview's address (make serve), which MkDocs builds links and drafts for."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError, PluginError

    logger = logging.getLogger("mkdocs")
    samlare = Samlare()
    tidigare = (logger.level, logger.propagate, list(logger.handlers))
    logger.setLevel(logging.INFO)  # not higher: a warning must exist for strict mode to count it
    logger.propagate = False
    logger.handlers = [samlare]
    try:
        config = load_config(str(konfigfil), site_dir=str(site_dir), strict=True)
        if serve_url:
            config.site_url = serve_url
        build(config, serve_url=serve_url)
        ovantat = None
    except (Abort, ConfigurationError, PluginError) as err:
        ovantat = None
        if not samlare.fel and not samlare.varningar:
            samlare.fel.append(str(err))
    except OSError as err:  # a full disk, a folder without write access: nothing the editor wrote
        ovantat = None
        samlare.fel.append(
            f"kunde inte skriva webbplatsen till {site_dir} ({err.strerror}) – frigör utrymme på disken eller "
            "kontrollera behörigheten, och försök igen"
        )
    except Exception as err:  # a fault in the handbook's own code, not in the editor's text
        ovantat = err
    finally:
        logger.setLevel(tidigare[0])
        logger.propagate = tidigare[1]
        logger.handlers = tidigare[2]
    docs = konfigfil.parent / "docs"
    rader = rapport(samlare, docs)
    if ovantat is not None:
        logg = konfigfil.parent / ".bygglogg.txt"
        logg.write_text("".join(traceback.format_exception(ovantat)), encoding="utf-8")
        rader.append(
            f"oväntat fel i handbokens programkod ({type(ovantat).__name__}: {ovantat}) – det beror inte på "
            f"din text; be en utvecklare titta, hela felspåret finns i {logg.name}"
        )
    return rader


def bygg(konfigfil: Path, site_dir: Path, utdata=None) -> int:
    """Build strictly into site_dir. 0 when the site is complete, 1 after telling every problem in Swedish."""
    utdata = utdata or (lambda text: print(text, file=sys.stderr))
    rader = bygg_rader(konfigfil, site_dir)
    if not rader:
        return 0
    if len(rader) == 1 and "\n" in rader[0]:  # already a whole report (data errors), told as it is
        utdata(rader[0])
        return 1
    antal = len(rader)
    utdata(f"{'1 fel' if antal == 1 else f'{antal} fel'} – bygget stoppades och inget publicerades:")
    for rad in rader:
        utdata(rad if "\n" in rad else f"  {rad}")
    utdata("Rätta felen ovan och kör make check igen. Förklaringar finns i CONTRIBUTING.md.")
    return 1
