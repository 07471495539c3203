"""Permission cases of the public portal: published plans for everyone,
nothing else for anyone."""

from __future__ import annotations

from ortakmasa.plans.models import PlanStatus
from tests.monitoring.conftest import HAND_VALUES, approve_all, make_monitored
from tests.permission_cases import Case, everyone


def published() -> tuple[int, int]:
    m = make_monitored(status=PlanStatus.PUBLISHED)
    approve_all(m, HAND_VALUES)
    return m.plan.pk, m.plan.goals.get().pk


def approved() -> tuple[int, int]:
    m = make_monitored(status=PlanStatus.APPROVED)
    return m.plan.pk, m.plan.goals.get().pk


CASES = [
    Case("portal:home", everyone(200)),
    Case("portal:plan", everyone(200), args=lambda: [published()[0]]),
    Case("portal:plan", everyone(404), label="not published", args=lambda: [approved()[0]]),
    Case("portal:goal", everyone(200), args=lambda: list(published())),
    Case("portal:goal", everyone(404), label="not published", args=lambda: list(approved())),
    Case("portal:consultation", everyone(200), args=lambda: [published()[0]]),
    Case("portal:consultation", everyone(404), label="not published", args=lambda: [approved()[0]]),
]
