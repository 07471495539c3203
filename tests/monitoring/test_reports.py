"""The reports as files: headings, tables and figures against the
hand-computed achievements of the small plan (see conftest)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from docx import Document as open_docx
from pypdf import PdfReader

from ortakmasa.monitoring import reports
from ortakmasa.monitoring.models import IndicatorValue
from tests.monitoring.conftest import HAND_VALUES, Monitored, approve_all

pytestmark = pytest.mark.django_db


def _texts(table: object) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]  # type: ignore[attr-defined]


def test_evaluation_report_docx(monitored: Monitored) -> None:
    approve_all(monitored, HAND_VALUES)
    content, _type, name = reports.export(monitored.plan.pk, "evaluation", 2025, 2, "docx")
    assert name.endswith("degerlendirme-raporu-2025.docx")
    doc = open_docx(io.BytesIO(content))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert "1. GİRİŞ" in headings
    assert "2. GENEL GÖRÜNÜM" in headings
    assert any(h.startswith("3.1. A1 ") for h in headings)
    assert "5. YILLARA GÖRE GERÇEKLEŞME" in headings
    tables = [_texts(t) for t in doc.tables]
    goals = next(t for t in tables if t[0] == ["No", "Amaç", "Gerçekleşme", "Kapsam", "Durum"])
    assert goals[1][2:] == ["%74,1", "%100", "Ulaşılmadı"]
    objectives = next(t for t in tables if t[0][:2] == ["No", "Hedef"])
    assert [r[3] for r in objectives[1:]] == ["%53,2", "%95"]
    indicators = [r for t in tables for r in t if r[0].startswith("PG1.")]
    by_number = {r[0]: r for r in indicators if len(r) == 9}
    assert by_number["PG1.1.1"][7] == "%50"
    assert by_number["PG1.1.2"][7] == "%57,9"
    assert by_number["PG1.2.1"][7] == "%90"
    assert by_number["PG1.2.2"][7] == "%150"
    explanations = next(t for t in tables if t[0][-1] == "Açıklama")
    assert [r[0] for r in explanations[1:]] == ["PG1.1.1", "PG1.1.2"]
    # The charts are pictures with alt text.
    with zipfile.ZipFile(io.BytesIO(content)) as z:
        media = [n for n in z.namelist() if n.startswith("word/media/")]
        body = z.read("word/document.xml").decode()
    assert len(media) >= 2
    assert 'descr="Amaçların gerçekleşme durumu: 1 kalemden 0 ulaşıldı' in body


def test_monitoring_report_pdf(monitored: Monitored) -> None:
    approve_all(monitored, HAND_VALUES, month=6)
    content, content_type, _ = reports.export(monitored.plan.pk, "monitoring", 2025, 1, "pdf")
    assert content_type == "application/pdf"
    reader = PdfReader(io.BytesIO(content))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "1. Altı Aylık İzleme Raporu" in text
    # June against the progress expected by June (half-way through the
    # year's way), not against the year-end target: PG1.1.1 125 of the
    # expected 125 is 100 %, PG1.1.2 60 against 61.5 expected is 115.8 %;
    # H1.1 100 %, H1.2 95 %, A1 97.5 %.
    assert "%97,5" in text and "%115,8" in text and "%95" in text
    images = sum(len(page.images) for page in reader.pages)
    assert images >= 2


def test_first_half_leaves_out_the_second(monitored: Monitored) -> None:
    approve_all(monitored, HAND_VALUES, month=12)
    document = reports.build(monitored.plan.pk, "monitoring", 2025, 1)
    goals = next(t for t in document.tables if t.header[:2] == ["No", "Amaç"])
    assert goals.rows[0][2] == "—"


def test_report_refused_without_explanation(
    monitored: Monitored, client_for: Callable[[str], Client]
) -> None:
    approve_all(monitored, HAND_VALUES)
    IndicatorValue.objects.filter(indicator=monitored.indicators[0]).update(explanation="")
    with pytest.raises(ValidationError) as info:
        reports.build(monitored.plan.pk, "evaluation", 2025)
    assert "PG1.1.1" in info.value.messages[0]
    assert "açıklaması yok" in info.value.messages[0]
    response = client_for("office").get(
        f"/monitoring/plans/{monitored.plan.pk}/report.pdf?kind=evaluation&year=2025"
    )
    assert response.status_code == 409
    assert "PG1.1.1" in response.content.decode()
