"""The outline: numbers follow the order and are never typed."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from ortakmasa.plans import services
from ortakmasa.plans.models import Goal, Indicator, Objective, Plan, PlanChange

pytestmark = pytest.mark.django_db


def numbers(plan: Plan) -> list[str]:
    out = []
    for goal in Goal.objects.filter(plan=plan).order_by("position"):
        out.append(goal.number)
        for objective in goal.objectives.order_by("position"):
            out.append(objective.number)
            out += [i.number for i in objective.indicators.order_by("position")]
    return out


def test_add_move_delete_renumber(ibb, users) -> None:
    office = users["office"]
    plan = Plan.objects.create(institution=ibb, start_year=2025)
    a1 = services.add_goal(plan, office, "Afet")
    a2 = services.add_goal(plan, office, "Ulaşım")
    h11 = services.add_objective(a1, office, "Dönüşüm")
    services.add_objective(a1, office, "Gönüllülük")
    services.add_indicator(h11, office, "Konut")
    services.add_indicator(h11, office, "Toplanma alanı")
    services.add_objective(a2, office, "Raylı sistem")
    assert numbers(plan) == ["A1", "H1.1", "PG1.1.1", "PG1.1.2", "H1.2", "A2", "H2.1"]

    services.move(a2, office, -1)
    assert [str(g) for g in Goal.objects.filter(plan=plan).order_by("position")] == [
        "A1 Ulaşım",
        "A2 Afet",
    ]
    assert numbers(plan) == ["A1", "H1.1", "A2", "H2.1", "PG2.1.1", "PG2.1.2", "H2.2"]
    first = Indicator.objects.get(name="Konut")
    services.move(first, office, 1)
    assert Indicator.objects.get(name="Konut").number == "PG2.1.2"
    services.move(Indicator.objects.get(name="Konut"), office, 1)  # already last: no change
    assert Indicator.objects.get(name="Konut").number == "PG2.1.2"

    services.delete(Objective.objects.get(title="Dönüşüm"), office)
    assert numbers(plan) == ["A1", "H1.1", "A2", "H2.1"]
    assert Objective.objects.get(title="Gönüllülük").number == "H2.1"
    actions = list(PlanChange.objects.filter(plan=plan).values_list("action", flat=True))
    assert {"added", "moved", "deleted"} <= set(actions)
    assert PlanChange.objects.filter(plan=plan, user=office).count() == len(actions)


def test_only_drafts_and_only_the_office(ibb, users) -> None:
    plan = Plan.objects.create(institution=ibb, start_year=2025)
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        services.add_goal(plan, users["liaison"], "X")
    plan.status = "submitted"
    plan.save()
    with pytest.raises(ValidationError):
        services.add_goal(plan, users["office"], "X")


def test_outline_page(ibb, client_for) -> None:
    plan = Plan.objects.create(institution=ibb, start_year=2025)
    client = client_for("office")
    url = f"/plans/{plan.pk}/outline/"
    assert client.post(url, {"op": "add_goal", "title": "Yeşil kent"}).status_code == 302
    goal = Goal.objects.get(plan=plan)
    client.post(url, {"op": "add_objective", "target": f"goal:{goal.pk}", "title": "Park"})
    objective = Objective.objects.get(goal=goal)
    client.post(url, {"op": "add_indicator", "target": f"objective:{objective.pk}", "title": "m²"})
    client.post(url, {"op": "add_goal", "title": ""})  # refused with a message, nothing added
    assert numbers(plan) == ["A1", "H1.1", "PG1.1.1"]
    html = client.get(url).content.decode()
    assert "PG1.1.1" in html and "H1.1" in html
    other = Plan.objects.create(institution=ibb, start_year=2030)
    response = client.post(
        f"/plans/{other.pk}/outline/", {"op": "delete", "target": f"goal:{goal.pk}"}
    )
    assert response.status_code == 404
    assert Goal.objects.filter(pk=goal.pk).exists()
