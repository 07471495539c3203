"""Checks block submission with readable reasons; status moves and
versions."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from ortakmasa.plans import checks, services, tree
from ortakmasa.plans.models import Indicator, Objective, PlanStatus, PlanVersion

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _in_english() -> Iterator[None]:
    # The checks' sentences are asserted here in their English source form;
    # the interface shows them in Turkish by default.
    with translation.override("en"):
        yield


def problems(plan) -> list[str]:
    return [str(p) for p in checks.run_checks(tree.load(plan.pk))]


def test_a_complete_plan_passes(plan) -> None:
    assert problems(plan) == []


def test_each_rule_is_reported(plan) -> None:
    ind = Indicator.objects.filter(objective__goal__plan=plan).order_by("id").first()
    ind.weight = Decimal(10)
    ind.baseline = None
    ind.targets = [1, 2, None, 4, 5]
    ind.save()
    objective = ind.objective
    objective.responsible_unit = None
    objective.costs = [1, 2, 3]
    objective.save()
    plan.mission = "  "
    plan.save()
    plan.swot.all().delete()
    found = problems(plan)
    number = ind.number
    assert any(p.startswith(f"{objective.number}: ") and "100" in p for p in found)
    assert any(p.startswith(f"{number}: ") and "baseline" in p for p in found)
    assert any(p.startswith(f"{number}: ") and "five years" in p for p in found)
    assert any(p.startswith(f"{objective.number}: ") and "responsible unit" in p for p in found)
    assert any(p.startswith(f"{objective.number}: ") and "cost" in p for p in found)
    assert any(p.startswith("Mission") for p in found)
    assert any(p.startswith("SWOT") for p in found)


def test_costs_must_add_up_to_the_resources(plan) -> None:
    per_year = sum(o.costs[0] for o in Objective.objects.filter(goal__plan=plan))
    plan.general_admin_costs = [500] * 5
    plan.resources = [per_year + 500] * 4 + [1]
    plan.save()
    found = problems(plan)
    assert len(found) == 1 and found[0].startswith("2029: ")


def test_submission_is_blocked_then_the_council_approves(plan, users, client_for) -> None:
    office = users["office"]
    Objective.objects.filter(goal__plan=plan).update(responsible_unit=None)
    with pytest.raises(ValidationError) as err:
        services.change_status(plan, office, PlanStatus.SUBMITTED)
    assert any("responsible unit" in m for m in err.value.messages)
    plan.refresh_from_db()
    assert plan.status == PlanStatus.DRAFT and not PlanVersion.objects.filter(plan=plan).exists()

    response = client_for("office").post(
        f"/plans/{plan.pk}/status/", {"status": "submitted"}, HTTP_ACCEPT_LANGUAGE="tr"
    )
    assert response.status_code == 200
    assert "sorumlu birim belirtilmemiş" in response.content.decode()

    Objective.objects.filter(goal__plan=plan).update(responsible_unit=plan.institution)
    response = client_for("office").post(f"/plans/{plan.pk}/status/", {"status": "submitted"})
    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.status == PlanStatus.SUBMITTED
    with pytest.raises(ValidationError):
        services.add_goal(plan, office, "late")
    with pytest.raises(ValidationError):
        services.change_status(plan, office, PlanStatus.APPROVED)
    services.change_status(
        plan,
        office,
        PlanStatus.APPROVED,
        approval_date=datetime.date(2025, 2, 12),
        decision_number="2025/114",
    )
    services.change_status(plan, office, PlanStatus.PUBLISHED)
    plan.refresh_from_db()
    assert plan.status == PlanStatus.PUBLISHED and plan.decision_number == "2025/114"
    assert list(plan.versions.values_list("status", flat=True)) == [
        "published",
        "approved",
        "submitted",
    ]
    with pytest.raises(ValidationError):
        services.change_status(plan, office, PlanStatus.DRAFT, note="x")


def test_back_to_draft_needs_a_reason(plan, users) -> None:
    office = users["office"]
    services.change_status(plan, office, PlanStatus.SUBMITTED)
    with pytest.raises(ValidationError):
        services.change_status(plan, office, PlanStatus.DRAFT)
    services.change_status(plan, office, PlanStatus.DRAFT, note="Meclis komisyonu düzeltme istedi")
    plan.refresh_from_db()
    assert plan.status == PlanStatus.DRAFT


def test_versions_compare(plan, users, client_for) -> None:
    office = users["office"]
    services.create_version(plan, office, "önce")
    objective = Objective.objects.filter(goal__plan=plan).order_by("id").first()
    objective.title = "Yeni başlık"
    objective.save()
    services.add_goal(plan, office, "Yeni amaç")
    services.create_version(plan, office, "sonra")
    response = client_for("office").get(f"/plans/{plan.pk}/versions/diff/?a=1&b=2")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Yeni başlık" in html and "A3/title" in html
    rows = services.diff_versions(
        PlanVersion.objects.get(plan=plan, number=1).data,
        PlanVersion.objects.get(plan=plan, number=2).data,
    )
    assert ("goals/A3/title", None, "Yeni amaç") in rows
    assert client_for("liaison").get(f"/plans/{plan.pk}/versions/").status_code == 200
