"""`make serve`: a preview that follows every save, and shows in the page why a rebuild failed.

MkDocs' own serve injects an inline reload script, which the page's Content-Security-Policy blocks, so the
preview never reloaded. Here MkDocs' LiveReloadServer (its watcher, its long poll) is kept, but the page
gets an external script from this server instead: the policy allows it as it is ('self'), so the preview
runs under exactly the policy that is published. Each rebuild goes into a new folder; the server switches
to it only when it is complete, so a failed rebuild leaves the last good preview in place, and the script
lays the Swedish error over it until the next save mends it.
"""

from __future__ import annotations

import contextlib
import html
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.livereload import LiveReloadServer

SKRIPT = Path(__file__).with_name("forhandsvisning.js")
SKRIPTADRESS = "/.hb-forhandsvisning.js"
STATUSADRESS = "/.hb-forhandsvisning.json"


@dataclass
class Status:
    """What the last rebuild gave: the Swedish error lines (none when it succeeded) and when it ended."""

    fel: list[str] = field(default_factory=list)
    sekunder: float = 0.0
    las: threading.Lock = field(default_factory=threading.Lock)

    def som_json(self) -> bytes:
        with self.las:
            return json.dumps({"fel": self.fel, "sekunder": round(self.sekunder, 2)}, ensure_ascii=False).encode()


def felrader(rader: list[str]) -> list[str]:
    """The error lines themselves, one each: a whole report (data errors) loses its heading and its
    closing advice, which the panel says in its own words."""
    ut = []
    for rad in rader:
        delar = [d.strip() for d in rad.splitlines()] if "\n" in rad else [rad]
        ut += [d for d in delar if d.startswith(("data/", "docs/"))] or delar
    return ut


def med_skript(sida: bytes, epok: int) -> bytes:
    """The page as served in the preview: the built page plus one external script tag before </body>."""
    tagg = f'<script src="{SKRIPTADRESS}" data-hb-epok="{epok}"></script>'.encode()
    slut = sida.rfind(b"</body>")
    return sida + tagg if slut < 0 else sida[:slut] + tagg + sida[slut:]


def felsida(fel: list[str], epok: int) -> bytes:
    """What the preview shows before any build has succeeded."""
    rader = "".join(f"<li>{html.escape(r)}</li>" for r in fel)
    sida = (
        '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Förhandsvisningen kunde inte byggas'
        "</title></head><body><main><h1>Förhandsvisningen kunde inte byggas</h1>"
        f"<ul>{rader}</ul><p>Rätta felet och spara, så visas handboken här.</p></main></body></html>"
    )
    return med_skript(sida.encode(), epok)


class Forhandsvisning(LiveReloadServer):
    def __init__(self, status: Status, **kwargs):
        self.status = status
        super().__init__(**kwargs)

    def _serve_request(self, environ, start_response):
        sokvag = environ["PATH_INFO"]
        if sokvag == SKRIPTADRESS:
            start_response("200 OK", [("Content-Type", "application/javascript"), ("Cache-Control", "no-store")])
            return [SKRIPT.read_bytes()]
        if sokvag == STATUSADRESS:
            start_response("200 OK", [("Content-Type", "application/json"), ("Cache-Control", "no-store")])
            return [self.status.som_json()]
        return super()._serve_request(environ, start_response)

    def _inject_js_into_html(self, content: bytes, epoch: int) -> bytes:
        return med_skript(content, epoch)

    def server_activate(self) -> None:
        super().server_activate()
        # Said once the socket listens, so whoever waits for this line can open the page at once.
        print(
            f"Förhandsvisningen finns på {self.url} – spara en fil så uppdateras sidan. Avsluta med Ctrl+C.", flush=True
        )


def glom_koden() -> None:
    """Drop the imported macros package, so a rebuild runs the code as it is saved now: MkDocs loads a new
    config (and so a new Bygge) for every rebuild, but Python imports a module only once per process."""
    for namn in [m for m in sys.modules if m == "macros" or m.startswith("macros.")]:
        del sys.modules[namn]


def _bygg(konfigfil: Path, status: Status, server: Forhandsvisning, adress: str) -> None:
    from .strikt import bygg_rader

    glom_koden()
    start = time.monotonic()
    ny = Path(tempfile.mkdtemp(prefix="hb-forhandsvisning-"))
    rader = bygg_rader(konfigfil, ny, serve_url=adress)
    with status.las:
        status.fel, status.sekunder = felrader(rader), time.monotonic() - start
    if rader:
        shutil.rmtree(ny, ignore_errors=True)
        print(f"\n{len(rader)} fel – sidan i webbläsaren visar felet tills du har rättat det:", file=sys.stderr)
        for rad in rader:
            print(rad if "\n" in rad else f"  {rad}", file=sys.stderr)
        return
    gammal, server.root = server.root, str(ny)
    if Path(gammal).name.startswith("hb-forhandsvisning-"):
        shutil.rmtree(gammal, ignore_errors=True)
    print(f"Klart på {status.sekunder:.1f} s – sidan i webbläsaren laddas om.".replace(".", ",", 1))


def serve(konfigfil: Path, vard: str, port: int, bevaka: list[Path]) -> int:
    status = Status()
    adress = f"http://{vard}:{port}/"
    tom = tempfile.mkdtemp(prefix="hb-tom-")
    server = Forhandsvisning(status, builder=lambda: None, host=vard, port=port, root=tom)
    server.builder = lambda: _bygg(konfigfil, status, server, adress)
    server.error_handler = lambda kod: felsida(status.fel, server._visible_epoch) if status.fel else None
    print("Bygger förhandsvisningen …", flush=True)
    server.builder()
    for katalog in bevaka:
        server.watch(str(katalog))
    try:
        server.serve()
    except KeyboardInterrupt:
        print("Förhandsvisningen är avslutad.")
    finally:
        server.shutdown()
        shutil.rmtree(server.root, ignore_errors=True)
        shutil.rmtree(tom, ignore_errors=True)
    return 0


@contextlib.contextmanager
def i_bakgrunden(katalog: Path):
    """make serve for the project in katalog as a process of its own (tests, bench): yields the preview's
    address once it listens, and stops it afterwards."""
    with socket.socket() as uttag:
        uttag.bind(("127.0.0.1", 0))
        port = uttag.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "macros", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=katalog,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        utdata = []
        for rad in process.stdout:
            utdata.append(rad)
            if "Förhandsvisningen finns på" in rad:
                break
        else:
            raise RuntimeError("förhandsvisningen startade inte:\n" + "".join(utdata))
        yield f"http://127.0.0.1:{port}/"
    finally:
        process.terminate()
        process.wait(timeout=30)
