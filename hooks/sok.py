"""MkDocs hook: the glossary at work on every page (abbreviations explained in place), and the Pagefind
search index (Swedish stemming) built into the finished site, with the search help the header search
uses beside it (macros/sok.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError


def on_post_build(config) -> None:
    if os.environ.get("HB_SOK") == "0":  # `make check` skips the index to stay fast
        return
    from macros.sok import skriv_sokdata

    resultat = subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", config.site_dir, "--force-language", "sv", "--quiet"],
        capture_output=True,
        text=True,
    )
    if resultat.returncode != 0:
        raise PluginError(f"Sökindexet kunde inte byggas (Pagefind):\n{resultat.stdout}{resultat.stderr}")
    skriv_sokdata(Path(config.site_dir) / "pagefind", _termer)


_termer: list = []


def on_pre_build(config) -> None:
    from macros import ladda

    _termer[:] = ladda(Path(config.config_file_path).parent).ordlista.termer


def on_page_content(html: str, page, config, files) -> str:
    from macros.ordlista import forklara_forkortningar
    from macros.sok import skilj_block

    return skilj_block(forklara_forkortningar(html, _termer))
