"""CSV and XLSX exports carry every answer, and a text that a spreadsheet
would run as a formula is written with a leading apostrophe."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from ortakmasa.surveys import exports
from ortakmasa.surveys.models import Audience, ResponseStatus
from tests.surveys.conftest import Built, stored

pytestmark = pytest.mark.django_db

DANGEROUS = ['=HYPERLINK("http://x")', "+1+2", "-2+3", "@SUM(A1)", "\tgizli", "\rsatır"]


@pytest.mark.parametrize("value", DANGEROUS)
def test_formula_like_text_gets_an_apostrophe(value: str) -> None:
    assert exports.safe(value) == "'" + value


def test_plain_values_are_left_alone() -> None:
    assert exports.safe("Kadıköy") == "Kadıköy"
    assert exports.safe(-3) == -3


def answers(built: Built) -> None:
    for text in DANGEROUS:
        stored(
            survey=built.survey,
            audience=Audience.PUBLIC,
            status=ResponseStatus.SUBMITTED,
            answers={built.text.key: text, built.multiple.key: ["Metro", "Vapur"]},
        )


def test_csv_export(built: Built) -> None:
    answers(built)
    text = exports.to_csv(built.survey).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) == 1 + len(DANGEROUS)
    column = rows[0].index(built.text.text)
    assert [r[column] for r in rows[1:]] == ["'" + v for v in DANGEROUS]
    assert rows[1][rows[0].index(built.multiple.text)] == "Metro; Vapur"


def test_xlsx_export_has_no_formula(built: Built) -> None:
    answers(built)
    book = load_workbook(io.BytesIO(exports.to_xlsx(built.survey)))
    sheet = book.active
    assert sheet is not None
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)
    for value in DANGEROUS:
        assert "'" + value in values
