"""The formulas, by hand-computed cases and by properties (hypothesis)."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from ortakmasa.monitoring import achievement as calc

numbers = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)
directions = st.sampled_from(["increase", "decrease", "keep"])


@pytest.mark.parametrize(
    ("a", "b", "c", "direction", "expected"),
    [
        (100, 150, 125, "increase", 50.0),  # half way
        (100, 150, 150, "increase", 100.0),
        (100, 150, 175, "increase", 150.0),  # overachieved, not capped here
        (100, 150, 90, "increase", -20.0),  # moved away
        (71, 52, 60, "decrease", 11 / 19 * 100),  # negative denominator
        (21, 8, 8, "decrease", 100.0),
        (21, 18, 22, "decrease", -100 / 3),
        (450, 450, 450, "keep", 100.0),
        (450, 450, 405, "keep", 90.0),  # 10 % below the level
        (450, 450, 495, "keep", 100.0),  # above the level: kept (at least)
        (450, 450, 900, "keep", 100.0),  # regression: doubling the level scored 0
        (50, 50, 60, "increase", 100.0),  # zero denominator, right side
        (50, 50, 40, "increase", 80.0),  # zero denominator, wrong side
        (50, 50, 40, "decrease", 100.0),
        (0, 0, 0, "increase", 100.0),
        (0, 0, -3, "increase", 0.0),
    ],
)
def test_hand_computed(a: float, b: float, c: float, direction: str, expected: float) -> None:
    result = calc.indicator_percent(a, b, c, direction)
    assert result is not None
    assert math.isclose(result, expected, abs_tol=1e-9)


def test_missing_numbers_give_no_figure() -> None:
    assert calc.indicator_percent(None, 10, 5) is None
    assert calc.indicator_percent(1, None, 5) is None
    assert calc.indicator_percent(1, 10, None) is None


def test_objective_and_goal_by_hand() -> None:
    # 120 % counts as 100; 50 % × 30; 80 % × 20 → 50 + 15 + 16 = 81.
    result = calc.objective_percent([(120.0, 50), (50.0, 30), (80.0, 20)])
    assert result.percent is not None
    assert math.isclose(result.percent, 81.0)
    assert result.complete
    # One indicator without a value: weights stay fixed, it counts 0 and
    # the objective covers half its weight (never rescaled to 62 %).
    partial = calc.objective_percent([(None, 50), (50.0, 30), (80.0, 20)])
    assert partial.percent is not None
    assert math.isclose(partial.percent, 15 + 16)
    assert math.isclose(partial.coverage, 50.0)
    assert not partial.complete
    assert calc.rolled_band(partial) == "incomplete"
    assert calc.objective_percent([(None, 100)]).percent is None
    goal = calc.goal_percent([81.0, 62.0, None])
    assert goal is not None
    assert math.isclose(goal, (81 + 62) / 3)
    assert calc.goal_percent([None]) is None


def test_bands() -> None:
    assert calc.band(100) == "achieved"
    assert calc.band(99.99) == "acceptable"
    assert calc.band(75) == "acceptable"
    assert calc.band(74.9) == "not_achieved"
    assert calc.band(None) == "no_data"
    assert calc.band(85, achieved_at=90, acceptable_at=80) == "acceptable"
    assert calc.needs_explanation(70.0)
    assert not calc.needs_explanation(None)


@pytest.mark.parametrize(
    ("percent", "expected"),
    [
        (130, "achieved"),
        (100, "achieved"),
        (99.9, "acceptable"),
        (75, "acceptable"),
        (74.9, "not_achieved"),
        (-10, "not_achieved"),
        (None, "no_data"),
        (float("nan"), "no_data"),
    ],
)
def test_band_edges(percent: float | None, expected: str) -> None:
    assert calc.band(percent) == expected


def test_plan_to_date() -> None:
    assert calc.plan_to_date([80.0, 90.0, None], "cumulative") == 90.0
    assert calc.plan_to_date([80.0, 120.0, None], "yearly") == 90.0  # 80 and 100
    assert calc.plan_to_date([80.0, None, 100.0], "yearly") == 60.0  # a missing year counts 0
    assert calc.plan_to_date([None, None]) is None
    assert calc.year_actual([(6, 3.0), (12, 5.0)]) == 5.0
    assert calc.year_actual([]) is None


@given(numbers, numbers, numbers, directions)
def test_always_finite(a: float, b: float, c: float, direction: str) -> None:
    result = calc.indicator_percent(a, b, c, direction)
    assert result is not None and math.isfinite(result)


@given(numbers, numbers, directions)
def test_reaching_the_target_is_100(a: float, b: float, direction: str) -> None:
    result = calc.indicator_percent(a, b, b, direction)
    assert result is not None
    assert math.isclose(result, 100.0, abs_tol=1e-6)


@given(numbers, numbers)
def test_standing_still_is_zero(a: float, b: float) -> None:
    assume(a != b)
    for direction in ("increase", "decrease"):
        assert calc.indicator_percent(a, b, a, direction) == 0.0


@given(numbers, numbers, numbers, numbers)
def test_monotonic_towards_the_target(a: float, b: float, c1: float, c2: float) -> None:
    """Closer to B along the way from A never scores lower."""
    assume(abs(b - a) > 1e-3)
    lo, hi = sorted((c1, c2))
    first = calc.indicator_percent(a, b, lo)
    second = calc.indicator_percent(a, b, hi)
    assert first is not None and second is not None
    if b > a:
        assert second >= first - 1e-6
    else:
        assert first >= second - 1e-6


@given(numbers, numbers, directions)
def test_zero_denominator_is_bounded(b: float, c: float, direction: str) -> None:
    result = calc.indicator_percent(b, b, c, direction)
    assert result is not None and 0.0 <= result <= 100.0


@given(numbers, numbers)
def test_keep_at_least_never_punishes_doing_better(b: float, d: float) -> None:
    assume(abs(d) < 1e5)
    up = calc.indicator_percent(0, b, b + abs(d), "keep", "at_least")
    down = calc.indicator_percent(0, b, b - abs(d), "keep", "at_least")
    assert up == 100.0
    assert down is not None and 0.0 <= down <= 100.0


@given(numbers, numbers)
def test_keep_at_most_never_punishes_doing_better(b: float, d: float) -> None:
    assume(abs(d) < 1e5)
    assert calc.indicator_percent(0, b, b - abs(d), "keep", "at_most") == 100.0
    above = calc.indicator_percent(0, b, b + abs(d), "keep", "at_most")
    assert above is not None and 0.0 <= above <= 100.0


@given(numbers, numbers, numbers)
def test_keep_band_is_100_inside_and_bounded_outside(lo: float, hi: float, c: float) -> None:
    lo, hi = sorted((lo, hi))
    result = calc.indicator_percent(None, None, c, "keep", "band", lo, hi)
    assert result is not None and 0.0 <= result <= 100.0
    if lo <= c <= hi:
        assert result == 100.0


@given(numbers, numbers, numbers)
def test_decrease_mirrors_increase(a: float, b: float, c: float) -> None:
    """A decreasing indicator is an increasing one seen in a mirror."""
    assume(abs(b - a) > 1e-3)
    down = calc.indicator_percent(a, b, c, "decrease")
    up = calc.indicator_percent(-a, -b, -c, "increase")
    assert down is not None and up is not None
    assert math.isclose(down, up, rel_tol=1e-9, abs_tol=1e-6)


weights = st.lists(
    st.tuples(st.one_of(st.none(), numbers), st.floats(min_value=0, max_value=100)),
    min_size=1,
    max_size=8,
)


@given(weights)
def test_objective_never_above_100(items: list[tuple[float | None, float]]) -> None:
    result = calc.objective_percent(items)
    if result.percent is not None:
        assert 0.0 <= result.percent <= 100.0 + 1e-6
        assert 0.0 <= result.coverage <= 100.0 + 1e-6


@given(st.lists(st.floats(min_value=0, max_value=300), min_size=1, max_size=6))
def test_objective_all_achieved_is_100(percents: list[float]) -> None:
    capped = [min(100.0, p) for p in percents]
    n = len(percents)
    result = calc.objective_percent([(p, 100 / n) for p in percents])
    assert result.percent is not None
    assert math.isclose(result.percent, sum(capped) / n, rel_tol=1e-9, abs_tol=1e-6)


@given(st.lists(st.one_of(st.none(), numbers), max_size=6))
def test_goal_is_within_its_objectives(values: list[float | None]) -> None:
    result = calc.goal_percent(values)
    known = [v for v in values if v is not None]
    if not known:
        assert result is None
    else:
        # Missing objectives count 0: the goal is never above its best part.
        assert result is not None
        assert min(0.0, *known) - 1e-6 <= result <= max(0.0, *known) + 1e-6


def test_a_gap_too_small_for_floating_point_counts_as_none() -> None:
    # Regression: found by hypothesis; (1 - 0) / 1e-308 overflowed to inf.
    assert calc.indicator_percent(0.0, 1.1125369292536007e-308, 1.0, "increase") == 100.0
    assert calc.indicator_percent(0.0, 1e-308, -1.0, "increase") == 0.0
