"""`make bench`: build time, data-layer overhead, page weight and search index size at 26, 250 and 2,500
schools, all measured in one run so the figures are ratios on the same (shared, noisy) machine.

The larger data sets are generated here, never committed. For each size:
  A  the real build: data/ -> loader -> macros -> MkDocs + Material (search index built separately);
  B  plain Material building the very same Markdown, already rendered by A, with no macros or data layer.
Overhead of the data layer = (A - B) / B. Each build runs twice, interleaved, and the faster run counts.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from mkdocs.utils.yaml import yaml_load

ROT = Path(__file__).resolve().parents[1]
ARBETE = ROT / ".bench"
STORLEKAR = [(26, None), (250, 10), (2500, 100)]
DUMP_HOOK = """
import os
from pathlib import Path
from mkdocs.plugins import event_priority

@event_priority(-100)
def on_page_markdown(markdown, page, config, files):
    ut = Path(os.environ["HB_BENCH_DUMP"]) / page.file.src_uri
    ut.parent.mkdir(parents=True, exist_ok=True)
    ut.write_text((f"---\\ntitle: {page.meta['title']!r}\\n---\\n" if "title" in page.meta else "") + markdown,
                  encoding="utf-8")
    return markdown
"""


def skapa_data(antal: int, stadsdelar: int | None) -> Path:
    data = ARBETE / f"data-{antal}"
    shutil.rmtree(data, ignore_errors=True)
    shutil.copytree(ROT / "data", data)
    if stadsdelar is None:
        return data
    slump = random.Random(antal)
    sd = [f"stadsdel-{i:03d}" for i in range(1, stadsdelar + 1)]
    rader = ["stadsdelar:"] + [
        f"  - id: {s}\n    namn: Testförvaltning {s[-3:]}\n    fritidsverksamhet: null" for s in sd
    ]
    (data / "stadsdelar.yml").write_text("\n".join(rader) + "\n", encoding="utf-8")
    rader = ["skolor:"]
    for i in range(1, antal + 1):
        program = slump.choice(["[mvp]", "[at]", "[mvp, at]"])
        rader.append(
            f"  - id: testskola-{i:04d}\n    namn: Testskola {i:04d}\n    skolform: grundskola\n"
            f"    stadsdel: {slump.choice(sd)}\n    omfattning:\n      ht2020:\n"
            f"        program: {program}\n        klasser: {slump.randint(1, 20)}"
        )
    (data / "skolor.yml").write_text("\n".join(rader) + "\n", encoding="utf-8")
    # Invented schools cannot add up to the report's totals: the bench's term is not the report's.
    perioder = data / "perioder.yml"
    perioder.write_text(re.sub(r"(?m)^    rapporterat: .*\n", "", perioder.read_text("utf-8")), encoding="utf-8")
    return data


def konfig(namn: str, **andringar) -> Path:
    config = yaml_load((ROT / "mkdocs.yml").open(encoding="utf-8"))
    config.update(andringar)
    # Beside mkdocs.yml, because mkdocs-macros imports macros/ from the directory of the config file.
    fil = ROT / f".bench-{namn}.yml"
    fil.write_text(json.dumps(config, ensure_ascii=False), encoding="utf-8")
    return fil


def bygg(config: Path, site: Path, env: dict) -> float:
    shutil.rmtree(site, ignore_errors=True)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "macros", "bygg", "-f", str(config), "--site-dir", str(site)],
        cwd=ROT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env},
        check=True,
    )
    return time.perf_counter() - start


def gzip_storlek(fil: Path) -> int:
    return len(gzip.compress(fil.read_bytes(), compresslevel=6))


def forsta_laddning(site: Path, utom: str = "skriv-ut/") -> tuple[int, str]:
    """The heaviest first load: a page's HTML plus every CSS and JS file it links, gzipped. The search
    index is not part of it: it is fetched only when someone searches. The "print the whole handbook"
    page is the whole handbook by design, so it is measured on its own (utskrift)."""
    from bs4 import BeautifulSoup

    delade = {}
    storst = (0, "")
    for html in site.rglob("*.html"):
        if "pagefind" in html.parts or html.relative_to(site).as_posix().startswith(utom):
            continue
        soup = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        resurser = [lank["href"] for lank in soup.find_all("link", rel="stylesheet")] + [
            s["src"] for s in soup.find_all("script", src=True)
        ]
        summa = gzip_storlek(html)
        for r in resurser:
            # 404.html links from the site root; every other page links relatively.
            fil = (site / r.lstrip("/")) if r.startswith("/") else (html.parent / r).resolve()
            if fil not in delade:
                delade[fil] = gzip_storlek(fil)
            summa += delade[fil]
        storst = max(storst, (summa, html.relative_to(site).as_posix()))
    return storst


def katalogstorlek(katalog: Path) -> int:
    return sum(f.stat().st_size for f in katalog.rglob("*") if f.is_file())


def mat(antal: int, stadsdelar: int | None) -> dict:
    data = skapa_data(antal, stadsdelar)
    dump = ARBETE / f"renderat-{antal}"
    shutil.rmtree(dump, ignore_errors=True)
    hook = ARBETE / "dump_hook.py"
    hook.write_text(DUMP_HOOK, encoding="utf-8")
    config = yaml_load((ROT / "mkdocs.yml").open(encoding="utf-8"))
    a_konfig = konfig("a")
    dump_konfig = konfig("dump", hooks=config["hooks"] + [str(hook)])
    b_konfig = konfig(
        "b",
        docs_dir=str(dump),
        hooks=[],
        plugins=[p for p in config["plugins"] if not (isinstance(p, dict) and "macros" in p)],
    )
    env = {"HB_DATA_DIR": str(data), "HB_SOK": "0"}
    bygg(dump_konfig, ARBETE / "site-dump", {**env, "HB_BENCH_DUMP": str(dump)})
    site_a, site_b = ARBETE / f"site-a-{antal}", ARBETE / f"site-b-{antal}"
    tider_a, tider_b = [], []
    for _ in range(2):
        tider_a.append(bygg(a_konfig, site_a, env))
        tider_b.append(bygg(b_konfig, site_b, env))
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "pagefind", "--site", str(site_a), "--force-language", "sv", "--quiet"], check=True
    )
    sok_tid = time.perf_counter() - start
    sidor = sum(1 for p in site_a.rglob("index.html"))
    vikt, tyngst = forsta_laddning(site_a)
    utskrift = gzip_storlek(site_a / "skriv-ut" / "index.html")
    return {
        "skolor": antal,
        "sidor": sidor,
        "a": min(tider_a),
        "b": min(tider_b),
        "sok": sok_tid,
        "vikt": vikt,
        "tyngst": tyngst,
        "utskrift": utskrift,
        "index": katalogstorlek(site_a / "pagefind"),
    }


def spara_till_omladdning(rundor: int = 3) -> tuple[float, float]:
    """make serve on a copy of the real handbook: seconds from saving data/skolor.yml until the preview's
    long poll says the page reloads, median of rundor saves; and one strict build of the same, for the ratio."""
    import re
    import urllib.request

    kopia = ARBETE / "forhandsvisning"
    shutil.rmtree(kopia, ignore_errors=True)
    shutil.copytree(
        ROT, kopia, ignore=shutil.ignore_patterns(".venv", ".git", "site", ".site-*", ".bench*", "__pycache__")
    )
    sys.path.insert(0, str(ROT))
    from macros.kommandon.forhandsvisning import i_bakgrunden

    with i_bakgrunden(kopia) as bas:
        tider = []
        skolor = kopia / "data" / "skolor.yml"
        for runda in range(rundor):
            sida = urllib.request.urlopen(bas + "skolor/akalla-grundskola/").read().decode()
            epok = re.search(r'data-hb-epok="(\d+)"', sida)[1]
            start = time.perf_counter()
            text = skolor.read_text(encoding="utf-8")
            skolor.write_text(text.replace("namn: Akalla grundskola", f"namn: Akalla grundskola {runda}", 1), "utf-8")
            urllib.request.urlopen(f"{bas}livereload/{epok}/1", timeout=120).read()
            tider.append(time.perf_counter() - start)
            skolor.write_text(text, encoding="utf-8")
            time.sleep(3)  # let the restoring rebuild finish before the next round
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "macros", "bygg", "--site-dir", str(ARBETE / "forhandsvisning-site")],
        cwd=kopia,
        check=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    return sorted(tider)[len(tider) // 2], time.perf_counter() - start


def stada() -> None:
    for fil in ROT.glob(".bench-*.yml"):
        fil.unlink()


def main() -> int:
    ARBETE.mkdir(exist_ok=True)
    try:
        resultat = [mat(antal, sd) for antal, sd in STORLEKAR]
    finally:
        stada()
    print(f"\nMVP-handboken, make bench ({time.strftime('%Y-%m-%d')}, {os.cpu_count()} kärnor)\n")
    print(
        f"{'skolor':>7} {'sidor':>6} {'bygge A':>9} {'ms/sida':>8} {'B plain':>8} {'datalager':>10} "
        f"{'sökindex':>9} {'index':>9} {'första laddning (gzip)':>24}"
    )
    for r in resultat:
        print(
            f"{r['skolor']:>7} {r['sidor']:>6} {r['a']:>8.2f}s {1000 * r['a'] / r['sidor']:>8.1f} {r['b']:>7.2f}s "
            f"{100 * (r['a'] - r['b']) / r['b']:>+9.1f}% {r['sok']:>8.2f}s {r['index'] / 1024:>7.0f}KB "
            f"{r['vikt'] / 1024:>8.1f} KB {r['tyngst']} (skriv ut hela handboken: {r['utskrift'] / 1024:.0f} KB)"
        )
    mitt, stor = resultat[1], resultat[2]
    per_sida = (1000 * mitt["a"] / mitt["sidor"], 1000 * stor["a"] / stor["sidor"])
    marginal = 1000 * (stor["a"] - mitt["a"]) / (stor["sidor"] - mitt["sidor"])
    print(
        f"\nKostnad per sida: {per_sida[0]:.1f} ms vid {mitt['skolor']} skolor, {per_sida[1]:.1f} ms vid "
        f"{stor['skolor']} (kvot {per_sida[1] / per_sida[0]:.2f}); marginalkostnad {marginal:.1f} ms per ny sida."
    )
    mal = {
        "datalagrets merkostnad ≤ 10 %": all((r["a"] - r["b"]) / r["b"] <= 0.10 for r in resultat),
        "kostnad per sida jämn 250 → 2 500 (kvot ≤ 1,25)": per_sida[1] / per_sida[0] <= 1.25,
        "första laddning ≤ 150 KB gzip": all(r["vikt"] <= 150 * 1024 for r in resultat),
    }
    for text, ok in mal.items():
        print(f"  {'uppfyllt' if ok else 'EJ UPPFYLLT'}: {text}")
    fast = min(r["a"] - r["b"] for r in resultat)
    print(
        f"Datalagrets fasta kostnad (import av pydantic och mkdocs-macros, validering): cirka {fast:.2f} s per bygge."
    )
    omladdning, bygge = spara_till_omladdning()
    print(
        f"Förhandsvisningen (make serve, den riktiga handboken): spara → omladdad sida {omladdning:.1f} s "
        f"(median av tre), ett helt strikt bygge {bygge:.1f} s; kvot {omladdning / bygge:.2f}."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
