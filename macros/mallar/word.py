"""Word (.docx) files of the templates, written with python-docx from the same parts as the pages.

The bytes are the same on every build: fixed document dates and fixed zip entry times, so a rebuild
changes a file only when its text changes."""

from __future__ import annotations

import os
import zipfile
from datetime import UTC, datetime
from io import BytesIO

from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml.ns import qn
from docx.shared import Cm

from ..laddning.handbok import Handbok
from .dokument import Bit, Dokument, Rad, bitar

# Fixed, so every build writes the same bytes; SOURCE_DATE_EPOCH (reproducible-builds.org) overrides it.
FAST_TID = datetime(2020, 9, 1, tzinfo=UTC)
ZIP_TID = (1980, 1, 1, 0, 0, 0)


def tidpunkt() -> datetime:
    epok = os.environ.get("SOURCE_DATE_EPOCH")
    return datetime.fromtimestamp(int(epok), tz=UTC).replace(tzinfo=None) if epok else FAST_TID.replace(tzinfo=None)


def docx_bytes(hb: Handbok, dok: Dokument) -> bytes:
    doc = Document()
    _installningar(doc, dok)
    for bit in bitar(hb, dok):
        _SKRIVARE[bit.slag](doc, bit)
    ut = BytesIO()
    doc.save(ut)
    return fast_zip(ut.getvalue())


def _installningar(doc, dok: Dokument) -> None:
    sektion = doc.sections[0]
    sektion.page_width, sektion.page_height = Cm(21), Cm(29.7)  # A4, not the template's US Letter
    sektion.left_margin = sektion.right_margin = Cm(2.5)
    sprak = doc.styles.element.find(qn("w:docDefaults")).find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    sprak.set(qn("w:val"), "sv-SE")  # Swedish spelling and hyphenation in Word
    egenskaper = doc.core_properties
    egenskaper.title, egenskaper.author, egenskaper.last_modified_by = dok.titel, "Stockholms stad", ""
    egenskaper.language, egenskaper.revision = "sv-SE", 1
    egenskaper.created = egenskaper.modified = tidpunkt()
    egenskaper.comments = "Mall från MVP-handboken. Byt ut det som står inom [[ ]] mot skolans egna uppgifter."


def fast_zip(data: bytes) -> bytes:
    """The same archive with fixed entry times and attributes."""
    ut = BytesIO()
    with zipfile.ZipFile(BytesIO(data)) as inn, zipfile.ZipFile(ut, "w", zipfile.ZIP_DEFLATED) as arkiv:
        for post in inn.infolist():
            ny = zipfile.ZipInfo(post.filename, date_time=ZIP_TID)
            ny.compress_type, ny.create_system, ny.external_attr = zipfile.ZIP_DEFLATED, 3, 0o644 << 16
            arkiv.writestr(ny, inn.read(post.filename))
    return ut.getvalue()


def _rad(stycke, rad: Rad, etikett: str | None = None) -> None:
    if etikett:
        stycke.add_run(f"{etikett}: ").bold = True
    for seg in rad:
        kors = stycke.add_run(seg.text)
        if seg.platshallare:
            kors.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _etikett(bit: Bit, i: int) -> str | None:
    return bit.etiketter[i] if i < len(bit.etiketter) else None


def _rubrik(doc, bit: Bit) -> None:
    _rad(doc.add_heading(level=1 if bit.slag == "rubrik" else 2), bit.rader[0])


def _text(doc, bit: Bit) -> None:
    _rad(doc.add_paragraph(), bit.rader[0], _etikett(bit, 0))


def _punkter(doc, bit: Bit) -> None:
    for i, rad in enumerate(bit.rader):
        _rad(doc.add_paragraph(style="List Bullet"), rad, _etikett(bit, i))


def _falt(doc, bit: Bit) -> None:
    tabell = doc.add_table(rows=0, cols=2)
    tabell.style = "Table Grid"
    for rad in bit.rader:
        cell = tabell.add_row().cells
        _rad(cell[0].paragraphs[0], rad)
        cell[0].width, cell[1].width = Cm(6), Cm(10)
        tabell.rows[-1].height = Cm(1.2)
    doc.add_paragraph()


def _tabell(doc, bit: Bit) -> None:
    tabell = doc.add_table(rows=1 + bit.tomma_rader, cols=len(bit.rader))
    tabell.style = "Table Grid"
    for cell, rad in zip(tabell.rows[0].cells, bit.rader, strict=True):
        _rad(cell.paragraphs[0], rad)
        for kors in cell.paragraphs[0].runs:
            kors.bold = True
    for rad in tabell.rows[1:]:
        rad.height = Cm(0.9)
    doc.add_paragraph()


_SKRIVARE = {
    "rubrik": _rubrik,
    "underrubrik": _rubrik,
    "text": _text,
    "punkter": _punkter,
    "falt": _falt,
    "tabell": _tabell,
}
