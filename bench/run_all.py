"""Run every benchmark in bench/ (``make bench``), one after another.

Each script runs with no arguments; with ``BENCH_DATABASE_URL`` set (e.g.
``postgres://postgres@127.0.0.1:5432/bench``), the scripts that use a
database get ``--database-url`` with it.  Every script prints its figures
beside a floor measured in the same run.  A script that fails does not stop
the others; the exit status says whether any failed.

    make bench
    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench make bench
    .venv/bin/python bench/run_all.py extract plan_export     # only these
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def scripts(names: list[str]) -> list[Path]:
    found = sorted(
        p for p in HERE.glob("*.py") if not p.name.startswith("_") and p.name != "run_all.py"
    )
    if names:
        found = [p for p in found if p.stem in names]
    return found


def takes_database_url(script: Path) -> bool:
    # bench/_django.prepare() gives every script that calls it the option.
    text = script.read_text(encoding="utf-8")
    return "--database-url" in text or "prepare(" in text


def main(argv: list[str]) -> int:
    database_url = os.environ.get("BENCH_DATABASE_URL", "")
    failed: list[str] = []
    for script in scripts(argv):
        command = [sys.executable, str(script)]
        if database_url and takes_database_url(script):
            command += ["--database-url", database_url]
        print(f"\n=== {script.name}", flush=True)
        started = time.perf_counter()
        status = subprocess.call(command, cwd=HERE.parent)
        print(f"=== {script.name}: exit {status} after {time.perf_counter() - started:.0f} s")
        if status != 0:
            failed.append(script.name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
