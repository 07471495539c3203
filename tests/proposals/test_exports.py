"""CSV and XLSX exports hold the proposals the user may see."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

import pytest
from django.test import Client
from openpyxl import load_workbook

from ortakmasa.proposals.models import Proposal

pytestmark = pytest.mark.django_db


@pytest.fixture
def rows(make_proposal: Callable[..., Proposal]) -> None:
    make_proposal(
        "Başakşehir",
        "Şehir hastanesine otobüs hattı",
        themes=("transport", "health"),
        population=120000,
    )
    make_proposal("Kadıköy", '=HYPERLINK("x") gizli öneri')


def test_csv(rows: None, client_for: Callable[[str], Client]) -> None:
    response = client_for("liaison").get("/proposals/export.csv")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8-sig")
    table = list(csv.reader(io.StringIO(text)))
    assert len(table) == 2  # header + Başakşehir's; Kadıköy's is not the liaison's
    row = dict(zip(table[0], table[1], strict=True))
    assert "Şehir hastanesine otobüs hattı" in row.values()
    assert "120000" in row.values()


def test_xlsx(rows: None, client_for: Callable[[str], Client]) -> None:
    response = client_for("office").get("/proposals/export.xlsx", {"q": ""})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    values = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
    assert len(values) == 3
    titles = {row[1] for row in values[1:]}
    assert "Şehir hastanesine otobüs hattı" in titles
    # Formulas from proposal texts are written as text, never run.
    assert '\'=HYPERLINK("x") gizli öneri' in titles
    populations = {row[13] for row in values[1:]}
    assert 120000 in populations


def test_export_follows_the_filters(rows: None, client_for: Callable[[str], Client]) -> None:
    response = client_for("office").get("/proposals/export.csv", {"theme": "health"})
    table = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(table) == 2 and "Şehir hastanesine otobüs hattı" in table[1]
