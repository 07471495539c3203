"""The planner decides on suggested duplicates; the decisions are reversible,
visible to each district, and calibrate the province's threshold."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.test import Client

from ortakmasa.proposals import calibration, decisions, hybrid
from ortakmasa.proposals.models import (
    DuplicateSuggestion,
    EventAction,
    Proposal,
    ProposalCluster,
    SuggestionStatus,
)
from ortakmasa.proposals.suggestions import province_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def pair(make_proposal: Callable[..., Proposal]) -> tuple[Proposal, Proposal]:
    a = make_proposal("Başakşehir", "Çalışan anneler için kreş", text="Mahallede kreş yok.")
    b = make_proposal("Kadıköy", "Okul öncesi bakımevi", text="Kreş ücretleri çok yüksek.")
    return a, b


def suggest(a: Proposal, b: Proposal, score: float = 0.8) -> DuplicateSuggestion:
    return DuplicateSuggestion.objects.create(
        proposal=a, candidate=b, score=score, province_id=province_of(a)
    )


def decide(client: Client, s: DuplicateSuggestion, action: str, reason: str) -> HttpResponse:
    """A decision on a suggestion through the API."""
    return client.post(
        f"/api/v1/duplicate-suggestions/{s.pk}/{action}/",
        {"reason": reason},
        content_type="application/json",
    )


REASON = "İki ilçe de aynı kreş ihtiyacını dile getiriyor."


def test_accepting_puts_both_in_one_cluster_and_each_district_sees_why(
    pair: tuple[Proposal, Proposal], client_for: Callable[[str], Client]
) -> None:
    a, b = pair
    s = suggest(a, b)
    response = decide(client_for("office"), s, "accept", REASON)
    assert response.status_code == 200, response.content
    a.refresh_from_db()
    b.refresh_from_db()
    assert a.cluster_id is not None and a.cluster_id == b.cluster_id
    s.refresh_from_db()
    assert s.status == SuggestionStatus.ACCEPTED and s.move is not None
    for proposal in (a, b):
        event = proposal.events.get(action=EventAction.MOVED)
        assert event.note == REASON
    # The Başakşehir liaison reads the reason on its own proposal's page.
    page = client_for("liaison").get(f"/proposals/{a.pk}/")
    assert REASON in page.content.decode()

    # Reopening undoes the move the acceptance made.
    response = decide(client_for("office"), s, "reopen", "Yanlış eşleşme.")
    assert response.status_code == 200, response.content
    b.refresh_from_db()
    s.refresh_from_db()
    assert b.cluster_id is None and s.status == SuggestionStatus.PENDING


def test_a_liaison_cannot_decide(
    pair: tuple[Proposal, Proposal], client_for: Callable[[str], Client]
) -> None:
    s = suggest(*pair)
    response = client_for("liaison").post(
        f"/api/v1/duplicate-suggestions/{s.pk}/accept/", {"reason": "x"}
    )
    assert response.status_code == 403
    s.refresh_from_db()
    assert s.status == SuggestionStatus.PENDING


def test_moves_are_reversible_and_need_a_reason(
    pair: tuple[Proposal, Proposal], users: dict[str, object]
) -> None:
    a, b = pair
    office = users["office"]
    with pytest.raises(ValidationError):
        decisions.mark_duplicate(b, a, office, "  ")
    decisions.mark_duplicate(b, a, office, "Aynı ihtiyaç.")
    b.refresh_from_db()
    cluster = b.cluster
    assert cluster is not None and cluster.size == 2
    moved = decisions.new_cluster(b, office, "Ayrı ihtiyaç: ücret, yer değil.")
    b.refresh_from_db()
    assert b.cluster_id == moved.pk != cluster.pk
    last = b.events.filter(action=EventAction.MOVED).latest("id")
    decisions.undo_move(last, office, "Geri alındı.")
    b.refresh_from_db()
    assert b.cluster_id == cluster.pk
    assert b.events.filter(action=EventAction.MOVED).count() == 3


def test_move_through_the_api(
    pair: tuple[Proposal, Proposal], client_for: Callable[[str], Client]
) -> None:
    a, b = pair
    client = client_for("office")
    response = client.post(
        f"/api/v1/proposals/{b.pk}/move/",
        {"duplicate_of": a.pk, "reason": "Aynı ihtiyaç."},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    a.refresh_from_db()
    detail = client.get(f"/api/v1/clusters/{a.cluster_id}/").json()
    assert {m["id"] for m in detail["members"]} == {a.pk, b.pk}
    event = b.events.get(action=EventAction.MOVED)
    response = client.post(
        f"/api/v1/proposals/{b.pk}/undo-move/",
        {"event": event.pk, "reason": "Geri al."},
        content_type="application/json",
    )
    assert response.status_code == 200
    b.refresh_from_db()
    assert b.cluster_id is None
    missing = client.post(
        f"/api/v1/proposals/{b.pk}/move/", {"reason": "x"}, content_type="application/json"
    )
    assert missing.status_code == 400


def test_the_threshold_learns_from_the_decisions(
    make_proposal: Callable[..., Proposal], users: dict[str, object]
) -> None:
    office = users["office"]
    assert calibration.threshold_for(None) == hybrid.DEFAULT_THRESHOLD
    made = [make_proposal("Başakşehir", f"Öneri {k}") for k in range(11)]
    province = province_of(made[0])
    # Same needs scored 0.70-0.90, different needs 0.40-0.60.
    for k in range(1, 6):
        s = suggest(made[0], made[k], 0.65 + 0.05 * k)
        decisions.accept_suggestion(s, office, "Aynı ihtiyaç.")
    for k in range(6, 11):
        s = suggest(made[0], made[k], 0.35 + 0.05 * (k - 5))
        decisions.reject_suggestion(s, office, "Farklı ihtiyaç.")
    learned = calibration.threshold_for(province)
    assert 0.6 < learned <= 0.7
    _, accepted = calibration.labels(province)
    assert accepted.sum() == 5 and (~accepted).sum() == 5
    assert calibration.fit(np.array([0.9]), np.array([True])) is None
    assert ProposalCluster.objects.filter(proposals=made[1]).exists()


def test_the_queue_page_explains_and_decides(
    pair: tuple[Proposal, Proposal], client_for: Callable[[str], Client]
) -> None:
    a, b = pair
    s = suggest(a, b)
    s.explanation = {
        "shared_words": ["kreş"],
        "sentences": ["Mahallede kreş yok.", "Kreş ücretleri çok yüksek."],
    }
    s.save()
    client = client_for("office")
    html = client.get("/proposals/duplicates/").content.decode()
    assert "Mahallede kreş yok." in html and "Kreş ücretleri çok yüksek." in html
    response = client.post(
        f"/proposals/duplicates/{s.pk}/", {"op": "reject", "reason": "Farklı ihtiyaçlar."}
    )
    assert response.status_code == 302
    s.refresh_from_db()
    assert s.status == SuggestionStatus.REJECTED and s.reason == "Farklı ihtiyaçlar."
    # Words only in the tests' settings: the page says so.
    clusters = client.get("/proposals/clusters/").content.decode()
    assert "/proposals/duplicates/" in clusters


def test_done_when_accepted_duplicate_linked_to_an_objective_both_districts_see_its_number(
    pair: tuple[Proposal, Proposal], users: dict[str, object], client_for: Callable[[str], Client]
) -> None:
    from ortakmasa.plans import services as plan_services
    from ortakmasa.plans.models import Objective
    from ortakmasa.plans.sample import make_plan
    from ortakmasa.registry.models import Institution
    from tests.conftest import IBB

    a, b = pair
    office = users["office"]
    decisions.accept_suggestion(suggest(a, b), office, "Aynı kreş ihtiyacı.")
    a.refresh_from_db()
    objective = Objective.objects.filter(
        goal__plan=make_plan(Institution.objects.get(reference_key=IBB))
    ).first()
    assert objective is not None and a.cluster is not None
    objective.clusters.add(a.cluster)
    assert plan_services.accept_proposals(objective, office, "Hedefe alındı.") == 2
    for role, proposal in (("liaison", a), ("other_liaison", b)):
        page = client_for(role).get(f"/proposals/{proposal.pk}/").content.decode()
        assert f"{objective.number} {objective.title}" in page
