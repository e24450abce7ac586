"""Everything the tests share, in one module: no test imports another test module or conftest.

- every leaf of every data file, typed by the models: the list of fields is taken from the models, so a
  field added to a model is covered by the tests that use it (escaping, error cases) without anyone
  remembering to add it;
- where the project is, the strict build the tests run, and a copy of the project to change;
- bad-data cases (one replacement in a copy of data/, one expected line);
- Word files read back with python-docx;
- a real nginx on loopback, and what the browser tests do in Chromium: axe, requests, search, focus.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import types
import typing
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import docx
import pytest
from axe_playwright_python.sync_playwright import Axe
from bs4 import BeautifulSoup
from pydantic import BaseModel

from macros.laddning.fel import DataFel
from macros.laddning.las import las_handbok
from macros.laddning.models import FILER
from macros.mallar import dokument

Sokvag = tuple[str | int, ...]


@dataclass(frozen=True)
class Lov:
    fil: str  # "skolor"
    sokvag: Sokvag  # ("skolor", 3, "namn")
    modell: str  # "Skola"
    falt: str  # "namn"
    typ: object  # the leaf's annotation, Annotated stripped
    varde: object  # its value in the file (None when the field is empty)

    @property
    def namn(self) -> str:
        return f"{self.modell}.{self.falt}"


def _rensa(typ: object) -> object:
    while typing.get_origin(typ) is typing.Annotated:
        typ = typing.get_args(typ)[0]
    return typ


def _ar_union(typ: object) -> bool:
    return isinstance(typ, types.UnionType) or typing.get_origin(typ) is typing.Union


def _ar_modell(typ: object) -> bool:
    return isinstance(typ, type) and issubclass(typ, BaseModel)


def tillater_text(typ: object) -> bool:
    typ = _rensa(typ)
    return typ is str or (_ar_union(typ) and any(tillater_text(t) for t in typing.get_args(typ)))


def _passar(typ: object, varde: object) -> bool:
    typ, origin = _rensa(typ), typing.get_origin(_rensa(typ))
    if _ar_modell(typ) or origin is dict:
        return isinstance(varde, dict)
    if origin is list:
        return isinstance(varde, list)
    return not isinstance(varde, (dict, list))


def _lov(fil: str, typ: object, varde: object, sokvag: Sokvag, modell: str, falt: str) -> Iterator[Lov]:
    typ = _rensa(typ)
    if _ar_union(typ):
        if varde is None:
            yield Lov(fil, sokvag, modell, falt, typ, None)
            return
        if not isinstance(varde, (dict, list)):  # a scalar leaf keeps its whole union: int | str
            yield Lov(fil, sokvag, modell, falt, typ, varde)
            return
        typ = next((t for t in typing.get_args(typ) if t is not type(None) and _passar(t, varde)), typ)
        typ = _rensa(typ)
    origin = typing.get_origin(typ)
    if _ar_modell(typ):
        if isinstance(varde, dict):
            for namn, info in typ.model_fields.items():
                if namn in varde:
                    yield from _lov(fil, info.annotation, varde[namn], (*sokvag, namn), typ.__name__, namn)
    elif origin is list and isinstance(varde, list):
        for i, del_ in enumerate(varde):
            yield from _lov(fil, typing.get_args(typ)[0], del_, (*sokvag, i), modell, falt)
    elif origin is dict and isinstance(varde, dict):
        for nyckel, del_ in varde.items():
            yield from _lov(fil, typing.get_args(typ)[1], del_, (*sokvag, nyckel), modell, falt)
    else:
        yield Lov(fil, sokvag, modell, falt, typ, varde)


def alla_lov(fil: str, varde: dict) -> list[Lov]:
    """Every leaf value of one data file (its parsed YAML), with the model field it belongs to."""
    return list(_lov(fil, FILER[fil], varde, (), FILER[fil].__name__, ""))


def textfalt_i_modellerna() -> set[str]:
    """'Modell.falt' for every field of every model that can hold a text: the list the tests must cover."""
    sedda: set[type] = set()
    falt: set[str] = set()

    def besok(typ: object, modell: str, namn: str) -> None:
        typ = _rensa(typ)
        if _ar_modell(typ):
            if typ in sedda:
                return
            sedda.add(typ)
            for f_namn, info in typ.model_fields.items():
                besok(info.annotation, typ.__name__, f_namn)
        elif _ar_union(typ) or typing.get_origin(typ) in (list, dict):
            args = typing.get_args(typ)
            for t in args[1:] if typing.get_origin(typ) is dict else args:
                besok(t, modell, namn)
        elif typ is str:
            falt.add(f"{modell}.{namn}")

    for modell in FILER.values():
        besok(modell, "", "")
    return falt


def satt(varde: object, sokvag: Sokvag, ny: object) -> None:
    """Put ny at sokvag inside the nested dicts and lists of varde."""
    for del_ in sokvag[:-1]:
        varde = varde[del_]
    varde[sokvag[-1]] = ny


# --- Where things are, and the build the tests run -------------------------------------------------

ROT = Path(__file__).resolve().parents[1]
# Material prints a banner about MkDocs 2.0 on every build; it says nothing about our site.
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
# The tests publish the site under this sub-path, as the intranet does (publishing may name another).
UNDERSOKVAG = os.environ.get("HB_TEST_UNDERSOKVAG", "/mvp/")


def bygg(site_dir: Path, data_dir: Path | None = None, extra_env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the same strict build `make build` runs. Returns the finished process; never raises."""
    env = {**os.environ, **(extra_env or {})}
    if data_dir is not None:
        env["HB_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "macros", "bygg", "-f", str(ROT / "mkdocs.yml"), "--site-dir", str(site_dir)],
        cwd=ROT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def kopiera_repo(mal: Path) -> Path:
    """The project's source (no .venv, .git or builds) copied to mal, for a test that changes it."""
    shutil.copytree(
        ROT,
        mal,
        ignore=shutil.ignore_patterns(
            ".venv", ".git", "site", ".site-*", ".bench*", "dist", "__pycache__", ".pytest_cache"
        ),
    )
    return mal


def avsnitt_text(soup: BeautifulSoup, rubrik_id: str) -> str:
    """Text of the section that starts at the heading with this id and runs to the next heading of the
    same or higher level."""
    rubrik = soup.find(id=rubrik_id)
    assert rubrik is not None and rubrik.name in {"h1", "h2", "h3", "h4"}, f"rubriken #{rubrik_id} saknas"
    niva = int(rubrik.name[1])
    stopp = {f"h{n}" for n in range(1, niva + 1)}
    text = [rubrik.get_text(" ", strip=True)]
    for el in rubrik.next_elements:
        if getattr(el, "name", None) in stopp:
            break
        if isinstance(el, str) and el.strip() and el.parent is not rubrik:
            text.append(el.strip())
    return " ".join(text)


# --- Bad data: one replacement in a copy of data/, one expected line ------------------------------------


RAD = re.compile(r"\{rad([+-]\d+)?\}")


def rad_i(fil: str, text: str) -> int:
    """The line of data/<fil> where text first starts (1-based)."""
    innehall = (ROT / "data" / fil).read_text(encoding="utf-8")
    assert text in innehall, f"testfallet hittar inte {text!r} i {fil}"
    return innehall[: innehall.index(text)].count("\n") + 1


def med_rad(vantat: str, fil: str, text: str) -> str:
    """The expected message with {rad} (or {rad+1}, {rad-1}) put as the line where text starts in data/<fil>.
    Cases name the text they change, not a line number, so an editor's change to the data (a new term
    under every school, say) does not break them."""
    rad = rad_i(fil, text)
    return RAD.sub(lambda m: str(rad + int(m[1] or 0)), vantat)


@dataclass(frozen=True)
class Fall:
    namn: str
    fil: str
    ersatt: tuple[str, str] | None  # (old, new) text replaced once in the real file
    vantat: str  # the exact error line; {rad} stands for the line where the replaced text starts
    ny_text: str | None = None  # replaces the whole file instead

    @property
    def meddelande(self) -> str:
        return med_rad(self.vantat, self.fil, self.ersatt[0]) if self.ersatt else self.vantat


def forbered(tmp_path: Path, fall: Fall) -> Path:
    data = tmp_path / "data"
    shutil.copytree(ROT / "data", data)
    fil = data / fall.fil
    if fall.ny_text is not None:
        fil.write_text(fall.ny_text, encoding="utf-8")
    else:
        text = fil.read_text(encoding="utf-8")
        gammal, ny = fall.ersatt
        assert gammal in text, f"testfallet hittar inte {gammal!r} i {fall.fil}"
        fil.write_text(text.replace(gammal, ny, 1), encoding="utf-8")
    return data


def bygg_och_las_fel(tmp_path: Path, data: Path) -> tuple[list[str], Path]:
    site = tmp_path / "site"
    resultat = bygg(site, data)
    assert resultat.returncode != 0, "bygget skulle ha stoppats"
    assert "Traceback" not in resultat.stderr, resultat.stderr
    rader = [r.strip() for r in (resultat.stdout + resultat.stderr).splitlines() if r.strip().startswith("data/")]
    return rader, site


def loaderns_fel(data: Path) -> list[str]:
    """The error lines the build would print, straight from the loader (milliseconds, not a build)."""
    with pytest.raises(DataFel) as err:
        las_handbok(data)
    return [str(f) for f in err.value.fel]


def forklaras_i_contributing(meddelande: str) -> bool:
    """True when a phrase in the first column of CONTRIBUTING.md's error table matches the message
    ("…" in a phrase stands for a name or value)."""
    tabell = (ROT / "CONTRIBUTING.md").read_text(encoding="utf-8").split("## Felmeddelanden och hur du rättar dem")[1]
    fraser = [
        f for rad in tabell.splitlines() if rad.startswith("| `") for f in re.findall(r"`([^`]+)`", rad.split("|")[1])
    ]
    return any(all(bit.strip() in meddelande for bit in fras.split("…")) for fras in fraser)


# --- Publishing: a quick stand-in for the build ---------------------------------------------------

SNABBA_SIDOR = 40


def snabbt_bygge(markering: str, paus: float = 0.0):
    """A stand-in for the build: SNABBA_SIDOR pages, each saying which build wrote it."""

    def bygg(mal: Path, _rapport: Path) -> None:
        for i in range(SNABBA_SIDOR):
            (mal / f"sida{i}.html").write_text(markering, encoding="utf-8")
            time.sleep(paus)
        (mal / "index.html").write_text(markering, encoding="utf-8")

    return bygg


# --- Word files ------------------------------------------------------------------------------------


def mallens_texter(dok) -> list[str]:
    """The texts of a document's own parts (a part for one programme only in that programme's letter)."""
    texter = []
    for del_ in dokument.delar(dok):
        texter += [t for t in (del_.rubrik, del_.text) if t] + list(del_.punkter or []) + list(del_.falt or [])
        texter += list(del_.tabell.kolumner) if del_.tabell else []
    return texter


def docx_text(data: bytes) -> str:
    doc = docx.Document(io.BytesIO(data))
    celler = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in doc.paragraphs] + celler)


