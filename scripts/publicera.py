"""Atomic, reversible publishing of MVP-handboken.

    python scripts/publicera.py publicera DEST [--forhandsvisning]   build, verify, then switch DEST/live
    python scripts/publicera.py aterstall DEST                       back to the release live before this one
    python scripts/publicera.py arkiv DIST                           build, verify, pack a tar.gz with its SHA-256

DEST/releases/<time>-<commit>/ holds each release; DEST/live is a symbolic link to the one being served;
DEST/historik.txt lists, oldest first, the releases that have been live, so rollback follows history, not
names. Publish and rollback hold an exclusive lock on DEST/.las (fcntl.flock: the kernel frees it when a
run dies, even by kill -9), so two runs never mix. A failing build or check leaves DEST/live untouched.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

ROT = Path(__file__).resolve().parents[1]
BEHALL = 5
LAS_VANTA_SEKUNDER = int(os.environ.get("HB_LAS_VANTA", "900"))
MINSTA_UTRYMME = 50_000_000  # bytes, before the first release shows how large one is


class PubliceringsFel(Exception):
    pass


# --- the lock, the journal, the clean-up: what keeps DEST whole -------------------------------------


@contextlib.contextmanager
def las(dest: Path, vanta: float = LAS_VANTA_SEKUNDER, utdata=print):
    """Exclusive right to change DEST. A second run waits (and says so) instead of mixing with the first."""
    dest.mkdir(parents=True, exist_ok=True)
    with open(dest / ".las", "a+") as fil:
        try:
            fcntl.flock(fil, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            utdata(f"En annan publicering pågår i {dest}. Den här väntar tills den är klar …")
            slut = time.monotonic() + vanta
            while True:
                try:
                    fcntl.flock(fil, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > slut:
                        raise PubliceringsFel(
                            f"En annan publicering i {dest} blev inte klar på {vanta:.0f} sekunder. "
                            "Försök igen senare. Den publicerade versionen är oförändrad."
                        ) from None
                    time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(fil, fcntl.LOCK_UN)


def historik(dest: Path) -> list[str]:
    """Releases that have been live, oldest first. Before the history existed, names were the order."""
    fil = dest / "historik.txt"
    if fil.exists():
        return fil.read_text(encoding="utf-8").split()
    return [p.name for p in releaser(dest)]


def _skriv_historik(dest: Path, namn: list[str]) -> None:
    tillfallig = dest / ".historik.ny"
    tillfallig.write_text("".join(f"{n}\n" for n in namn), encoding="utf-8")
    os.replace(tillfallig, dest / "historik.txt")


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


def stada(dest: Path) -> list[str]:
    """Under the lock: half releases of runs that died are removed. Returns their names."""
    katalog = dest / "releases"
    halva = [p for p in katalog.glob(".*") if p.is_dir()] if katalog.is_dir() else []
    for p in halva:
        shutil.rmtree(p, ignore_errors=True)
    for rest in (dest / ".live-ny", dest / ".historik.ny"):
        if rest.is_symlink() or rest.exists():
            rest.unlink()
    return [p.name for p in halva]


def gallra(dest: Path, behall: int = BEHALL - 1) -> None:
    """Before a build: keep the live release and the newest others of the history, so that after the new
    release there are at most BEHALL, and a full disk is freed before it is needed."""
    nu = live(dest)
    spara = {nu.name if nu else ""} | set(historik(dest)[-behall:])
    for release in releaser(dest):
        if release.name not in spara:
            shutil.rmtree(release)
    _skriv_historik(dest, [n for n in historik(dest) if (dest / "releases" / n).is_dir()])


def _storlek(katalog: Path) -> int:
    return sum(f.stat().st_size for f in katalog.rglob("*") if f.is_file())


def kontrollera_utrymme(dest: Path) -> None:
    nu = live(dest)
    behovs = max(2 * _storlek(nu), MINSTA_UTRYMME) if nu and nu.is_dir() else MINSTA_UTRYMME
    ledigt = shutil.disk_usage(dest).free
    if ledigt < behovs:
        raise PubliceringsFel(
            f"För lite ledigt utrymme i {dest}: {ledigt // 1_000_000} MB ledigt, publiceringen behöver minst "
            f"{behovs // 1_000_000} MB. Frigör utrymme på disken och försök igen. "
            "Den publicerade versionen är oförändrad."
        )


# --- building and checking ------------------------------------------------------------------------------


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
        "Bygger webbplatsen strikt", [py, "-m", "macros", "bygg", "--site-dir", str(mal)], {"NO_MKDOCS_2_WARNING": "1"}
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
        [py, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(ROT / "tests" / "webblasare" / "test_rok.py")],
        {"HB_TEST_SITE": str(mal), "HB_TEST_UNDERSOKVAG": _undersokvag()},
    )


def kontrollera_riktig_publicering() -> None:
    """A site for readers needs its real address and a way to report accessibility problems (DOS-lagen)."""
    sys.path.insert(0, str(ROT))
    from macros import data_dir
    from macros.laddning.fel import DataFel
    from macros.laddning.las import las_handbok

    saknas = []
    if not os.environ.get("HB_SITE_URL"):
        saknas.append(
            "HB_SITE_URL är inte satt – ange intranätets adress, t.ex. HB_SITE_URL=https://intranat.example/mvp/"
        )
    try:
        if las_handbok(data_dir(ROT)).tillganglighet.aterkoppling_epost is None:
            saknas.append(
                "tillgänglighetsredogörelsen saknar adress för återkoppling – fyll i aterkoppling_epost i "
                "data/tillganglighet.yml med en funktionsbrevlåda"
            )
    except DataFel:
        pass  # the build reports the data errors, with their lines
    if saknas:
        raise PubliceringsFel(
            "Handboken publiceras inte för läsare ännu:\n"
            + "\n".join(f"  {s}" for s in saknas)
            + "\nVill du bara visa en förhandsversion, kör med FORHANDSVISNING=1 (make) eller --forhandsvisning."
        )


def versionsnamn() -> str:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROT, capture_output=True, text=True)
    return time.strftime("%Y%m%d-%H%M%S") + "-" + (commit.stdout.strip() or "utan-git")


def publicera(dest: Path, forhandsvisning: bool = False, bygg=None) -> Path:
    """Build into a folder of this run's own, check it, then make it live: all under the lock."""
    if not forhandsvisning:
        kontrollera_riktig_publicering()
    bygg = bygg or bygg_och_kontrollera
    with las(dest):
        (dest / "releases").mkdir(parents=True, exist_ok=True)
        for namn in stada(dest):
            print(f"– Tog bort en halvfärdig version från en avbruten publicering: {namn}")
        gallra(dest)
        kontrollera_utrymme(dest)
        bygge = Path(tempfile.mkdtemp(dir=dest / "releases", prefix=".bygge-", suffix=".pagaende"))
        try:
            bygg(bygge, dest / "externa-lankar.txt")
            namn = versionsnamn()
            while (dest / "releases" / namn).exists():
                namn += "-b"
            release = dest / "releases" / namn
            bygge.rename(release)
        except OSError as fel:
            shutil.rmtree(bygge, ignore_errors=True)
            raise PubliceringsFel(
                f"Publiceringen kunde inte skriva i {dest} ({fel.strerror}). Den publicerade versionen är oförändrad."
            ) from None
        except BaseException:
            shutil.rmtree(bygge, ignore_errors=True)
            raise
        _skriv_historik(dest, [*historik(dest), release.name])
        byt_live(dest, release)
    return release


