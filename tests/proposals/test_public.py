"""The public page: proposals marked public and what became of them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from ortakmasa.plans.models import Objective
from ortakmasa.plans.sample import make_plan
from ortakmasa.proposals import services
from ortakmasa.proposals.models import Proposal, Status
from ortakmasa.registry.models import Institution
from tests.conftest import IBB

pytestmark = pytest.mark.django_db


def test_public_page_lists_public_proposals_with_status_and_reason(
    make_proposal: Callable[..., Proposal], client_for: Callable[[str], Client], users: dict
) -> None:
    ibb = Institution.objects.get(reference_key=IBB)
    objective = Objective.objects.filter(goal__plan=make_plan(ibb)).first()
    assert objective is not None
    shown = make_proposal("Kadıköy", "Moda sahiline bisiklet yolu", is_public=True)
    make_proposal("Kadıköy", "Gizli kalan öneri")
    services.set_status(
        shown,
        users["office"],
        Status.ACCEPTED,
        "Bisiklet ağı hedefine alındı.",
        plan_objective=objective,
    )
    response = client_for("public").get("/proposals/public/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Moda sahiline bisiklet yolu" in html
    assert "Bisiklet ağı hedefine alındı." in html
    assert f"{objective.number} {objective.title}" in html
    assert "Gizli kalan öneri" not in html
    detail = client_for("public").get(shown.get_absolute_url()).content.decode()
    assert "Bisiklet ağı hedefine alındı." in detail
    # The public sees the answer, not who changed what.
    assert "office" not in detail


def test_public_page_filters_live(
    make_proposal: Callable[..., Proposal], client_for: Callable[[str], Client]
) -> None:
    make_proposal("Kadıköy", "Kreş açılması", themes=("children",), is_public=True)
    make_proposal("Kadıköy", "Metro hattı", themes=("transport",), is_public=True)
    response = client_for("public").get(
        "/proposals/public/", {"theme": "children"}, HTTP_HX_REQUEST="true"
    )
    html = response.content.decode()
    assert "<html" not in html
    assert "Kreş açılması" in html and "Metro hattı" not in html