# --- A real web server: nginx on loopback, configured as the deployment guide says --------------------

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


# --- In Chromium ---------------------------------------------------------------------------------------

CHROMIUM = "/usr/bin/chromium"
AXE = Axe()
AXE_TAGGAR = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def _adress(fil: Path) -> str:
    """docs/starta/index.md -> 'starta/', docs/ordlista.md -> 'ordlista/', docs/index.md -> ''."""
    rel = fil.relative_to(ROT / "docs").with_suffix("").as_posix()
    return "" if rel == "index" else rel.removesuffix("/index") + "/"


HANDSKRIVNA = sorted(_adress(f) for f in (ROT / "docs").rglob("*.md"))
# The print page is every hand-written page again, one after the other: axe and the focus sweep took a
# quarter of their time there. axe sees it whole once, on the desktop; elsewhere its pages are seen one by one.
UTSKRIFTSSIDAN = "skriv-ut/"


def _genererade() -> tuple[list[str], list[str]]:
    """(one page of each generated kind and the page for an address that does not exist, the instances that
    differ from the first of their kind: a school with no figure, one that starts later, the longest names)."""
    hb = las_handbok(ROT / "data")
    period = hb.perioder.aktuell
    skolor = [s for s in hb.skolor.skolor if period in s.omfattning]
    utan_tal = next(s for s in skolor if s.omfattning[period].klasser_kanda is None)
    senare = next(s for s in skolor if s.omfattning[period].startar_ar)
    langst = max(skolor, key=lambda s: len(s.namn))  # the longest name: a narrow screen is tightest there
    stadsdelar = hb.stadsdelar.stadsdelar
    roll = hb.roller.roller[0].id  # a role with its own tasks
    yrke = hb.yrkesroller.yrkesroller[0].id  # a profession: a page that only points to the roles
    slag = [
        f"skolor/{skolor[0].id}/",
        f"stadsdelar/{stadsdelar[0].id}/",
        f"jag-ar/{roll}/",
        f"jag-ar/{yrke}/",
        f"starta/mallar/{dokument.dokument(hb)[0].id}/",
        "finns-inte/",
    ]
    kanter = [
        f"skolor/{utan_tal.id}/",  # no figure: "uppgift saknas"
        f"skolor/{senare.id}/",  # starts a later year
        f"skolor/{langst.id}/",
        f"stadsdelar/{max(stadsdelar, key=lambda s: len(s.namn)).id}/",
    ]
    return slag, [k for k in dict.fromkeys(kanter) if k not in slag]