def aterstall(dest: Path) -> Path:
    """Back to the release that was live before the current one, following the history."""
    with las(dest):
        nu = live(dest)
        tidigare = [n for n in historik(dest) if (dest / "releases" / n).is_dir()]
        if nu is None or not tidigare or tidigare[-1] != nu.name or len(tidigare) < 2:
            raise PubliceringsFel("Det finns ingen tidigare version att gå tillbaka till.")
        forra = dest / "releases" / tidigare[-2]
        _skriv_historik(dest, tidigare[:-1])
        byt_live(dest, forra)
    return forra


def arkiv(dist: Path, bygg=None) -> Path:
    """Build and check as a publish does, then pack the site in dist with its SHA-256; the half-built site
    never stays in dist."""
    bygg = bygg or bygg_och_kontrollera
    dist.mkdir(parents=True, exist_ok=True)
    namn = f"mvp-handboken-{versionsnamn()}"
    bygge = Path(tempfile.mkdtemp(dir=dist, prefix=f".{namn}-"))
    try:
        bygg(bygge, dist / f"{namn}.externa-lankar.txt")
        fil = dist / f"{namn}.tar.gz"
        with tarfile.open(fil, "w:gz") as tar:
            tar.add(bygge, arcname=namn)
    finally:
        shutil.rmtree(bygge, ignore_errors=True)
    summa = hashlib.sha256(fil.read_bytes()).hexdigest()
    (dist / f"{namn}.tar.gz.sha256").write_text(f"{summa}  {fil.name}\n", encoding="utf-8")
    return fil


def main(argument: list[str]) -> int:
    flaggor = {a for a in argument if a.startswith("--")}
    argument = [a for a in argument if not a.startswith("--")]
    if len(argument) != 2 or argument[0] not in ("publicera", "aterstall", "arkiv") or flaggor - {"--forhandsvisning"}:
        print(__doc__, file=sys.stderr)
        return 2
    kommando, mal = argument[0], Path(argument[1]).resolve()
    try:
        if kommando == "publicera":
            release = publicera(mal, forhandsvisning="--forhandsvisning" in flaggor)
            print(f"Publicerat: {release.name} är nu live i {mal / 'live'}")
        elif kommando == "aterstall":
            print(f"Återställt: {aterstall(mal).name} är nu live i {mal / 'live'}")
        else:
            fil = arkiv(mal)
            print(f"Arkiv: {fil}\nKontrollsumma: {fil}.sha256")
    except PubliceringsFel as fel:
        print(f"FEL: {fel}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Avbrutet. Den publicerade versionen är oförändrad.", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
