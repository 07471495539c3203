"""/api/v1/meetings: filters, pagination, create and update with the
pages' permissions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from ortakmasa.meetings.demo import load_campaign
from ortakmasa.meetings.models import Meeting
from ortakmasa.registry.models import Institution

pytestmark = pytest.mark.django_db


def test_filter_by_theme_and_institution(client_for: Callable[[str], Client]) -> None:
    campaign = load_campaign()
    kadikoy = Institution.objects.get(name="Kadıköy Belediyesi")
    client = client_for("office")
    data = client.get("/api/v1/meetings/", {"institution": kadikoy.pk}).json()
    assert data["count"] == 1 and data["results"][0]["host"] == kadikoy.pk
    theme = Meeting.objects.get(host=kadikoy).topics.first().theme.code
    themed = client.get("/api/v1/meetings/", {"theme": theme, "campaign": campaign.pk}).json()
    assert any(r["id"] == data["results"][0]["id"] for r in themed["results"])


def liaison_records(client_for: Callable[[str], Client], host: str, **meeting: object) -> Any:
    """The Başakşehir liaison posts a meeting hosted by ``host`` to the API."""
    meeting["host"] = Institution.objects.get(name=host).pk
    return client_for("liaison").post("/api/v1/meetings/", meeting, content_type="application/json")


def test_create_with_ordered_topics(client_for: Callable[[str], Client]) -> None:
    response = liaison_records(
        client_for,
        "Başakşehir Belediyesi",
        kind="workshop",
        title="Deprem çalıştayı",
        date="2024-09-10",
        topics=[
            {"theme": "transport", "rank": 2},
            {"theme": "disaster_earthquake", "rank": 1},
        ],
    )
    assert response.status_code == 201, response.content
    meeting = Meeting.objects.get(pk=response.json()["id"])
    assert [t.theme.code for t in meeting.topics.all()] == ["disaster_earthquake", "transport"]


def test_liaison_cannot_record_another_districts_meeting(
    client_for: Callable[[str], Client],
) -> None:
    response = liaison_records(
        client_for, "Kadıköy Belediyesi", kind="visit", title="x", date="2024-09-10"
    )
    assert response.status_code == 403
    assert not Meeting.objects.filter(title="x").exists()


def test_meeting_needs_a_date(client_for: Callable[[str], Client]) -> None:
    response = liaison_records(client_for, "Başakşehir Belediyesi", kind="visit", title="tarihsiz")
    assert response.status_code == 400
    assert "date" in response.json()["fields"]
