"""Public portal pages under load: a published 250-indicator plan with five
years of approved six-monthly values (2,500 values).

Generates the data once into the benchmark database (idempotent), serves
the platform with gunicorn on 127.0.0.1 and sends 20 concurrent clients,
not signed in, at the portal's home, the plan's progress page, a goal's
page and the consultation page.  Prints p50/p95/p99 per page and the
number of database queries each page makes when its fragment is not
cached (which must not grow with the plan; the tests assert that too).
The issue asks for p95 < 100 ms.

    .venv/bin/python bench/portal.py
    .venv/bin/python bench/portal.py --database-url postgres://postgres@127.0.0.1:5432/ortakmasa_bench
"""

from __future__ import annotations

import time

from _django import prepare
from _load import compare_pages

TITLE = "Bench: 250 göstergeli plan"


def generate(goals: int = 5, objectives: int = 5, indicators: int = 10) -> int:
    """The published plan with five years of approved values; its id."""
    from django.db import transaction

    from ortakmasa.monitoring import yearly
    from ortakmasa.monitoring.models import IndicatorValue, ValueStatus, YearlyFigure
    from ortakmasa.plans.models import Indicator, Plan, PlanStatus
    from ortakmasa.plans.sample import make_plan
    from ortakmasa.registry.models import Institution

    found = Plan.objects.filter(title=TITLE).first()
    if found is not None:
        if not YearlyFigure.objects.filter(plan=found).exists():
            yearly.refresh_now([found.pk])  # generated before the figures were kept
        return int(found.pk)
    ibb = Institution.objects.get(reference_key="municipality:province:34")
    with transaction.atomic():
        plan = make_plan(
            ibb, goals=goals, objectives=objectives, indicators=indicators, title=TITLE
        )
        plan.status = PlanStatus.PUBLISHED
        plan.save()
        rows = []
        for n, ind in enumerate(Indicator.objects.filter(objective__goal__plan=plan)):
            pace = 0.6 + (n % 9) * 0.08
            for k, year in enumerate(plan.years):
                target = float(ind.targets[k])
                for month, share in ((6, 0.5), (12, 1.0)):
                    value = 100 + (target - 100) * pace * share
                    rows.append(
                        IndicatorValue(
                            indicator=ind,
                            year=year,
                            end_month=month,
                            value=round(value, 2),
                            explanation="Bench açıklaması: iş programına göre ilerleniyor.",
                            status=ValueStatus.APPROVED,
                        )
                    )
        IndicatorValue.objects.bulk_create(rows, batch_size=2000)
        # bulk_create sends no signal: the yearly figures are brought up to
        # date here, as after any bulk load.
        yearly.refresh([plan.pk])
    return int(plan.pk)


def query_counts(paths: list[str]) -> dict[str, int]:
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    counts = {}
    for path in paths:
        cache.clear()
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(path).status_code == 200, path
        counts[path] = len(ctx.captured_queries)
    return counts


def main() -> None:
    args, url = prepare("portal", __doc__, clients=20, requests=600)
    started = time.perf_counter()
    plan_id = generate()
    print(f"data ready in {time.perf_counter() - started:.1f} s")

    from ortakmasa.monitoring.models import IndicatorValue
    from ortakmasa.plans.models import Indicator, Plan

    plan = Plan.objects.get(pk=plan_id)
    goal = plan.goals.order_by("position").first()
    assert goal is not None
    indicators = Indicator.objects.filter(objective__goal__plan=plan).count()
    values = IndicatorValue.objects.filter(indicator__objective__goal__plan=plan).count()
    print(f"indicators: {indicators}, approved values: {values}")
    paths = [
        "/portal/",
        f"/portal/plans/{plan_id}/",
        f"/portal/plans/{plan_id}/goals/{goal.pk}/",
        f"/portal/plans/{plan_id}/consultation/",
    ]
    for path, n in query_counts(paths).items():
        print(f"queries (uncached) {path:<45} {n}")
    compare_pages({"DATABASE_URL": url}, paths, clients=args.clients, requests=args.requests)
    # The monitoring dashboard of the same plan, signed in as the strategy
    # office (a page of 250 indicator rows, two bar charts and a trend).
    from meetings_load import session_cookie
    from ortakmasa.accounts.models import Role, User
    from ortakmasa.registry.models import Institution

    office, _created = User.objects.get_or_create(
        username="bench-office",
        defaults={
            "role": Role.STRATEGY_OFFICE,
            "institution": Institution.objects.get(reference_key="municipality:province:34"),
        },
    )
    dashboard = [f"/monitoring/plans/{plan_id}/"]
    compare_pages(
        {"DATABASE_URL": url},
        dashboard,
        clients=min(args.clients, 10),
        requests=args.requests // 2,
        cookie=session_cookie(office.pk),
    )


if __name__ == "__main__":
    main()
