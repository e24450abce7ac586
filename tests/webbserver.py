"""A real nginx on loopback that serves the built site under a sub-path with gzip, as the intranet does."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from conftest import ROT, UNDERSOKVAG

# The server and http parts are the ones the deployment guide tells the intranet team to use.
PUBLICERA = ROT / "publicera"
KONFIG = """
{user}
worker_processes 1;
daemon off;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 256; }}
http {{
  default_type application/octet-stream;
  access_log {tmp}/access.log;
  client_body_temp_path {tmp}/body;
  proxy_temp_path {tmp}/proxy;
  fastcgi_temp_path {tmp}/fastcgi;
  uwsgi_temp_path {tmp}/uwsgi;
  scgi_temp_path {tmp}/scgi;
  include {tmp}/nginx-http.conf;
  server {{
    listen 127.0.0.1:{port};
    {rotlank}
    include {tmp}/nginx-server.conf;
  }}
}}
"""


def _fran_guiden(namn: str, site: Path) -> str:
    text = (PUBLICERA / namn).read_text(encoding="utf-8")
    if UNDERSOKVAG == "/":  # published at the root: no redirect from the bare sub-path
        text = text.split("location = /mvp {")[0]
    return text.replace("/srv/mvp-handboken/live/", f"{site}/").replace("/mvp/", UNDERSOKVAG)


def ledig_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def nginx(site: Path, tmp: Path):
    nginx_bin = shutil.which("nginx") or "/usr/sbin/nginx"
    assert Path(nginx_bin).exists(), "nginx saknas – kör make systempaket"
    port = ledig_port()
    user = "user root;" if os.geteuid() == 0 else ""
    for namn in ("nginx-http.conf", "nginx-server.conf"):
        (tmp / namn).write_text(_fran_guiden(namn, site), encoding="utf-8")
    konfig = tmp / "nginx.conf"
    rotlank = "" if UNDERSOKVAG == "/" else f"location = / {{ return 302 {UNDERSOKVAG}; }}"
    konfig.write_text(KONFIG.format(user=user, tmp=tmp, port=port, rotlank=rotlank))
    process = subprocess.Popen(
        [nginx_bin, "-c", str(konfig), "-p", str(tmp)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    bas = f"http://127.0.0.1:{port}{UNDERSOKVAG}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(bas, timeout=1)
                break
            except OSError:
                if process.poll() is not None:
                    raise RuntimeError(process.stdout.read().decode()) from None
                time.sleep(0.05)
        yield bas
    finally:
        process.terminate()
        process.wait(timeout=10)
