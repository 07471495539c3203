"""The performance programme: the same totals in Word, PDF and Excel, and
a warning when the adoption comes after the budget."""

from __future__ import annotations

import datetime
import io

import pytest
from docx import Document as open_docx
from openpyxl import load_workbook
from pypdf import PdfReader

from ortakmasa.cycle import exports
from tests.cycle.conftest import Cycle

pytestmark = pytest.mark.django_db


def test_totals_equal_in_word_pdf_and_excel(cycle: Cycle) -> None:
    pk = cycle.m.plan.pk
    # 2.500 + 5.000 activities + 1.000 general administration = 8.500 TL.
    assert cycle.programme.total_cost == 8500
    word = open_docx(io.BytesIO(exports.produce("programme", pk, 2025, "docx")))
    cells = [c.text for t in word.tables for row in t.rows for c in row.cells]
    assert "8.500" in cells and "7.500" in cells
    pdf = PdfReader(io.BytesIO(exports.produce("programme", pk, 2025, "pdf")))
    text = "\n".join(p.extract_text() for p in pdf.pages)
    assert "8.500" in text and "7.500" in text
    wb = load_workbook(io.BytesIO(exports.produce("programme", pk, 2025, "xlsx")))
    rows = {r[0]: r[1] for r in wb["Kaynak İhtiyacı"].iter_rows(values_only=True) if r}
    assert rows["Toplam kaynak ihtiyacı"] == 8500
    assert rows["Faaliyet ve projelerin maliyeti"] == 7500
    activities = list(wb["Faaliyetler"].iter_rows(values_only=True))
    assert activities[0][3:7] == (
        "Kurumsal Kod",
        "Fonksiyonel Kod",
        "Finansman Kodu",
        "Ekonomik Kod",
    )
    assert activities[1][3:7] == ("46.34.01.02", "04.5.1.00", "5", "06.1")


def test_dates_out_of_order_are_warned(cycle: Cycle) -> None:
    programme = cycle.programme
    assert programme.date_warning == ""
    programme.council_date = datetime.date(2024, 12, 1)  # after the budget of 14.11.2024
    programme.save()
    assert "bütçeden önce" in programme.date_warning
    word = open_docx(io.BytesIO(exports.produce("programme", cycle.m.plan.pk, 2025, "docx")))
    assert any(p.text.startswith("Uyarı:") for p in word.paragraphs)
    report = cycle.report
    report.council_date = datetime.date(2026, 6, 2)
    assert "nisan" in report.date_warning
