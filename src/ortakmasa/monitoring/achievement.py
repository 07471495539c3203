"""Achievement of indicators, objectives and goals: pure arithmetic, no
Django, so the formulas can be tested on their own (property-based too).

The SBB guide (Kamu İdareleri İçin Stratejik Planlama Kılavuzu, 3rd
version, 2018, "İzleme ve Değerlendirme") measures an indicator by

    achievement % = (C − A) / (B − A) × 100

with A the plan's baseline (plan dönemi başlangıç değeri), B the target of
the year and C the value reached.  Because the formula measures the share
of the way from A to B that was covered, a decreasing indicator (B < A,
a negative denominator) needs no special case: 71 → 52 with 60 reached is
(60 − 71) / (52 − 71) = 57.9 %.

Where the formula breaks down, B == A (a zero denominator), the target is
to hold the level; so is every "keep the level" indicator:

* on the right side of B (at or above it for an increasing indicator, at or
  below for a decreasing one, exactly on it for "keep") → 100 %;
* otherwise the shortfall is measured against the level itself:
  100 × (1 − |C − B| / |B|), never below 0; with B == 0 any shortfall is 0.

An indicator's figure is not capped (overachievement shows as 130 %,
moving away from the target as a negative figure).  An objective's
achievement is Σ min(100, indicator %) × weight / 100 over its indicators
(weights add up to 100, "hedefe etkisi"); when some indicators have no
value yet, the weights of those that have one are rescaled to 100, and
the result says how much weight it covers.  A goal's achievement is the
mean of its objectives' that have a figure.

Target types (``cumulative`` / ``yearly``): a value is always entered as
the indicator's figure at the end of its period.  For a year, C is the
latest approved value of that year, so both types are measured against the
year's own target.  They differ in the plan-to-date figure: a cumulative
target already carries the earlier years, so the plan-to-date achievement
is the latest year's; yearly targets stand alone, so it is the mean of the
years measured so far.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

Direction = Literal["increase", "decrease", "keep"]
TargetType = Literal["cumulative", "yearly"]
Band = Literal["achieved", "acceptable", "not_achieved", "no_data"]

#: Default status bands: at or above the first an item is achieved, at or
#: above the second acceptable, otherwise not achieved.
DEFAULT_ACHIEVED_AT = 100.0
DEFAULT_ACCEPTABLE_AT = 75.0


def _finite(*values: float | None) -> bool:
    return all(v is not None and math.isfinite(v) for v in values)


def _hold(target: float, actual: float) -> float:
    """How well ``actual`` holds the level ``target`` (0–100)."""
    if actual == target:
        return 100.0
    if target == 0:
        return 0.0
    return max(0.0, 100.0 * (1.0 - abs(actual - target) / abs(target)))


def indicator_percent(
    baseline: float | None,
    target: float | None,
    actual: float | None,
    direction: str = "increase",
) -> float | None:
    """The achievement % of one indicator, or None without the numbers."""
    if not _finite(baseline, target, actual):
        return None
    assert baseline is not None and target is not None and actual is not None
    if direction == "keep":
        return _hold(target, actual)
    if target != baseline:
        percent = (actual - baseline) / (target - baseline) * 100.0
        if math.isfinite(percent):
            return percent
        # A gap between target and baseline too small for floating point
        # (1e-308) overflows the division: it is no gap at all.
    if direction == "decrease" and actual <= target:
        return 100.0
    if direction != "decrease" and actual >= target:
        return 100.0
    return _hold(target, actual)


@dataclass(frozen=True)
class Weighted:
    """A weighted average with the share of the weights it covers."""

    percent: float | None
    covered_weight: float  # the weights (of 100) that had a figure

    @property
    def complete(self) -> bool:
        return self.covered_weight >= 99.995


def objective_percent(items: Iterable[tuple[float | None, float]]) -> Weighted:
    """``items``: (indicator %, weight in the objective).  Σ min(100, %) ×
    weight / 100, with the weights of the indicators that have a figure
    rescaled to 100 when some have none (or when they do not add up to
    100)."""
    pairs = [(p, float(w)) for p, w in items]
    known = [(p, w) for p, w in pairs if p is not None and math.isfinite(p) and w > 0]
    weight = sum(w for _, w in known)
    if not known or weight <= 0:
        return Weighted(None, 0.0)
    all_weight = sum(w for _, w in pairs if w > 0)
    # With every figure there and weights adding up to 100 (the plan's
    # checks see to that) this is exactly Σ min(100, %) × weight / 100;
    # otherwise the known indicators stand for the whole weight.
    total = sum(min(100.0, p) * (w / weight) for p, w in known if p is not None)
    return Weighted(total, 100.0 * weight / all_weight)


def goal_percent(objectives: Iterable[float | None]) -> float | None:
    """The mean of the objectives that have a figure."""
    known = [p for p in objectives if p is not None and math.isfinite(p)]
    return sum(known) / len(known) if known else None


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


def needs_explanation(percent: float | None, acceptable_at: float = DEFAULT_ACCEPTABLE_AT) -> bool:
    """Below the acceptable threshold a value must say why."""
    return percent is not None and math.isfinite(percent) and percent < acceptable_at


def plan_to_date(yearly: Sequence[float | None], target_type: str = "cumulative") -> float | None:
    """The plan-to-date achievement of an indicator from its yearly figures
    (the first plan year first; None where a year has no value yet)."""
    known = [p for p in yearly if p is not None and math.isfinite(p)]
    if not known:
        return None
    if target_type == "yearly":
        return sum(min(100.0, p) for p in known) / len(known)
    return known[-1]


def year_actual(values: Iterable[tuple[int, float]]) -> float | None:
    """C for a year: the value of the latest period (``(end month, value)``
    pairs of one year's approved values)."""
    latest: tuple[int, float] | None = None
    for month, value in values:
        if latest is None or month >= latest[0]:
            latest = (month, value)
    return latest[1] if latest else None
