"""The same totals in Word, PDF and Excel: the plan's costing table (with
general administration costs and resources), the activity report's and the
evaluation report's spending against the estimate.  The programme's are in
test_programme.py."""

from __future__ import annotations

import io
import re

import pytest
from docx import Document as open_docx
from openpyxl import load_workbook
from pypdf import PdfReader

from ortakmasa.cycle import exports
from ortakmasa.plans import exports as plan_exports
from ortakmasa.plans.models import Plan
from tests.cycle.conftest import TODAY, Cycle

pytestmark = pytest.mark.django_db


def _word_rows(content: bytes) -> list[list[str]]:
    word = open_docx(io.BytesIO(content))
    return [[c.text for c in row.cells] for t in word.tables for row in t.rows]


def _pdf_text(content: bytes) -> str:
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(content)).pages)
    return re.sub(r"\s+", " ", text)


def _money(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def test_plan_costing_totals(cycle: Cycle) -> None:
    plan = cycle.m.plan
    Plan.objects.filter(pk=plan.pk).update(
        general_admin_costs=[100_000, 110_000, 0, 0, 0],
        resources=[900_000, 900_000, 900_000, 900_000, 900_000],
    )
    expected = {}
    xlsx = load_workbook(io.BytesIO(plan_exports.export(plan.pk, "xlsx")[0]))
    for row in xlsx["Maliyetlendirme"].iter_rows(values_only=True):
        expected[row[0]] = list(row[1:])
    total = expected["TOPLAM"]
    objectives = [k for k in expected if str(k).startswith("H")]
    general = expected["Genel Yönetim Giderleri"]
    # The total is the objectives' and the general administration costs'.
    assert total[-1] == sum(expected[k][-1] for k in objectives) + general[-1]
    assert general[-1] == 210_000
    tables = open_docx(io.BytesIO(plan_exports.export(plan.pk, "docx")[0])).tables
    costing = next(t for t in tables if t.rows[0].cells[0].text == "Amaç / Hedef")
    word = {row.cells[0].text: [c.text for c in row.cells[1:]] for row in costing.rows}
    pdf = _pdf_text(plan_exports.export(plan.pk, "pdf")[0])
    for label in ("TOPLAM", "Genel Yönetim Giderleri", "Kaynak", *objectives):
        assert word[label] == [_money(v) for v in expected[label]], label
        assert f"{label} " + " ".join(_money(v) for v in expected[label]) in pdf, label


def _spending_total(rows: list[list[str]]) -> list[str]:
    return next(r for r in rows if r[0] == "Toplam" and len(r) == 5)


@pytest.mark.parametrize("kind", ["activity", "evaluation"])
def test_spending_totals(cycle: Cycle, kind: str) -> None:
    pk = cycle.m.plan.pk
    word = _word_rows(exports.produce(kind, pk, 2025, "docx", 0, TODAY))
    total = _spending_total(word)
    # Activities 2.500 + 5.000 estimated, 2.000 + 4.000 spent (conftest).
    assert total[2:4] == ["7.500", "6.000"]
    objective_rows = [r for r in word if len(r) == 5 and re.match(r"H\d", r[0])]
    assert sum(int(r[3].replace(".", "")) for r in objective_rows) == 6000
    pdf = _pdf_text(exports.produce(kind, pk, 2025, "pdf", 0, TODAY))
    assert "Toplam " + " ".join(total[1:4]) in pdf
