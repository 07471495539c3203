"""A plan's achievement per year, from its approved values, in a fixed
number of queries whatever the size of the plan (the plan tree in four,
the values in one, the thresholds in one)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Prefetch

from ortakmasa.monitoring import achievement as calc
from ortakmasa.monitoring.models import (
    IndicatorValue,
    MonitoringSettings,
    ValueStatus,
    period_label,
)
from ortakmasa.plans.models import Goal, Indicator, Objective, Plan


def load_plan(pk: int) -> Plan:
    """The plan with goals → objectives (with responsible unit) → indicators."""
    objectives = Objective.objects.select_related("responsible_unit").prefetch_related(
        Prefetch("indicators", queryset=Indicator.objects.order_by("position", "id"))
    )
    return (
        Plan.objects.select_related("institution")
        .prefetch_related(
            Prefetch(
                "goals",
                queryset=Goal.objects.order_by("position", "id").prefetch_related(
                    Prefetch("objectives", queryset=objectives.order_by("position", "id"))
                ),
            )
        )
        .get(pk=pk)
    )


def thresholds_of(plan: Plan) -> tuple[float, float]:
    found = MonitoringSettings.objects.filter(plan=plan).first()
    if found is None:
        return calc.DEFAULT_ACHIEVED_AT, calc.DEFAULT_ACCEPTABLE_AT
    return found.thresholds


@dataclass
class Reading:
    """One approved value as the computation uses it."""

    year: int
    end_month: int
    frequency: str
    value: Decimal
    explanation: str
    pk: int

    @property
    def period(self) -> str:
        return period_label(self.year, self.end_month, self.frequency)


def approved_readings(plan: Plan) -> dict[int, list[Reading]]:
    """Every approved value of the plan, per indicator, in period order."""
    rows = (
        IndicatorValue.objects.filter(
            indicator__objective__goal__plan=plan, status=ValueStatus.APPROVED
        )
        .order_by("year", "end_month")
        .values_list("indicator_id", "year", "end_month", "frequency", "value", "explanation", "pk")
    )
    out: dict[int, list[Reading]] = defaultdict(list)
    for ind, year, month, freq, value, explanation, pk in rows:
        out[ind].append(Reading(year, month, freq, value, explanation, pk))
    return out


def _f(value: Decimal | None) -> float | None:
    return float(value) if value is not None else None


@dataclass
class IndicatorRow:
    indicator: Indicator
    baseline: float | None
    target: float | None
    actual: float | None
    percent: float | None
    band: calc.Band
    reading: Reading | None

    @property
    def explanation(self) -> str:
        return self.reading.explanation if self.reading else ""


@dataclass
class ObjectiveRow:
    objective: Objective
    percent: float | None
    covered: float
    band: calc.Band
    indicators: list[IndicatorRow]


@dataclass
class GoalRow:
    goal: Goal
    percent: float | None
    band: calc.Band
    objectives: list[ObjectiveRow]


@dataclass
class Progress:
    plan: Plan
    year: int
    upto_month: int
    thresholds: tuple[float, float]
    goals: list[GoalRow] = field(default_factory=list)

    @property
    def percent(self) -> float | None:
        return calc.goal_percent(g.percent for g in self.goals)

    @property
    def objectives(self) -> list[ObjectiveRow]:
        return [o for g in self.goals for o in g.objectives]

    @property
    def indicators(self) -> list[IndicatorRow]:
        return [i for o in self.objectives for i in o.indicators]

    @property
    def has_data(self) -> bool:
        return any(i.actual is not None for i in self.indicators)

    def below_threshold(self) -> list[IndicatorRow]:
        return [i for i in self.indicators if calc.needs_explanation(i.percent, self.thresholds[1])]

    def missing_explanations(self) -> list[IndicatorRow]:
        return [i for i in self.below_threshold() if not i.explanation.strip()]


def indicator_row(
    indicator: Indicator,
    readings: list[Reading],
    year_index: int,
    year: int,
    upto_month: int,
    thresholds: tuple[float, float],
) -> IndicatorRow:
    in_year = [r for r in readings if r.year == year and r.end_month <= upto_month]
    reading = in_year[-1] if in_year else None
    baseline, target = _f(indicator.baseline), _f(indicator.target_for(year_index))
    actual = _f(reading.value) if reading else None
    percent = calc.indicator_percent(baseline, target, actual, indicator.direction)
    return IndicatorRow(
        indicator, baseline, target, actual, percent, calc.band(percent, *thresholds), reading
    )


def compute(
    plan: Plan,
    year: int,
    upto_month: int = 12,
    readings: dict[int, list[Reading]] | None = None,
    thresholds: tuple[float, float] | None = None,
) -> Progress:
    """``plan`` as loaded by ``load_plan``; the year's achievement from the
    values of periods ending up to ``upto_month``."""
    readings = readings if readings is not None else approved_readings(plan)
    thresholds = thresholds or thresholds_of(plan)
    year_index = year - plan.start_year
    result = Progress(plan, year, upto_month, thresholds)
    for goal in plan.goals.all():
        objective_rows = []
        for objective in goal.objectives.all():
            rows = [
                indicator_row(i, readings.get(i.pk, []), year_index, year, upto_month, thresholds)
                for i in objective.indicators.all()
            ]
            weighted = calc.objective_percent((r.percent, float(r.indicator.weight)) for r in rows)
            objective_rows.append(
                ObjectiveRow(
                    objective,
                    weighted.percent,
                    weighted.covered_weight,
                    calc.band(weighted.percent, *thresholds),
                    rows,
                )
            )
        percent = calc.goal_percent(o.percent for o in objective_rows)
        result.goals.append(GoalRow(goal, percent, calc.band(percent, *thresholds), objective_rows))
    return result


def all_years(plan: Plan) -> list[Progress]:
    """The achievement of every plan year (years without values included)."""
    readings = approved_readings(plan)
    thresholds = thresholds_of(plan)
    return [compute(plan, y, 12, readings, thresholds) for y in plan.years]


def latest_year(progresses: list[Progress]) -> int | None:
    years = [p.year for p in progresses if p.has_data]
    return years[-1] if years else None


def _r(value: float | None) -> float | None:
    return round(value, 2) if value is not None else None


def progress_data(plan: Plan) -> dict[str, Any]:
    """The API's progress: goal → objective → indicator achievement per year."""
    years = all_years(plan)
    achieved_at, acceptable_at = thresholds_of(plan)
    goals: list[dict[str, Any]] = []
    for g_index, goal in enumerate(plan.goals.all()):
        objectives = []
        for o_index, objective in enumerate(goal.objectives.all()):
            indicators = []
            for i_index, indicator in enumerate(objective.indicators.all()):
                per_year = [p.goals[g_index].objectives[o_index].indicators[i_index] for p in years]
                indicators.append(
                    {
                        "id": indicator.pk,
                        "number": indicator.number,
                        "name": indicator.name,
                        "unit": indicator.unit,
                        "direction": indicator.direction,
                        "target_type": indicator.target_type,
                        "weight": float(indicator.weight),
                        "baseline": _f(indicator.baseline),
                        "years": [
                            {
                                "year": p.year,
                                "target": row.target,
                                "actual": row.actual,
                                "period": row.reading.period if row.reading else None,
                                "achievement": _r(row.percent),
                                "status": row.band,
                            }
                            for p, row in zip(years, per_year, strict=True)
                        ],
                        "plan_to_date": _r(
                            calc.plan_to_date([r.percent for r in per_year], indicator.target_type)
                        ),
                    }
                )
            objectives.append(
                {
                    "id": objective.pk,
                    "number": objective.number,
                    "title": objective.title,
                    "years": [
                        {
                            "year": p.year,
                            "achievement": _r(p.goals[g_index].objectives[o_index].percent),
                            "status": p.goals[g_index].objectives[o_index].band,
                        }
                        for p in years
                    ],
                    "indicators": indicators,
                }
            )
        goals.append(
            {
                "id": goal.pk,
                "number": goal.number,
                "title": goal.title,
                "years": [
                    {
                        "year": p.year,
                        "achievement": _r(p.goals[g_index].percent),
                        "status": p.goals[g_index].band,
                    }
                    for p in years
                ],
                "objectives": objectives,
            }
        )
    return {
        "plan": plan.pk,
        "title": plan.display_title,
        "thresholds": {"achieved": achieved_at, "acceptable": acceptable_at},
        "years": [{"year": p.year, "achievement": _r(p.percent)} for p in years],
        "goals": goals,
    }
