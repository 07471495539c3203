"""The yearly figures kept on write (``monitoring.yearly``) equal the
progress computed on request after any sequence of writes: values entered,
approved, returned (withdrawn) and deleted, targets and weights changed,
indicators removed; and the pages read them in flat queries."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

from ortakmasa.monitoring import yearly
from ortakmasa.monitoring.models import FigureLevel, IndicatorValue, ValueStatus, YearlyFigure
from ortakmasa.monitoring.progress import load_plan
from ortakmasa.plans.models import Goal, Indicator
from tests.monitoring.conftest import Monitored

pytestmark = pytest.mark.django_db

Capture = Callable[..., Any]


@pytest.fixture
def committed(django_capture_on_commit_callbacks: Capture) -> Callable[[], Any]:
    """A block whose commit callbacks run at its end, as after a commit.

    The test's outer transaction never commits, so its callback list keeps
    the callbacks already run; the plans marked before are forgotten so
    that each block registers its own recount, as a new transaction does."""

    def block() -> Any:
        connection._yearly_pending = None  # type: ignore[attr-defined]
        return django_capture_on_commit_callbacks(execute=True)

    return block


def stored_equal_computed(plan_id: int) -> None:
    want = {yearly._key(r): yearly._values(r) for r in yearly.computed_rows(load_plan(plan_id))}
    have = {yearly._key(r): yearly._values(r) for r in YearlyFigure.objects.filter(plan_id=plan_id)}
    assert have == want


def plan_figure(plan_id: int, year: int) -> YearlyFigure:
    return YearlyFigure.objects.get(
        plan_id=plan_id, level=FigureLevel.PLAN, item=plan_id, year=year
    )


def random_write(
    rng: random.Random,
    action: str,
    plan: Any,
    indicators: list[Any],
    *,
    halves: bool = False,
    end_months: tuple[int, ...] = (6, 12),
    explanations: tuple[str, ...] = (),
) -> None:
    """One write of a kind the stored figures must follow: a value entered
    (whole or half year), approved, returned or deleted, a target or a
    weight changed."""
    if action == "enter":
        indicator = rng.choice(indicators)
        year = rng.choice(plan.years)
        end_month = rng.choice(end_months)
        value = Decimal(rng.randint(0, 300))
        defaults: dict[str, Any] = {"value": value / 2 if halves else value}
        if explanations:
            defaults["explanation"] = rng.choice(explanations)
        defaults["status"] = rng.choice([ValueStatus.SUBMITTED, ValueStatus.APPROVED])
        IndicatorValue.objects.update_or_create(
            indicator=indicator, year=year, end_month=end_month, defaults=defaults
        )
    elif action in ("approve", "withdraw", "delete"):
        found = list(IndicatorValue.objects.filter(indicator__in=indicators))
        if not found:
            return
        item = rng.choice(found)
        if action == "delete":
            item.delete()
        else:
            approve = action == "approve"
            item.status = ValueStatus.APPROVED if approve else ValueStatus.RETURNED
            item.save()
    else:
        indicator = Indicator.objects.get(pk=rng.choice(indicators).pk)
        if action == "target":
            indicator.targets = [rng.randint(1, 400) for _ in plan.years]
        else:
            indicator.weight = Decimal(rng.randint(0, 80))
        indicator.save()


def test_stored_figures_follow_random_writes(
    monitored: Monitored, committed: Callable[[], Any]
) -> None:
    plan = monitored.plan
    with committed():
        yearly.refresh([plan.pk])
    stored_equal_computed(plan.pk)
    rng = random.Random(17)
    indicators = list(monitored.indicators)
    for _step in range(40):
        action = rng.choice(["enter", "enter", "approve", "withdraw", "delete", "target", "weight"])
        with committed(), transaction.atomic():
            random_write(rng, action, plan, indicators)
        stored_equal_computed(plan.pk)
    # An indicator removed from the plan leaves its objective's figure.
    with committed():
        indicators[-1].delete()
    stored_equal_computed(plan.pk)
    assert not YearlyFigure.objects.filter(level=FigureLevel.INDICATOR, item=indicators[-1].pk)


def test_withdrawing_the_only_value_never_raises_a_figure(
    monitored: Monitored, committed: Callable[[], Any]
) -> None:
    plan = monitored.plan
    items = []
    with committed():
        for ind, value in zip(monitored.indicators, [125, 60, 405, 30], strict=True):
            items.append(
                IndicatorValue.objects.create(
                    indicator=ind,
                    year=2025,
                    end_month=12,
                    value=Decimal(value),
                    status=ValueStatus.APPROVED,
                )
            )
    for item in items:
        before = plan_figure(plan.pk, 2025)
        with committed(), transaction.atomic():
            item.status = ValueStatus.RETURNED
            item.save()
        after = plan_figure(plan.pk, 2025)
        assert after.coverage < before.coverage
        assert (after.percent or 0.0) <= (before.percent or 0.0)
        stored_equal_computed(plan.pk)
    assert not plan_figure(plan.pk, 2025).has_data


def test_a_half_year_is_not_a_full_years_figure(
    monitored: Monitored, committed: Callable[[], Any]
) -> None:
    """A June value alone is not stored as the year's achievement against
    the year's full target, and equals what the computation says."""
    plan = monitored.plan
    with committed():
        IndicatorValue.objects.create(
            indicator=monitored.indicators[0],
            year=2025,
            end_month=6,
            value=Decimal(125),
            status=ValueStatus.APPROVED,
        )
    stored_equal_computed(plan.pk)
    row = YearlyFigure.objects.get(
        level=FigureLevel.INDICATOR, item=monitored.indicators[0].pk, year=2025
    )
    # The indicator is reported at the year's end: June alone is no year.
    assert (row.percent, row.complete, row.has_data) == (None, False, False)


