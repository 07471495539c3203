"""A plan's achievement per year, from its approved values, in a fixed
number of queries whatever the size of the plan (the plan tree in four,
the values in one, the thresholds in one)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy

from ortakmasa.lib import charts
from ortakmasa.monitoring import achievement as calc
from ortakmasa.monitoring.models import (
    PERIOD_END_MONTHS,
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


def approved_readings(plan: Plan, year: int | None = None) -> dict[int, list[Reading]]:
    """Every approved value of the plan (of ``year`` only if given), per
    indicator, in period order."""
    found = IndicatorValue.objects.filter(
        indicator__objective__goal__plan=plan, status=ValueStatus.APPROVED
    )
    if year is not None:
        found = found.filter(year=year)
    rows = found.order_by("year", "end_month").values_list(
        "indicator_id", "year", "end_month", "frequency", "value", "explanation", "pk"
    )
    out: dict[int, list[Reading]] = defaultdict(list)
    for ind, year, month, freq, value, explanation, pk in rows:
        out[ind].append(Reading(year, month, freq, value, explanation, pk))
    return out


def _f(value: Decimal | None) -> float | None:
    return float(value) if value is not None else None


@dataclass(frozen=True)
class StoredReading:
    """What the pages show of a year's latest approved value, as stored
    with the yearly figures."""

    period: str
    explanation: str


@dataclass(frozen=True)
class UnitItem:
    name: str


@dataclass(frozen=True)
class GoalItem:
    """A goal as the pages show it (``Goal`` without its model instance)."""

    pk: int
    position: int
    title: str

    @property
    def number(self) -> str:
        return f"A{self.position}"


@dataclass(frozen=True)
class ObjectiveItem:
    pk: int
    goal_position: int
    position: int
    title: str
    responsible_unit: UnitItem | None

    @property
    def number(self) -> str:
        return f"H{self.goal_position}.{self.position}"


@dataclass(frozen=True)
class IndicatorItem:
    pk: int
    number: str
    name: str
    unit: str


@dataclass
class IndicatorRow:
    #: An ``IndicatorItem`` in the rows read from the stored figures
    #: (``monitoring.prepared``), which only the pages read.
    indicator: Indicator
    baseline: float | None
    target: float | None  # what the value is measured against (expected at mid-year)
    actual: float | None
    percent: float | None
    band: calc.Band
    reading: Reading | StoredReading | None
    year_target: float | None = None  # the year's own target

    @property
    def explanation(self) -> str:
        return self.reading.explanation if self.reading else ""

    @property
    def complete(self) -> bool:
        return self.percent is not None

    @property
    def coverage(self) -> float:
        return 100.0 if self.percent is not None else 0.0


class _Readings:
    """What a roll-up row reads off its weighted figure."""

    figure: calc.Weighted

    @property
    def percent(self) -> float | None:
        return self.figure.percent

    @property
    def coverage(self) -> float:
        return self.figure.coverage

    @property
    def complete(self) -> bool:
        return self.figure.complete


@dataclass
class ObjectiveRow(_Readings):
    objective: Objective | ObjectiveItem
    figure: calc.Weighted
    band: str
    indicators: list[IndicatorRow]

    @property
    def covered(self) -> float:
        return self.figure.coverage


@dataclass
class GoalRow(_Readings):
    goal: Goal | GoalItem
    figure: calc.Weighted
    band: str
    objectives: list[ObjectiveRow]


@dataclass
class Progress(_Readings):
    plan: Plan
    year: int
    upto_month: int
    thresholds: tuple[float, float]
    goals: list[GoalRow] = field(default_factory=list)
    #: Whether the year has any approved value, when read from the stored
    #: figures without the indicators' rows.
    stored_has_data: bool | None = None

    @property
    def figure(self) -> calc.Weighted:  # type: ignore[override]
        return calc.mean_of([g.figure for g in self.goals])

    @property
    def band(self) -> str:
        return calc.rolled_band(self.figure, *self.thresholds)

    @property
    def objectives(self) -> list[ObjectiveRow]:
        return [o for g in self.goals for o in g.objectives]

    @property
    def indicators(self) -> list[IndicatorRow]:
        return [i for o in self.objectives for i in o.indicators]

    @property
    def has_data(self) -> bool:
        if self.stored_has_data is not None:
            return self.stored_has_data
        return any(i.actual is not None for i in self.indicators)

    def below_threshold(self) -> list[IndicatorRow]:
        return [i for i in self.indicators if calc.needs_explanation(i.percent, self.thresholds[1])]

    def missing_explanations(self) -> list[IndicatorRow]:
        return [i for i in self.below_threshold() if not i.explanation.strip()]


def measure(
    indicator: Indicator,
    readings: list[Reading],
    year_index: int,
    year: int,
    upto_month: int,
) -> tuple[float | None, float | None, float | None, float | None, float | None, Reading | None]:
    """(A, B measured against, year's target, C, %, latest reading) for
    ``indicator`` in ``year`` up to the end of ``upto_month``."""
    in_year = [r for r in readings if r.year == year and r.end_month <= upto_month]
    reading = in_year[-1] if in_year else None
    months = PERIOD_END_MONTHS.get(indicator.monitoring_frequency, (12,))
    actual = calc.year_actual(
        ((r.end_month, float(r.value)) for r in in_year),
        indicator.accumulation,
        months,
        upto_month,
    )
    baseline, year_target = _f(indicator.baseline), _f(indicator.target_for(year_index))
    start = baseline if year_index <= 0 else _f(indicator.target_for(year_index - 1))
    if indicator.target_type == "yearly":
        start = baseline
    a, b = calc.expected_target(baseline, year_target, start, indicator.accumulation, upto_month)
    percent = calc.indicator_percent(
        a,
        b,
        actual,
        indicator.direction,
        indicator.keep_rule,
        _f(indicator.band_low),
        _f(indicator.band_high),
    )
    return a, b, year_target, actual, percent, reading


def indicator_row(
    indicator: Indicator,
    readings: list[Reading],
    year_index: int,
    year: int,
    upto_month: int,
    thresholds: tuple[float, float],
) -> IndicatorRow:
    a, b, year_target, actual, percent, reading = measure(
        indicator, readings, year_index, year, upto_month
    )
    return IndicatorRow(
        indicator,
        a,
        b,
        actual,
        percent,
        calc.band(percent, *thresholds),
        reading,
        year_target,
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
                ObjectiveRow(objective, weighted, calc.rolled_band(weighted, *thresholds), rows)
            )
        figure = calc.mean_of([o.figure for o in objective_rows])
        result.goals.append(
            GoalRow(goal, figure, calc.rolled_band(figure, *thresholds), objective_rows)
        )
    return result


def all_years(plan: Plan) -> list[Progress]:
    """The achievement of every plan year (years without values included)."""
    readings = approved_readings(plan)
    thresholds = thresholds_of(plan)
    return [compute(plan, y, 12, readings, thresholds) for y in plan.years]


def year_progress(plan: Plan, year: int) -> Progress:
    """One year of ``plan`` (as loaded by ``load_plan``) to its December,
    reading only that year's values."""
    return compute(plan, year, 12, approved_readings(plan, year))


@dataclass
class YearlyFigures:
    """Every plan year's figures of a plan at some levels (stored by
    ``monitoring.yearly``), for the trend charts and the default year."""

    plan: Plan
    figures: dict[tuple[str, int], dict[int, Any]]

    @property
    def years(self) -> list[int]:
        return list(self.plan.years)

    def series(self, level: str, item: int) -> list[float | None]:
        """The complete figures of one item per plan year (None where a
        year's figure is missing or incomplete: no verdict is drawn)."""
        found = self.figures.get((level, item), {})
        out: list[float | None] = []
        for year in self.years:
            figure = found.get(year)
            out.append(figure.percent if figure is not None and figure.complete else None)
        return out

    def latest_year(self) -> int | None:
        found = self.figures.get(("p", self.plan.pk), {})
        years = [y for y in self.years if y in found and found[y].has_data]
        return years[-1] if years else None

    def pick(self, wanted: str | None) -> int:
        """The year asked for if it is one of the plan's, else the latest
        year with data, else the first."""
        default = self.latest_year() or self.plan.start_year
        try:
            year = int(wanted or "")
        except ValueError:
            return default
        return year if year in self.plan.years else default


def yearly_figures(plan: Plan, levels: Sequence[str]) -> YearlyFigures:
    """The stored figures of ``plan`` (as loaded by ``load_plan``) at
    ``levels`` (plan level always included); computed here, without
    storing, for a plan whose figures are not built yet."""
    from ortakmasa.monitoring import yearly

    wanted = sorted({"p", *levels})
    found = yearly.stored(plan, wanted)
    if found is None:
        found = defaultdict(dict)
        for row in yearly.computed_rows(plan):
            if row.level in wanted:
                found[(row.level, row.item)][row.year] = yearly.Stored(
                    row.percent, row.coverage, row.complete, row.has_data
                )
    return YearlyFigures(plan, dict(found))


def latest_year(progresses: list[Progress]) -> int | None:
    years = [p.year for p in progresses if p.has_data]
    return years[-1] if years else None


def _r(value: float | None) -> float | None:
    return round(value, 2) if value is not None else None


ROLL_UP_RULE = (
    "Each indicator counts between 0 and 100 in its objective (below 0 as 0, above 100 as "
    "100), times its fixed weight; an indicator without an approved value counts 0 and lowers "
    "the coverage. Goals and the plan are plain means of their parts. Below 100 % coverage a "
    "figure is incomplete and gets no status."
)


def _rolled(year: int, figure: calc.Weighted, thresholds: tuple[float, float]) -> dict[str, Any]:
    return {
        "year": year,
        "achievement": _r(figure.percent),
        "coverage": round(figure.coverage, 2),
        "complete": figure.complete,
        "status": calc.rolled_band(figure, *thresholds),
    }


def progress_data(plan: Plan) -> dict[str, Any]:
    """The API's progress: goal → objective → indicator achievement per year."""
    years = all_years(plan)
    achieved_at, acceptable_at = thresholds_of(plan)
    # The top-level coverage/complete of each item are those of the latest
    # year with any approved value (the first plan year before that).
    now = next((i for i, p in enumerate(years) if p.year == latest_year(years)), 0)
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
                        "definition": indicator.definition,
                        "calculation": indicator.calculation,
                        "accumulation": indicator.accumulation,
                        "keep_rule": indicator.keep_rule if indicator.direction == "keep" else None,
                        "years": [
                            {
                                "year": p.year,
                                "target": row.year_target,
                                "actual": row.actual,
                                "period": row.reading.period if row.reading else None,
                                "achievement": _r(row.percent),
                                "coverage": row.coverage,
                                "complete": row.complete,
                                "status": row.band,
                            }
                            for p, row in zip(years, per_year, strict=True)
                        ],
                        "coverage": per_year[now].coverage,
                        "complete": per_year[now].complete,
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
                    "coverage": round(years[now].goals[g_index].objectives[o_index].coverage, 2),
                    "complete": years[now].goals[g_index].objectives[o_index].complete,
                    "years": [
                        _rolled(p.year, p.goals[g_index].objectives[o_index].figure, p.thresholds)
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
                "coverage": round(years[now].goals[g_index].coverage, 2),
                "complete": years[now].goals[g_index].complete,
                "years": [_rolled(p.year, p.goals[g_index].figure, p.thresholds) for p in years],
                "objectives": objectives,
            }
        )
    return {
        "plan": plan.pk,
        "title": plan.display_title,
        "thresholds": {"achieved": achieved_at, "acceptable": acceptable_at},
        "thresholds_are": "the municipality's setting",
        "year": years[now].year if years else None,
        "coverage": round(years[now].coverage, 2) if years else 0.0,
        "complete": years[now].complete if years else False,
        "roll_up_rule": ROLL_UP_RULE,
        "years": [_rolled(p.year, p.figure, p.thresholds) for p in years],
        "goals": goals,
    }


