"""JSON Schemas for the data files, generated from the models (editors' YAML tools use them).

`python -m macros scheman` rewrites schemas/; tests/enhet/test_data.py fails when they are stale."""

from __future__ import annotations

import json
from pathlib import Path

from .models import FILER

KATALOG = Path(__file__).resolve().parents[2] / "schemas"


def schema_text(namn: str) -> str:
    schema = FILER[namn].model_json_schema()
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": f"data/{namn}.yml", **schema}
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main() -> None:
    KATALOG.mkdir(exist_ok=True)
    for namn in FILER:
        (KATALOG / f"{namn}.schema.json").write_text(schema_text(namn), encoding="utf-8")
    print(f"Skrev {len(FILER)} scheman till {KATALOG}")


if __name__ == "__main__":
    main()