def test_rebuild_and_check_commands(monitored: Monitored) -> None:
    YearlyFigure.objects.all().delete()
    call_command("monitoring_figures", "--rebuild")
    stored_equal_computed(monitored.plan.pk)
    call_command("monitoring_figures", "--check")
    YearlyFigure.objects.filter(level=FigureLevel.PLAN).update(percent=99.5)
    with pytest.raises(Exception, match="differ"):
        call_command("monitoring_figures", "--check")


def _cold(client: Client, url: str) -> tuple[int, str]:
    cache.clear()
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    # The sign-out form's token changes with every response.
    page = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", response.content.decode())
    return len(ctx.captured_queries), page


def test_pages_read_the_stored_figures(
    monitored: Monitored,
    client_for: Callable[[str], Client],
    committed: Callable[[], Any],
) -> None:
    """Stored or computed on request (before a rebuild), the pages say the
    same; with the figures stored, the trend reads them instead of
    computing every year."""
    plan = monitored.plan
    for ind, value in zip(monitored.indicators, [125, 60, 405, 30], strict=True):
        for year in (2025, 2026):
            IndicatorValue.objects.create(
                indicator=ind,
                year=year,
                end_month=12,
                value=Decimal(value),
                status=ValueStatus.APPROVED,
            )
    office = client_for("office")
    dashboard = f"/monitoring/plans/{plan.pk}/"
    portal = f"/portal/plans/{plan.pk}/"
    plan.status = "published"
    plan.save()
    YearlyFigure.objects.all().delete()
    computed = {url: _cold(office, url)[1] for url in (dashboard, portal)}
    with committed():
        yearly.refresh([plan.pk])
    assert YearlyFigure.objects.filter(plan=plan).exists()
    for url in (dashboard, portal):
        assert _cold(office, url)[1] == computed[url]


def test_pages_with_stored_figures_query_flat(
    monitored: Monitored, client_for: Callable[[str], Client], committed: Callable[[], Any]
) -> None:
    """With the figures stored, the uncached dashboard and the portal's plan
    and goal pages make as many queries for 120 indicators as for 4."""
    from ortakmasa.plans.models import PlanStatus
    from ortakmasa.plans.sample import make_plan

    def urls(plan_id: int) -> list[str]:
        goal = Goal.objects.filter(plan_id=plan_id).order_by("position").first()
        assert goal is not None
        return [
            f"/monitoring/plans/{plan_id}/",
            f"/portal/plans/{plan_id}/",
            f"/portal/plans/{plan_id}/goals/{goal.pk}/",
        ]

    office = client_for("office")
    with committed():
        monitored.plan.status = PlanStatus.PUBLISHED
        monitored.plan.save()
        big = make_plan(monitored.plan.institution, goals=4, objectives=5, indicators=6)
        big.status = PlanStatus.PUBLISHED
        big.save()
        for plan in (monitored.plan, big):
            for ind in Indicator.objects.filter(objective__goal__plan=plan):
                IndicatorValue.objects.create(
                    indicator=ind,
                    year=2025,
                    end_month=12,
                    value=Decimal(ind.pk % 50 + 1),
                    status=ValueStatus.APPROVED,
                )
    assert YearlyFigure.objects.filter(plan=big, level=FigureLevel.INDICATOR).count() == 600
    small = [_cold(office, url)[0] for url in urls(monitored.plan.pk)]
    assert [_cold(office, url)[0] for url in urls(big.pk)] == small


