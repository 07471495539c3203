"""The cycle's API: programmes and activity reports read with the plan and
written by its managers; issued reports carry their board decision."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from ortakmasa.accounts.models import User
from tests.cycle.conftest import Cycle, issue_evaluation

pytestmark = pytest.mark.django_db


def test_programme_written_by_the_office_only(
    cycle: Cycle, client_for: Callable[[str], Client]
) -> None:
    body = {"plan": cycle.m.plan.pk, "year": 2026, "decision_number": "2025/5"}
    refused = client_for("liaison").post(
        "/api/v1/programmes/", body, content_type="application/json"
    )
    assert refused.status_code == 403
    made = client_for("office").post("/api/v1/programmes/", body, content_type="application/json")
    assert made.status_code == 201, made.content
    outside = client_for("office").post(
        "/api/v1/programmes/", {**body, "year": 2031}, content_type="application/json"
    )
    assert outside.status_code == 400
    data = client_for("liaison").get(f"/api/v1/programmes/{cycle.programme.pk}/").json()
    assert data["total_cost"] == "8500.00"
    assert [a["economic_code"] for a in data["activities"]] == ["06.1", "06.1"]


def test_issued_report_in_the_api(
    cycle: Cycle, users: dict[str, User], client_for: Callable[[str], Client]
) -> None:
    issue_evaluation(cycle, users["office"])
    rows = client_for("liaison").get("/api/v1/issued-reports/").json()
    items = rows["results"] if isinstance(rows, dict) else rows
    assert items[0]["title"] == "2025 Yılı Değerlendirme Raporu"
    assert items[0]["decision_number"] == "K-1"
    assert items[0]["members"] == ["Başkan", "Genel Sekreter"]
