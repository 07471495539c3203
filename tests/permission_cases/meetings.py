"""Permission cases of meetings, campaigns and imports."""

from __future__ import annotations

import datetime

from ortakmasa.accounts.models import User
from ortakmasa.meetings.models import (
    Campaign,
    ImportBatch,
    Meeting,
    MeetingKind,
    RegistrySuggestion,
    ReviewStatus,
)
from tests.permission_cases import (
    EDIT_BASAKSEHIR,
    EDITORS,
    LOGIN,
    OFFICE_ONLY,
    Case,
    api_case,
    basaksehir,
    everyone,
    ibb,
    kartoglu,
    row,
)


def basaksehir_meeting(public: bool = True, status: str = ReviewStatus.CONFIRMED) -> Meeting:
    meeting = Meeting.objects.create(
        kind=MeetingKind.JOINT_TABLE,
        title="Başakşehir ortak masa",
        host=basaksehir(),
        date=datetime.date(2024, 6, 1),
        is_public=public,
        review_status=status,
    )
    meeting.guests.set([ibb()])
    return meeting


def campaign(public: bool = True) -> Campaign:
    return Campaign.objects.create(name="Ziyaretler", owner=ibb(), is_public=public)


def _hidden_campaign(url_name: str, refused: int) -> Case:
    """A campaign that is not public: everyone signed in sees it, the public gets ``refused``."""
    return Case(
        url_name,
        {**everyone(200), "public": refused},
        label="not public",
        args=lambda: [campaign(public=False).pk],
    )


def office_batch() -> ImportBatch:
    return ImportBatch.objects.create(created_by=User.objects.get(username="office"))


SIGNED_IN = {**everyone(200), "public": LOGIN}
NOT_PUBLIC = {**everyone(200), "public": 403}
DRAFT_VIEW = row(200, 200, 200, 403, 403, 403)

CASES = [
    Case("meetings:meeting_list", everyone(200)),
    Case("meetings:timeline", everyone(200)),
    Case("meetings:export", everyone(200), args=lambda: ["csv"]),
    Case("meetings:follow_ups", everyone(200)),
    Case("meetings:meeting_create", {**EDITORS, "other_liaison": 200}),
    Case("meetings:meeting_detail", everyone(200), args=lambda: [basaksehir_meeting().pk]),
    Case(
        "meetings:meeting_detail",
        NOT_PUBLIC,
        label="not public",
        args=lambda: [basaksehir_meeting(public=False).pk],
    ),
    Case(
        "meetings:meeting_detail",
        DRAFT_VIEW,
        label="draft",
        args=lambda: [basaksehir_meeting(status=ReviewStatus.DRAFT).pk],
    ),
    Case("meetings:meeting_edit", EDIT_BASAKSEHIR, args=lambda: [basaksehir_meeting().pk]),
    Case(
        "meetings:meeting_edit",
        {**EDIT_BASAKSEHIR, "admin": 200},
        method="post",
        label="empty post",
        args=lambda: [basaksehir_meeting().pk],
        unchanged=lambda: list(Meeting.objects.values_list("title", "review_status")),
    ),
    Case(
        "meetings:meeting_discard",
        {**everyone(302), "other_liaison": 403, "stakeholder": 403},
        method="post",
        label=" draft",
        args=lambda: [basaksehir_meeting(status=ReviewStatus.DRAFT).pk],
        unchanged=lambda: Meeting.objects.count(),
    ),
    Case(
        "meetings:meeting_discard",
        {**everyone(302), "other_liaison": 403, "stakeholder": 403},
        method="post",
        label=" recorded",
        args=lambda: [basaksehir_meeting().pk],
        unchanged=lambda: Meeting.objects.count(),
    ),
    Case("meetings:institution_meetings", everyone(200), args=lambda: [basaksehir().pk]),
    Case("meetings:person_meetings", everyone(200), args=lambda: [kartoglu().pk]),
    Case("meetings:campaign_list", everyone(200)),
    Case("meetings:campaign_detail", everyone(200), args=lambda: [campaign().pk]),
    _hidden_campaign("meetings:campaign_detail", 403),
    Case(
        "meetings:campaign_exclude",
        {**OFFICE_ONLY, "admin": 302, "office": 302},
        method="post",
        args=lambda: [campaign().pk],
        data=lambda: {"meeting": str(basaksehir_meeting().pk)},
        unchanged=lambda: Campaign.excluded_meetings.through.objects.count(),
    ),
    Case("meetings:campaign_create", OFFICE_ONLY),
    Case("meetings:campaign_edit", OFFICE_ONLY, args=lambda: [campaign().pk]),
    Case("meetings:import_upload", {**EDITORS, "other_liaison": 200}),
    Case(
        "meetings:import_batch",
        row(200, 200, 403, 403, 403, LOGIN),
        args=lambda: [office_batch().pk],
    ),
    Case(
        "meetings:document_review",
        row(200, 200, 302, 403, 403, LOGIN),
        args=lambda: [_document().pk],
    ),
    Case("meeting-list", everyone(200)),
    Case("meeting-detail", everyone(200), args=lambda: [basaksehir_meeting().pk]),
    Case(
        "meeting-detail",
        {**everyone(404), "admin": 200, "office": 200, "liaison": 200},
        label="draft",
        args=lambda: [basaksehir_meeting(status=ReviewStatus.DRAFT).pk],
    ),
    api_case(
        "meeting-detail",
        row(200, 200, 200, 403, 403, 401),
        method="patch",
        args=lambda: [basaksehir_meeting().pk],
        data=lambda: {"summary": "changed"},
        unchanged=lambda: list(Meeting.objects.values_list("summary", flat=True)),
    ),
    Case("campaign-list", everyone(200)),
    Case("campaign-detail", everyone(200), args=lambda: [campaign().pk]),
    Case("campaign-coverage", everyone(200), args=lambda: [campaign().pk]),
    _hidden_campaign("campaign-coverage", 404),
]


