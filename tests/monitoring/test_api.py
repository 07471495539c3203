"""``/api/v1/indicators/{id}/values`` and ``/api/v1/plans/{id}/progress``."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest
from django.test import Client

from ortakmasa.monitoring.models import IndicatorValue, ValueStatus
from ortakmasa.plans.models import PlanStatus
from ortakmasa.plans.sample import make_plan
from ortakmasa.registry.models import Institution
from tests.conftest import IBB
from tests.monitoring.conftest import A1, H11, HAND_VALUES, Monitored, approve_all
from tests.queries import queries_for

pytestmark = pytest.mark.django_db


def test_progress(monitored: Monitored, client_for: Callable[[str], Client]) -> None:
    approve_all(monitored, HAND_VALUES)
    data = client_for("office").get(f"/api/v1/plans/{monitored.plan.pk}/progress/").json()
    goal = data["goals"][0]
    assert goal["years"][0]["year"] == 2025
    assert math.isclose(goal["years"][0]["achievement"], round(A1, 2))
    assert goal["years"][1]["achievement"] is None
    assert math.isclose(goal["objectives"][0]["years"][0]["achievement"], round(H11, 2))
    first = goal["objectives"][0]["indicators"][0]
    assert first["years"][0] == {
        "year": 2025,
        "target": 150.0,
        "actual": 125.0,
        "period": "2025/2. Yarı",
        "achievement": 50.0,
        "coverage": 100.0,
        "complete": True,
        "status": "not_achieved",
    }
    assert goal["coverage"] == 100.0 and goal["complete"] is True
    assert all("coverage" in o and "complete" in o for o in goal["objectives"])
    # A draft is not public.
    assert (
        client_for("public").get(f"/api/v1/plans/{monitored.plan.pk}/progress/").status_code == 404
    )


def _progress_queries(client: Client, plan_pk: int) -> int:
    return queries_for(client, f"/api/v1/plans/{plan_pk}/progress/")


def test_progress_query_count_is_constant(client_for: Callable[[str], Client]) -> None:
    ibb = Institution.objects.get(reference_key=IBB)
    counts = []
    for goals, objectives, indicators in ((1, 1, 2), (5, 5, 10)):
        plan = make_plan(ibb, goals=goals, objectives=objectives, indicators=indicators)
        plan.status = PlanStatus.PUBLISHED
        plan.save()
        IndicatorValue.objects.bulk_create(
            IndicatorValue(indicator=i, year=y, end_month=m, value=120, status=ValueStatus.APPROVED)
            for i in plan.goals.first().objectives.first().indicators.all()  # type: ignore[union-attr]
            for y in (2025, 2026)
            for m in (6, 12)
        )
        counts.append(_progress_queries(client_for("public"), plan.pk))
    assert counts[0] == counts[1]


def test_values_list_and_create(monitored: Monitored, client_for: Callable[[str], Client]) -> None:
    approve_all(monitored, HAND_VALUES)
    ind = monitored.indicators[0]
    url = f"/api/v1/indicators/{ind.pk}/values/"
    listed = client_for("office").get(url).json()
    assert [v["value"] for v in listed] == ["125.0000"]
    # The plan is not published: the public does not see it.
    assert client_for("public").get(url).status_code == 404
    client = Client()
    client.force_login(monitored.unit_user)
    created = client.post(
        url, {"year": 2026, "end_month": 6, "value": "140", "explanation": "Yarıyıl"}
    )
    assert created.status_code == 201, created.content
    assert created.json()["status"] == "submitted"
    assert created.json()["period"] == "2026/1. Yarı"
    bad = client.post(url, {"year": 2026, "end_month": 5, "value": "1"})
    assert bad.status_code == 400 and "error" in bad.json()
    refused = client_for("liaison").post(url, {"year": 2026, "end_month": 12, "value": "1"})
    assert refused.status_code == 403
    assert IndicatorValue.objects.filter(indicator=ind).count() == 2
    # The waiting value is seen by the unit and the office, not by other readers.
    assert len(client_for("office").get(url).json()) == 2
    assert len(client_for("other_liaison").get(url).json()) == 1
