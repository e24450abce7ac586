"""A second builder: ProperDocs, the maintained fork of MkDocs 1.x, builds the same mkdocs.yml into the
same site, apart from the generator line. If the city has to leave MkDocs, this says it can."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from hjalp import ROT, UNDERSOKVAG
from jamfor_webbplatser import skillnader


def test_properdocs_bygger_samma_webbplats(site, tmp_path):
    andra = tmp_path / "properdocs"
    resultat = subprocess.run(
        [
            str(Path(sys.executable).with_name("properdocs")),
            "build",
            "--strict",
            "-f",
            str(ROT / "mkdocs.yml"),
            "-d",
            str(andra),
        ],
        cwd=ROT,
        env={**os.environ, "HB_SITE_URL": "http://127.0.0.1" + UNDERSOKVAG},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert resultat.returncode == 0, resultat.stderr
    assert "WARNING" not in resultat.stderr, resultat.stderr
    assert skillnader(site, andra) == []
    generator = (andra / "index.html").read_text(encoding="utf-8")
    assert 'content="mkdocs-ProperDocs 1.6.7' in generator, "bygget ska vara gjort av ProperDocs"