def _suggestion() -> RegistrySuggestion:
    from ortakmasa.meetings.models import SourceDocument

    document = SourceDocument.objects.create(sha256="1" * 64, source="y.txt", text="y")
    meeting = basaksehir_meeting(status=ReviewStatus.DRAFT)
    meeting.source_document = document
    meeting.save()
    return RegistrySuggestion.objects.create(
        document=document, kind="institution", name="X Derneği"
    )


def _document() -> object:
    from ortakmasa.meetings.models import SourceDocument

    document = SourceDocument.objects.create(
        sha256="0" * 64, source="x.txt", text="x", imported_by=User.objects.get(username="office")
    )
    meeting = basaksehir_meeting(status=ReviewStatus.DRAFT)
    meeting.source_document = document
    meeting.event_index = 0
    meeting.save()
    Meeting.objects.create(
        kind=MeetingKind.VISIT,
        title="ikinci",
        source_document=document,
        event_index=1,
        review_status=ReviewStatus.DRAFT,
        created_by=User.objects.get(username="office"),
    )
    return document


def _attachment() -> tuple[int, int]:
    from django.core.files.base import ContentFile

    from ortakmasa.meetings.models import Attachment

    meeting = basaksehir_meeting()
    attachment = Attachment(meeting=meeting, title="Tutanak")
    attachment.file.save("tutanak.txt", ContentFile(b"toplanti tutanagi"), save=True)
    return meeting.pk, attachment.pk


def _private_attachment() -> tuple[int, int]:
    meeting_pk, attachment_pk = _attachment()
    Meeting.objects.filter(pk=meeting_pk).update(is_public=False)
    return meeting_pk, attachment_pk


CASES += [
    Case("meetings:attachment_add", EDIT_BASAKSEHIR, args=lambda: [basaksehir_meeting().pk]),
    Case(
        "meetings:meeting_discard",
        {**EDIT_BASAKSEHIR, "admin": 302, "office": 302, "liaison": 302},
        method="post",
        label="a draft",
        args=lambda: [basaksehir_meeting(status=ReviewStatus.DRAFT).pk],
    ),
    Case(
        "meetings:suggestion_decide",
        {**EDIT_BASAKSEHIR, "admin": 302, "office": 302, "liaison": 302},
        method="post",
        label="reject",
        args=lambda: [_suggestion().pk, "reject"],
        unchanged=lambda: list(RegistrySuggestion.objects.values_list("status")),
    ),
    Case("meetings:attachment", everyone(200), args=lambda: list(_attachment())),
    Case(
        "meetings:attachment",
        NOT_PUBLIC,
        label="of a meeting not public",
        args=lambda: list(_private_attachment()),
    ),
]
