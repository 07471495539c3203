"""A decision keeps a proposal's public flag unless the planner changes it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from ortakmasa.proposals import services
from ortakmasa.proposals.models import Proposal, Status
from tests.conftest import KADIKOY, inst
from tests.formpost import form_data, form_index_with

pytestmark = pytest.mark.django_db


def _public_proposal() -> Proposal:
    proposal = Proposal(institution=inst(KADIKOY), title="Sahil yolu bisiklet yolu", is_public=True)
    return services.create_proposal(proposal, None, [])


@pytest.mark.parametrize("page", ["detail", "decide"])
def test_decision_keeps_a_public_proposal_public(
    client_for: Callable[[str], Client], page: str
) -> None:
    """Issue 12: saving a decision silently made a public proposal private."""
    proposal = _public_proposal()
    client = client_for("office")
    url = (
        f"/proposals/{proposal.pk}/" if page == "detail" else f"/proposals/{proposal.pk}/decision/"
    )
    html = client.get(url).content.decode()
    data = form_data(html, form_index_with(html, 'name="reason"'))
    data.update(status=Status.UNDER_REVIEW, reason="İnceleniyor.")
    response = client.post(f"/proposals/{proposal.pk}/decision/", data)
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == Status.UNDER_REVIEW
    assert proposal.is_public is True


def test_a_post_without_the_choice_changes_nothing(client_for: Callable[[str], Client]) -> None:
    proposal = _public_proposal()
    response = client_for("office").post(
        f"/proposals/{proposal.pk}/decision/", {"status": Status.UNDER_REVIEW, "reason": "x"}
    )
    assert response.status_code == 200
    assert "is_public" in response.context["form"].errors
    proposal.refresh_from_db()
    assert proposal.is_public is True and proposal.status == Status.NEW


def test_the_planner_can_still_make_it_private(client_for: Callable[[str], Client]) -> None:
    proposal = _public_proposal()
    response = client_for("office").post(
        f"/proposals/{proposal.pk}/decision/",
        {"status": Status.UNDER_REVIEW, "reason": "", "is_public": "0"},
    )
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.is_public is False
