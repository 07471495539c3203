"""Meeting lists as iCalendar, CSV and XLSX, opened and checked."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

import openpyxl
import pytest
from django.test import Client

from ortakmasa.meetings.demo import load_campaign

pytestmark = pytest.mark.django_db


def test_ics(client_for: Callable[[str], Client]) -> None:
    load_campaign()
    response = client_for("public").get("/meetings/export.ics", {"kind": "joint_table_meeting"})
    assert response["Content-Type"].startswith("text/calendar")
    text = response.content.decode()
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert text.count("BEGIN:VEVENT") == 35
    assert "DTSTART;TZID=Europe/Istanbul:2024" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert "Kadıköy ortak masa toplantısı" in text.replace("\r\n ", "")


def test_csv_and_xlsx(client_for: Callable[[str], Client]) -> None:
    load_campaign()
    client = client_for("office")
    rows = list(
        csv.reader(io.StringIO(client.get("/meetings/export.csv").content.decode("utf-8-sig")))
    )
    assert rows[0][:4] == ["id", "date", "kind", "title"]
    assert any("Kadıköy ortak masa toplantısı" in r[3] for r in rows[1:])
    book = openpyxl.load_workbook(io.BytesIO(client.get("/meetings/export.xlsx").content))
    sheet = book.active
    assert sheet.title == "Toplantılar"
    values = [row for row in sheet.iter_rows(values_only=True)]
    assert values[0][0] == "id" and len(values) == len(rows)
