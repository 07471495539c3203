"""``ortakmasa extract [--format jsonl|json|summary] [--evaluate GOLD_DIR [--intervals N]] PATH...``

Reads files or folders (``-`` for standard input) and prints one
``ortakmasa.extract/1`` record per document.  A document that cannot be
read gets a record with ``error`` set and the batch goes on; the exit
status is 1 if any document had an error, 2 for bad arguments; a closed
output pipe (``| head``) ends the command quietly with status 0.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .evaluate import TEXT_SUFFIXES, evaluate_documents, format_intervals, intervals, merged
from .inputs import MAX_BYTES
from .pipeline import error_record, extract


def _inputs(paths: list[str]) -> Iterator[tuple[str, bytes | None, str | None]]:
    """(source, bytes, error) for every document named by ``paths``."""
    for p in paths:
        if p == "-":
            # one byte over the limit is enough to refuse it
            yield "-", sys.stdin.buffer.read(MAX_BYTES + 1), None
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES and f.name != "README.md":
                    yield _read(f)
        elif path.is_file():
            yield _read(path)
        else:
            yield str(path), None, "no such file or folder"


def _read(path: Path) -> tuple[str, bytes | None, str | None]:
    """One file's bytes, or why it could not be read (the batch goes on)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return str(path), None, f"too large: {size:,} bytes (limit {MAX_BYTES:,})"
        return str(path), path.read_bytes(), None
    except OSError as exc:
        return str(path), None, f"cannot read: {exc.strerror or exc}"


def summary(rec: dict[str, Any]) -> str:
    """A short human-readable account of one record."""
    out = [f"== {rec['source']}  date={rec['date']}"]
    if rec["error"]:
        out.append(f"   ERROR: {rec['error']}")
        return "\n".join(out)
    out.append(f"   title: {rec['title']}")
    for w in rec.get("warnings", []):
        out.append(f"   warning: {w['message']}")
    for p in rec["people"]:
        bits = [x for x in (p["title"], p["unit"], p["institution"], p["party"]) if x]
        out.append(f"   person: {p['name']}" + (f" ({'; '.join(bits)})" if bits else ""))
    for e in rec["events"]:
        host = e["host"]["name"] if e["host"] else "?"
        guests = ", ".join(g["name"] for g in e["guests"]) or "-"
        out.append(f"   event: {e['kind']} date={e['date']} host={host} guests={guests}")
        out.append(f"          participants: {', '.join(e['participants']) or '-'}")
        out.append(f"          topics: {', '.join(e['topics']) or '-'}")
    for q in rec["quotes"]:
        text = q["text"] if len(q["text"]) < 90 else q["text"][:87] + "..."
        out.append(f'   quote: {q["speaker"] or "?"}: "{text}"')
    out.append("   topics: " + ", ".join(t["theme"] for t in rec["topics"]))
    if rec["facts"]:
        out.append("   facts: " + "; ".join(f"{f['kind']}={f['text']}" for f in rec["facts"]))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Run the command; a reader that stops early (``… | head``) ends it
    quietly instead of with a BrokenPipe traceback."""
    try:
        return _main(argv)
    except BrokenPipeError:
        # Python would report the error again when it flushes stdout at exit:
        # point stdout at /dev/null first.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        return 0


def _evaluate(args: argparse.Namespace) -> int:
    folder = Path(args.evaluate)
    if not folder.is_dir():
        print(f"error: {folder} is not a folder", file=sys.stderr)
        return 2
    documents = evaluate_documents(folder)
    report = merged(documents)
    figures = intervals(documents, rounds=args.intervals) if args.intervals else None
    if args.format == "json":
        out = report.as_dict()
        if figures is not None:
            out["intervals"] = {k: list(v) for k, v in figures.items()}
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        print(report.format())
        if figures is not None:
            print(format_intervals(figures, len(documents)))
    if args.misses:
        print("\n".join(report.misses))
    return 0


def _main(argv: list[str] | None) -> int:
    parser = argparse.ArgumentParser(
        prog="ortakmasa extract",
        description="Read Turkish meeting news and minutes into structured records.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders; - for stdin")
    parser.add_argument("--format", choices=("jsonl", "json", "summary"), default="jsonl")
    parser.add_argument(
        "--evaluate",
        metavar="GOLD_DIR",
        help="score the engine against the gold annotations in GOLD_DIR",
    )
    parser.add_argument("--misses", action="store_true", help="with --evaluate: list every miss")
    parser.add_argument(
        "--intervals",
        type=int,
        metavar="ROUNDS",
        help="with --evaluate: 95 %% intervals of the target figures from ROUNDS resamples",
    )
    args = parser.parse_args(argv)
    if args.evaluate:
        return _evaluate(args)
    if not args.paths:
        parser.print_usage(sys.stderr)
        return 2
    failed = False
    records: list[dict[str, Any]] = []
    for source, data, error in _inputs(args.paths):
        if data is None:
            rec = error_record(b"", source, error or "unreadable input")
        else:
            rec = extract(data, source=source)
        failed = failed or rec["error"] is not None
        if rec["error"]:
            print(f"{source}: {rec['error']}", file=sys.stderr)
        if args.format == "jsonl":
            print(json.dumps(rec, ensure_ascii=False))
        elif args.format == "summary":
            print(summary(rec))
        else:
            records.append(rec)
    if args.format == "json":
        print(json.dumps(records, ensure_ascii=False, indent=2))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
