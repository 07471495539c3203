import json
from pathlib import Path

import jsonschema

from ortakmasa.textengine.pipeline import extract

ROOT = Path(__file__).resolve().parents[2]


def test_records_validate_against_schema():
    schema = json.loads((ROOT / "docs" / "extract-schema.json").read_text("utf-8"))
    for path in sorted((ROOT / "gold" / "extract").iterdir()):
        if path.name.endswith(".gold.json") or path.suffix == ".md":
            continue
        jsonschema.validate(extract(path.read_bytes(), source=path.name), schema)
    jsonschema.validate(extract(b""), schema)
