"""The demo holds the cycle: two programmes, the 2025 activity report, a
2026 update, and issued reports for closed periods only; twice is once."""

from __future__ import annotations

import pytest

from ortakmasa.cycle.demo import load_demo_cycle
from ortakmasa.cycle.models import (
    ActivityReport,
    IssuedReport,
    PerformanceProgramme,
    PlanUpdate,
)
from ortakmasa.monitoring.demo import load_demo_monitoring
from ortakmasa.monitoring.periods import is_closed
from ortakmasa.plans.demo import load_demo_plan
from ortakmasa.site.demo import load_demo_users

pytestmark = pytest.mark.django_db


def test_demo_cycle() -> None:
    load_demo_users()
    load_demo_plan()
    load_demo_monitoring()
    load_demo_cycle()
    assert sorted(PerformanceProgramme.objects.values_list("year", flat=True)) == [2025, 2026]
    assert list(ActivityReport.objects.values_list("year", flat=True)) == [2025]
    assert list(PlanUpdate.objects.values_list("year", flat=True)) == [2026]
    issued = list(IssuedReport.objects.values_list("kind", "year", "half"))
    assert ("evaluation", 2025, 0) in issued
    assert all(is_closed(y, h or (2 if k == "monitoring" else 0)) for k, y, h in issued)
    assert all(p.date_warning == "" for p in PerformanceProgramme.objects.all())
    counts = (PerformanceProgramme.objects.count(), IssuedReport.objects.count())
    load_demo_cycle()
    assert (PerformanceProgramme.objects.count(), IssuedReport.objects.count()) == counts
