"""Figures that cannot flatter: fixed weights, coverage on every roll-up, no
verdict on partial data, mid-year against expected progress, keep rules —
by properties (hypothesis) and by the cases that misled on the demo."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from ortakmasa.accounts.models import User
from ortakmasa.monitoring import achievement as calc
from ortakmasa.monitoring import progress, services
from ortakmasa.monitoring.models import IndicatorValue, ValueStatus
from tests.monitoring.conftest import HAND_VALUES, Monitored, approve_all, enter_first

numbers = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)
known_items = st.lists(
    st.tuples(numbers, st.floats(min_value=0.01, max_value=100)), min_size=1, max_size=8
)


@given(known_items, st.data())
def test_withdrawing_a_value_never_raises_the_objective(
    items: list[tuple[float, float]], data: st.DataObject
) -> None:
    before = calc.objective_percent(items)
    i = data.draw(st.integers(min_value=0, max_value=len(items) - 1))
    after_items: list[tuple[float | None, float]] = list(items)
    after_items[i] = (None, items[i][1])
    after = calc.objective_percent(after_items)
    assert before.percent is not None
    assert after.coverage < before.coverage
    assert after.percent is None or after.percent <= before.percent + 1e-9
    assert not after.complete


@given(st.lists(known_items, min_size=1, max_size=5), st.data())
def test_withdrawing_a_value_never_raises_goal_or_plan(
    objectives: list[list[tuple[float, float]]], data: st.DataObject
) -> None:
    def goal(objs: list[list[tuple[float | None, float]]]) -> calc.Weighted:
        return calc.mean_of([calc.objective_percent(o) for o in objs])

    before = goal([list(o) for o in objectives])
    j = data.draw(st.integers(min_value=0, max_value=len(objectives) - 1))
    i = data.draw(st.integers(min_value=0, max_value=len(objectives[j]) - 1))
    changed: list[list[tuple[float | None, float]]] = [list(o) for o in objectives]
    changed[j][i] = (None, objectives[j][i][1])
    after = goal(changed)
    assert before.percent is not None
    assert after.coverage < before.coverage
    assert (after.percent or 0.0) <= before.percent + 1e-9
    assert calc.rolled_band(after) in ("incomplete", "no_data")


@given(known_items)
def test_weights_are_never_rescaled(items: list[tuple[float, float]]) -> None:
    """With the first indicator missing, the figure is what the others bring
    with their own weights — never more."""
    assume(len(items) > 1)
    total = sum(w for _, w in items)
    partial = calc.objective_percent([(None, items[0][1]), *items[1:]])
    expected = sum(calc.counted(p) * w for p, w in items[1:]) / total
    assert partial.percent is not None
    assert math.isclose(partial.percent, expected, rel_tol=1e-9, abs_tol=1e-9)
    assert math.isclose(partial.coverage, 100 * (total - items[0][1]) / total, rel_tol=1e-9)


@given(numbers)
def test_roll_up_counts_between_0_and_100(p: float) -> None:
    assert 0.0 <= calc.counted(p) <= 100.0
    assert calc.counted(None) == 0.0


@given(st.floats(min_value=0, max_value=100), st.floats(min_value=0, max_value=99.9))
def test_no_verdict_below_full_coverage(percent: float, coverage: float) -> None:
    assert calc.rolled_band(calc.Weighted(percent, coverage, False)) == "incomplete"
    assert calc.rolled_band(calc.Weighted(percent, 100.0, True)) != "incomplete"


@given(st.lists(numbers, min_size=2, max_size=2), st.sampled_from(["sum", "average"]))
def test_flows_need_every_period(values: list[float], rule: str) -> None:
    assert calc.year_actual([(12, values[1])], rule, (6, 12)) is None
    both = calc.year_actual([(6, values[0]), (12, values[1])], rule, (6, 12))
    assert both is not None
    expected = values[0] + values[1] if rule == "sum" else (values[0] + values[1]) / 2
    assert math.isclose(both, expected, rel_tol=1e-9, abs_tol=1e-6)


@given(numbers, numbers)
def test_a_level_needs_the_period_ending_at_the_month(june: float, december: float) -> None:
    assert calc.year_actual([(6, june)], "last", (6, 12), 12) is None
    assert calc.year_actual([(6, june)], "last", (6, 12), 6) == june
    assert calc.year_actual([(6, june), (12, december)], "last", (6, 12)) == december


@given(numbers, numbers, st.integers(min_value=1, max_value=11))
def test_mid_year_expectation_lies_between_start_and_target(a: float, b: float, month: int) -> None:
    _, expected = calc.expected_target(a, b, a, "last", month)
    assert expected is not None
    assert min(a, b) - 1e-6 <= expected <= max(a, b) + 1e-6
    assert calc.expected_target(a, b, a, "last", 12) == (a, b)


# --- the cases that misled on the demo --------------------------------------

pytestmark = pytest.mark.django_db


def test_returning_a_weak_value_lowers_coverage_and_never_raises(
    monitored: Monitored, users: dict[str, User]
) -> None:
    approve_all(monitored, HAND_VALUES)
    plan = progress.load_plan(monitored.plan.pk)
    before = progress.compute(plan, 2025)
    weak = IndicatorValue.objects.get(indicator=monitored.indicators[0])  # 50 %
    services.return_value(weak, users["office"], "Kanıt eksik.")
    after = progress.compute(progress.load_plan(monitored.plan.pk), 2025)
    b, a = before.objectives[0], after.objectives[0]
    assert b.complete and b.coverage == 100.0
    assert a.coverage == pytest.approx(40.0) and not a.complete
    assert a.percent is not None and b.percent is not None and a.percent < b.percent
    assert a.band == "incomplete"
    assert after.goals[0].band == "incomplete"
    assert after.band == "incomplete"
    assert (after.percent or 0) < (before.percent or 0)


def test_june_is_measured_against_june_not_the_year_end(monitored: Monitored) -> None:
    approve_all(monitored, HAND_VALUES, month=6)
    result = progress.compute(progress.load_plan(monitored.plan.pk), 2025, 6)
    first = result.indicators[0]  # A=100, year target 150, June value 125
    assert first.year_target == 150.0
    assert first.target == 125.0  # half-way expected by June
    assert first.percent == pytest.approx(100.0)
    assert first.band == "achieved"


def test_keeping_the_level_at_twice_the_level_is_kept(monitored: Monitored) -> None:
    keep = monitored.indicators[2]  # keep 450
    approve_all(monitored, [125, 60, 900, 30])
    result = progress.compute(progress.load_plan(monitored.plan.pk), 2025)
    assert result.indicators[2].indicator.pk == keep.pk
    assert result.indicators[2].percent == 100.0
    keep.keep_rule = "band"
    keep.band_low, keep.band_high = Decimal(400), Decimal(500)
    keep.save()
    result = progress.compute(progress.load_plan(monitored.plan.pk), 2025)
    # 400 beyond the band's upper edge of 500: 100 × (1 − 400/500).
    assert result.indicators[2].percent == pytest.approx(20.0)


def test_no_value_for_a_period_not_started(monitored: Monitored) -> None:

    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as info:
        enter_first(monitored, 2027, 6, 170)
    assert "01.01.2027" in str(info.value)
    assert IndicatorValue.objects.count() == 0
    # The second half of 2026 has started on 3 December 2026.
    enter_first(monitored, 2026, 12, 170)
    assert IndicatorValue.objects.count() == 1


def test_who_enters_a_value_cannot_approve_it(monitored: Monitored, users: dict[str, User]) -> None:

    from django.core.exceptions import ValidationError

    office = users["office"]  # belongs to the unit's root: may enter and review
    item = enter_first(monitored, 2025, 12, 150, office, explanation="Tamam")
    with pytest.raises(ValidationError):
        services.approve(item, office)
    item.refresh_from_db()
    assert item.status == ValueStatus.SUBMITTED
    # A value changed by someone is theirs too.
    services.update_value(item, monitored.unit_user, value=Decimal(151), explanation="Düzeltme")
    services.approve(item, users["admin"])
    item.refresh_from_db()
    assert item.status == ValueStatus.APPROVED
    actions = list(item.events.values_list("action", flat=True))
    assert actions == ["entered", "changed", "approved"]
