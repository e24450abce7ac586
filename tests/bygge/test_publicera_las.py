"""Publishing cannot mix or jam: the lock, the history, the clean-up and the space check, tested directly
over many rounds with a quick stand-in for the build (the real build is in tests/webblasare/test_publicera.py)."""

from __future__ import annotations

import errno
import hashlib
import multiprocessing
import os
import random
import re
import shutil
import signal
import tarfile
import time
from pathlib import Path

import pytest
from hjalp import ROT, SNABBA_SIDOR, snabbt_bygge

import publicera


def _hel(release: Path) -> str:
    """The one build a release comes from; fails when it is incomplete or mixed."""
    innehall = {(release / f"sida{i}.html").read_text(encoding="utf-8") for i in range(SNABBA_SIDOR)}
    innehall.add((release / "index.html").read_text(encoding="utf-8"))
    assert len(innehall) == 1, f"{release.name} blandar byggen: {innehall}"
    return innehall.pop()


def test_historiken_styr_aterstallningen(tmp_path):
    """Publish v1, v2, v3; roll back twice; publish v4: rollback now goes to v1, not to v3."""
    dest = tmp_path / "dest"
    namn = {}
    for v in ("v1", "v2", "v3"):
        namn[v] = publicera.publicera(dest, True, snabbt_bygge(v)).name
        time.sleep(1.05)  # release names carry the second
    assert _hel(publicera.aterstall(dest)) == "v2"
    assert _hel(publicera.aterstall(dest)) == "v1"
    publicera.publicera(dest, True, snabbt_bygge("v4"))
    assert _hel(publicera.live(dest)) == "v4"
    assert _hel(publicera.aterstall(dest)) == "v1"
    with pytest.raises(publicera.PubliceringsFel, match="ingen tidigare version"):
        publicera.aterstall(dest)


def test_gamla_versioner_gallras_fore_bygget(tmp_path):
    dest = tmp_path / "dest"
    for v in range(8):
        publicera.publicera(dest, True, snabbt_bygge(f"v{v}"))
        assert len(publicera.releaser(dest)) <= publicera.BEHALL
    assert _hel(publicera.live(dest)) == "v7"
    assert len(publicera.historik(dest)) <= publicera.BEHALL


# Each publish runs in a process of its own, as CI jobs would start them. They are forked from this one,
# which has the code loaded already: a fresh interpreter would spend a second importing it, sixty times over.
FORK = multiprocessing.get_context("fork")


def _publicering(dest: Path, markering: str, paus: float) -> multiprocessing.Process:
    process = FORK.Process(target=publicera.publicera, args=(dest, True, snabbt_bygge(markering, paus)))
    process.start()
    return process


def test_samtidiga_publiceringar_blandas_aldrig(tmp_path):
    """Twenty rounds of three publishes at once, in separate processes."""
    dest = tmp_path / "dest"
    for runda in range(20):
        korningar = [_publicering(dest, f"r{runda}-{k}", 0.001) for k in range(3)]
        for k in korningar:
            k.join(timeout=60)
            assert k.exitcode == 0, f"publiceringen {k.name} slutade med {k.exitcode}"
        assert _hel(publicera.live(dest)).startswith(f"r{runda}-")
        for release in publicera.releaser(dest):
            _hel(release)
        assert not list((dest / "releases").glob(".*"))


def test_kill_9_mitt_i_lamnar_live_hel_och_nasta_stadar(tmp_path):
    """kill -9 at a random moment, fifteen times: live is always a complete release, and the next
    publish removes what the killed one left behind."""
    dest = tmp_path / "dest"
    publicera.publicera(dest, True, snabbt_bygge("start"))
    slump = random.Random(9)
    for runda in range(15):
        fore = _hel(publicera.live(dest))
        process = _publicering(dest, f"r{runda}", 0.005)
        time.sleep(slump.uniform(0.05, 0.5))
        os.kill(process.pid, signal.SIGKILL)
        process.join()
        efter = _hel(publicera.live(dest))  # complete: the old release or the new one, never a half
        assert efter in (fore, f"r{runda}")
    publicera.publicera(dest, True, snabbt_bygge("slut"))
    assert _hel(publicera.live(dest)) == "slut"
    assert not list((dest / "releases").glob(".*")), "halvfärdiga versioner ska ha tagits bort"


