"""MkDocs hook: the startup kit's templates as generated files – one printable page and one Word file
(.docx) per document, from data/mallar.yml. Nothing is written into docs/.

It also keeps the kit's tool pages from crowding out the guidance in search. Their text repeats the
guidance in short, and Pagefind ranks short pages first, so the guidance fell out of the first hits.
Pages say what they want in their front matter:
  sok: verktyg – indexed with less weight, so the guidance comes first for a topic word;
  sok: uppslag – indexed with some less weight (the glossary);
  sok: nej     – not indexed (the paper checklist).
Each template page is a tool page too: its title and description are indexed, so "föräldrabrev" can lead
straight to the letter. The checklist's, planner's and templates' own content is never indexed
(data-pagefind-ignore)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.structure.files import File, Files, InclusionLevel

PROJEKT = Path(__file__).resolve().parents[1]
# Pagefind's default is 1 for text and up to 7 for headings. The glossary repeats the guidance's words in
# one line each, so without less weight it came first for ställtid, kurator and vårdnadshavare.
VIKTER = {"verktyg": "0.1", "uppslag": "0.3"}
_RUBRIK = re.compile(r"<h([1-6])(?=[\s>])")


def on_files(files: Files, config) -> Files:
    # Imported here: hooks/sidor.py drops the cached macros package on every build (make serve).
    from macros import ladda
    from macros.dokument import dokument, dokument_sida
    from macros.mallar import Mallar, relativ_rot
    from macros.word import docx_bytes

    hb = ladda(PROJEKT)
    for dok in dokument(hb):
        word = docx_bytes(hb, dok)
        files.append(File.generated(config, f"starta/mallar/{dok.filnamn}", content=word))
        sida = dokument_sida(hb, Mallar(rot=lambda url=dok.url: relativ_rot(url)), dok, len(word))
        # The title is text (macros escapes front-matter titles); the body is rendered already.
        huvud = (
            f"---\ntitle: {json.dumps(dok.titel, ensure_ascii=False)}\nrender_macros: false\nsok: verktyg\n"
            f"description: {json.dumps(dok.mall.beskrivning, ensure_ascii=False)}\n---\n\n"
        )
        files.append(
            File.generated(
                config, f"starta/mallar/{dok.id}.md", content=huvud + sida + "\n", inclusion=InclusionLevel.NOT_IN_NAV
            )
        )
    return files


def on_page_content(innehall: str, page, config, files) -> str:
    sok = page.meta.get("sok")
    if sok == "nej":
        return f'<div data-pagefind-ignore="all">{innehall}</div>'
    vikt = VIKTER.get(sok)
    if vikt is None:
        return innehall
    innehall = _RUBRIK.sub(lambda m: f'<h{m.group(1)} data-pagefind-weight="{vikt}"', innehall)
    # The kind goes along as metadata: the header search ranks guidance above tools and the glossary.
    return f'<div data-pagefind-weight="{vikt}" data-pagefind-meta="typ:{sok}">{innehall}</div>'
