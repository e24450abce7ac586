"""MkDocs hook: one page per school, per district and per role, generated from data/ and the role tags
on the headings in docs/ (never written into docs/)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

PROJEKT = Path(__file__).resolve().parents[1]


@event_priority(100)
def on_config(config):
    # `make serve` rebuilds in one process: drop the cached macros package so edits in macros/ take
    # effect. It must run before the macros plugin's on_config imports it again.
    for namn in [m for m in sys.modules if m == "macros" or m.startswith("macros.")]:
        del sys.modules[namn]
    if str(PROJEKT) not in sys.path:
        sys.path.insert(0, str(PROJEKT))
    return config


def on_files(files: Files, config) -> Files:
    from mkdocs.exceptions import PluginError

    from macros import ladda
    from macros.fel import DataFel
    from macros.roller import genererade_rollsidor, kontrollera_taggar, las_taggar
    from macros.sidor import genererade_sidor

    hb = ladda(PROJEKT)
    taggar = las_taggar(Path(config.docs_dir))
    try:
        kontrollera_taggar(hb, taggar)
    except DataFel as err:
        raise PluginError(err.rapport()) from None
    for uri, titel, innehall, meta in [*genererade_sidor(hb), *genererade_rollsidor(hb, taggar)]:
        # The title is text (macros escapes front-matter titles); the body is already rendered HTML.
        extra = "".join(f"{nyckel}: {varde}\n" for nyckel, varde in meta.items())
        huvud = f"---\ntitle: {json.dumps(titel, ensure_ascii=False)}\nrender_macros: false\n{extra}---\n\n"
        files.append(File.generated(config, uri, content=huvud + innehall + "\n"))
    return files
