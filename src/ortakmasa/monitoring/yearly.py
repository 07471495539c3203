"""Every plan year's achievement, stored (``YearlyFigure``) and kept on write.

The dashboard's and the portal's trend charts need the plan, its goals or
its objectives for each year of the plan. Computing them on request meant
computing the whole plan five times (most of an uncached dashboard's time).
Here they are computed once per writing transaction instead: every writer
of what the figures depend on (values entered, approved, returned or
withdrawn; indicators' targets, weights and rules; the plan's tree and
years) marks its plan through model signals, and the marked plans are
recomputed right after the commit (as ``cooperation.network_index`` does),
then the pages' generations are bumped. ``ortakmasa monitoring_figures
--rebuild`` recomputes every plan; ``--check`` compares without writing.

The figures are those of :func:`progress.compute` for the year up to
December, so a year's figure is always its values against its full-year
target, never a half year against the year's target.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from ortakmasa.kernel.kept import marks_of
from ortakmasa.monitoring import achievement as calc
from ortakmasa.monitoring.models import FigureLevel, IndicatorValue, YearlyFigure
from ortakmasa.plans.models import Goal, Indicator, Objective, Plan
from ortakmasa.plans.signals import tree_written

log = logging.getLogger(__name__)

_state = {"suspended": 0}


@dataclass(frozen=True)
class Stored:
    """One stored figure as the pages read it."""

    percent: float | None
    coverage: float
    complete: bool
    has_data: bool

    @property
    def figure(self) -> calc.Weighted:
        return calc.Weighted(self.percent, self.coverage, self.complete)


def computed_rows(plan: Plan) -> list[YearlyFigure]:
    """The figures of ``plan`` (as loaded by ``load_plan``), computed now."""
    from ortakmasa.monitoring.progress import all_years

    rows: list[YearlyFigure] = []

    def add(
        level: str, item: int, year: int, figure: calc.Weighted, has_data: bool
    ) -> YearlyFigure:
        row = YearlyFigure(
            plan_id=plan.pk,
            year=year,
            level=level,
            item=item,
            percent=figure.percent,
            coverage=figure.coverage,
            complete=figure.complete,
            has_data=has_data,
        )
        rows.append(row)
        return row

    for result in all_years(plan):
        year = result.year
        add(FigureLevel.PLAN, plan.pk, year, result.figure, result.has_data)
        for goal in result.goals:
            goal_data = False
            for objective in goal.objectives:
                data = any(i.actual is not None for i in objective.indicators)
                goal_data = goal_data or data
                add(FigureLevel.OBJECTIVE, objective.objective.pk, year, objective.figure, data)
                for row in objective.indicators:
                    stored = add(
                        FigureLevel.INDICATOR,
                        row.indicator.pk,
                        year,
                        calc.Weighted(row.percent, row.coverage, row.complete),
                        row.actual is not None,
                    )
                    stored.measured_from = row.baseline
                    stored.measured_against = row.target
                    stored.year_target = row.year_target
                    stored.actual = row.actual
                    stored.period = row.reading.period if row.reading else ""
                    stored.explanation = row.explanation
            add(FigureLevel.GOAL, goal.goal.pk, year, goal.figure, goal_data)
    return rows


def refresh_now(plan_ids: Iterable[int]) -> None:
    """Compute these plans' figures again, now, in the caller's transaction;
    a plan that no longer exists loses its rows (by cascade)."""
    from ortakmasa.monitoring.progress import load_plan

    with transaction.atomic():
        for pk in sorted(set(plan_ids)):
            # Locks the plan's row: two commits recomputing the same plan
            # write one after the other, the later one from the later data.
            if not Plan.objects.select_for_update().filter(pk=pk).exists():
                continue
            rows = computed_rows(load_plan(pk))
            YearlyFigure.objects.filter(plan_id=pk).delete()
            YearlyFigure.objects.bulk_create(rows, batch_size=1000)


class _Pending:
    def __init__(self, carried: set[int] | None = None) -> None:
        self.plans: set[int] = set(carried or ())

    def after_commit(self) -> None:
        flush()
        from ortakmasa.kernel.cache import Gen, bump_now

        # The writers' own bumps ran before this callback: a page rendered in
        # between read the old figures.
        bump_now(Gen.MONITORING, Gen.PLANS)


def _pending_of(conn: Any) -> _Pending:
    return marks_of(conn, "_yearly_pending", lambda found: _Pending(found.plans if found else None))


def refresh(plan_ids: Iterable[int | None]) -> None:
    """Bring these plans' figures up to date: inside a transaction the plans
    are marked and recomputed once right after the commit; outside, now."""
    wanted = {int(i) for i in plan_ids if i is not None}
    if not wanted or _state["suspended"]:
        return
    conn = transaction.get_connection()
    if not conn.in_atomic_block:
        refresh_now(wanted)
        return
    _pending_of(conn).plans.update(wanted)


def flush() -> None:
    """Recompute the plans marked on this connection (see :func:`refresh`)."""
    conn = transaction.get_connection()
    found: _Pending | None = getattr(conn, "_yearly_pending", None)
    if found is None or not found.plans:
        return
    plans, found.plans = set(found.plans), set()
    refresh_now(plans)


@contextmanager
def suspended() -> Iterator[None]:
    """No recount while bulk work runs (then :func:`rebuild`)."""
    _state["suspended"] += 1
    try:
        yield
    finally:
        _state["suspended"] -= 1


def rebuild() -> int:
    """Every plan's figures from scratch; the number of rows written."""
    ids = list(Plan.objects.order_by("pk").values_list("pk", flat=True))
    refresh_now(ids)
    return YearlyFigure.objects.count()


