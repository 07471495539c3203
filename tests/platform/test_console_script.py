"""The ``ortakmasa`` console script: extract runs without Django; the other
commands are Django's, and `help` lists extract too."""

import json
import subprocess
import sys
from pathlib import Path

SEED = Path(__file__).resolve().parents[2] / "gold" / "extract" / "000_seed_imamoglu_basaksehir.txt"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ortakmasa", *args], capture_output=True, text=True, timeout=120
    )


def test_extract_reads_a_seed_text() -> None:
    result = run("extract", "--format", "json", str(SEED))
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    record = records[0] if isinstance(records, list) else records
    assert record["schema"] == "ortakmasa.extract/1"
    names = {p["name"] for p in record["people"]}
    assert {"Ekrem İmamoğlu", "Yasin Kartoğlu"} <= names


def test_help_lists_extract() -> None:
    result = run("help")
    assert result.returncode == 0
    assert "extract" in result.stdout and "loadreference" in result.stdout
