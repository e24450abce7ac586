"""Bygge: all that one build knows, made once per MkDocs config and handed to macros and hooks alike.

The only per-build state. `make serve` loads mkdocs.yml anew for each rebuild (and the preview reloads the
macros package when Python code changed), so every rebuild starts from a new Bygge: nothing of an earlier
build is kept in a module."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from mkdocs.exceptions import PluginError

from .efterbehandling.utskrift import Utskrift
from .granskning import Granskning, fran_data, las_alla
from .laddning.fel import DataFel
from .laddning.handbok import Handbok
from .laddning.las import las_handbok
from .mallar.dokument import dokument
from .mallar.word import docx_bytes
from .roller import Tagg, kontrollera_taggar, las_taggar


def data_dir(projektkatalog: str | Path) -> Path:
    """data/ beside mkdocs.yml, or HB_DATA_DIR (tests and the benchmark build other data sets)."""
    return Path(os.environ.get("HB_DATA_DIR") or Path(projektkatalog) / "data")


def senast_andrade(docs: Path) -> dict[str, str]:
    """Latest commit date per file under docs/, in one git call. Files not committed (or no git at all,
    or a shallow clone without their history) are simply missing: never a warning, never a stop."""
    try:
        ut = subprocess.run(
            ["git", "log", "--format=%x00%cs", "--name-only", "--relative", "--", "."],
            cwd=docs,
            capture_output=True,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.SubprocessError):
        return {}
    datum, resultat = None, {}
    for rad in ut.stdout.splitlines():
        if rad.startswith("\x00"):
            datum = rad[1:]
        elif rad.strip() and datum:
            resultat.setdefault(rad.strip(), datum)
    return resultat


@dataclass
class Bygge:
    hb: Handbok  # data/ validated, with docs/ read once (hb.sidor)
    docs: Path
    idag: dt.date = field(default_factory=dt.date.today)
    utskrift: Utskrift = field(default_factory=Utskrift)  # filled page by page, joined on the print page

    @cached_property
    def granskningar(self) -> dict[str, Granskning]:
        """Review data by page source path; the generated pages are reviewed in their data file. DataFel
        names each page whose front matter is wrong."""
        granskningar = {g.sida: g for g in las_alla(self.hb.sidor)}
        for uris, granskning in fran_data(self.hb):
            granskningar.update(dict.fromkeys(uris, granskning))
        return granskningar

    @cached_property
    def alla_granskningar(self) -> list[Granskning]:
        """Each review once: a template's review covers all its pages."""
        return list({id(g): g for g in self.granskningar.values()}.values())

    @cached_property
    def wordfiler(self) -> dict[str, bytes]:
        """Each template document's Word file, written once: the build publishes it, the list shows its size."""
        return {dok.id: docx_bytes(self.hb, dok) for dok in dokument(self.hb)}

    @cached_property
    def andrad(self) -> dict[str, str]:
        return senast_andrade(self.docs)

    @cached_property
    def taggar(self) -> list[Tagg]:
        """The role tags on the headings of docs/, checked against the roles in data/ (DataFel if unknown)."""
        taggar = las_taggar(self.hb.sidor)
        kontrollera_taggar(self.hb, taggar)
        return taggar


@contextmanager
def stoppa_vid_datafel(var: str = "data/") -> Iterator[None]:
    """A data error becomes MkDocs' stop, told as the loader tells it (var: where the error lies)."""
    try:
        yield
    except DataFel as err:
        raise PluginError(err.rapport().replace("i data/", f"i {var}")) from None


def for_config(config) -> Bygge:
    """The build's Bygge: made on the first ask (the hooks' on_config) and kept on the config object."""
    if getattr(config, "hb_bygge", None) is None:
        projekt = Path(config.config_file_path).parent
        config.hb_bygge = Bygge(las_handbok(data_dir(projekt), Path(config.docs_dir)), Path(config.docs_dir))
    return config.hb_bygge
