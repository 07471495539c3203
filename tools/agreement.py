"""How far two people annotating the same real texts agree.

The engine's targets (issue 15) are read against one annotator's gold.  When
a second annotator, following the same conventions without seeing the first
one's work, writes another title or body for a person, that disagreement is
a ceiling no engine scored against the first gold can pass.  This script
scores the second annotation against the first with the engine's own
evaluator (``textengine.evaluate.compare``), treating the second as if it
were the engine's output, so the figures read exactly like the engine's.

    python tools/agreement.py gold/real/agreement/dev13 --against gold/real/dev13 [--misses]

Only files present in both folders are compared.  The texts themselves are
not needed: both sides are annotations.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ortakmasa.textengine.evaluate import Report, compare


def as_record(gold: dict[str, Any]) -> dict[str, Any]:
    """An annotation in the shape of an extracted record, the fields the
    evaluator reads."""
    return {
        "source": gold.get("source"),
        "date": gold.get("date"),
        "people": list(gold.get("people", [])),
        "institutions": [{"name": n} for n in gold.get("institutions", [])],
        "quotes": list(gold.get("quotes", [])),
        # an extracted event names its host as a record ({"name": …})
        "events": [
            {**e, "host": {"name": e["host"]} if e.get("host") else None}
            for e in gold.get("events", [])
        ],
        "topics": [{"theme": t} for t in gold.get("topics", [])],
    }


def agreement(second: Path, first: Path) -> Report:
    report = Report()
    for path in sorted(second.glob("*.gold.json")):
        other = first / path.name
        if not other.exists():
            continue
        b = json.loads(path.read_text("utf-8"))
        a = json.loads(other.read_text("utf-8"))
        compare(as_record(b), a, report)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("second", type=Path, help="the second annotator's folder")
    parser.add_argument("--against", type=Path, required=True, help="the first gold folder")
    parser.add_argument("--misses", action="store_true", help="list every disagreement")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    report = agreement(args.second, args.against)
    if report.documents == 0:
        print("no file is annotated in both folders", file=sys.stderr)
        return 1
    print(json.dumps(report.as_dict(), indent=1) if args.json else report.format())
    if args.misses:
        print("\n".join(report.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
