"""Who sees which proposals, on pages and through the API."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from ortakmasa.proposals.models import Proposal

pytestmark = pytest.mark.django_db


@pytest.fixture
def three(make_proposal: Callable[..., Proposal]) -> dict[str, Proposal]:
    return {
        "basaksehir": make_proposal("Başakşehir", "Başakşehir kapalı öneri"),
        "kadikoy": make_proposal("Kadıköy", "Kadıköy kapalı öneri"),
        "kadikoy_public": make_proposal("Kadıköy", "Kadıköy açık öneri", is_public=True),
    }


def titles(client: Client) -> set[str]:
    data = client.get("/api/v1/proposals/", {"page_size": 500}).json()
    return {row["title"] for row in data["results"]}


EXPECTED = {
    "admin": {"Başakşehir kapalı öneri", "Kadıköy kapalı öneri", "Kadıköy açık öneri"},
    "office": {"Başakşehir kapalı öneri", "Kadıköy kapalı öneri", "Kadıköy açık öneri"},
    "liaison": {"Başakşehir kapalı öneri", "Kadıköy açık öneri"},
    "other_liaison": {"Kadıköy kapalı öneri", "Kadıköy açık öneri"},
    "stakeholder": {"Kadıköy açık öneri"},
    "public": {"Kadıköy açık öneri"},
}


@pytest.mark.parametrize("role", list(EXPECTED))
def test_api_lists_what_each_role_may_see(
    role: str, three: dict[str, Proposal], client_for: Callable[[str], Client]
) -> None:
    assert titles(client_for(role)) & {p.title for p in three.values()} == EXPECTED[role]


def test_liaison_cannot_open_another_districts_unpublished_proposal(
    three: dict[str, Proposal], client_for: Callable[[str], Client]
) -> None:
    client = client_for("liaison")
    hidden = three["kadikoy"]
    assert client.get(f"/proposals/{hidden.pk}/").status_code == 404
    assert client.get(f"/proposals/{hidden.pk}/edit/").status_code == 404
    response = client.post(f"/proposals/{hidden.pk}/edit/", {"title": "değişti"})
    assert response.status_code == 404
    assert Proposal.objects.get(pk=hidden.pk).title == "Kadıköy kapalı öneri"
    assert client.get(f"/proposals/{three['kadikoy_public'].pk}/").status_code == 200


def test_list_page_shows_own_and_public_only(
    three: dict[str, Proposal], client_for: Callable[[str], Client]
) -> None:
    html = client_for("liaison").get("/proposals/").content.decode()
    assert "Başakşehir kapalı öneri" in html
    assert "Kadıköy açık öneri" in html
    assert "Kadıköy kapalı öneri" not in html


def test_stakeholder_sees_what_it_submitted(
    client_for: Callable[[str], Client], three: dict[str, Proposal]
) -> None:
    client = client_for("stakeholder")
    response = client.post(
        "/api/v1/proposals/",
        {"title": "Engelli rampası", "district": three["kadikoy"].district_id},
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    assert titles(client) == {"Engelli rampası", "Kadıköy açık öneri"}
    assert "Engelli rampası" in titles(client_for("office"))
    assert "Engelli rampası" not in titles(client_for("liaison"))
