"""Permission cases of cooperations, funded projects, matches and the
network."""

from __future__ import annotations

import datetime
from collections.abc import Callable

from django.core.files.base import ContentFile
from django.db.models import Model

from ortakmasa.cooperation.models import Cooperation, CooperationDocument, FundedProject
from ortakmasa.meetings.models import ReviewStatus
from tests.cooperation.helpers import make_cooperation, make_project
from tests.permission_cases import (
    EDIT_BASAKSEHIR,
    EDITORS,
    LOGIN,
    Case,
    basaksehir,
    everyone,
    ibb,
)
from tests.permission_cases.meetings import basaksehir_meeting


def coop(public: bool = True) -> Cooperation:
    return make_cooperation(
        [basaksehir(), ibb()],
        ["disaster_earthquake", "transport"],
        public=public,
        start=datetime.date(2024, 1, 1),
    )


def project(public: bool = True) -> FundedProject:
    return make_project([basaksehir(), ibb()], ["disaster_earthquake"], public=public)


NOT_PUBLIC = {**everyone(200), "public": 403}
SIGNED_IN = {**everyone(200), "public": LOGIN}
EDIT_BOTH = {**EDIT_BASAKSEHIR}  # İBB's office and Başakşehir's liaison
API_NOT_PUBLIC = {**everyone(200), "public": 404}


def titles() -> list[str]:
    return list(Cooperation.objects.values_list("title", flat=True))


def document(public: bool = True) -> CooperationDocument:
    """A stored document of a cooperation (public or not)."""
    doc = CooperationDocument(cooperation=coop(public), title="Protokol")
    doc.file.save("protokol.pdf", ContentFile(b"%PDF-1.4 protokol"), save=True)
    return doc


def public_or_not(
    url_name: str, make: Callable[[bool], Model], hidden: dict[str, int] = NOT_PUBLIC
) -> list[Case]:
    """The page of a public record, then of one that is not public."""
    return [
        Case(url_name, everyone(200), args=lambda: [make(True).pk]),
        Case(url_name, hidden, label="not public", args=lambda: [make(False).pk]),
    ]


CASES = [
    *public_or_not("cooperation:document_download", document),
    Case("cooperation:list", everyone(200)),
    Case("cooperation:export", everyone(200), args=lambda: ["csv"]),
    Case("cooperation:export", everyone(200), label="xlsx", args=lambda: ["xlsx"]),
    Case("cooperation:create", EDITORS),
    Case(
        "cooperation:from_meeting",
        EDITORS,
        args=lambda: [basaksehir_meeting().pk],
    ),
    Case(
        "cooperation:from_meeting",
        {**EDITORS, "other_liaison": 403, "liaison": 302, "office": 302, "admin": 302},
        label="draft meeting",
        args=lambda: [basaksehir_meeting(status=ReviewStatus.DRAFT).pk],
    ),
    *public_or_not("cooperation:detail", coop),
    Case("cooperation:edit", EDIT_BOTH, args=lambda: [coop().pk]),
    Case(
        "cooperation:edit",
        {**EDIT_BOTH, "admin": 200, "office": 200, "liaison": 200},
        method="post",
        label="empty post",
        args=lambda: [coop().pk],
        unchanged=titles,
    ),
    Case(
        "cooperation:document_add",
        {**EDIT_BOTH, "admin": 302, "office": 302, "liaison": 302},
        method="post",
        args=lambda: [coop().pk],
        data=lambda: {"title": "Protokol", "url": "https://example.org/protokol.pdf"},
    ),
    Case("cooperation:project_list", everyone(200)),
    Case("cooperation:project_export", everyone(200), args=lambda: ["xlsx"]),
    Case("cooperation:project_create", EDITORS),
    *public_or_not("cooperation:project_detail", project),
    Case("cooperation:project_edit", EDIT_BOTH, args=lambda: [project().pk]),
    Case("cooperation:institution", everyone(200), args=lambda: [basaksehir().pk]),
    Case("cooperation:matches", everyone(200), args=lambda: [basaksehir().pk]),
    Case("cooperation:network", everyone(200)),
    Case("cooperation:network_export", everyone(200), args=lambda: ["json"]),
    Case("cooperation:overdue", SIGNED_IN),
    Case("cooperation-list", everyone(200)),
    *public_or_not("cooperation-detail", coop, hidden=API_NOT_PUBLIC),
    Case("project-list", everyone(200)),
    Case("project-detail", everyone(200), args=lambda: [project().pk]),
    Case(
        "cooperation-list",
        {**everyone(405), "stakeholder": 403, "public": 401},
        method="post",
        label="read only",
        data=lambda: {"title": "x"},
        unchanged=titles,
    ),
    Case("network-list", everyone(200)),
]
