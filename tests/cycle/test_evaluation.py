"""The unit writes its objective's evaluation; the yearly evaluation report
prints it."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from django.test import Client
from docx import Document as open_docx

from ortakmasa.cycle import exports
from ortakmasa.cycle.models import ObjectiveEvaluation
from tests.cycle.conftest import TODAY, Cycle

pytestmark = pytest.mark.django_db


def test_the_unit_writes_and_the_report_prints(
    cycle: Cycle, client_for: Callable[[str], Client]
) -> None:
    objective = cycle.m.indicators[0].objective
    unit = Client()
    unit.force_login(cycle.m.unit_user)
    url = f"/cycle/objectives/{objective.pk}/evaluation/2025/"
    data = {
        "relevance": "Hedef ihtiyaçla örtüşüyor.",
        "effectiveness": "Göstergelerin yarısı hedefte.",
        "efficiency": "Harcama tahminin altında.",
        "impact": "Etki ölçülmedi.",
        "sustainability": "Kalıcı kadro var.",
    }
    assert unit.post(url, data).status_code == 302
    saved = ObjectiveEvaluation.objects.get(objective=objective, year=2025)
    assert saved.written_by == cycle.m.unit_user
    assert client_for("other_liaison").post(url, data).status_code == 403
    doc = open_docx(
        io.BytesIO(exports.produce("evaluation", cycle.m.plan.pk, 2025, "docx", 0, TODAY))
    )
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert "Hedef ihtiyaçla örtüşüyor." in cells and "Etkililik" in cells
