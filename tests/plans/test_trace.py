"""Traceability: objectives ↔ proposals, district coverage, acceptance
shown on the proposal."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from ortakmasa.plans import services, trace, tree
from ortakmasa.plans.models import Objective
from ortakmasa.proposals import services as proposal_services
from ortakmasa.proposals.models import Proposal, ProposalCluster, Status
from ortakmasa.registry.models import Institution
from tests.conftest import BASAKSEHIR, KADIKOY

pytestmark = pytest.mark.django_db


def proposal(key: str, title: str, **kw) -> Proposal:
    inst = Institution.objects.get(reference_key=key)
    return proposal_services.create_proposal(Proposal(title=title, institution=inst, **kw), None)


def test_coverage_and_acceptance(plan, users, client_for) -> None:
    a = proposal(BASAKSEHIR, "Metro hattı")
    b = proposal(KADIKOY, "Raylı sistem bağlantısı")
    c = proposal(KADIKOY, "Kreş açılması")
    d = proposal(KADIKOY, "Reddedilen", status=Status.REJECTED)
    cluster = ProposalCluster.objects.create(label="Metro", province=plan.institution.province)
    Proposal.objects.filter(pk__in=[a.pk, b.pk]).update(cluster=cluster)
    objective = Objective.objects.filter(goal__plan=plan).order_by("id").first()
    objective.clusters.add(cluster)

    result = trace.build(tree.load(plan.pk))
    by_number = {o.number: (names, n) for o, names, n in result.objective_districts}
    assert by_number[objective.number] == (["Başakşehir", "Kadıköy"], 2)
    rows = {r.district.name: (r.total, r.covered, r.percent) for r in result.districts}
    assert rows == {"Başakşehir": (1, 1, 100), "Kadıköy": (2, 1, 50)}
    assert [p.pk for p in result.uncovered] == [c.pk]
    assert d.pk not in {p.pk for p in result.uncovered}
    assert result.percent == 67

    html = client_for("liaison").get(f"/plans/{plan.pk}/trace/").content.decode()
    assert "Kreş açılması" in html and "Kadıköy" in html
    # Turkish writes the per cent sign first (it read "(67%)").
    assert "(%67)" in html and "67%" not in html

    response = client_for("office").post(
        f"/plans/objectives/{objective.pk}/", {"op": "accept", "reason": ""}
    )
    assert response.status_code == 302
    a.refresh_from_db()
    assert a.status == Status.ACCEPTED
    assert a.plan_objective == objective
    assert str(a.plan_objective).startswith(objective.number)
    assert objective.number in a.status_reason
    assert a.events.filter(action="status").exists()
    assert services.proposals_to_accept(objective) == []
    c.refresh_from_db()
    assert c.status == Status.NEW


def test_liaison_cannot_accept(plan, client_for) -> None:
    objective = Objective.objects.filter(goal__plan=plan).first()
    response = client_for("liaison").post(f"/plans/objectives/{objective.pk}/", {"op": "accept"})
    assert response.status_code == 403


def test_consultation_record(plan) -> None:
    proposal(BASAKSEHIR, "Metro hattı")
    record = trace.consultation(tree.load(plan.pk))
    assert record.proposals == 1
    assert record.proposals_by_district == [("Başakşehir", 1)]


def test_the_proposal_shows_the_current_number_and_unlinking_updates_everything(
    plan, users, client_for
) -> None:
    a = proposal(BASAKSEHIR, "Metro hattı", is_public=True)
    objective = Objective.objects.filter(goal__plan=plan).order_by("goal__position", "position")[1]
    objective.proposals.add(a)
    services.accept_proposals(objective, users["office"], "Hedefe alındı.")
    a.refresh_from_db()
    assert a.status == Status.ACCEPTED and a.plan_objective == objective
    old_number = objective.number
    # Renumbered: the district sees the objective's number as it is now.
    objective.position = 9
    objective.save(update_fields=["position"])
    page = client_for("liaison").get(f"/proposals/{a.pk}/").content.decode()
    assert objective.number in page and objective.number != old_number
    card = client_for("office").get(f"/plans/objectives/{objective.pk}/").content.decode()
    assert "Metro hattı" in card

    covered_before = trace.build(tree.load(plan.pk)).covered_total
    response = client_for("office").post(
        f"/plans/objectives/{objective.pk}/",
        {"op": "unlink", "proposal": a.pk, "reason": "Bu hedefin kapsamında değil."},
    )
    assert response.status_code == 302
    a.refresh_from_db()
    # The proposal, the trace and the public pages change at once.
    assert a.plan_objective is None and a.status == Status.UNDER_REVIEW
    assert a.status_reason == "Bu hedefin kapsamında değil."
    assert a.events.filter(action="status").latest("id").note == "Bu hedefin kapsamında değil."
    assert trace.build(tree.load(plan.pk)).covered_total == covered_before - 1
    public = client_for("public").get("/proposals/public/").content.decode()
    assert objective.number not in public
    assert "Bu hedefin kapsamında değil." in public


def test_unlinking_needs_a_reason(plan, users) -> None:
    a = proposal(BASAKSEHIR, "Metro hattı")
    objective = Objective.objects.filter(goal__plan=plan).first()
    objective.proposals.add(a)
    services.accept_proposals(objective, users["office"], "Hedefe alındı.")
    with pytest.raises(ValidationError):
        services.unlink_proposal(objective, a, users["office"], " ")
    a.refresh_from_db()
    assert a.plan_objective == objective


def test_the_objective_links_its_clusters_only_for_who_may_open_them(plan, client_for) -> None:
    # The liaison's objective page linked to cluster pages that answered 404.
    cluster = ProposalCluster.objects.create(
        label="Metro hattı talepleri", province=plan.institution.province
    )
    objective = Objective.objects.filter(goal__plan=plan).order_by("id").first()
    objective.clusters.add(cluster)
    link = f'href="/proposals/clusters/{cluster.pk}/"'
    office = client_for("office").get(f"/plans/objectives/{objective.pk}/").content.decode()
    liaison = client_for("liaison").get(f"/plans/objectives/{objective.pk}/").content.decode()
    assert link in office
    assert "Metro hattı talepleri" in liaison and link not in liaison
    assert client_for("liaison").get(f"/proposals/clusters/{cluster.pk}/").status_code == 404


def test_consultation_counts_the_meetings_hosted_and_visited_once(plan) -> None:
    """The institution's meetings are those it hosted or visited (once
    each, drafts left out), read as a list of ids through the host and guest
    indexes rather than an OR the planner misjudged."""
    import datetime

    from ortakmasa.meetings.models import Meeting, MeetingKind, ReviewStatus

    inst = plan.institution
    other = Institution.objects.get(reference_key=KADIKOY)
    day = datetime.date(2026, 3, 2)

    def meeting(host: Institution, guests: list[Institution], **kw: object) -> Meeting:
        found = Meeting.objects.create(
            kind=MeetingKind.VISIT, title="Ziyaret", date=day, host=host, **kw
        )
        found.guests.set(guests)
        return found

    hosted = meeting(inst, [other])
    visited = meeting(other, [inst])
    meeting(other, [], review_status=ReviewStatus.UNREVIEWED)  # neither hosted nor visited
    meeting(inst, [], review_status=ReviewStatus.DRAFT)
    both = meeting(inst, [inst], review_status=ReviewStatus.UNREVIEWED)
    record = trace.consultation(tree.load(plan.pk))
    assert record.meetings == 3
    assert record.unreviewed == 1
    assert set(record.meeting_ids.values_list("pk", flat=True)) == {
        hosted.pk,
        visited.pk,
        both.pk,
    }
