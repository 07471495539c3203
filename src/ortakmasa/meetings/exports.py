"""Meeting lists as iCalendar, CSV and XLSX."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.http import HttpResponse
from django.utils import timezone

from ortakmasa.kernel import exports
from ortakmasa.meetings.models import Meeting

COLUMNS = [
    "id",
    "date",
    "kind",
    "title",
    "host",
    "guests",
    "topics",
    "campaign",
    "duration_min",
    "place",
    "review",
]


def rows(meetings: Iterable[Meeting]) -> Iterable[list[str]]:
    for m in meetings:
        yield [
            str(m.pk),
            m.date.isoformat() if m.date else "",
            str(m.get_kind_display()),
            m.title,
            m.host.name if m.host else "",
            "; ".join(g.name for g in m.guests.all()),
            "; ".join(f"{t.rank}. {t.theme.name}" for t in m.topics.all()),
            m.campaign.name if m.campaign else "",
            str(m.duration_minutes or ""),
            m.place,
            str(m.get_review_status_display()),
        ]


def csv_response(meetings: Iterable[Meeting]) -> HttpResponse:
    return exports.csv_response(COLUMNS, rows(meetings), "toplantilar")


def xlsx_response(meetings: Iterable[Meeting]) -> HttpResponse:
    return exports.xlsx_response(COLUMNS, rows(meetings), "toplantilar", "Toplantılar")


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    # RFC 5545: lines longer than 75 octets continue on the next line after
    # a space; cut on character boundaries so UTF-8 letters stay whole.
    out, current = [], ""
    for ch in line:
        if len((current + ch).encode("utf-8")) > 75:
            out.append(current)
            current = " " + ch
        else:
            current += ch
    out.append(current)
    return "\r\n".join(out)


def ics_text(meetings: Iterable[Meeting], host: str = "ortakmasa") -> str:
    stamp = timezone.now().strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Ortak Masa//Toplantilar//TR",
        "CALSCALE:GREGORIAN",
    ]
    for m in meetings:
        if m.date is None:
            continue
        lines += ["BEGIN:VEVENT", f"UID:meeting-{m.pk}@{host}", f"DTSTAMP:{stamp}"]
        if m.start_time:
            start = datetime.datetime.combine(m.date, m.start_time)
            lines.append(f"DTSTART;TZID=Europe/Istanbul:{start:%Y%m%dT%H%M%S}")
            end = start + datetime.timedelta(minutes=m.duration_minutes or 60)
            lines.append(f"DTEND;TZID=Europe/Istanbul:{end:%Y%m%dT%H%M%S}")
        else:
            lines.append(f"DTSTART;VALUE=DATE:{m.date:%Y%m%d}")
        lines.append(f"SUMMARY:{_escape(m.title)}")
        if m.host:
            lines.append(f"LOCATION:{_escape(m.place or m.host.name)}")
        topics = ", ".join(t.theme.name for t in m.topics.all())
        if topics:
            lines.append(f"DESCRIPTION:{_escape(topics)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


def ics_response(meetings: Iterable[Meeting]) -> HttpResponse:
    response = HttpResponse(ics_text(meetings), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="toplantilar.ics"'
    return response