def test_pages_read_from_stored_rows_equal_computed_after_random_writes(
    monitored: Monitored,
    client_for: Callable[[str], Client],
    committed: Callable[[], Any],
) -> None:
    """The dashboard and the portal's plan and goal pages read the shown
    year's rows from the stored figures (``monitoring.prepared``): after
    random writes (values of whole and half years with explanations,
    approvals, returns, deletions, targets, weights, an objective losing its
    responsible unit), every year's page in both languages is the same as
    the one computed from the values, and reading it costs fewer queries."""
    from ortakmasa.plans.models import Objective, PlanStatus

    plan = monitored.plan
    with committed():
        plan.status = PlanStatus.PUBLISHED
        plan.save()
    office = client_for("office")
    goal = Goal.objects.get(plan=plan)
    rng = random.Random(5)
    indicators = list(monitored.indicators)
    for _step in range(24):
        action = rng.choice(["enter", "enter", "enter", "approve", "withdraw", "target", "weight"])
        with committed(), transaction.atomic():
            random_write(
                rng,
                action,
                plan,
                indicators,
                halves=True,
                end_months=(6, 12, 12),
                explanations=("", "Sapma: ödenek <geç> & eksik geldi."),
            )
    with committed():
        Objective.objects.filter(goal__plan=plan, position=2).update(responsible_unit=None)
        yearly.refresh([plan.pk])
    stored_equal_computed(plan.pk)
    assert IndicatorValue.objects.filter(status=ValueStatus.APPROVED).exists()
    urls = []
    for year in ["", *map(str, plan.years)]:
        query = f"?year={year}" if year else ""
        urls += [
            f"/monitoring/plans/{plan.pk}/{query}",
            f"/portal/plans/{plan.pk}/{query}",
            f"/portal/plans/{plan.pk}/goals/{goal.pk}/{query}",
        ]
    stored = {}
    for language in ("tr", "en"):
        office.defaults["HTTP_ACCEPT_LANGUAGE"] = language
        stored.update({(language, url): _cold(office, url) for url in urls})
    YearlyFigure.objects.filter(plan=plan).delete()
    for language in ("tr", "en"):
        office.defaults["HTTP_ACCEPT_LANGUAGE"] = language
        for url in urls:
            queries, page = _cold(office, url)
            assert stored[(language, url)][1] == page, (language, url)
            # Read, not computed: fewer queries than computing the year.
            assert stored[(language, url)][0] < queries, (language, url)
    pages = "".join(page for _n, page in stored.values())
    assert "Sapma: ödenek &lt;geç&gt; &amp; eksik geldi." in pages


def test_a_missing_stored_row_falls_back_to_computing(
    monitored: Monitored, client_for: Callable[[str], Client], committed: Callable[[], Any]
) -> None:
    """An item without its stored row (a commit whose recount has not run
    yet) makes the page compute the year, never show a blank row."""
    plan = monitored.plan
    with committed():
        for ind, value in zip(monitored.indicators, [125, 60, 405, 30], strict=True):
            IndicatorValue.objects.create(
                indicator=ind,
                year=2025,
                end_month=12,
                value=Decimal(value),
                status=ValueStatus.APPROVED,
            )
    office = client_for("office")
    url = f"/monitoring/plans/{plan.pk}/?year=2025"
    read_queries, read = _cold(office, url)
    YearlyFigure.objects.filter(
        level=FigureLevel.INDICATOR, item=monitored.indicators[1].pk, year=2025
    ).delete()
    queries, page = _cold(office, url)
    assert page == read
    assert queries > read_queries
