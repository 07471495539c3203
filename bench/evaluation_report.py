"""The yearly evaluation report (Değerlendirme Raporu) of a 250-indicator
plan with five years of approved values, as Word and as PDF, each beside
its floor (the same library writing an empty document in the same run); the
issue asks for under 10 s.

    .venv/bin/python bench/evaluation_report.py
"""

from __future__ import annotations

import time

from _django import prepare
from _floors import document_floor, ratio_line


def main() -> None:
    args, _url = prepare("portal", __doc__, year=2029, rounds=3)
    from portal import generate

    plan_id = generate()

    from ortakmasa.monitoring import reports

    for fmt in ("docx", "pdf"):
        times = []
        size = 0
        for _ in range(args.rounds):
            started = time.perf_counter()
            content, _type, _name = reports.export(plan_id, "evaluation", args.year, 2, fmt)
            times.append(time.perf_counter() - started)
            size = len(content)
        times.sort()
        label = f"evaluation report {args.year} .{fmt} ({size / 1e6:.1f} MB)"
        print(ratio_line(label, times[len(times) // 2], document_floor(fmt)), flush=True)
    started = time.perf_counter()
    reports.export(plan_id, "monitoring", args.year, 1, "pdf")
    elapsed = time.perf_counter() - started
    print(ratio_line(f"monitoring report {args.year}/1 .pdf", elapsed, document_floor("pdf")))


if __name__ == "__main__":
    main()
