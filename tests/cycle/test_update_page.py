"""A plan update entered on its page and through the API: the remaining
years' targets, an indicator's name and an objective's title change with a
reason and approval; the plan before stays readable; the same figure is not
updated twice; the updated plan's Word and PDF carry the updated-plan
cover."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from django.test import Client
from docx import Document as open_docx
from pypdf import PdfReader

from ortakmasa.cycle.models import PlanUpdate
from ortakmasa.plans import exports as plan_exports
from ortakmasa.plans.models import Indicator, Objective
from tests.cycle.conftest import Cycle
from tests.formpost import form_data, form_index_with

pytestmark = pytest.mark.django_db


def test_update_on_the_page(cycle: Cycle, client_for: Callable[[str], Client]) -> None:
    office = client_for("office")
    plan = cycle.m.plan
    ind = cycle.m.indicators[0]
    url = f"/cycle/plans/{plan.pk}/updates/new/"
    html = office.get(url).content.decode()
    data = form_data(html, form_index_with(html, 'name="reason"'))
    assert data[f"t-{ind.pk}-2026"] == "160"
    data.update(
        {
            "year": "2026",
            "reason": "Hedef ilk yılda aşıldı.",
            "approval_date": "2026-02-10",
            "decision_number": "2026/G-1",
            f"t-{ind.pk}-2025": "999",  # a past year: ignored
            f"t-{ind.pk}-2026": "170",
            f"name-{ind.pk}": "Yenilenen gösterge adı",
            f"title-{ind.objective_id}": "Yeni hedef metni",
        }
    )
    response = office.post(url, data, follow=True)
    update = PlanUpdate.objects.get()
    page = response.content.decode()
    assert "Hedef ilk yılda aşıldı." in page and "160" in page and "170" in page
    assert "göstergenin adı" in page.lower()
    ind.refresh_from_db()
    assert ind.targets[0] == 150 and ind.targets[1] == 170 and ind.name == "Yenilenen gösterge adı"
    assert Objective.objects.get(pk=ind.objective_id).title == "Yeni hedef metni"
    before = update.before["goals"][0]["objectives"][0]
    assert before["indicators"][0]["targets"][1] == 160  # the plan as it was
    assert before["title"] != "Yeni hedef metni"
    # The plan as it was is kept as a version, compared with the updated one.
    assert page.count("/versions/diff/?a=") == 1
    versions = plan.versions.order_by("number")
    assert [v.number for v in versions] == [update.version_before, update.version_after]
    old = versions[0].data["goals"][0]["objectives"][0]["indicators"][0]["targets"]
    assert old[1] == 160

    # The same figure again: refused with the list, nothing changes.
    html = office.get(url).content.decode()
    data = form_data(html, form_index_with(html, 'name="reason"'))
    data.update(
        {
            "year": "2027",
            "reason": "Tekrar",
            "approval_date": "2027-02-10",
            "decision_number": "2027/G-1",
            f"title-{ind.objective_id}": "Bir kez daha",
        }
    )
    page = office.post(url, data, follow=True).content.decode()
    assert "bir kez güncellenebilir" in page
    assert PlanUpdate.objects.count() == 1
    assert Objective.objects.get(pk=ind.objective_id).title == "Yeni hedef metni"

    # The updated plan's documents carry the cover and the update tables.
    word = open_docx(io.BytesIO(plan_exports.export(plan.pk, "docx")[0]))
    texts = [p.text for p in word.paragraphs]
    assert "GÜNCELLENMİŞ STRATEJİK PLAN" in texts[:12]
    assert "GÜNCELLEME BİLGİLERİ" in texts
    cells = [c.text for t in word.tables for row in t.rows for c in row.cells]
    assert "10.02.2026 / 2026/G-1" in cells and "170" in cells
    pdf = PdfReader(io.BytesIO(plan_exports.export(plan.pk, "pdf")[0]))
    assert "GÜNCELLENMİŞ STRATEJİK PLAN" in pdf.pages[0].extract_text()


def test_plan_never_updated_has_no_cover(cycle: Cycle) -> None:
    word = open_docx(io.BytesIO(plan_exports.export(cycle.m.plan.pk, "docx")[0]))
    assert "GÜNCELLENMİŞ STRATEJİK PLAN" not in [p.text for p in word.paragraphs]


def test_update_through_the_api(cycle: Cycle, client_for: Callable[[str], Client]) -> None:
    ind = cycle.m.indicators[1]
    body = {
        "plan": cycle.m.plan.pk,
        "year": 2027,
        "reason": "Bütçe kısıtı",
        "approval_date": "2027-01-15",
        "decision_number": "2027/3",
        "targets": {str(ind.pk): [55, 50]},
    }
    refused = client_for("liaison").post(
        "/api/v1/plan-updates/", body, content_type="application/json"
    )
    assert refused.status_code == 403
    made = client_for("office").post("/api/v1/plan-updates/", body, content_type="application/json")
    assert made.status_code == 201, made.content
    changes = made.json()["changes"]
    assert [(c["year"], c["new"]) for c in changes] == [(2027, 55), (2028, 50)]
    assert Indicator.objects.get(pk=ind.pk).targets[2:4] == [55, 50]
    again = client_for("office").post(
        "/api/v1/plan-updates/", {**body, "year": 2028}, content_type="application/json"
    )
    assert again.status_code == 400
    first_year = client_for("office").post(
        "/api/v1/plan-updates/",
        {**body, "year": 2025, "targets": {str(ind.pk): [1]}},
        content_type="application/json",
    )
    assert first_year.status_code == 400
    listed = client_for("liaison").get("/api/v1/plan-updates/").json()
    items = listed["results"] if isinstance(listed, dict) else listed
    assert items[0]["reason"] == "Bütçe kısıtı"
