"""The strategy office writes programmes and activity reports on pages:
formsets for the activities (with the analytical budget codes) and the
resources, the council dates with their warning, spending against the
estimate with the report; every change is kept and shown in plain words."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from django.test import Client
from django.utils import translation

from ortakmasa.cycle.models import CycleChange, PerformanceProgramme, ProgrammeActivity
from tests.cycle.conftest import Cycle
from tests.formpost import form_data, form_index_with

pytestmark = pytest.mark.django_db


def _form(client: Client, url: str, marker: str) -> dict[str, object]:
    html = client.get(url).content.decode()
    return form_data(html, form_index_with(html, marker))


def test_office_writes_a_programme_with_its_rows(
    cycle: Cycle, client_for: Callable[[str], Client]
) -> None:
    office = client_for("office")
    plan = cycle.m.plan
    objective = cycle.m.indicators[0].objective
    data = _form(office, f"/cycle/plans/{plan.pk}/programmes/new/", "activities-TOTAL_FORMS")
    data.update(
        {
            "year": "2026",
            "council_date": "2025-12-02",  # after the budget: warned, still saved
            "decision_number": "2025/301",
            "budget_date": "2025-11-20",
            "general_admin_cost": "1500",
            "foreword": "Sayın meclis üyeleri,",
            "activities-0-objective": str(objective.pk),
            "activities-0-name": "Kavşak düzenlemesi",
            "activities-0-institutional_code": "46.34.01.02",
            "activities-0-functional_code": "04.5.1.00",
            "activities-0-financing_code": "5",
            "activities-0-economic_code": "06.5",
            "activities-0-cost": "250000",
            "resources-0-source": "budget",
            "resources-0-amount": "251500",
        }
    )
    response = office.post(f"/cycle/plans/{plan.pk}/programmes/new/", data, follow=True)
    programme = PerformanceProgramme.objects.get(plan=plan, year=2026)
    assert programme.total_cost == Decimal(251500)
    assert "bütçeden önce" in response.content.decode()
    act = programme.activities.get()
    assert (act.functional_code, act.economic_code) == ("04.5.1.00", "06.5")
    assert programme.resources.get().amount == 251500

    # Edit: a cost changes, a new row comes, the history says so in words.
    url = f"/cycle/programmes/{programme.pk}/edit/"
    data = _form(office, url, "activities-TOTAL_FORMS")
    data["activities-0-cost"] = "300000"
    data["activities-1-objective"] = str(objective.pk)
    data["activities-1-name"] = "Yaya yolu"
    data["activities-1-cost"] = "1000"
    office.post(url, data)
    assert programme.activities.count() == 2
    html = office.get(url).content.decode()
    assert "Tahmini maliyet (TL): 250.000 → 300.000" in html
    assert "Kavşak düzenlemesi" in html and "Yaya yolu" in html
    assert "programme" not in " ".join(
        k for c in CycleChange.objects.filter(programme=programme) for k in c.changes
    )

    # Delete the new row: kept as a deletion.
    data = _form(office, url, "activities-TOTAL_FORMS")
    row = next(k for k, v in data.items() if v == "Yaya yolu").split("-")[1]
    data[f"activities-{row}-DELETE"] = "on"
    office.post(url, data)
    assert not ProgrammeActivity.objects.filter(name="Yaya yolu").exists()
    actions = list(CycleChange.objects.filter(programme=programme).values_list("action", flat=True))
    assert sorted(set(actions)) == ["changed", "created", "deleted"]


def test_page_in_english(cycle: Cycle, client_for: Callable[[str], Client]) -> None:
    office = client_for("office")
    office.cookies["django_language"] = "en"
    html = office.get(f"/cycle/programmes/{cycle.programme.pk}/edit/").content.decode()
    assert "Activities and projects" in html and "Economic code" in html
    with translation.override("tr"):
        html = client_for("office").get(f"/cycle/programmes/{cycle.programme.pk}/edit/")
    assert "Faaliyet ve projeler" in html.content.decode()


def test_bad_rows_lose_nothing(cycle: Cycle, client_for: Callable[[str], Client]) -> None:
    office = client_for("office")
    url = f"/cycle/programmes/{cycle.programme.pk}/edit/"
    data = _form(office, url, "activities-TOTAL_FORMS")
    data["decision_number"] = "2024/555"
    data["activities-0-cost"] = "çok"
    response = office.post(url, data)
    assert response.status_code == 200
    cycle.programme.refresh_from_db()
    assert cycle.programme.decision_number == "2024/99"
    assert not CycleChange.objects.exists()


def test_activity_report_with_spending(cycle: Cycle, client_for: Callable[[str], Client]) -> None:
    office = client_for("office")
    url = f"/cycle/activity-reports/{cycle.report.pk}/edit/"
    data = _form(office, url, "spending-TOTAL_FORMS")
    data.update(
        {
            "council_date": "2026-05-12",  # not April: warned
            "deviations": "Ödenek geç geldi.",
            "spending-0-spent": "2600",
            "spending-0-note": "Fiyat artışı",
        }
    )
    response = office.post(url, data, follow=True)
    html = response.content.decode()
    assert "nisan" in html.lower()
    cycle.report.refresh_from_db()
    assert cycle.report.deviations == "Ödenek geç geldi."
    spent = ProgrammeActivity.objects.filter(programme=cycle.programme).order_by("position", "id")
    assert spent[0].spent == 2600 and spent[0].note == "Fiyat artışı"
    assert "Sapmaların nedenleri" in html and "Harcanan (TL): 2.000 → 2.600" in html


def test_liaison_cannot_edit(cycle: Cycle, client_for: Callable[[str], Client]) -> None:
    liaison = client_for("liaison")
    assert liaison.get(f"/cycle/programmes/{cycle.programme.pk}/edit/").status_code == 403
    html = liaison.get(f"/cycle/plans/{cycle.m.plan.pk}/").content.decode()
    assert f"/cycle/programmes/{cycle.programme.pk}/edit/" not in html
