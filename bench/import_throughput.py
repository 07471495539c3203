"""Throughput of the confirmed-import path: text → engine → records.

Generates N distinct meeting texts from the gold set (each gold text with a
different date line and a numbered sentence, so every one has its own
content hash), then imports them with ``confirm=True`` as
``ortakmasa import --confirm`` does, on one core, and reports texts per
second.  The issue asks for at least 50 texts/s.  The floor is the text
engine alone on the same texts, measured in the same run: the ratio is what
the records, look-ups and transactions add.

    .venv/bin/python bench/import_throughput.py --texts 1000
    .venv/bin/python bench/import_throughput.py --database-url postgres://postgres@127.0.0.1:5432/ortakmasa_bench
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

from _django import ROOT, prepare

MONTHS = [
    "Ocak",
    "Şubat",
    "Mart",
    "Nisan",
    "Mayıs",
    "Haziran",
    "Temmuz",
    "Ağustos",
    "Eylül",
    "Ekim",
    "Kasım",
    "Aralık",
]


def texts(n: int) -> list[tuple[str, bytes]]:
    sources = sorted((ROOT / "gold" / "extract").glob("*.txt"))
    bodies = [p.read_text(encoding="utf-8", errors="replace") for p in sources]
    out = []
    for i in range(n):
        body = bodies[i % len(bodies)]
        # Replace the header date (if any) and add a sentence that makes the
        # text unique without changing what the engine finds.
        day, month, year = 1 + i % 28, MONTHS[i % 12], 2015 + i % 10
        lines = body.splitlines()
        if lines and lines[0].lstrip().startswith("date "):
            head = lines[0].split(" ", 3)
            title = head[-1] if len(head) > 3 else ""
            lines[0] = f" date {year}-{1 + i % 12:02d} {title}"
        text = "\n".join(lines) + f"\n\nHaber no {i}: {day} {month} {year} tarihli bülten.\n"
        out.append((f"bench-{i}.txt", text.encode("utf-8")))
    return out


def main() -> None:
    args, _url = prepare("import", __doc__, fresh=True, texts=1000)

    from ortakmasa.meetings.importer import CREATED, Context, import_text
    from ortakmasa.meetings.models import Meeting, SourceDocument

    # A second run on the same database starts from scratch.
    Meeting.objects.filter(source_document__source__startswith="bench-").delete()
    SourceDocument.objects.filter(source__startswith="bench-").delete()
    corpus = texts(args.texts)
    from ortakmasa.textengine import extract

    floor_start = time.perf_counter()
    for name, data in corpus:
        extract(data, source=name)
    floor = time.perf_counter() - floor_start
    ctx = Context()
    created = failed = 0
    reasons: Counter[str] = Counter()
    start = time.perf_counter()
    for name, data in corpus:
        result = import_text(data, name, confirm=True, ctx=ctx)
        if result.status == CREATED:
            created += 1
        else:
            failed += 1
            reasons[result.error or result.status] += 1
    elapsed = time.perf_counter() - start
    print(f"texts: {len(corpus)}  imported: {created}  not imported: {failed}")
    for reason, count in reasons.most_common():
        print(f"  not imported ({count}): {reason}")
    print(f"meetings now in the database: {Meeting.objects.count()}")
    print(
        f"elapsed: {elapsed:.1f} s  throughput: {len(corpus) / elapsed:.1f} texts/s (target >= 50)"
    )
    print(
        f"floor (text engine alone): {len(corpus) / floor:.1f} texts/s; "
        f"import takes {elapsed / floor:.1f}x the engine's time"
    )
    print(f"database: {Path(str(args.database_url or 'var/bench/import.sqlite3')).name}")


if __name__ == "__main__":
    main()