# An edge instance has the controls of the first of its kind, with other data: axe and the narrow screens
# see it, the focus sweep need not.
ETT_AV_VARJE_SLAG, KANTFALL = _genererade()
GENERERADE = ETT_AV_VARJE_SLAG + KANTFALL


def skolor_i_tabellen(hb, program: str | None = None) -> int:
    """How many schools the school table lists for the current term (with program: only those with it)."""
    period = hb.perioder.aktuell
    return sum(
        1
        for s in hb.skolor.skolor
        if period in s.omfattning and (program is None or program in s.omfattning[period].program)
    )


def alla_sidor(site: Path) -> list[str]:
    sidor = []
    for fil in sorted(site.rglob("*.html")):
        rel = fil.relative_to(site).as_posix()
        if rel.startswith("pagefind/"):
            continue
        # The 404 page is seen the way readers meet it: at an address that does not exist.
        sidor.append("finns-inte/" if rel == "404.html" else rel.removesuffix("index.html"))
    return sidor


def ursprung(url: str) -> str:
    return "{0.scheme}://{0.netloc}".format(urlsplit(url))


def stada(context) -> None:
    """A shared browser context back to how it began (conftest's flik): only its first, blank tab open, and
    nothing stored for any origin its pages asked for anything: localStorage, IndexedDB, Cache Storage,
    service workers ("all"), cookies, permissions."""
    vakt, *flikar = context.pages
    for flik in flikar:
        flik.close()
    cdp = context.new_cdp_session(vakt)
    for adress in context.hb_ursprung:
        if adress.startswith("http"):
            cdp.send("Storage.clearDataForOrigin", {"origin": adress, "storageTypes": "all"})
    cdp.detach()
    context.hb_ursprung.clear()
    context.clear_cookies()
    context.clear_permissions()