def check() -> list[str]:
    """Plans whose stored figures differ from those computed now."""
    from ortakmasa.monitoring.progress import load_plan

    wrong = []
    for pk in Plan.objects.order_by("pk").values_list("pk", flat=True):
        want = {_key(r): _values(r) for r in computed_rows(load_plan(pk))}
        have = {_key(r): _values(r) for r in YearlyFigure.objects.filter(plan_id=pk)}
        if want != have:
            wrong.append(f"plan {pk}: {len(set(want.items()) ^ set(have.items()))} figures differ")
    return wrong


def _key(row: YearlyFigure) -> tuple[str, int, int]:
    return (row.level, int(row.item), int(row.year))


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 9)


def _values(row: YearlyFigure) -> tuple[Any, ...]:
    return (
        _round(row.percent),
        round(row.coverage, 9),
        bool(row.complete),
        bool(row.has_data),
        _round(row.measured_from),
        _round(row.measured_against),
        _round(row.year_target),
        _round(row.actual),
        row.period,
        row.explanation,
    )


def stored(plan: Plan, levels: Iterable[str]) -> dict[tuple[str, int], dict[int, Stored]] | None:
    """The stored figures of ``plan`` at ``levels``: (level, item) → year →
    figure, in one query; None when the plan has none stored (not yet
    built: the caller computes them)."""
    out: dict[tuple[str, int], dict[int, Stored]] = defaultdict(dict)
    rows = YearlyFigure.objects.filter(plan=plan, level__in=list(levels)).values_list(
        "level", "item", "year", "percent", "coverage", "complete", "has_data"
    )
    for level, item, year, percent, coverage, complete, has_data in rows:
        out[(level, item)][year] = Stored(percent, coverage, complete, has_data)
    if (FigureLevel.PLAN, plan.pk) not in out:
        return None
    return out


# Writers --------------------------------------------------------------------


def _value_written(instance: IndicatorValue, **kwargs: Any) -> None:
    if kwargs.get("raw"):
        return
    plan = (
        Indicator.objects.filter(pk=instance.indicator_id)
        .values_list("objective__goal__plan_id", flat=True)
        .first()
    )
    refresh([plan])


def _indicator_written(instance: Indicator, **kwargs: Any) -> None:
    if kwargs.get("raw"):
        return
    plan = (
        Objective.objects.filter(pk=instance.objective_id)
        .values_list("goal__plan_id", flat=True)
        .first()
    )
    refresh([plan])


def _objective_written(instance: Objective, **kwargs: Any) -> None:
    if kwargs.get("raw"):
        return
    refresh([Goal.objects.filter(pk=instance.goal_id).values_list("plan_id", flat=True).first()])


def _goal_written(instance: Goal, **kwargs: Any) -> None:
    if not kwargs.get("raw"):
        refresh([instance.plan_id])


def _plan_written(instance: Plan, **kwargs: Any) -> None:
    if not kwargs.get("raw"):
        refresh([instance.pk])


def connect() -> None:
    for model, receiver in (
        (IndicatorValue, _value_written),
        (Indicator, _indicator_written),
        (Objective, _objective_written),
        (Goal, _goal_written),
    ):
        for signal in (post_save, post_delete):
            signal.connect(
                receiver,
                sender=model,
                weak=False,
                dispatch_uid=f"yearly:{signal is post_save}:{model._meta.label}",
            )
    post_save.connect(_plan_written, sender=Plan, weak=False, dispatch_uid="yearly:plan")
    tree_written.connect(_tree_written, weak=False, dispatch_uid="yearly:tree")


def _tree_written(plan_ids: list[int], **kwargs: Any) -> None:
    refresh(plan_ids)
