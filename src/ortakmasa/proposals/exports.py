"""CSV and XLSX exports of a list of proposals."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from ortakmasa.lib.spreadsheet import safe_cell, safe_row
from ortakmasa.proposals.models import Proposal


def headers() -> list[str]:
    return [
        _("No."),
        _("Title"),
        _("Description"),
        _("Kind"),
        _("Raised by"),
        _("District"),
        _("Neighbourhood"),
        _("Themes"),
        _("Status"),
        _("Reason"),
        _("Merged into (No.)"),
        _("Plan objective"),
        _("Estimated cost (TL)"),
        _("Population concerned"),
        _("Urgency"),
        _("Effort"),
        _("Public"),
        _("Created"),
    ]


def export_queryset(qs: QuerySet[Proposal]) -> QuerySet[Proposal]:
    return qs.select_related("institution", "district").prefetch_related("themes")


def rows(qs: QuerySet[Proposal]) -> Iterator[list[Any]]:
    for p in export_queryset(qs).iterator(chunk_size=2000):
        yield [
            p.pk,
            p.title,
            p.text,
            p.get_kind_display(),
            p.institution.name,
            p.district.name if p.district else "",
            p.neighbourhood,
            "; ".join(t.name for t in p.themes.all()),
            p.get_status_display(),
            p.status_reason,
            p.merged_into_id or "",
            str(p.plan_objective) if p.plan_objective else "",
            p.estimated_cost if p.estimated_cost is not None else "",
            p.population if p.population is not None else "",
            p.get_urgency_display(),
            p.get_effort_display() if p.effort else "",
            _("yes") if p.is_public else _("no"),
            timezone.localtime(p.created_at).replace(tzinfo=None),
        ]


def to_csv(qs: QuerySet[Proposal]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(headers())
    for row in rows(qs):
        writer.writerow(
            [safe_cell(v.strftime("%Y-%m-%d %H:%M") if hasattr(v, "strftime") else v) for v in row]
        )
    # A byte-order mark makes Excel read the Turkish letters as UTF-8.
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(qs: QuerySet[Proposal]) -> bytes:
    from openpyxl import Workbook

    # Write-only mode keeps memory flat for exports of many thousand rows.
    book = Workbook(write_only=True)
    sheet = book.create_sheet(_("Proposals")[:31])
    sheet.append(headers())
    for row in rows(qs):
        sheet.append(safe_row(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


#: The list's writers by the format named in the address.
WRITERS: dict[str, Callable[[QuerySet[Proposal]], bytes]] = {"csv": to_csv, "xlsx": to_xlsx}
