"""Markup in every text field of every data file shows as text on every page where it shows, and in the
Word files. The fields come from the models (tests/hjalp.py), so a new field is covered by itself."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from docx import Document
from hjalp import ROT, alla_lov, bygg, satt, textfalt_i_modellerna, tillater_text
from pydantic import ValidationError

from macros.laddning.fel import DataFel
from macros.laddning.las import las_handbok
from macros.laddning.models import FILER
from macros.laddning.yamlfil import las_yamlfil


def last(n: int) -> str:
    """Markup of every kind a reader must see as text: HTML, a script link, Markdown, Jinja."""
    return f'<b data-hb="{n}">hb{n}x</b>[l](javascript:alert({n}))*k*{{{{ hb }}}}{{% raw %}}'


def _injicera(data: Path) -> tuple[dict[int, str], set[str]]:
    """Puts last(n) into every text leaf the models accept it in. Returns n -> field, and guarded fields."""
    falt, skyddade, n = {}, set(), 0
    for namn, modell in FILER.items():
        varde = las_yamlfil(data / f"{namn}.yml", f"{namn}.yml").varde
        for lov in alla_lov(namn, varde):
            if not tillater_text(lov.typ):
                continue
            n += 1
            satt(varde, lov.sokvag, last(n))
            try:
                modell.model_validate(varde)
                falt[n] = lov.namn
            except ValidationError:  # an id, address or e-mail field: it refuses markup outright
                satt(varde, lov.sokvag, lov.varde)
                skyddade.add(lov.namn)
        # JSON is YAML: every string quoted, so each is read as text.
        (data / f"{namn}.yml").write_text(json.dumps(varde, ensure_ascii=False), encoding="utf-8")
    return falt, skyddade


@pytest.fixture(scope="module")
def injicerad(tmp_path_factory):
    data = tmp_path_factory.mktemp("injektion") / "data"
    data.mkdir()
    for fil in (ROT / "data").glob("*.yml"):
        (data / fil.name).write_bytes(fil.read_bytes())
    falt, skyddade = _injicera(data)
    try:
        las_handbok(data)
    except DataFel as err:
        pytest.fail(f"data med inskjuten kod laddas inte:\n{err.rapport()}")
    site = tmp_path_factory.mktemp("injektion-site") / "site"
    resultat = bygg(site, data, {"HB_SOK": "0"})
    assert resultat.returncode == 0, resultat.stderr
    return site, falt, skyddade


def test_varje_textfalt_i_modellerna_provas(injicerad):
    _, falt, skyddade = injicerad
    provade = set(falt.values()) | skyddade
    saknas = textfalt_i_modellerna() - provade
    # Only fields of records the data has none of yet (redirects: no page has moved).
    assert {f.split(".")[0] for f in saknas} <= {"Sidflytt", "Avsnittsalias"}, saknas
    # Free-text fields take the markup (and must then show it as text); ids and addresses refuse it.
    assert {"Period.namn", "Skola.namn", "Term.forklaring", "Mall.titel"} <= set(falt.values())
    assert {"Skola.id", "Kontakt.epost"} <= skyddade


def _texter(html: str) -> tuple[BeautifulSoup, str]:
    soup = BeautifulSoup(html, "html.parser")
    attribut = " ".join(str(v) for tagg in soup.find_all(True) for v in tagg.attrs.values())
    return soup, soup.get_text() + " " + attribut


def test_markup_i_data_visas_som_text_pa_varje_sida(injicerad):
    site, falt, _ = injicerad
    visade, fel = set(), []
    for sida in sorted(site.rglob("*.html")):
        html = sida.read_text(encoding="utf-8")
        if "hb" not in html:
            continue
        soup, text = _texter(html)
        if soup.find(attrs={"data-hb": True}) or soup.select('[href^="javascript:"]'):
            fel.append(f"{sida.relative_to(site)}: markup från data blev HTML")
        for n in map(int, re.findall(r"hb(\d+)x", html)):
            visade.add(n)
            if last(n) not in text:
                fel.append(f"{sida.relative_to(site)}: {falt[n]} visas inte ordagrant: {last(n)!r}")
    assert not fel, "\n".join(sorted(set(fel)))
    visas_inte = set(falt.values()) - {falt[n] for n in visade}
    # The allowed e-mail domains only check addresses; search words go to the index, not built here.
    assert visas_inte <= {"KontakterFil.tillatna_epostdomaner", "Term.sokord"}, visas_inte


def test_markup_i_data_visas_som_text_i_wordfilerna(injicerad):
    site, falt, _ = injicerad
    filer = sorted(site.rglob("*.docx"))
    assert len(filer) >= 5
    for fil in filer:
        dok = Document(fil)
        text = "\n".join(
            [p.text for p in dok.paragraphs]
            + [c.text for t in dok.tables for r in t.rows for c in r.cells]
            + [dok.core_properties.title or ""]
        )
        nummer = set(map(int, re.findall(r"hb(\d+)x", text)))
        assert nummer, f"{fil.name}: ingen inskjuten text syns i dokumentet"
        for n in nummer:
            assert last(n) in text, f"{fil.name}: {falt[n]} visas inte ordagrant"
