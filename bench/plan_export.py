"""Export a generated plan of 10 goals, 50 objectives and 250 indicators to
DOCX, PDF and XLSX and time it; check that the tree API answers in the same
number of queries for a small and the large plan.

Run from the repository root (uses a throw-away SQLite database, or the
PostgreSQL database given with --database-url):

    .venv/bin/python bench/plan_export.py

Each figure is printed beside its floor, the same library writing an empty
document in the same run. Targets: DOCX < 5 s, PDF < 1 s and within 3x of the
Word export, constant query count.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from _django import api_queries, setup
from _floors import document_floor, ratio_line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    setup("plan_export", args.database_url, fresh=args.database_url is None)
    tmp = tempfile.mkdtemp(prefix="plan-bench-")

    from ortakmasa.accounts.models import Role, User
    from ortakmasa.plans import exports, pdf_export
    from ortakmasa.plans.sample import make_plan
    from ortakmasa.registry.models import Institution
    from ortakmasa.registry.reference import load_reference_data

    if not Institution.objects.filter(reference_key="municipality:province:34").exists():
        load_reference_data()
    ibb = Institution.objects.get(reference_key="municipality:province:34")
    small = make_plan(ibb, goals=1, objectives=1, indicators=1)
    large = make_plan(ibb, goals=10, objectives=5, indicators=5, start_year=2030)
    print(f"plan: 10 goals, 50 objectives, 250 indicators; PDF font: {pdf_export.register_fonts()}")
    medians = {}
    for fmt in ("docx", "pdf", "xlsx"):
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            content, _ct, _name = exports.export(large.pk, fmt)
            runs.append(time.perf_counter() - start)
        (Path(tmp) / f"plan.{fmt}").write_bytes(content)
        medians[fmt] = statistics.median(runs)
        label = f"plan .{fmt} ({len(content) / 1024:.0f} KiB), median of 3"
        print(ratio_line(label, medians[fmt], document_floor(fmt)), flush=True)
    print(f"PDF / Word export time: {medians['pdf'] / medians['docx']:.2f} (target <= 3)")

    user, _new = User.objects.get_or_create(
        username="bench", defaults={"role": Role.STRATEGY_OFFICE, "institution": ibb}
    )
    counts = [api_queries(user, f"/api/v1/plans/{plan.pk}/")[0] for plan in (small, large)]
    print(f"tree API queries: small plan {counts[0]}, large plan {counts[1]}")


if __name__ == "__main__":
    main()
