"""``/api/v1/proposals``: filters, pagination, create with permissions, the
decision action."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from ortakmasa.proposals.models import EventAction, Proposal, Status
from tests.proposals.conftest import district_municipality

pytestmark = pytest.mark.django_db


def test_filters_and_pagination(
    make_proposal: Callable[..., Proposal], client_for: Callable[[str], Client]
) -> None:
    for i in range(3):
        make_proposal("Başakşehir", f"Kreş {i}", themes=("children",))
    make_proposal("Kadıköy", "Köprü onarımı", themes=("infrastructure",), urgency=3)
    client = client_for("office")
    data = client.get("/api/v1/proposals/", {"theme": "children", "page_size": 2}).json()
    assert data["count"] == 3 and len(data["results"]) == 2 and data["next"]
    kadikoy = district_municipality("Kadıköy")
    data = client.get("/api/v1/proposals/", {"institution": kadikoy.pk}).json()
    assert [r["title"] for r in data["results"]] == ["Köprü onarımı"]
    assert data["results"][0]["themes"] == ["infrastructure"]
    assert data["results"][0]["institution_name"] == "Kadıköy Belediyesi"
    data = client.get("/api/v1/proposals/", {"q": "kopru"}).json()
    assert data["count"] == 1
    assert client.get("/api/v1/proposals/", {"status": "rejected"}).json()["count"] == 0


def test_liaison_creates_for_its_own_district_by_default(
    client_for: Callable[[str], Client],
) -> None:
    response = client_for("liaison").post(
        "/api/v1/proposals/",
        {"title": "Otopark", "themes": ["transport"], "urgency": 3},
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["institution"] == district_municipality("Başakşehir").pk
    assert body["status"] == "new" and body["channel"] == "liaison"
    p = Proposal.objects.get(pk=body["id"])
    assert p.events.get().action == EventAction.CREATED


def test_status_cannot_be_set_by_writing_it(
    make_proposal: Callable[..., Proposal], client_for: Callable[[str], Client]
) -> None:
    p = make_proposal("Başakşehir", "Otopark")
    response = client_for("liaison").patch(
        f"/api/v1/proposals/{p.pk}/",
        {"status": "accepted", "neighbourhood": "Kayabaşı"},
        content_type="application/json",
    )
    assert response.status_code == 200
    p.refresh_from_db()
    assert (p.status, p.neighbourhood) == (Status.NEW, "Kayabaşı")
    assert p.events.get(action=EventAction.CHANGED).changes == {"neighbourhood": ["", "Kayabaşı"]}


def test_stakeholder_cannot_publish_through_the_api(
    client_for: Callable[[str], Client],
) -> None:
    response = client_for("stakeholder").post(
        "/api/v1/proposals/",
        {"title": "Rampa", "is_public": True},
        content_type="application/json",
    )
    assert response.status_code == 403 and "error" in response.json()
    assert not Proposal.objects.filter(title="Rampa").exists()


def test_decision_needs_a_reason(
    make_proposal: Callable[..., Proposal], client_for: Callable[[str], Client]
) -> None:
    p = make_proposal("Başakşehir", "Otopark")
    client = client_for("office")
    url = f"/api/v1/proposals/{p.pk}/decision/"
    response = client.post(url, {"status": "rejected"}, content_type="application/json")
    assert response.status_code == 400 and "reason" in response.json()["fields"]
    response = client.post(
        url,
        {"status": "rejected", "reason": "Özel mülk.", "is_public": True},
        content_type="application/json",
    )
    assert response.status_code == 200
    assert response.json()["status_reason"] == "Özel mülk."
    assert response.json()["is_public"] is True