def axe_fel(page) -> list[str]:
    # Only the violations come back with their nodes: the passes of a long page are megabytes of JSON.
    resultat = AXE.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGGAR}, "resultTypes": ["violations"]})
    if not resultat.violations_count:
        return []
    return [
        f"{page.url}: {v['id']} – {v['help']}: " + "; ".join(n["target"][0] for n in v["nodes"][:5])
        for v in resultat.response["violations"]
    ]


def externa(page, webbplats: str) -> list[str]:
    origin = ursprung(webbplats)
    return [u for u in page.hb_anrop if not (u.startswith(origin + "/") or u.startswith(("data:", "blob:")))]


def sok(page, fraga: str) -> None:
    """Open the header search the way a person does, type, and wait until the results are shown."""
    if page.viewport_size["width"] < 960:
        page.click("[data-hb-sok-oppna]")
    else:
        page.click("#hb-sokfalt")
    page.keyboard.type(fraga, delay=10)
    page.wait_for_selector(f'[data-hb-sok-lista][data-hb-klar="{fraga}"]', state="attached", timeout=15000)


# --- Focus you can see ---------------------------------------------------------------------------------
# Focus you can see, measured in pixels: for each keyboard stop, a screenshot of the control and its
# surroundings with focus and one without, compared pixel by pixel (WCAG 2.4.7, and the contrast test of
# 2.4.13: the changed pixels must differ from what was there before by at least 3:1). A browser test and
# the screenshots are all it needs; the comparison runs in a blank page, outside the site's policy.