def test_en_andra_publicering_vantar_och_sager_det(tmp_path, capsys):
    dest = tmp_path / "dest"
    with publicera.las(dest):
        with pytest.raises(publicera.PubliceringsFel, match="En annan publicering i .* blev inte klar"):
            with publicera.las(dest, vanta=0.5):
                pass
    assert "En annan publicering pågår" in capsys.readouterr().out


def test_for_lite_utrymme_sags_med_siffror(tmp_path, monkeypatch):
    dest = tmp_path / "dest"
    publicera.publicera(dest, True, snabbt_bygge("v1"))
    monkeypatch.setattr(publicera.shutil, "disk_usage", lambda _: type("D", (), {"free": 10_000_000})())
    with pytest.raises(publicera.PubliceringsFel, match=r"10 MB ledigt, publiceringen behöver minst 50 MB"):
        publicera.publicera(dest, True, snabbt_bygge("v2"))
    assert _hel(publicera.live(dest)) == "v1"


def test_full_disk_under_bygget(tmp_path):
    def fullt(mal: Path, _rapport: Path) -> None:
        (mal / "index.html").write_text("halv", encoding="utf-8")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    dest = tmp_path / "dest"
    publicera.publicera(dest, True, snabbt_bygge("v1"))
    with pytest.raises(publicera.PubliceringsFel, match="No space left on device.*oförändrad"):
        publicera.publicera(dest, True, fullt)
    assert _hel(publicera.live(dest)) == "v1"
    assert not list((dest / "releases").glob(".*"))


def test_riktig_publicering_kraver_adress_och_aterkoppling(tmp_path, monkeypatch):
    data = tmp_path / "data"
    shutil.copytree(ROT / "data", data)
    fil = data / "tillganglighet.yml"
    fil.write_text(re.sub(r"(?m)^aterkoppling_epost: .*$", "aterkoppling_epost: null", fil.read_text("utf-8")), "utf-8")
    monkeypatch.setenv("HB_DATA_DIR", str(data))
    monkeypatch.delenv("HB_SITE_URL", raising=False)
    with pytest.raises(publicera.PubliceringsFel) as fel:
        publicera.publicera(tmp_path / "dest", False, snabbt_bygge("v1"))
    assert "HB_SITE_URL är inte satt" in str(fel.value)
    assert "aterkoppling_epost" in str(fel.value) and "FORHANDSVISNING=1" in str(fel.value)
    assert not (tmp_path / "dest").exists()


def test_arkivet_packar_bygget_med_kontrollsumma(tmp_path, monkeypatch, capsys):
    """make arkiv: the build and checks a publish runs (for real in tests/webblasare/test_publicera.py), then
    one tar.gz whose checksum file matches it."""
    monkeypatch.setattr(publicera, "bygg_och_kontrollera", snabbt_bygge("arkivet"))
    assert publicera.main(["arkiv", str(tmp_path)]) == 0
    (arkiv,) = tmp_path.glob("mvp-handboken-*.tar.gz")
    assert f"Arkiv: {arkiv}" in capsys.readouterr().out
    summa, namn = (tmp_path / f"{arkiv.name}.sha256").read_text().split()
    assert namn == arkiv.name and summa == hashlib.sha256(arkiv.read_bytes()).hexdigest()
    with tarfile.open(arkiv) as tar:
        rot = arkiv.name.removesuffix(".tar.gz")
        assert f"{rot}/index.html" in tar.getnames()
        assert tar.extractfile(f"{rot}/sida0.html").read() == b"arkivet"
    assert sorted(p.name for p in tmp_path.iterdir()) == [arkiv.name, f"{arkiv.name}.sha256"]  # no build folder


def test_ett_misslyckat_bygge_lamnar_inget_arkiv(tmp_path):
    def trasigt_bygge(mal: Path, _rapport: Path) -> None:
        (mal / "index.html").write_text("halv", encoding="utf-8")
        raise publicera.PubliceringsFel("Kontrollerar länkarna misslyckades.")

    with pytest.raises(publicera.PubliceringsFel):
        publicera.arkiv(tmp_path, trasigt_bygge)
    assert list(tmp_path.iterdir()) == []
