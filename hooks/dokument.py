"""MkDocs hook: the startup kit's templates as generated files – one printable page and one Word file
(.docx) per document, from data/mallar.yml. Nothing is written into docs/.

It also keeps the kit's tool pages from crowding out the guidance in search. Their text repeats the
guidance in short, and Pagefind ranks short pages first, so the guidance fell out of the first hits.
Pages say what they want in their front matter:
  sok: verktyg – indexed with less weight and without the glossary's search words (hooks/sok.py adds
                 them to lead synonyms to the guidance, not to the tools);
  sok: nej     – not indexed (the paper checklist and each template; the pages that list them are).
The checklist's, planner's and templates' own content is never indexed (data-pagefind-ignore)."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from mkdocs.structure.files import File, Files, InclusionLevel

PROJEKT = Path(__file__).resolve().parents[1]
VIKT = "0.1"  # Pagefind's default is 1 for text and up to 7 for headings
_RUBRIK = re.compile(r"<h([1-6])(?=[\s>])")
_SOKORD = re.compile(r'<span data-pagefind-index-attrs="data-sok" data-sok="[^"]*"></span>')


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
        # The theme prints page titles without escaping them; the body is rendered already.
        huvud = (
            f"---\ntitle: {json.dumps(html.escape(dok.titel), ensure_ascii=False)}\nrender_macros: false\n"
            f"sok: nej\ndescription: {json.dumps(dok.mall.beskrivning, ensure_ascii=False)}\n---\n\n"
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
    if sok != "verktyg":
        return innehall
    innehall = _RUBRIK.sub(lambda m: f'<h{m.group(1)} data-pagefind-weight="{VIKT}"', _SOKORD.sub("", innehall))
    return f'<div data-pagefind-weight="{VIKT}">{innehall}</div>'
