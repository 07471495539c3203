"""CSV and XLSX exports of a survey's answers, one row per response.

Every text cell is guarded against formula injection: a value beginning
with = + - @, a tab or a carriage return gets a leading apostrophe, so a
spreadsheet shows it as text instead of running it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from typing import Any

from django.utils.translation import gettext as _
from openpyxl import Workbook

from ortakmasa.registry.models import District, Institution
from ortakmasa.surveys.answering import load_questions
from ortakmasa.surveys.models import Audience, Kind, Question, Response, ResponseStatus, Survey

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe(value: Any) -> Any:
    """A cell value a spreadsheet will not read as a formula.  Numbers stay
    numbers (a negative number is not a formula)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _cell(question: Question, value: Any) -> Any:
    if value is None:
        return ""
    if question.kind == Kind.MULTIPLE and isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if question.kind == Kind.RANKING and isinstance(value, list):
        return " > ".join(str(v) for v in value)
    if question.kind == Kind.MATRIX and isinstance(value, dict):
        return "; ".join(f"{row}: {point}" for row, point in value.items())
    return value


def header(survey: Survey, questions: list[Question]) -> list[str]:
    head = [
        _("No."),
        _("Audience"),
        _("District"),
        _("Stakeholder group"),
        _("Staff unit"),
        _("Submitted"),
    ]
    if not survey.anonymous:
        head += [_("Name"), _("E-mail")]
    return head + [q.text for q in questions]


def rows(survey: Survey, questions: list[Question]) -> Iterator[list[Any]]:
    districts = dict(District.objects.values_list("pk", "name"))
    audiences = dict(Audience.choices)
    # Staff answers carry their unit (the institution of a staff response).
    units = dict(
        Institution.objects.filter(
            pk__in=Response.objects.filter(survey=survey, group="staff").values("institution_id")
        ).values_list("pk", "name")
    )
    fields = [
        "pk",
        "audience",
        "district_id",
        "group",
        "institution_id",
        "submitted_at",
        "name",
        "email",
        "answers",
    ]
    qs = (
        Response.objects.filter(survey=survey, status=ResponseStatus.SUBMITTED)
        .order_by("id")
        .values_list(*fields)
        .iterator(chunk_size=2000)
    )
    for pk, audience, district_id, group, institution_id, submitted, name, email, answers in qs:
        row: list[Any] = [
            pk,
            str(audiences.get(audience, audience)),
            districts.get(district_id, ""),
            group,
            units.get(institution_id, "") if group == "staff" else "",
            submitted.strftime("%Y-%m-%d %H:%M") if submitted else "",
        ]
        if not survey.anonymous:
            row += [name, email]
        answers = answers or {}
        row += [_cell(q, answers.get(q.key)) for q in questions]
        yield [safe(v) for v in row]


def to_csv(survey: Survey) -> bytes:
    questions = load_questions(survey)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([safe(h) for h in header(survey, questions)])
    writer.writerows(rows(survey, questions))
    # A byte-order mark so that Excel opens the Turkish letters correctly.
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(survey: Survey) -> bytes:
    questions = load_questions(survey)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(_("Answers")[:31])
    sheet.append([safe(h) for h in header(survey, questions)])
    for row in rows(survey, questions):
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


#: The answers' writers by the format named in the address.
WRITERS: dict[str, Callable[[Survey], bytes]] = {"csv": to_csv, "xlsx": to_xlsx}
