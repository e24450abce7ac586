"""The theme copy we keep: overrides/partials/header.html is Material's with one marked change. When an
upgrade of Material changes its header, this test fails so the copy is brought up to date by hand."""

from __future__ import annotations

import re
from pathlib import Path

import material
from hjalp import ROT

MATERIAL = Path(material.__file__).parent / "templates" / "partials" / "header.html"
VART = ROT / "overrides" / "partials" / "header.html"


def _utan_var_andring(text: str) -> str:
    text = re.sub(r"\{#-.*?-#\}\n", "", text, count=1, flags=re.S)  # the leading comment
    return re.sub(r"\s*\{#- hb:.*?hb: end -#\}\n", "\n", text, flags=re.S)


def _utan_sok(text: str) -> str:
    text = re.sub(r"\{#-.*?-#\}\n", "", text, count=1, flags=re.S)
    return re.sub(
        r'\s*\{% if "material/search" in config\.plugins %\}.*?\{% endif %\}\n    \{% endif %\}\n',
        "\n",
        text,
        flags=re.S,
    )


def test_headerkopian_foljer_material():
    assert _utan_var_andring(VART.read_text(encoding="utf-8")) == _utan_sok(MATERIAL.read_text(encoding="utf-8"))


def test_andringen_ar_markerad():
    text = VART.read_text(encoding="utf-8")
    assert text.count("{#- hb:") == 2 and text.count("{#- hb: end -#}") == 1  # one opening, one end
    assert "Material for MkDocs 9.8.2" in text
