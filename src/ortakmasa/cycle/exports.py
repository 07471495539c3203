"""Files of the cycle's documents: Word, PDF and (for the programme) the
Excel workbook, whose totals are those of the documents."""

from __future__ import annotations

import datetime
import io
import re
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Font

from ortakmasa.cycle import documents
from ortakmasa.lib.turkish import ascii_fold
from ortakmasa.plans.document import Document
from ortakmasa.plans.exports import CONTENT_TYPES

KINDS = ("plan", "programme", "activity", "monitoring", "evaluation")


def render(document: Document, fmt: str) -> bytes:
    if fmt == "docx":
        from ortakmasa.plans import docx_export

        return docx_export.render(document)
    if fmt == "pdf":
        from ortakmasa.plans import pdf_export

        return pdf_export.render(document)
    raise ValueError(fmt)


def programme_xlsx(plan_pk: int, year: int) -> bytes:
    programme = documents.load_programme(plan_pk, year)
    plan = programme.plan
    index = year - plan.start_year
    wb = Workbook()
    bold = Font(bold=True)
    ws = wb.active
    assert ws is not None
    ws.title = "Performans Hedefleri"
    ws.append(["Hedef", "Gösterge No", "Gösterge", "Birim", "Başlangıç", f"{year} Hedefi"])
    from ortakmasa.monitoring.progress import load_plan

    loaded = load_plan(plan_pk)
    for goal in loaded.goals.all():
        for objective in goal.objectives.all():
            for ind in objective.indicators.all():
                target = ind.target_for(index)
                ws.append(
                    [
                        f"{objective.number} {objective.title}",
                        ind.number,
                        ind.name,
                        ind.unit,
                        float(ind.baseline) if ind.baseline is not None else None,
                        float(target) if target is not None else None,
                    ]
                )
    acts = wb.create_sheet("Faaliyetler")
    acts.append(
        [
            "Hedef",
            "Faaliyet / Proje",
            "Sorumlu Birim",
            "Kurumsal Kod",
            "Fonksiyonel Kod",
            "Finansman Kodu",
            "Ekonomik Kod",
            "Maliyet (TL)",
        ]
    )
    for a in programme.activities.all():
        acts.append(
            [
                a.objective.number,
                a.name,
                a.responsible_unit.name if a.responsible_unit else "",
                a.institutional_code,
                a.functional_code,
                a.financing_code,
                a.economic_code,
                float(a.cost),
            ]
        )
    totals = wb.create_sheet("Kaynak İhtiyacı")
    totals.append(["Kalem", "Tutar (TL)"])
    totals.append(["Faaliyet ve projelerin maliyeti", float(programme.activities_cost)])
    totals.append(["Genel yönetim giderleri", float(programme.general_admin_cost)])
    totals.append(["Toplam kaynak ihtiyacı", float(programme.total_cost)])
    totals.append([])
    totals.append(["Kaynak", "Tutar (TL)"])
    for r in programme.resources.all():
        totals.append([documents.SOURCE_TR.get(r.source, r.source), float(r.amount)])
    totals.append(["Toplam", float(sum((r.amount for r in programme.resources.all()), Decimal(0)))])
    for sheet in wb.worksheets:
        for cell in sheet[1]:
            cell.font = bold
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def produce(
    kind: str,
    plan_pk: int,
    year: int,
    fmt: str,
    half: int = 0,
    today: datetime.date | None = None,
) -> bytes:
    """The bytes of one document; ``PeriodNotClosed`` for a period that has
    not ended, ``ValueError`` for a format the kind does not have."""
    from ortakmasa.monitoring.periods import require_closed

    if kind == "plan":
        from ortakmasa.plans import exports as plan_exports

        content, _type, _name = plan_exports.export(plan_pk, fmt)
        return content
    if kind == "programme":
        if fmt == "xlsx":
            return programme_xlsx(plan_pk, year)
        return render(documents.programme_document(plan_pk, year), fmt)
    if kind == "activity":
        return render(documents.activity_document(plan_pk, year, today), fmt)
    if kind == "evaluation":
        return render(documents.evaluation_document(plan_pk, year, today), fmt)
    if kind == "monitoring":
        require_closed(year, half or 2, today)
        from ortakmasa.monitoring import reports

        return render(reports.build(plan_pk, reports.MONITORING, year, half or 2), fmt)
    raise ValueError(kind)


def filename(kind: str, institution: str, year: int, fmt: str, half: int = 0) -> str:
    names = {
        "plan": "stratejik plan",
        "programme": "performans programi",
        "activity": "faaliyet raporu",
        "monitoring": "izleme raporu",
        "evaluation": "degerlendirme raporu",
    }
    base = ascii_fold(f"{institution} {names[kind]} {year}" + (f" {half}" if half else ""))
    return re.sub(r"[^A-Za-z0-9]+", "-", base).strip("-").lower() + f".{fmt}"


__all__ = ["CONTENT_TYPES", "KINDS", "filename", "produce", "render"]