MARGINAL = 8  # CSS px around the control: an outline or a halo sits outside its box
KONTRAST = 3.0

# Transitions (Material fades colours in 125 ms) and smooth scrolling would let a screenshot catch a control
# half-way.
UTAN_OVERGANGAR = """() => {
  const ark = new CSSStyleSheet();
  ark.replaceSync('*, *::before, *::after { transition: none !important; animation: none !important; }' +
                  ' html, * { scroll-behavior: auto !important; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, ark];
}"""

# What has focus: where it is on screen, and a key that is the same for the same kind of control wherever it
# repeats: the same element with the same classes in the same two parents has the same CSS, and so the same
# focus ring (a menu link on every page, every table-of-contents link, a link in a note): measured once, and
# once more when it wraps onto two lines, where the ring is drawn line by line. Whether it is on screen at
# all is checked at every stop.
FOKUS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const r = el.getBoundingClientRect();
  const klass = e => e ? (e.tagName + '.' + [...e.classList].sort().join('.')) : '';
  const text = (el.getAttribute('aria-label') || el.textContent || el.value || '').trim().replace(/\\s+/g, ' ');
  return {
    x: r.left, y: r.top, b: r.width, h: r.height, sx: scrollX, sy: scrollY, igen: el === window.hbForsta,
    // A link that wraps is outlined line by line: the ring's length is the sum of its pieces' perimeters.
    omkrets: [...el.getClientRects()].reduce(
      (s, q) => s + 2 * (Math.min(q.width, innerWidth) + Math.min(q.height, innerHeight)), 0),
    nyckel: [klass(el), el.type || '', klass(el.parentElement),
             klass(el.parentElement && el.parentElement.parentElement), el.getClientRects().length > 1].join('|'),
    namn: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + text.slice(0, 50) + '"',
  };
}"""

# The unfocused screen is taken once per scroll position (window.hbUtan) and cut to each control's box.
UTAN = """async (b) => {
  const i = new Image(); i.src = b; await i.decode();
  const c = document.createElement('canvas'); c.width = i.width; c.height = i.height;
  c.getContext('2d').drawImage(i, 0, 0); window.hbUtan = c;
}"""

JAMFOR = """async ([a, r, KONTRAST]) => {
  const ia = new Image(); ia.src = a; await ia.decode();
  const ca = document.createElement('canvas'); ca.width = ia.width; ca.height = ia.height;
  const xa = ca.getContext('2d'); xa.drawImage(ia, 0, 0);
  const pa = xa.getImageData(0, 0, ia.width, ia.height).data;
  const pb = window.hbUtan.getContext('2d').getImageData(r.x, r.y, ia.width, ia.height).data;
  const lin = v => { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  const lum = (d, i) => 0.2126 * lin(d[i]) + 0.7152 * lin(d[i + 1]) + 0.0722 * lin(d[i + 2]);
  let andrade = 0, starka = 0;
  for (let i = 0; i < pa.length; i += 4) {
    if (Math.abs(pa[i] - pb[i]) + Math.abs(pa[i + 1] - pb[i + 1]) + Math.abs(pa[i + 2] - pb[i + 2]) < 24) continue;
    andrade += 1;
    const la = lum(pa, i), lb = lum(pb, i);
    if ((Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05) >= KONTRAST) starka += 1;
  }
  return { andrade, starka };
}"""


def _ruta(info: dict, bredd: int, hojd: int) -> dict | None:
    """The control's box and margin on screen, in whole CSS pixels (one CSS pixel is one image pixel)."""
    x0, y0 = max(0, int(info["x"] - MARGINAL)), max(0, int(info["y"] - MARGINAL))
    x1 = min(bredd, int(info["x"] + info["b"] + MARGINAL + 1))
    y1 = min(hojd, int(info["y"] + info["h"] + MARGINAL + 1))
    if x1 - x0 < 2 or y1 - y0 < 2:
        return None
    return {"x": x0, "y": y0, "width": x1 - x0, "height": y1 - y0}


def _png(cdp, ruta: dict, rullat: tuple[float, float]) -> str:
    # The DevTools call directly: Playwright's own screenshot waits for more and takes twice as long.
    # Its clip is in page coordinates, so the scroll position is added to the box on screen.
    klipp = {**ruta, "x": ruta["x"] + rullat[0], "y": ruta["y"] + rullat[1], "scale": 1}
    svar = cdp.send("Page.captureScreenshot", {"format": "png", "clip": klipp})
    return "data:image/png;base64," + svar["data"]


def _igen(page, jamfor, cdp, bredd: int, hojd: int) -> tuple[dict, dict]:
    page.evaluate("window.hbFokus && window.hbFokus.focus()")
    page.wait_for_timeout(100)
    info = page.evaluate(FOKUS)
    ruta = _ruta(info, bredd, hojd) if info else None
    if ruta is None:
        return {"starka": 0, "andrade": 0}, info or {"omkrets": 1}
    rullat = (info["sx"], info["sy"])
    med = _png(cdp, ruta, rullat)
    page.evaluate("document.activeElement.blur()")
    jamfor.evaluate(UTAN, _png(cdp, {"x": 0, "y": 0, "width": bredd, "height": hojd}, rullat))
    return jamfor.evaluate(JAMFOR, [med, ruta, KONTRAST]), info


def svep(page, jamfor, sedda: set, max_stopp: int = 1000, forsta_felet: bool = False) -> tuple[int, list[str]]:
    """Tab through the whole page from the top. Returns (controls measured, problems); with forsta_felet,
    as soon as there is one. A page with more than max_stopp stops is a problem too: the rest went unseen."""
    # A tab behind another one (the comparison page) gets no animation frames, and each screenshot of it
    # then waits a second or two for one.
    page.bring_to_front()
    page.evaluate(UTAN_OVERGANGAR)
    page.evaluate(
        "() => { window.hbFokus = null; document.addEventListener('focusin', e => { window.hbFokus = e.target; }); }"
    )
    bredd, hojd = page.viewport_size["width"], page.viewport_size["height"]
    cdp = page.context.new_cdp_session(page)
    matta, fel, utan_vid = 0, [], None
    for stopp in range(max_stopp):
        if forsta_felet and fel:
            break
        page.keyboard.press("Tab")
        info = page.evaluate(FOKUS)
        if info is None or info["igen"]:
            break  # out of the page, or round to the first stop again
        if stopp == 0:
            page.evaluate("window.hbForsta = document.activeElement")
        ruta = _ruta(info, bredd, hojd)
        if ruta is None:
            fel.append(f"{page.url}: {info['namn']} har fokus men syns inte på skärmen")
            continue
        if info["nyckel"] in sedda:
            continue
        sedda.add(info["nyckel"])
        rullat = (info["sx"], info["sy"])
        med = _png(cdp, ruta, rullat)
        lage = page.evaluate(
            "document.activeElement.blur(), [scrollX, scrollY, !!document.getElementById('__search')?.checked]"
        )
        farsk = lage != utan_vid
        if farsk:
            jamfor.evaluate(UTAN, _png(cdp, {"x": 0, "y": 0, "width": bredd, "height": hojd}, rullat))
            utan_vid = lage
        svar = jamfor.evaluate(JAMFOR, [med, ruta, KONTRAST])
        if svar["starka"] < info["omkrets"]:
            # Something besides the page's scroll may have moved while the shots were taken (a side menu
            # scrolls on its own, a long page settles): focus the control again and take both shots anew.
            svar, info = _igen(page, jamfor, cdp, bredd, hojd)
            utan_vid = None
        # Focus back where the reader left it: the next Tab then moves on from here as a real one does, and
        # what listens for focus leaving (the search panel closes then) hears it.
        page.evaluate("window.hbFokus && window.hbFokus.focus({preventScroll: true})")
        # At least one ring of pixels around the control (its perimeter, within the screen) must change by 3:1.
        matta += 1
        if svar["starka"] < info["omkrets"]:
            fel.append(
                f"{page.url}: {info['namn']}: {svar['starka']} pixlar ändras med minst {KONTRAST}:1 "
                f"(av {svar['andrade']} ändrade), minst {info['omkrets']:.0f} behövs"
            )
    else:
        fel.append(f"{page.url}: svepet slutade efter {max_stopp} stopp, innan sidan tog slut")
    cdp.detach()
    return matta, fel
