"""The performance programme and the activity report of a generated plan of
10 goals, 50 objectives and 250 indicators (as in bench/plan_export.py),
each with 2 activities per objective and a full year of approved values:
Word and PDF time beside the time of an empty document of the same kind
(the floor: the writers' own start-up, measured in the same run); and the
progress API's query count for a small and the large plan.

Run from the repository root (throw-away SQLite database):

    .venv/bin/python bench/cycle_documents.py

Targets (issue 13): Word < 5 s, PDF < 20 s; constant query count.
"""

from __future__ import annotations

import datetime
import os
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
tmp = tempfile.mkdtemp(prefix="cycle-bench-")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ortakmasa.settings")
os.environ.setdefault("DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

from _django import api_queries  # noqa: E402


def best(fn: object, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    from ortakmasa.accounts.models import Role, User
    from ortakmasa.cycle import exports
    from ortakmasa.cycle.forms import EXAMPLE_CODES
    from ortakmasa.cycle.models import ActivityReport, PerformanceProgramme, ProgrammeActivity
    from ortakmasa.monitoring.models import IndicatorValue, ValueStatus
    from ortakmasa.plans.document import Builder, Document
    from ortakmasa.plans.models import Indicator, Objective, PlanStatus
    from ortakmasa.plans.sample import make_plan
    from ortakmasa.registry.models import Institution
    from ortakmasa.registry.reference import load_reference_data

    call_command("migrate", verbosity=0)
    load_reference_data()
    ibb = Institution.objects.get(reference_key="municipality:province:34")
    small = make_plan(ibb, goals=1, objectives=1, indicators=1, start_year=2025)
    large = make_plan(ibb, goals=10, objectives=5, indicators=5, start_year=2025)
    for plan in (small, large):
        plan.status = PlanStatus.APPROVED
        plan.save()
        programme = PerformanceProgramme.objects.create(
            plan=plan, year=2025, council_date=datetime.date(2024, 10, 1), decision_number="1"
        )
        ActivityReport.objects.create(plan=plan, year=2025, council_date=datetime.date(2026, 4, 8))
        ProgrammeActivity.objects.bulk_create(
            ProgrammeActivity(
                programme=programme,
                objective=o,
                name=f"{o.title} faaliyeti {k}",
                **EXAMPLE_CODES,
                cost=Decimal(1000),
                spent=Decimal(900),
            )
            for o in Objective.objects.filter(goal__plan=plan)
            for k in (1, 2)
        )
        IndicatorValue.objects.bulk_create(
            IndicatorValue(
                indicator=i,
                year=2025,
                end_month=month,
                value=Decimal(10),
                explanation="bench",
                status=ValueStatus.APPROVED,
            )
            for i in Indicator.objects.filter(objective__goal__plan=plan)
            for month in (6, 12)
        )
    print("plan: 10 goals, 50 objectives, 250 indicators, 100 programme activities")

    def empty(subject: str) -> Document:
        b = Builder()
        b.heading(1, "Boş")
        return Document(title=subject, subtitle="", status_line="", blocks=b.blocks)

    for fmt in ("docx", "pdf"):
        floor = best(lambda fmt=fmt: exports.render(empty("Boş belge"), fmt))
        for kind in ("programme", "activity"):
            t = best(lambda fmt=fmt, kind=kind: exports.produce(kind, large.pk, 2025, fmt))
            print(
                f"{kind} {fmt}: best {t:.2f} s; empty {fmt} floor {floor:.3f} s "
                f"(ratio {t / floor:.0f}x)"
            )

    user = User.objects.create_user("bench", role=Role.STRATEGY_OFFICE, institution=ibb)
    counts = []
    for plan in (small, large):
        queries, data = api_queries(user, f"/api/v1/plans/{plan.pk}/progress/")
        assert all("coverage" in o for g in data["goals"] for o in g["objectives"])
        counts.append(queries)
    print(f"progress API queries: small plan {counts[0]}, large plan {counts[1]}")


if __name__ == "__main__":
    main()
