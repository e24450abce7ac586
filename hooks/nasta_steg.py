"""MkDocs hook: each guidance page ends with its next step, named by id in its front matter (nasta_steg:)
and resolved by macros/nasta_steg.py; overrides/partials/hb-nasta-steg.html shows it. The body text of the
page is not touched."""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

PROJEKT = Path(__file__).resolve().parents[1]


def on_page_markdown(markdown: str, page, config, files) -> str:
    if "nasta_steg" not in page.meta:
        return markdown
    # Imported here: hooks/sidor.py drops the cached macros package on every build (make serve).
    from macros import ladda
    from macros.fel import DataFel
    from macros.nasta_steg import losa

    fil = f"docs/{page.file.src_uri}"
    kalla = page.file.content_string if not page.file.generated_by else ""
    try:
        lankar = losa(ladda(PROJEKT), page.meta["nasta_steg"], fil, kalla)
    except DataFel as err:
        raise PluginError(err.rapport().replace("i data/", "i sidornas sidhuvuden")) from None
    page.meta["hb_nasta_steg"] = [{"url": n.url, "text": n.text, "om": n.om} for n in lankar]
    return markdown
