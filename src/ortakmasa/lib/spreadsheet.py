"""Cells that spreadsheet programs will not run as formulas.

Excel, LibreOffice and Google Sheets treat a cell whose text starts with
``=``, ``+``, ``-`` or ``@`` as a formula (``=HYPERLINK(…)`` sends the
reader's data elsewhere), and skip a leading tab or carriage return before
deciding.  openpyxl does the same for a string starting with ``=``.  Every
CSV and XLSX writer of the platform passes its cells through ``safe_cell``;
text that would start a formula is kept as text behind an apostrophe, the
spreadsheets' own "this is text" mark.  Numbers stay numbers.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def safe_cell(value: Any) -> Any:
    """``value`` unchanged unless it is text a spreadsheet would read as a
    formula; then the text behind an apostrophe."""
    if isinstance(value, str) and value.lstrip(" ").startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_row(row: Iterable[Any]) -> list[Any]:
    return [safe_cell(value) for value in row]


def safe_rows(rows: Iterable[Iterable[Any]]) -> Iterable[list[Any]]:
    for row in rows:
        yield safe_row(row)
