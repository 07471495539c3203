"""Lists as CSV and XLSX downloads: one way to write them, with every cell
made safe for spreadsheet programs (``lib.spreadsheet.safe_cell``)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from django.http import Http404, HttpResponse
from openpyxl import Workbook
from openpyxl.styles import Font

from ortakmasa.lib.spreadsheet import safe_row, safe_rows

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
#: What a list download is sent as, by the format named in its address.
LIST_TYPES = {"csv": "text/csv; charset=utf-8", "xlsx": XLSX}


def attachment_response(content: bytes | str, content_type: str, filename: str) -> HttpResponse:
    """``content`` as a file the browser saves under ``filename``."""
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_response(
    columns: Sequence[str], rows: Iterable[Sequence[object]], name: str
) -> HttpResponse:
    """``name.csv`` with a header row."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    # A byte-order mark lets spreadsheet programs read the Turkish letters.
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(safe_row(columns))
    writer.writerows(safe_rows(rows))
    return response


def xlsx_response(
    columns: Sequence[str], rows: Iterable[Sequence[object]], name: str, sheet_title: str
) -> HttpResponse:
    """``name.xlsx``: one sheet, a bold header row kept in view."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = sheet_title
    sheet.append(list(columns))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(safe_row(row))
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return attachment_response(buffer.getvalue(), XLSX, f"{name}.xlsx")


def list_response(
    fmt: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[object]],
    name: str,
    sheet_title: str,
) -> HttpResponse:
    """A list as ``name.csv`` or ``name.xlsx`` by ``fmt``; 404 for any
    other format named in the address."""
    if fmt == "csv":
        return csv_response(columns, rows, name)
    if fmt == "xlsx":
        return xlsx_response(columns, rows, name, sheet_title)
    raise Http404
