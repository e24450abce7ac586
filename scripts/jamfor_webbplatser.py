"""Compare two built sites file by file: the proof that a change (or a second builder) left the site as it was.

    python scripts/jamfor_webbplatser.py A B        list every file that differs, is missing or is extra

The generator line (<meta name="generator" …>) names the builder and its version, so it is left out of the
comparison. Exit 0 when the sites are the same, 1 otherwise."""

from __future__ import annotations

import re
import sys
from pathlib import Path

_GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def innehall(fil: Path) -> bytes:
    data = fil.read_bytes()
    return _GENERATOR.sub(b"", data) if fil.suffix == ".html" else data


def skillnader(a: Path, b: Path) -> list[str]:
    filer_a = {f.relative_to(a).as_posix() for f in a.rglob("*") if f.is_file()}
    filer_b = {f.relative_to(b).as_posix() for f in b.rglob("*") if f.is_file()}
    rader = [f"bara i {a.name}: {f}" for f in sorted(filer_a - filer_b)]
    rader += [f"bara i {b.name}: {f}" for f in sorted(filer_b - filer_a)]
    rader += [f"olika: {f}" for f in sorted(filer_a & filer_b) if innehall(a / f) != innehall(b / f)]
    return rader


def main(argument: list[str]) -> int:
    if len(argument) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    rader = skillnader(Path(argument[0]), Path(argument[1]))
    for rad in rader:
        print(rad)
    antal = sum(1 for f in Path(argument[0]).rglob("*") if f.is_file())
    print(f"{len(rader)} skillnader bland {antal} filer" if rader else f"Samma webbplats: {antal} filer lika")
    return 1 if rader else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
