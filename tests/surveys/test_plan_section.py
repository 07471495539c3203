"""The plan's Word document gains a "Paydaş Görüşleri" part in its
situation analysis, with each survey question's chart and table, through
the section hook (plans does not import surveys)."""

from __future__ import annotations

import io

import pytest
from docx import Document

from ortakmasa.plans import document, exports
from ortakmasa.plans.document import Figure, Heading
from ortakmasa.plans.sample import make_plan
from ortakmasa.surveys.models import Audience, ResponseStatus
from tests.surveys.conftest import Built, build_survey, stored

pytestmark = pytest.mark.django_db


def answered() -> Built:
    built = build_survey()
    for choice in ("Evet", "Evet", "Hayır"):
        stored(
            survey=built.survey,
            audience=Audience.PUBLIC,
            status=ResponseStatus.SUBMITTED,
            answers={built.single.key: choice, built.text.key: "Deprem alanı yok."},
        )
    return built


def test_the_hook_is_registered_by_name() -> None:
    assert "stakeholder_views" in document.SECTIONS


def test_the_plan_document_shows_the_surveys_charts_and_tables() -> None:
    built = answered()
    plan = make_plan(built.survey.owner, goals=1, objectives=1, indicators=1)
    doc = exports.build_document(plan)
    titles = [b.text for b in doc.blocks if isinstance(b, Heading)]
    position = titles.index("Paydaş Görüşleri")
    assert titles.index("Paydaş Analizi") < position < titles.index("Kuruluş İçi Analiz")
    figures = [b for b in doc.blocks if isinstance(b, Figure)]
    assert any(f.caption == built.single.text for f in figures)
    assert all(f.png.startswith(b"\x89PNG") for f in figures)
    table = next(t for t in doc.tables if t.caption == built.single.text)
    assert table.rows == [["Evet", "2"], ["Hayır", "1"]]

    word = Document(io.BytesIO(exports.to_docx(plan)))
    lines = [p.text for p in word.paragraphs]
    assert any("Paydaş Görüşleri" in line for line in lines)
    assert any(line.startswith("Şekil") and built.single.text in line for line in lines)
    assert word.inline_shapes  # the chart is in the document as an image


def test_no_survey_no_section() -> None:
    built = build_survey()  # no answer yet
    plan = make_plan(built.survey.owner, goals=1, objectives=1, indicators=1)
    titles = [b.text for b in exports.build_document(plan).blocks if isinstance(b, Heading)]
    assert "Paydaş Görüşleri" not in titles
