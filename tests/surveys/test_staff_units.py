"""Staff answers cross-tabulated by their unit: a table per question on
the results page (by=unit), and the unit in the CSV/XLSX exports."""

from __future__ import annotations

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from ortakmasa.registry.models import Institution
from ortakmasa.surveys import answering, exports, results
from ortakmasa.surveys.answering import Respondent
from ortakmasa.surveys.models import Audience, StaffLink
from tests.conftest import IBB
from tests.surveys.conftest import Built, build_survey

pytestmark = pytest.mark.django_db


def staff_answers() -> tuple[Built, Institution, Institution]:
    built = build_survey(Audience.STAFF)
    ibb = Institution.objects.get(reference_key=IBB)
    parks = Institution.objects.create(name="Park ve Bahçeler Dairesi", kind=ibb.kind, parent=ibb)
    transport = Institution.objects.create(name="Ulaşım Dairesi", kind=ibb.kind, parent=ibb)
    links = {
        unit: StaffLink.objects.create(survey=built.survey, unit=unit)
        for unit in (parks, transport)
    }
    for n, (unit, choice) in enumerate(
        [(parks, "Evet"), (parks, "Evet"), (parks, "Hayır"), (transport, "Hayır")]
    ):
        who = Respondent(Audience.STAFF, staff_link=links[unit], fingerprint=f"staff-{n}")
        answering.save(built.survey, who, {built.single.key: choice}, final=True)
    return built, parks, transport


def test_the_results_cross_tabulate_staff_answers_by_unit() -> None:
    built, parks, transport = staff_answers()
    single = results.build(built.survey, dims=("unit",)).questions[0]
    (by_unit,) = single.crosstabs
    assert by_unit.table.header[1:] == ("Evet", "Hayır")
    assert {row[0]: row[1:] for row in by_unit.table.rows} == {
        parks.name: ("2", "1"),
        transport.name: ("0", "1"),
    }


def test_the_page_offers_the_unit_table(client_for: object) -> None:
    built, parks, _transport = staff_answers()
    client = client_for("office")  # type: ignore[operator]
    url = reverse("surveys:results", args=[built.survey.pk])
    page = client.get(url, {"by": "unit"}).content.decode()
    assert "(personel birimine göre)" in page
    assert parks.name in page


def test_surveys_without_staff_links_offer_no_unit_table(client_for: object) -> None:
    built = build_survey(Audience.PUBLIC)
    client = client_for("office")  # type: ignore[operator]
    url = reverse("surveys:results", args=[built.survey.pk])
    page = client.get(url).content.decode()
    assert "?by=unit" not in page
    # Asked for anyway, the page falls back to the district table.
    page = client.get(url, {"by": "unit"}).content.decode()
    assert "(personel birimine göre)" not in page
    assert 'href="?by=district" aria-current="page"' in page


def test_a_staff_survey_offers_the_unit_table(client_for: object) -> None:
    built, _parks, _transport = staff_answers()
    client = client_for("office")  # type: ignore[operator]
    page = client.get(reverse("surveys:results", args=[built.survey.pk])).content.decode()
    assert "?by=unit" in page


def test_the_exports_name_the_unit() -> None:
    built, parks, transport = staff_answers()
    rows = list(csv.reader(io.StringIO(exports.to_csv(built.survey).decode("utf-8-sig"))))
    column = rows[0].index("Personel birimi")
    assert sorted(r[column] for r in rows[1:]) == sorted([parks.name] * 3 + [transport.name])
    sheet = load_workbook(io.BytesIO(exports.to_xlsx(built.survey))).active
    assert sheet is not None
    header = [c.value for c in next(sheet.iter_rows())]
    assert "Personel birimi" in header
