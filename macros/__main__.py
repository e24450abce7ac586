"""The handbook's command-line tools, one verb each (the Makefile calls them):

python -m macros bygg [-f mkdocs.yml] [--site-dir KATALOG]  strict build; every warning stops it, in Swedish
python -m macros kontroll                     validate data/ only
python -m macros granska                      pages whose review is due
python -m macros scheman                      rewrite schemas/ from the models
"""

from __future__ import annotations

import sys
from pathlib import Path


def _bygg(argument: list[str]) -> int:
    from .kommandon.strikt import bygg

    def varde(flagga: str, standard: Path) -> Path:
        return Path(argument[argument.index(flagga) + 1]).resolve() if flagga in argument else standard

    return bygg(varde("-f", Path.cwd() / "mkdocs.yml"), varde("--site-dir", Path.cwd() / "site"))


def _serve(argument: list[str]) -> int:
    from .kommandon.forhandsvisning import serve

    adress = argument[argument.index("--dev-addr") + 1] if "--dev-addr" in argument else "127.0.0.1:8000"
    vard, _, port = adress.rpartition(":")
    rot = Path.cwd()
    bevaka = [rot / n for n in ("docs", "data", "macros", "overrides", "hooks", "mkdocs.yml")]
    return serve(rot / "mkdocs.yml", vard, int(port), [b for b in bevaka if b.exists()])


def _kontroll(argument: list[str]) -> int:
    from .kommandon.kontroll import main

    return main()


def _granska(argument: list[str]) -> int:
    from .granskning import main

    return main(argument)


def _scheman(argument: list[str]) -> int:
    from .laddning.scheman import main

    main()
    return 0


VERB = {"bygg": _bygg, "serve": _serve, "kontroll": _kontroll, "granska": _granska, "scheman": _scheman}


def main(argument: list[str]) -> int:
    if not argument or argument[0] not in VERB:
        print(__doc__, file=sys.stderr)
        return 2
    return VERB[argument[0]](argument[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
