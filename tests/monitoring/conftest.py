"""A small monitored plan whose achievements are computed by hand:

A1
  H1.1  PG1.1.1 increase, weight 60, A=100, B(2025)=150, C=125 → 50 %
        PG1.1.2 decrease, weight 40, A=71,  B(2025)=52,  C=60  → 57.8947 %
        objective: 50 × 0.6 + 57.8947 × 0.4 = 53.1579 %
  H1.2  PG1.2.1 keep,     weight 50, A=450, B=450,       C=405 → 90 %
        PG1.2.2 increase, weight 50, A=0,   B(2025)=20,  C=30  → 150 % (100 counted)
        objective: 90 × 0.5 + 100 × 0.5 = 95 %
goal A1 = (53.1579 + 95) / 2 = 74.0789 %
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pytest
from django.test import Client

from ortakmasa.accounts.models import Role, User
from ortakmasa.monitoring import services
from ortakmasa.monitoring.models import IndicatorValue, ValueStatus
from ortakmasa.plans.models import Indicator, Plan, PlanStatus
from ortakmasa.plans.sample import make_plan
from ortakmasa.registry.models import Institution
from tests.conftest import IBB

H11 = 50 * 0.6 + (11 / 19 * 100) * 0.4
H12 = 95.0
A1 = (H11 + H12) / 2


@dataclass
class Monitored:
    plan: Plan
    unit: Institution
    indicators: list[Indicator]
    unit_user: User


def make_monitored(status: str = PlanStatus.APPROVED) -> Monitored:
    ibb = Institution.objects.get(reference_key=IBB)
    unit = Institution.objects.create(parent=ibb, name="Test Daire Başkanlığı", kind="department")
    plan = make_plan(ibb, goals=1, objectives=2, indicators=2, unit=unit)
    plan.status = status
    plan.save()
    indicators = list(
        Indicator.objects.filter(objective__goal__plan=plan).order_by(
            "objective__position", "position"
        )
    )
    specs = [
        ("increase", 60, 100, [150, 160, 170, 180, 190]),
        ("decrease", 40, 71, [52, 50, 48, 46, 44]),
        ("keep", 50, 450, [450] * 5),
        ("increase", 50, 0, [20, 40, 60, 80, 100]),
    ]
    for ind, (direction, weight, baseline, targets) in zip(indicators, specs, strict=True):
        ind.direction, ind.weight, ind.baseline, ind.targets = (
            direction,
            Decimal(weight),
            Decimal(baseline),
            targets,
        )
        ind.save()
    user = User.objects.create_user("unit-user", password="pw-for-tests-1")
    user.role, user.institution = Role.LIAISON, unit
    user.save()
    return Monitored(plan, unit, indicators, user)


def approve_all(m: Monitored, values: list[float], year: int = 2025, month: int = 12) -> None:
    for ind, value in zip(m.indicators, values, strict=True):
        IndicatorValue.objects.create(
            indicator=ind,
            year=year,
            end_month=month,
            value=Decimal(str(value)),
            explanation="Gecikme nedeni: ihale uzadı.",
            status=ValueStatus.APPROVED,
        )


def approved_dashboard(m: Monitored, client: Client, **headers: str) -> str:
    """The 2025 dashboard of ``m`` as ``client`` sees it once the hand values are approved."""
    approve_all(m, HAND_VALUES)
    return client.get(f"/monitoring/plans/{m.plan.pk}/?year=2025", **headers).content.decode()


def enter_first(
    m: Monitored, year: int, end_month: int, value: int, user: User | None = None, **fields: Any
) -> IndicatorValue:
    """A value of the plan's first indicator entered on 3 December 2026, by
    the unit's user unless ``user`` says."""
    return services.enter_value(
        m.indicators[0],
        user or m.unit_user,
        year=year,
        end_month=end_month,
        value=Decimal(value),
        today=datetime.date(2026, 12, 3),
        **fields,
    )


HAND_VALUES = [125, 60, 405, 30]


@pytest.fixture
def monitored(db: None) -> Monitored:
    return make_monitored()
