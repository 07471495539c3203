"""Writing the cycle through the API with the pages' permissions: a board
meeting is recorded, a closed period's report is issued at it (an open one
is refused), and programme edits are kept in the history."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.http import HttpResponse
from django.test import Client

from ortakmasa.cycle.models import CycleChange, IssuedReport
from tests.cycle.conftest import Cycle

pytestmark = pytest.mark.django_db


def post(client: Client, path: str, body: dict[str, Any]) -> HttpResponse:
    return client.post(path, body, content_type="application/json")


def test_meeting_then_issue(cycle: Cycle, client_for: Callable[[str], Client]) -> None:
    office = client_for("office")
    plan = cycle.m.plan.pk
    meeting = {
        "plan": plan,
        "date": "2026-02-03",
        "members": "Başkan\nÜye",
        "decision_number": "K-2",
    }
    assert post(client_for("liaison"), "/api/v1/board-meetings/", meeting).status_code == 403
    made = post(office, "/api/v1/board-meetings/", meeting)
    assert made.status_code == 201, made.content
    assert made.json()["member_list"] == ["Başkan", "Üye"]
    body = {"plan": plan, "kind": "evaluation", "year": 2025, "meeting": made.json()["id"]}
    assert post(client_for("liaison"), "/api/v1/issued-reports/", body).status_code == 403
    issued = post(office, "/api/v1/issued-reports/", body)
    assert issued.status_code == 201, issued.content
    data = issued.json()
    assert data["version"] == 1 and data["decision_number"] == "K-2" and len(data["sha256"]) == 64
    again = post(office, "/api/v1/issued-reports/", body)
    assert again.status_code == 201, again.content
    assert again.json()["version"] == 2
    # A period that has not ended (the plan's last year) is refused.
    open_year = post(office, "/api/v1/issued-reports/", {**body, "year": 2029})
    assert open_year.status_code == 400
    assert IssuedReport.objects.count() == 2
    # Issued reports are frozen: no change, no delete.
    pk = data["id"]
    assert (
        office.patch(
            f"/api/v1/issued-reports/{pk}/", {"year": 2026}, content_type="application/json"
        ).status_code
        == 405
    )
    assert office.delete(f"/api/v1/issued-reports/{pk}/").status_code == 405


def test_programme_edits_kept(cycle: Cycle, client_for: Callable[[str], Client]) -> None:
    office = client_for("office")
    response = office.patch(
        f"/api/v1/programmes/{cycle.programme.pk}/",
        {"general_admin_cost": "2000.00"},
        content_type="application/json",
    )
    assert response.status_code == 200
    change = CycleChange.objects.get(programme=cycle.programme)
    assert change.changes == {"general_admin_cost": ["1000.00", "2000.00"]}
    report = office.patch(
        f"/api/v1/activity-reports/{cycle.report.pk}/",
        {"deviations": "Gecikme"},
        content_type="application/json",
    )
    assert report.status_code == 200 and report.json()["deviations"] == "Gecikme"
    assert CycleChange.objects.filter(report=cycle.report).count() == 1
