"""Publishing as the intranet team does it: a release goes live in one step only after it has been built
and checked; a broken one leaves the live site serving; rollback brings back the one before."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
import xml.etree.ElementTree as ET

import pytest
from hjalp import ROT, UNDERSOKVAG, nginx, rad_i

pytestmark = pytest.mark.browser  # each publish runs the smoke tests in Chromium


def _kommando(kommando: str, mal, data=None) -> tuple[list[str], dict]:
    env = {**os.environ, "HB_SITE_URL": "http://127.0.0.1" + UNDERSOKVAG}
    if data:
        env["HB_DATA_DIR"] = str(data)
    # The accessibility statement has no feedback address yet, so these are preview publishes.
    flagga = ["--forhandsvisning"] if kommando == "publicera" else []
    return [sys.executable, str(ROT / "scripts" / "publicera.py"), kommando, str(mal), *flagga], env


def _publicera(kommando: str, mal, data=None) -> subprocess.CompletedProcess:
    argv, env = _kommando(kommando, mal, data)
    return subprocess.run(argv, cwd=ROT, env=env, capture_output=True, text=True, timeout=600)


def _data(tmp_path, namn, gammal, ny):
    data = tmp_path / namn
    shutil.copytree(ROT / "data", data)
    fil = data / "skolor.yml"
    fil.write_text(fil.read_text(encoding="utf-8").replace(gammal, ny, 1), encoding="utf-8")
    return data


def _rubrik(bas: str) -> str:
    html = urllib.request.urlopen(bas + "skolor/akalla-grundskola/").read().decode()
    return html.split("<h1>", 1)[1].split("</h1>", 1)[0]


@pytest.mark.lang
def test_publicera_misslyckas_sakert_och_aterstall(tmp_path):
    dest = tmp_path / "intranat"
    ny = _data(tmp_path, "ny", "namn: Akalla grundskola", "namn: Akalla grundskola (ny version)")
    annan = _data(tmp_path, "annan", "namn: Akalla grundskola", "namn: Akalla grundskola (annan version)")
    trasig = _data(tmp_path, "trasig", "klasser: 14", "klasser: tolv")

    # Two publishes started at once (two merges close together): the lock makes the second wait.
    argv, env = _kommando("publicera", dest, annan)
    samtidig = subprocess.Popen(argv, cwd=ROT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    andra = _publicera("publicera", dest, ny)
    ut, fel = samtidig.communicate(timeout=600)
    assert andra.returncode == 0 and samtidig.returncode == 0, andra.stderr + fel
    assert "Traceback" not in andra.stderr + fel
    assert "En annan publicering pågår" in andra.stdout + ut
    forst_klar = "annan" if "En annan publicering pågår" in andra.stdout else "ny"
    sist = "ny" if forst_klar == "annan" else "annan"
    releaser = (dest / "historik.txt").read_text().split()
    assert len(releaser) == 2 and not list((dest / "releases").glob(".*"))

    (tmp_path / "nginx").mkdir()
    with nginx(dest / "live", tmp_path / "nginx") as bas:
        assert _rubrik(bas) == f"Akalla grundskola ({sist} version)"  # the last release
        # Every page of the live release comes from one build: the table agrees with the school page.
        tabell = urllib.request.urlopen(bas + "lagesrapport/skolor/").read().decode()
        assert f"Akalla grundskola ({sist} version)" in tabell and f"({forst_klar} version)" not in tabell

        trasigt = _publicera("publicera", dest, trasig)
        assert trasigt.returncode == 1
        assert f"data/skolor.yml:{rad_i('skolor.yml', 'klasser: 14')}:18:" in trasigt.stdout + trasigt.stderr
        assert "Den publicerade versionen är oförändrad" in trasigt.stderr
        assert _rubrik(bas) == f"Akalla grundskola ({sist} version)"
        assert (dest / "historik.txt").read_text().split() == releaser
        assert not list((dest / "releases").glob(".*"))  # nothing half-written

        # kill -9 in the middle of a real publish: live stays the complete release it was.
        argv, env = _kommando("publicera", dest, ny if forst_klar == "ny" else annan)
        avbruten = subprocess.Popen(argv, cwd=ROT, env=env, start_new_session=True)
        time.sleep(random.uniform(1, 6))
        os.killpg(avbruten.pid, signal.SIGKILL)
        avbruten.wait()
        assert _rubrik(bas) == f"Akalla grundskola ({sist} version)"
        assert os.readlink(dest / "live") == f"releases/{releaser[-1]}"

        # Rollback follows the history, and the same server serves the release live before this one.
        tillbaka = _publicera("aterstall", dest)
        assert tillbaka.returncode == 0, tillbaka.stderr
        assert _rubrik(bas) == f"Akalla grundskola ({forst_klar} version)"
        assert os.readlink(dest / "live") == f"releases/{releaser[0]}"

    assert _publicera("aterstall", dest).returncode == 1  # nothing older than the first release


def test_iis_konfigurationen_ar_giltig_xml():
    rot = ET.parse(ROT / "publicera" / "web.config").getroot()
    typer = {m.get("fileExtension"): m.get("mimeType") for m in rot.iter("mimeMap")}
    assert typer[".wasm"] == "application/wasm" and typer[".pf_meta"] == "application/octet-stream"
    assert rot.find(".//error[@statusCode='404']").get("path") == "/mvp/404.html"


@pytest.mark.parametrize(
    "sokvag,header,forvantat",
    [
        ("assets/javascripts/", "Cache-Control", "public, max-age=31536000, immutable"),
        ("", "Cache-Control", "no-cache"),
        ("", "X-Content-Type-Options", "nosniff"),
    ],
)
def test_nginx_enligt_guiden_cachar_ratt(webbplats, site, sokvag, header, forvantat):
    if sokvag:  # the hashed bundle
        sokvag += next(p.name for p in (site / "assets" / "javascripts").glob("bundle.*.min.js"))
    svar = urllib.request.urlopen(urllib.request.Request(webbplats + sokvag, headers={"Accept-Encoding": "gzip"}))
    assert svar.headers[header] == forvantat
    if sokvag:
        assert svar.headers["Content-Encoding"] == "gzip"


def test_nginx_visar_inte_sin_version(webbplats):
    svar = urllib.request.urlopen(webbplats)
    assert svar.headers["Server"] == "nginx"
