"""The plan pages render and save."""

from __future__ import annotations

import pytest

from ortakmasa.plans.models import Indicator, Objective, Plan, PlanChange, PlanComment, SwotItem

pytestmark = pytest.mark.django_db


def test_pages_render(plan, client_for) -> None:
    office = client_for("office")
    objective = Objective.objects.filter(goal__plan=plan).first()
    indicator = Indicator.objects.filter(objective=objective).first()
    for url in (
        "/plans/",
        f"/plans/{plan.pk}/",
        f"/plans/{plan.pk}/edit/",
        f"/plans/{plan.pk}/outline/",
        f"/plans/{plan.pk}/tables/stakeholders/",
        f"/plans/{plan.pk}/tables/pestle/",
        f"/plans/{plan.pk}/trace/",
        f"/plans/{plan.pk}/status/",
        f"/plans/{plan.pk}/versions/",
        f"/plans/{plan.pk}/history/",
        f"/plans/objectives/{objective.pk}/",
        f"/plans/indicators/{indicator.pk}/",
    ):
        assert office.get(url).status_code == 200, url
    assert office.get(f"/plans/{plan.pk}/tables/nope/").status_code == 404


def test_create_plan(ibb, client_for) -> None:
    response = client_for("office").post(
        "/plans/new/", {"institution": ibb.pk, "start_year": 2025, "title": ""}
    )
    assert response.status_code == 302
    plan = Plan.objects.get()
    assert plan.period == "2025–2029"
    assert plan.display_title == "İstanbul Büyükşehir Belediyesi 2025–2029 Stratejik Planı"


def test_swot_editor(plan, client_for) -> None:
    url = f"/plans/{plan.pk}/tables/swot/"
    existing = SwotItem.objects.get(plan=plan)
    data = {
        "swot-TOTAL_FORMS": "3",
        "swot-INITIAL_FORMS": "1",
        "swot-0-id": existing.pk,
        "swot-0-kind": "strength",
        "swot-0-text": "Güçlü mali yapı",
        "swot-0-DELETE": "on",
        "swot-1-kind": "threat",
        "swot-1-text": "Deprem",
        "swot-2-kind": "weakness",
        "swot-2-text": "Veri paylaşımı zayıf",
    }
    assert client_for("office").post(url, data).status_code == 302
    rows = list(SwotItem.objects.filter(plan=plan).values_list("position", "kind", "text"))
    assert rows == [(1, "threat", "Deprem"), (2, "weakness", "Veri paylaşımı zayıf")]
    assert PlanChange.objects.filter(plan=plan, action="changed").exists()


def test_objective_card_and_indicator_forms(plan, client_for) -> None:
    objective = Objective.objects.filter(goal__plan=plan).order_by("id").first()
    data = {
        "title": "Yeni hedef",
        "responsible_unit": plan.institution.pk,
        "risks": "Risk",
        "controls": "Kontrol",
        "strategies": "Strateji",
        "activities": "",
        "findings": "",
        "needs": "",
        **{f"cost_{i}": str(1000 * (i + 1)) for i in range(5)},
    }
    assert client_for("office").post(f"/plans/objectives/{objective.pk}/", data).status_code == 302
    objective.refresh_from_db()
    assert objective.costs == [1000, 2000, 3000, 4000, 5000]
    change = PlanChange.objects.filter(plan=plan, action="changed").first()
    assert change.changes["title"][1] == "Yeni hedef" and change.user.username == "office"

    indicator = objective.indicators.order_by("position").first()
    data = {
        "name": "Oran",
        "unit": "%",
        "direction": "decrease",
        "weight": "50",
        "baseline": "12.5",
        "target_type": "yearly",
        "monitoring_frequency": "quarterly",
        "reporting_frequency": "six_monthly",
        "source": "Kayıt",
        "note": "",
        **{f"target_{i}": str(12 - i) for i in range(5)},
    }
    response = client_for("office").post(f"/plans/indicators/{indicator.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    indicator.refresh_from_db()
    assert indicator.targets == [12, 11, 10, 9, 8]
    assert str(indicator.baseline) == "12.5000"
    assert client_for("liaison").post(f"/plans/indicators/{indicator.pk}/", data).status_code == 403


def test_comments(plan, client_for) -> None:
    response = client_for("other_liaison").post(
        f"/plans/{plan.pk}/comments/", {"text": "Kadıköy görüşü"}
    )
    assert response.status_code == 302
    assert PlanComment.objects.get(plan=plan).text == "Kadıköy görüşü"
    assert "Kadıköy görüşü" in client_for("office").get(f"/plans/{plan.pk}/").content.decode()


def test_demo_is_idempotent(db) -> None:
    from ortakmasa.plans.demo import load_demo_plan

    load_demo_plan()
    load_demo_plan()
    plan = Plan.objects.get()
    assert plan.goals.count() == 4
    assert Objective.objects.filter(goal__plan=plan).count() == 8
    from ortakmasa.plans import checks, tree

    assert checks.run_checks(tree.load(plan.pk)) == []