def chart_status(band: str) -> charts.Status:
    """The band a chart draws: an incomplete figure is drawn as no data."""
    if band in ("achieved", "acceptable", "not_achieved"):
        return band  # type: ignore[return-value]
    return "no_data"


def verdict_rows(
    rows: list[tuple[str, float | None, bool, float]], incomplete_note: str
) -> list[tuple[str, float | None]]:
    """Chart rows (label, figure) from (label, figure, complete, coverage):
    an incomplete figure is not drawn as a verdict; its label says how much
    of the weight was reported (``incomplete_note`` with ``%(coverage)s``)."""
    from ortakmasa.lib.charts import format_percent

    out: list[tuple[str, float | None]] = []
    for label, figure, complete, coverage in rows:
        if complete or figure is None:
            out.append((label, figure))
        else:
            note = incomplete_note % {"coverage": format_percent(coverage, "tr")}
            out.append((f"{label} — {note}", None))
    return out


INCOMPLETE_NOTE = gettext_lazy("incomplete: %(coverage)s of the weight reported, no verdict")


def achievement_chart(
    rows: Sequence[GoalRow] | Sequence[ObjectiveRow],
    *,
    title: str,
    thresholds: tuple[float, float],
    status_labels: Mapping[charts.Status, str],
    locale: str,
    width: int,
    headers: Sequence[str] | None = None,
) -> charts.Chart:
    """Bars of goals' or objectives' achievement, each labelled with its
    number and title; a figure that is not complete draws no verdict."""
    numbered = [row.goal if isinstance(row, GoalRow) else row.objective for row in rows]
    return charts.achievement_bars(
        verdict_rows(
            [
                (f"{item.number} {item.title}", row.percent, row.complete, row.coverage)
                for item, row in zip(numbered, rows, strict=True)
            ],
            str(INCOMPLETE_NOTE),
        ),
        statuses=[chart_status(row.band) for row in rows],
        title=title,
        thresholds=thresholds,
        status_labels=status_labels,
        locale=locale,
        width=width,
        headers=headers,
    )
