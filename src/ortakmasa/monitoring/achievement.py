"""Achievement of indicators, objectives and goals: pure arithmetic, no
Django, so every rule can be tested on its own (property-based too).
docs/legal-basis.md says where each rule comes from.

Indicator.  The SBB guide (Kamu İdareleri İçin Stratejik Planlama
Kılavuzu, 3rd version, 2018) measures an indicator as the share of the way
from the baseline A to the target B that the value C covered:

    achievement % = (C − A) / (B − A) × 100

A decreasing indicator (B < A) needs no special case.  The figure of one
indicator is shown as computed: above 100 when the target is exceeded,
below 0 when the value moved away from the target.

"Keep the level" indicators (and any target equal to its baseline, where
the formula divides by zero) are judged by their keep rule, so that doing
better never scores 0:

* ``at_least``  — C ≥ B is 100; below, 100 × C / B (0 when B ≤ 0);
* ``at_most``   — C ≤ B is 100; above, 100 × B / C (0 when C ≤ 0);
* ``band``      — inside [low, high] is 100; outside, the distance to the
  nearer edge measured against that edge: 100 × (1 − distance / |edge|),
  never below 0.

Roll-ups (the rule stated on every page and report).  In an objective,
each indicator counts between 0 and 100 (below 0 as 0, above 100 as 100),
times its fixed weight.  Weights are never rescaled: an indicator without
an approved value contributes nothing, and the objective's *coverage* (the
share of its weight with approved values) falls below 100, which makes it
*incomplete*: shown, never given a status.  A goal is the plain mean of its
objectives (missing ones count 0), a plan the mean of its goals; their
coverage is the mean of their parts' coverage.  So withdrawing an approved
value can only lower a figure and its coverage, never raise them.

Within a year.  The value of an indicator for a period is entered as it
stands at the end of that period; the year's actual C comes from the
year's periods by the indicator's accumulation rule:

* ``last``    — the value of the latest period (a level: km of network);
* ``sum``     — the periods' values added (a flow: trainings held);
* ``average`` — their mean (a rate measured per period).

``sum`` and ``average`` need every period up to the report's month;
``last`` needs the period that ends at the report's month.  A mid-year
figure is compared with the year's *expected* progress at that month, a
straight line through the year (``expected_target``), never with the
year-end target.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

Direction = Literal["increase", "decrease", "keep"]
KeepRule = Literal["at_least", "at_most", "band"]
Accumulation = Literal["last", "sum", "average"]
TargetType = Literal["cumulative", "yearly"]
Band = Literal["achieved", "acceptable", "not_achieved", "no_data", "incomplete"]

#: Default status bands (a setting of the municipality, not of the guide):
#: at or above the first an item is achieved, at or above the second
#: acceptable, otherwise not achieved.
DEFAULT_ACHIEVED_AT = 100.0
DEFAULT_ACCEPTABLE_AT = 75.0


def _finite(*values: float | None) -> bool:
    return all(v is not None and math.isfinite(v) for v in values)


def keep_percent(
    target: float,
    actual: float,
    rule: str = "at_least",
    low: float | None = None,
    high: float | None = None,
) -> float:
    """How well ``actual`` keeps the level (0–100)."""
    if rule == "band":
        lo = low if low is not None and math.isfinite(low) else target
        hi = high if high is not None and math.isfinite(high) else target
        lo, hi = min(lo, hi), max(lo, hi)
        if lo <= actual <= hi:
            return 100.0
        edge = lo if actual < lo else hi
        if edge == 0:
            return 0.0
        return max(0.0, 100.0 * (1.0 - abs(actual - edge) / abs(edge)))
    if rule == "at_most":
        if actual <= target:
            return 100.0
        return max(0.0, min(100.0, 100.0 * target / actual)) if actual > 0 else 0.0
    if actual >= target:
        return 100.0
    if target <= 0:
        return 0.0
    return max(0.0, min(100.0, 100.0 * actual / target))


def indicator_percent(
    baseline: float | None,
    target: float | None,
    actual: float | None,
    direction: str = "increase",
    keep: str = "at_least",
    low: float | None = None,
    high: float | None = None,
) -> float | None:
    """The achievement % of one indicator, or None without the numbers."""
    if direction == "keep" and keep == "band" and _finite(low, high) and _finite(actual):
        assert actual is not None
        return keep_percent(target if target is not None else 0.0, actual, "band", low, high)
    if not _finite(baseline, target, actual):
        return None
    assert baseline is not None and target is not None and actual is not None
    if direction == "keep":
        return keep_percent(target, actual, keep, low, high)
    if target != baseline:
        percent = (actual - baseline) / (target - baseline) * 100.0
        if math.isfinite(percent):
            return percent
        # A gap too small for floating point overflows the division: no gap.
    return keep_percent(target, actual, "at_most" if direction == "decrease" else "at_least")


def counted(percent: float | None) -> float:
    """What one indicator contributes to a roll-up: 0–100, none as 0."""
    if percent is None or not math.isfinite(percent):
        return 0.0
    return min(100.0, max(0.0, percent))


@dataclass(frozen=True)
class Weighted:
    """A roll-up figure with the share of the weight it is built on."""

    percent: float | None  # None only when nothing at all is known
    coverage: float  # 0–100
    # Decided by counting, not from ``coverage``: a float that rounds to
    # 100 must not pass for complete data.
    complete: bool = False

    @property
    def covered_weight(self) -> float:
        return self.coverage


def objective_percent(items: Iterable[tuple[float | None, float]]) -> Weighted:
    """``items``: (indicator %, weight).  Σ counted(%) × weight / Σ weight
    with the weights fixed; coverage is the weight with a figure.  When no
    weights are set, the indicators weigh equally."""
    pairs = [(p, max(0.0, float(w))) for p, w in items]
    if not pairs:
        return Weighted(None, 0.0)
    total = sum(w for _, w in pairs)
    if total <= 0:
        pairs = [(p, 1.0) for p, _ in pairs]
        total = float(len(pairs))
    known = [(p, w) for p, w in pairs if p is not None and math.isfinite(p)]
    if not known:
        return Weighted(None, 0.0)
    figure = sum(counted(p) * w for p, w in known) / total
    missing = sum(w for p, w in pairs if w > 0 and (p is None or not math.isfinite(p)))
    complete = missing == 0
    coverage = 100.0 if complete else min(100.0 - 1e-9, 100.0 * (total - missing) / total)
    return Weighted(figure, coverage, complete)


def mean_of(parts: Sequence[Weighted]) -> Weighted:
    """A goal from its objectives, a plan from its goals: equal weights,
    missing figures count 0, coverage is the mean coverage."""
    if not parts:
        return Weighted(None, 0.0)
    if all(p.percent is None for p in parts):
        return Weighted(None, 0.0)
    figure = sum(p.percent or 0.0 for p in parts) / len(parts)
    complete = all(p.complete for p in parts)
    coverage = 100.0 if complete else min(100.0 - 1e-9, sum(p.coverage for p in parts) / len(parts))
    return Weighted(figure, coverage, complete)


def goal_percent(objectives: Iterable[float | None]) -> float | None:
    """The mean of the objectives, missing ones counting 0 (see ``mean_of``)."""
    parts = [Weighted(p, 100.0 if p is not None else 0.0, p is not None) for p in objectives]
    return mean_of(parts).percent


def band(
    percent: float | None,
    achieved_at: float = DEFAULT_ACHIEVED_AT,
    acceptable_at: float = DEFAULT_ACCEPTABLE_AT,
) -> Band:
    """The status band of an achievement percentage: the one rule, which the
    charts receive rather than decide."""
    if percent is None or not math.isfinite(percent):
        return "no_data"
    if percent >= achieved_at:
        return "achieved"
    if percent >= acceptable_at:
        return "acceptable"
    return "not_achieved"


def rolled_band(
    figure: Weighted,
    achieved_at: float = DEFAULT_ACHIEVED_AT,
    acceptable_at: float = DEFAULT_ACCEPTABLE_AT,
) -> Band:
    """A roll-up gets a status only on complete data."""
    if figure.percent is None:
        return "no_data"
    if not figure.complete:
        return "incomplete"
    return band(figure.percent, achieved_at, acceptable_at)


def needs_explanation(percent: float | None, acceptable_at: float = DEFAULT_ACCEPTABLE_AT) -> bool:
    """Below the acceptable threshold a value must say why."""
    return percent is not None and math.isfinite(percent) and percent < acceptable_at


def plan_to_date(yearly: Sequence[float | None], target_type: str = "cumulative") -> float | None:
    """The plan-to-date ("birikimli") achievement of an indicator from its
    yearly figures, the first plan year first.  A cumulative target already
    carries the earlier years, so the latest year stands for the plan to
    date; yearly targets stand alone, so every year so far counts, a year
    without a figure as 0."""
    known = [p for p in yearly if p is not None and math.isfinite(p)]
    if not known:
        return None
    if target_type == "yearly":
        last = max(i for i, p in enumerate(yearly) if p is not None and math.isfinite(p))
        return sum(counted(p) for p in yearly[: last + 1]) / (last + 1)
    return known[-1]


def year_actual(
    values: Iterable[tuple[int, float]],
    accumulation: str = "last",
    months: Sequence[int] = (12,),
    upto_month: int = 12,
) -> float | None:
    """C for a year from ``(end month, value)`` pairs of its approved values.

    ``months``: the months the indicator's periods end in.  Returns None
    when a period the rule needs has no value."""
    by_month = {m: v for m, v in values if m <= upto_month}
    due = [m for m in months if m <= upto_month]
    if not due:
        return None
    if accumulation == "last":
        return by_month.get(due[-1])
    if any(m not in by_month for m in due):
        return None
    figures = [by_month[m] for m in due]
    if accumulation == "sum":
        return sum(figures)
    return sum(figures) / len(figures)


def expected_target(
    baseline: float | None,
    target: float | None,
    start: float | None,
    accumulation: str,
    upto_month: int,
) -> tuple[float | None, float | None]:
    """(A, B) to measure a value at the end of ``upto_month`` against.

    At month 12 this is (baseline, target).  Earlier, progress is expected
    in a straight line through the year: for a level (``last``) from
    ``start`` (where the year began: the previous year's target, or the
    baseline in the first year) towards the target; for a flow (``sum``)
    both the target and the baseline scale with the months elapsed; an
    average is expected at the year's target throughout."""
    if baseline is None or target is None or upto_month >= 12:
        return baseline, target
    share = upto_month / 12.0
    if accumulation == "sum":
        return baseline * share, target * share
    if accumulation == "average":
        return baseline, target
    begin = start if start is not None else baseline
    return baseline, begin + (target - begin) * share
