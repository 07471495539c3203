"""/api/v1/plans: the tree in a constant number of queries, the files."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ortakmasa.plans.models import PlanStatus
from ortakmasa.plans.sample import make_plan

pytestmark = pytest.mark.django_db


def test_tree_in_constant_queries(ibb, client_for) -> None:
    small = make_plan(ibb, goals=1, objectives=1, indicators=1)
    large = make_plan(ibb, goals=6, objectives=5, indicators=5, start_year=2030)
    client = client_for("office")
    counts = []
    for plan in (small, large):
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(f"/api/v1/plans/{plan.pk}/")
        assert response.status_code == 200
        counts.append(len(ctx))
    assert counts[0] == counts[1]
    data = response.json()
    assert data["period"] == {"start": 2030, "end": 2034}
    assert len(data["goals"]) == 6
    objective = data["goals"][5]["objectives"][4]
    assert objective["number"] == "H6.5"
    assert objective["indicators"][4]["number"] == "PG6.5.5"
    assert objective["indicators"][0]["targets"] == [110, 120, 130, 140, 150]
    assert data["situation_analysis"]["stakeholders"][0]["priority"] == "together"


def test_list_in_constant_queries(ibb, client_for) -> None:
    client = client_for("office")
    make_plan(ibb, goals=1, objectives=1, indicators=1)
    with CaptureQueriesContext(connection) as one:
        assert client.get("/api/v1/plans/").status_code == 200
    for year in range(2030, 2060, 5):
        make_plan(ibb, goals=1, objectives=1, indicators=1, start_year=year)
    with CaptureQueriesContext(connection) as many:
        response = client.get("/api/v1/plans/")
    assert len(one) == len(many)
    assert response.json()["count"] == 7


def test_drafts_are_hidden_from_the_public(plan, client_for) -> None:
    assert client_for("public").get("/api/v1/plans/").json()["count"] == 0
    response = client_for("public").get(f"/api/v1/plans/{plan.pk}/export.pdf")
    assert response.status_code == 404 and "error" in response.json()
    plan.status = PlanStatus.PUBLISHED
    plan.save()
    assert client_for("public").get("/api/v1/plans/").json()["count"] == 1


@pytest.mark.parametrize(
    "fmt,magic",
    [("docx", b"PK"), ("pdf", b"%PDF"), ("xlsx", b"PK")],
)
def test_export_endpoints(plan, client_for, fmt, magic) -> None:
    response = client_for("liaison").get(f"/api/v1/plans/{plan.pk}/export.{fmt}")
    assert response.status_code == 200
    assert response.content.startswith(magic)
    assert response["Content-Disposition"].endswith(f'.{fmt}"')
