"""The yearly evaluation report (Değerlendirme Raporu) of a 250-indicator
plan with five years of approved values, as Word and as PDF; the issue
asks for under 10 s.

    .venv/bin/python bench/evaluation_report.py
"""

from __future__ import annotations

import argparse
import time

from _django import ensure_reference_data, setup


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--year", type=int, default=2029)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    setup("portal", args.database_url)
    ensure_reference_data()
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
        print(
            f"evaluation report {args.year} .{fmt}: best {times[0]:.2f} s, "
            f"median {times[len(times) // 2]:.2f} s, worst {times[-1]:.2f} s ({size / 1e6:.1f} MB)"
        )
    started = time.perf_counter()
    reports.export(plan_id, "monitoring", args.year, 1, "pdf")
    print(f"monitoring report {args.year}/1 .pdf: {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
