"""The plan's files: Word, PDF and the Excel workbook of its indicator
tables.  Each comes from ``tree.load`` plus the traceability figures, so
the page, the API and the benchmark produce the same bytes."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ortakmasa.lib.spreadsheet import safe_row
from ortakmasa.lib.turkish import ascii_fold
from ortakmasa.plans import document, trace, tree
from ortakmasa.plans.models import PLAN_YEARS, Plan

CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


ACCUMULATION_TR = {
    "last": "Son dönemin değeri",
    "sum": "Dönemlerin toplamı",
    "average": "Dönemlerin ortalaması",
}
KEEP_RULE_TR = {"at_least": "En az", "at_most": "En çok", "band": "Aralık içinde"}


def build_document(plan: Plan) -> document.Document:
    return document.build(plan, trace.build(plan), trace.consultation(plan))


def to_docx(plan: Plan) -> bytes:
    from ortakmasa.plans import docx_export

    return docx_export.render(build_document(plan))


def to_pdf(plan: Plan) -> bytes:
    from ortakmasa.plans import pdf_export

    return pdf_export.render(build_document(plan))


def _cell(value: object) -> object:
    if value in (None, ""):
        return None
    try:
        dec = Decimal(str(value))
    except ArithmeticError:
        return value
    return int(dec) if dec == dec.to_integral() else float(dec)


def to_xlsx(plan: Plan) -> bytes:
    """Sheets: the indicators (one row each, with the five yearly targets),
    the objective cards' other fields, and the costing per year."""
    wb = Workbook()
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="D9E2F3")
    years = [str(y) for y in plan.years]

    def sheet(title: str, header: list[str], rows: list[list[object]], first: bool = False) -> None:
        ws = wb.active if first else wb.create_sheet()
        assert ws is not None
        ws.title = title
        ws.append(header)
        for cell in ws[1]:
            cell.font = bold
            cell.fill = fill
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for row in rows:
            ws.append(safe_row(row))
        ws.freeze_panes = "A2"
        for index, name in enumerate(header, start=1):
            ws.column_dimensions[get_column_letter(index)].width = min(60, max(10, len(name) + 2))

    objectives = tree.objectives_of(plan)
    sheet(
        "Performans Göstergeleri",
        [
            "Amaç",
            "Hedef",
            "Gösterge No",
            "Performans Göstergesi",
            "Birim",
            "Yön",
            "Hedefe Etkisi (%)",
            "Plan Dönemi Başlangıç Değeri",
            *years,
            "Hedef Türü",
            "İzleme Sıklığı",
            "Rapor Sıklığı",
            "Veri Kaynağı",
            "Tanım",
            "Hesaplama Yöntemi",
            "Dönemlerden Yıl Değeri",
            "Düzeyi Koruma Kuralı",
        ],
        [
            [
                o.goal.number,
                o.number,
                i.number,
                i.name,
                i.unit,
                document.DIRECTION_TR.get(i.direction, ""),
                _cell(i.weight),
                _cell(i.baseline),
                *[_cell(i.targets[k] if k < len(i.targets) else None) for k in range(PLAN_YEARS)],
                document.TARGET_TYPE_TR.get(i.target_type, ""),
                document.FREQUENCY_TR.get(i.monitoring_frequency, ""),
                document.FREQUENCY_TR.get(i.reporting_frequency, ""),
                i.source,
                i.definition,
                i.calculation,
                ACCUMULATION_TR.get(i.accumulation, ""),
                KEEP_RULE_TR.get(i.keep_rule, "") if i.direction == "keep" else "",
            ]
            for o in objectives
            for i in o.indicators.all()
        ],
        first=True,
    )
    sheet(
        "Hedefler",
        ["Amaç No", "Amaç", "Hedef No", "Hedef", "Sorumlu Birim", "İşbirliği Yapılacak Birimler"],
        [
            [
                o.goal.number,
                o.goal.title,
                o.number,
                o.title,
                o.responsible_unit.name if o.responsible_unit else "",
                ", ".join(u.name for u in o.cooperating_units.all()),
            ]
            for o in objectives
        ],
    )
    # The same rows as the document's costing table (general administration
    # costs included in the total), so the totals agree.
    cost_rows: list[list[object]] = [
        [label, *costs, sum(costs)] for label, costs in document.cost_table(plan)
    ]
    sheet("Maliyetlendirme", ["Amaç / Hedef", *years, "Toplam (TL)"], cost_rows)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


WRITERS: dict[str, Callable[[Plan], bytes]] = {"docx": to_docx, "pdf": to_pdf, "xlsx": to_xlsx}


def filename(plan: Plan, fmt: str) -> str:
    base = ascii_fold(
        f"{plan.institution.short_name or plan.institution.name} stratejik plan {plan.period}"
    )
    slug = re.sub(r"[^A-Za-z0-9]+", "-", base).strip("-").lower()
    return f"{slug}.{fmt}"


def export(plan_pk: int, fmt: str) -> tuple[bytes, str, str]:
    """(content, content type, file name) of one plan in one format."""
    plan = tree.load(plan_pk)
    return WRITERS[fmt](plan), CONTENT_TYPES[fmt], filename(plan, fmt)
