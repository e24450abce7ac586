"""Atomic, reversible publishing of MVP-handboken.

    python scripts/publicera.py publicera DEST   build, verify, then switch DEST/live in one step
    python scripts/publicera.py aterstall DEST   point DEST/live at the release before the current one
    python scripts/publicera.py arkiv DIST       build, verify, and pack one tar.gz with its SHA-256

DEST/releases/<time>-<commit>/ holds each release; DEST/live is a symbolic link to the one being served.
A failing build or check leaves DEST/live untouched. The newest BEHALL releases are kept.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path
from urllib.parse import urlsplit

ROT = Path(__file__).resolve().parents[1]
BEHALL = 5


class PubliceringsFel(Exception):
    pass


def _kor(steg: str, kommando: list[str], env: dict | None = None) -> None:
    print(f"– {steg} …", flush=True)
    resultat = subprocess.run(kommando, cwd=ROT, env={**os.environ, **(env or {})})
    if resultat.returncode != 0:
        raise PubliceringsFel(f"{steg} misslyckades. Den publicerade versionen är oförändrad.")


def _undersokvag() -> str:
    url = os.environ.get("HB_SITE_URL", "http://127.0.0.1:8000/")
    return urlsplit(url).path or "/"


def bygg_och_kontrollera(mal: Path, rapport: Path) -> None:
    """Strict build into mal, then the link check and the browser smoke tests against that very build."""
    py = sys.executable
    _kor(
        "Bygger webbplatsen strikt",
        [py, "-m", "macros", "bygg", "--site-dir", str(mal)],
        {"NO_MKDOCS_2_WARNING": "1"},
    )
    _kor(
        "Kontrollerar länkarna",
        [
            py,
            str(ROT / "scripts" / "lankkontroll.py"),
            str(mal),
            "--undersokvag",
            _undersokvag(),
            "--rapport",
            str(rapport),
        ],
    )
    _kor(
        "Kör röktesterna i webbläsaren",
        [py, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(ROT / "tests" / "test_rok.py")],
        {"HB_TEST_SITE": str(mal), "HB_TEST_UNDERSOKVAG": _undersokvag()},
    )


def versionsnamn() -> str:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROT, capture_output=True, text=True)
    return time.strftime("%Y%m%d-%H%M%S") + "-" + (commit.stdout.strip() or "utan-git")


def releaser(dest: Path) -> list[Path]:
    katalog = dest / "releases"
    return sorted(p for p in katalog.iterdir() if p.is_dir() and not p.name.startswith(".")) if katalog.is_dir() else []


def byt_live(dest: Path, release: Path) -> None:
    """One rename: readers see either the old release or the new one, never a mix."""
    tillfallig = dest / ".live-ny"
    if tillfallig.is_symlink() or tillfallig.exists():
        tillfallig.unlink()
    tillfallig.symlink_to(release.relative_to(dest))
    os.replace(tillfallig, dest / "live")


def live(dest: Path) -> Path | None:
    lank = dest / "live"
    return (dest / os.readlink(lank)).resolve() if lank.is_symlink() else None


def publicera(dest: Path) -> Path:
    (dest / "releases").mkdir(parents=True, exist_ok=True)
    namn = versionsnamn()
    while (dest / "releases" / namn).exists():
        namn += "-b"
    bygge = dest / "releases" / f".{namn}.pagaende"
    shutil.rmtree(bygge, ignore_errors=True)
    try:
        bygg_och_kontrollera(bygge, dest / "externa-lankar.txt")
    except PubliceringsFel:
        shutil.rmtree(bygge, ignore_errors=True)
        raise
    release = dest / "releases" / namn
    bygge.rename(release)
    byt_live(dest, release)
    for gammal in releaser(dest)[:-BEHALL]:
        if gammal != live(dest):
            shutil.rmtree(gammal)
    return release


def aterstall(dest: Path) -> Path:
    alla = releaser(dest)
    nu = live(dest)
    if nu not in alla or alla.index(nu) == 0:
        raise PubliceringsFel("Det finns ingen tidigare version att gå tillbaka till.")
    forra = alla[alla.index(nu) - 1]
    byt_live(dest, forra)
    return forra


def arkiv(dist: Path) -> Path:
    dist.mkdir(parents=True, exist_ok=True)
    namn = f"mvp-handboken-{versionsnamn()}"
    bygge = dist / namn
    shutil.rmtree(bygge, ignore_errors=True)
    try:
        bygg_och_kontrollera(bygge, dist / f"{namn}.externa-lankar.txt")
        fil = dist / f"{namn}.tar.gz"
        with tarfile.open(fil, "w:gz") as tar:
            tar.add(bygge, arcname=namn)
    finally:
        shutil.rmtree(bygge, ignore_errors=True)
    summa = hashlib.sha256(fil.read_bytes()).hexdigest()
    (dist / f"{namn}.tar.gz.sha256").write_text(f"{summa}  {fil.name}\n", encoding="utf-8")
    return fil


def main() -> int:
    if len(sys.argv) != 3 or sys.argv[1] not in ("publicera", "aterstall", "arkiv"):
        print(__doc__, file=sys.stderr)
        return 2
    kommando, mal = sys.argv[1], Path(sys.argv[2]).resolve()
    try:
        if kommando == "publicera":
            print(f"Publicerat: {publicera(mal).name} är nu live i {mal / 'live'}")
        elif kommando == "aterstall":
            print(f"Återställt: {aterstall(mal).name} är nu live i {mal / 'live'}")
        else:
            fil = arkiv(mal)
            print(f"Arkiv: {fil}\nKontrollsumma: {fil}.sha256")
    except PubliceringsFel as fel:
        print(f"FEL: {fel}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
