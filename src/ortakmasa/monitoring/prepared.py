"""A plan year as the pages show it, read from the stored figures.

The dashboard and the portal's plan and goal pages used to load the whole
plan as model instances (every text of every objective and indicator) and
compute the shown year from its values on every uncached request. The
figures of every year are kept on write (``monitoring.yearly``), with each
indicator's row as the pages show it, so here the year is read instead: the
plan's tree as plain tuples (numbers, titles, names, units) and the year's
stored rows, in a fixed number of queries. A plan whose figures are not
stored yet (before ``monitoring_figures --rebuild``), or not yet for every
item of its tree (a commit whose recount has not run yet), is computed as
before; the pages are the same either way (tested).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, cast

from django.db.models import Q

from ortakmasa.monitoring import achievement as calc
from ortakmasa.monitoring.models import FigureLevel, YearlyFigure
from ortakmasa.monitoring.progress import (
    GoalItem,
    GoalRow,
    IndicatorItem,
    IndicatorRow,
    ObjectiveItem,
    ObjectiveRow,
    Progress,
    StoredReading,
    UnitItem,
    YearlyFigures,
    load_plan,
    thresholds_of,
    year_progress,
    yearly_figures,
)
from ortakmasa.plans.models import Goal, Indicator, Objective, Plan

ALL_LEVELS = (FigureLevel.PLAN, FigureLevel.GOAL, FigureLevel.OBJECTIVE, FigureLevel.INDICATOR)


@dataclass
class TreeObjective:
    item: ObjectiveItem
    indicators: list[IndicatorItem] = field(default_factory=list)


@dataclass
class TreeGoal:
    item: GoalItem
    objectives: list[TreeObjective] = field(default_factory=list)


def plan_tree(
    plan_id: int, *, indicators: bool = True, goal_id: int | None = None
) -> list[TreeGoal]:
    """Every goal of the plan, in order, with its objectives and their
    indicators (none with ``indicators=False``; with ``goal_id``, only that
    goal's), as ``load_plan`` orders them; two or three queries."""
    goals = {
        pk: TreeGoal(GoalItem(pk, position, title))
        for pk, position, title in Goal.objects.filter(plan_id=plan_id)
        .order_by("position", "id")
        .values_list("pk", "position", "title")
    }
    objectives_qs = Objective.objects.filter(goal__plan_id=plan_id)
    if goal_id is not None:
        objectives_qs = objectives_qs.filter(goal_id=goal_id)
    objectives: dict[int, TreeObjective] = {}
    for pk, goal, position, title, unit_id, unit_name in objectives_qs.order_by(
        "position", "id"
    ).values_list(
        "pk", "goal_id", "position", "title", "responsible_unit_id", "responsible_unit__name"
    ):
        in_goal = goals[goal]
        responsible = UnitItem(unit_name) if unit_id is not None else None
        objectives[pk] = TreeObjective(
            ObjectiveItem(pk, in_goal.item.position, position, title, responsible)
        )
        in_goal.objectives.append(objectives[pk])
    if indicators and objectives:
        found = Indicator.objects.filter(objective__goal__plan_id=plan_id)
        if goal_id is not None:
            found = found.filter(objective__goal_id=goal_id)
        for pk, objective, position, name, unit in found.order_by("position", "id").values_list(
            "pk", "objective_id", "position", "name", "unit"
        ):
            parent = objectives[objective].item
            # As ``Indicator.number``.
            number = f"PG{parent.goal_position}.{parent.position}.{position}"
            objectives[objective].indicators.append(IndicatorItem(pk, number, name, unit))
    return list(goals.values())


def stored_year(
    plan: Plan,
    year: int,
    tree: Sequence[TreeGoal],
    thresholds: tuple[float, float],
    *,
    part: bool = False,
) -> Progress | None:
    """The year of ``plan`` to its December from the stored rows, for the
    items of ``tree``; None when a row is missing. ``part``: the tree holds
    the indicators of a part of the plan only, whose rows alone are read."""
    wanted = Q(level__in=[FigureLevel.PLAN, FigureLevel.GOAL, FigureLevel.OBJECTIVE])
    indicator_ids = [i.pk for g in tree for o in g.objectives for i in o.indicators]
    if indicator_ids:
        wanted |= (
            Q(level=FigureLevel.INDICATOR, item__in=indicator_ids)
            if part
            else Q(level=FigureLevel.INDICATOR)
        )
    rows = {
        (row[0], row[1]): _Stored(*row[2:])
        for row in YearlyFigure.objects.filter(wanted, plan=plan, year=year).values_list(
            "level", "item", *_Stored._fields
        )
    }
    head = rows.get((FigureLevel.PLAN, plan.pk))
    if head is None:
        return None
    result = Progress(plan, year, 12, thresholds, stored_has_data=head.has_data)
    try:
        for goal in tree:
            goal_figure = rows[(FigureLevel.GOAL, goal.item.pk)].figure
            objective_rows = []
            for objective in goal.objectives:
                figure = rows[(FigureLevel.OBJECTIVE, objective.item.pk)].figure
                objective_rows.append(
                    ObjectiveRow(
                        objective.item,
                        figure,
                        calc.rolled_band(figure, *thresholds),
                        [
                            _indicator_row(item, rows[(FigureLevel.INDICATOR, item.pk)], thresholds)
                            for item in objective.indicators
                        ],
                    )
                )
            result.goals.append(
                GoalRow(
                    goal.item,
                    goal_figure,
                    calc.rolled_band(goal_figure, *thresholds),
                    objective_rows,
                )
            )
    except KeyError:
        return None
    return result


class _Stored(NamedTuple):
    percent: float | None
    coverage: float
    complete: bool
    has_data: bool
    measured_from: float | None
    measured_against: float | None
    year_target: float | None
    actual: float | None
    period: str
    explanation: str

    @property
    def figure(self) -> calc.Weighted:
        return calc.Weighted(self.percent, self.coverage, self.complete)


def _indicator_row(
    item: IndicatorItem, row: _Stored, thresholds: tuple[float, float]
) -> IndicatorRow:
    return IndicatorRow(
        # The pages read only the indicator's pk, number, name and unit,
        # which the item has; reports compute their rows from the models.
        cast(Indicator, item),
        row.measured_from,
        row.measured_against,
        row.actual,
        row.percent,
        calc.band(row.percent, *thresholds),
        StoredReading(row.period, row.explanation) if row.period else None,
        row.year_target,
    )


@dataclass
class PageYear:
    """What a page shows of a plan: the trend's yearly figures, the year
    picked and that year's progress."""

    years: YearlyFigures
    result: Progress


def page_year(
    plan: Plan,
    wanted: str | None,
    trend_levels: Sequence[str],
    *,
    indicators: bool = True,
    goal_id: int | None = None,
) -> PageYear:
    """The year asked for (else the latest with data) of ``plan`` (with its
    institution), from the stored figures when they are there, else
    computed from the plan's values as before."""
    figures = YearlyFigures(plan, {})
    from ortakmasa.monitoring import yearly

    stored = yearly.stored(plan, sorted({"p", *trend_levels}))
    if stored is not None:
        figures = YearlyFigures(plan, dict(stored))
        year = figures.pick(wanted)
        tree = plan_tree(plan.pk, indicators=indicators, goal_id=goal_id)
        found = stored_year(plan, year, tree, thresholds_of(plan), part=goal_id is not None)
        if found is not None:
            return PageYear(figures, found)
    loaded = load_plan(plan.pk)
    figures = yearly_figures(loaded, trend_levels)
    return PageYear(figures, year_progress(loaded, figures.pick(wanted)))
