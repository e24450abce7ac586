"""`make check`: validate data/ and print every error, in Swedish, without a traceback."""

from __future__ import annotations

import sys
from pathlib import Path

from ..bygge import data_dir
from ..laddning.fel import DataFel
from ..laddning.las import las_handbok


def main() -> int:
    try:
        hb = las_handbok(data_dir(Path.cwd()), Path.cwd() / "docs")
    except DataFel as err:
        print(err.rapport(), file=sys.stderr)
        return 1
    print(
        f"Datafilerna är giltiga: {len(hb.skolor.skolor)} skolor, {len(hb.stadsdelar.stadsdelar)} "
        "stadsdelsförvaltningar."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
