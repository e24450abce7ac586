"""MkDocs hook: one page per school and per district, generated from data/ (never written into docs/)."""

from __future__ import annotations

import html
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
    from macros import ladda
    from macros.sidor import genererade_sidor

    for uri, titel, innehall in genererade_sidor(ladda(PROJEKT)):
        # The title is HTML-escaped because the theme prints page titles without escaping; the body is
        # already rendered, so mkdocs-macros leaves it alone.
        huvud = f"---\ntitle: {json.dumps(html.escape(titel), ensure_ascii=False)}\nrender_macros: false\n---\n\n"
        files.append(File.generated(config, uri, content=huvud + innehall + "\n"))
    return files
