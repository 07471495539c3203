"""A monitored plan (tests/monitoring) with its 2025 programme, the 2025
activity report and a board meeting after 2025 ended."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

import pytest

from ortakmasa.accounts.models import User
from ortakmasa.cycle import services
from ortakmasa.cycle.forms import EXAMPLE_CODES
from ortakmasa.cycle.models import (
    ActivityReport,
    BoardMeeting,
    IssuedReport,
    PerformanceProgramme,
    ProgrammeActivity,
    ProgrammeResource,
)
from ortakmasa.plans.models import PlanStatus
from tests.monitoring.conftest import HAND_VALUES, Monitored, approve_all, make_monitored

TODAY = datetime.date(2026, 12, 3)


@dataclass
class Cycle:
    m: Monitored
    programme: PerformanceProgramme
    report: ActivityReport
    meeting: BoardMeeting


def make_cycle(status: str = PlanStatus.APPROVED) -> Cycle:
    m = make_monitored(status=status)
    approve_all(m, HAND_VALUES)
    approve_all(m, HAND_VALUES, month=6)
    plan = m.plan
    programme = PerformanceProgramme.objects.create(
        plan=plan,
        year=2025,
        council_date=datetime.date(2024, 10, 7),
        decision_number="2024/99",
        budget_date=datetime.date(2024, 11, 14),
        general_admin_cost=Decimal(1000),
    )
    objectives = [i.objective for i in m.indicators[::2]]
    for n, objective in enumerate(objectives):
        ProgrammeActivity.objects.create(
            programme=programme,
            objective=objective,
            name=f"Faaliyet {n + 1}",
            **EXAMPLE_CODES,
            cost=Decimal(2500 * (n + 1)),
            spent=Decimal(2000 * (n + 1)),
            done=n == 0,
        )
    ProgrammeResource.objects.create(programme=programme, source="budget", amount=Decimal(8500))
    report = ActivityReport.objects.create(
        plan=plan, year=2025, council_date=datetime.date(2026, 4, 8), decision_number="2026/7"
    )
    meeting = BoardMeeting.objects.create(
        plan=plan,
        date=datetime.date(2026, 1, 20),
        members="Başkan\nGenel Sekreter",
        decision_number="K-1",
    )
    return Cycle(m, programme, report, meeting)


def issue_evaluation(c: Cycle, user: User, year: int = 2025) -> IssuedReport:
    """The plan's evaluation report of ``year``, issued at the cycle's meeting."""
    return services.issue(
        c.m.plan, user, kind="evaluation", year=year, meeting=c.meeting, today=TODAY
    )


@pytest.fixture
def cycle(db: None) -> Cycle:
    return make_cycle()
