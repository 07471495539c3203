"""Cooperations, funded projects and the network as CSV, XLSX and JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable

from django.http import HttpResponse

from ortakmasa.cooperation.models import Cooperation, FundedProject
from ortakmasa.cooperation.network import Network, edge_rows
from ortakmasa.kernel.exports import csv_response

COOPERATION_COLUMNS = [
    "id",
    "title",
    "form",
    "status",
    "institutions",
    "topics",
    "start_date",
    "end_date",
    "meetings",
    "open_commitments",
    "public",
]
PROJECT_COLUMNS = [
    "id",
    "acronym",
    "title",
    "funder",
    "programme",
    "call",
    "partners",
    "themes",
    "currency",
    "budget",
    "grant",
    "co_financing",
    "application",
    "grant_status",
    "application_deadline",
    "start_date",
    "end_date",
    "cooperation",
]
EDGE_COLUMNS = ["source", "target", "meetings", "cooperations", "projects", "weight"]


def _d(value: object) -> str:
    return (
        value.isoformat() if hasattr(value, "isoformat") else ("" if value is None else str(value))
    )


def cooperation_rows(items: Iterable[Cooperation]) -> Iterable[list[str]]:
    for c in items:
        yield [
            str(c.pk),
            c.title,
            str(c.get_form_display()),
            str(c.get_status_display()),
            "; ".join(str(p) for p in c.parties.all()),
            "; ".join(f"{t.rank}. {t.theme.name}" for t in c.topics.all()),
            _d(c.start_date),
            _d(c.end_date),
            "; ".join(str(m.pk) for m in c.meetings.all()),
            str(getattr(c, "open_commitments", "")),
            "1" if c.is_public else "0",
        ]


def project_rows(items: Iterable[FundedProject]) -> Iterable[list[str]]:
    for p in items:
        yield [
            str(p.pk),
            p.acronym,
            p.title,
            str(p.get_funder_display()),
            p.programme,
            p.call,
            "; ".join(f"{x.institution.name} ({x.get_role_display()})" for x in p.partners.all()),
            "; ".join(t.name for t in p.themes.all()),
            p.currency,
            _d(p.budget),
            _d(p.grant_amount),
            _d(p.co_financing),
            str(p.get_application_status_display()),
            str(p.get_grant_status_display()),
            _d(p.application_deadline),
            _d(p.start_date),
            _d(p.end_date),
            str(p.cooperation_id or ""),
        ]


def network_csv(network: Network) -> HttpResponse:
    return csv_response(EDGE_COLUMNS, edge_rows(network), "ag")


def network_json(network: Network) -> HttpResponse:
    response = HttpResponse(
        json.dumps(network.as_dict(), ensure_ascii=False, indent=1),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="ag.json"'
    return response
