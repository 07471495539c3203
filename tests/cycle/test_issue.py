"""Issued reports: closed periods only, approved at a recorded board
meeting after the period, frozen files, versions; the portal lists them."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from ortakmasa.accounts.models import User
from ortakmasa.cycle import services
from ortakmasa.cycle.models import BoardMeeting, IssuedReport
from ortakmasa.monitoring.periods import PeriodNotClosed, is_closed
from ortakmasa.plans.models import PlanStatus
from tests.cycle.conftest import TODAY, Cycle, issue_evaluation, make_cycle

pytestmark = pytest.mark.django_db


def test_closed_periods() -> None:
    assert is_closed(2025, 0, TODAY) and is_closed(2026, 1, TODAY)
    assert not is_closed(2026, 2, TODAY) and not is_closed(2026, 0, TODAY)
    assert not is_closed(2026, 1, datetime.date(2026, 6, 30))
    assert is_closed(2026, 1, datetime.date(2026, 7, 1))


def test_issue_freezes_and_versions(cycle: Cycle, users: dict[str, User]) -> None:
    office = users["office"]
    plan = cycle.m.plan
    first = services.issue(
        plan, office, kind="evaluation", year=2025, meeting=cycle.meeting, today=TODAY
    )
    assert first.version == 1 and first.half == 0
    frozen = first.docx.read()
    assert frozen.startswith(b"PK") and first.pdf.read().startswith(b"%PDF")
    second = services.issue(
        plan, office, kind="evaluation", year=2025, meeting=cycle.meeting, today=TODAY
    )
    assert second.version == 2
    first.refresh_from_db()
    first.docx.open("rb")
    assert first.docx.read() == frozen  # the first version is not rewritten


def test_open_period_and_early_meeting_are_refused(cycle: Cycle, users: dict[str, User]) -> None:
    office = users["office"]
    plan = cycle.m.plan
    with pytest.raises(PeriodNotClosed):
        services.issue(
            plan, office, kind="evaluation", year=2026, meeting=cycle.meeting, today=TODAY
        )
    with pytest.raises(PeriodNotClosed):
        services.issue(
            plan, office, kind="monitoring", year=2026, half=2, meeting=cycle.meeting, today=TODAY
        )
    early = BoardMeeting.objects.create(
        plan=plan, date=datetime.date(2025, 12, 1), members="Başkan", decision_number="K-0"
    )
    with pytest.raises(ValidationError):
        services.issue(plan, office, kind="evaluation", year=2025, meeting=early, today=TODAY)
    assert IssuedReport.objects.count() == 0


def test_only_the_office_issues(cycle: Cycle, users: dict[str, User]) -> None:
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        issue_evaluation(cycle, users["liaison"])


def test_portal_shows_issued_reports(
    users: dict[str, User], client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    c = make_cycle(PlanStatus.PUBLISHED)
    html = client.get(f"/portal/plans/{c.m.plan.pk}/").content.decode()
    assert "Değerlendirme Raporu" not in html
    # The portal's cache is refreshed once the issuing transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        report = issue_evaluation(c, users["office"])
    html = client.get(f"/portal/plans/{c.m.plan.pk}/").content.decode()
    assert "2025 Yılı Değerlendirme Raporu" in html
    assert f"/cycle/issued/{report.pk}.pdf" in html
    response = client.get(f"/cycle/issued/{report.pk}.pdf")
    assert response.status_code == 200


def test_live_report_of_an_open_year_is_refused(cycle: Cycle, users: dict[str, User]) -> None:
    client = Client()
    client.force_login(users["office"])
    response = client.get(
        f"/monitoring/plans/{cycle.m.plan.pk}/report.pdf?kind=evaluation&year=2029"
    )
    assert response.status_code == 409
