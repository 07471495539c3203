"""Permission cases of the proposals app."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from ortakmasa.meetings.models import Meeting, MeetingTopic
from ortakmasa.proposals.models import (
    ClusterRun,
    DuplicateSuggestion,
    Proposal,
    ProposalAttachment,
    ProposalCluster,
    Status,
)
from ortakmasa.registry.models import Institution
from ortakmasa.themes.models import Theme
from tests.conftest import KADIKOY
from tests.permission_cases import (
    LOGIN,
    OFFICE_ONLY,
    ROLES,
    Case,
    api_case,
    basaksehir,
    everyone,
    form_cases,
    istanbul,
    row,
)

SIGNED_IN = {**everyone(200), "public": LOGIN}
# Another district's unpublished proposal is "not found" for those who may
# not read it.
READ_BASAKSEHIR = row(200, 200, 200, 404, 404, 404)
EDIT_BASAKSEHIR = {**READ_BASAKSEHIR, "public": LOGIN}
PLANNERS = OFFICE_ONLY
PLANNER_OBJECT = {**PLANNERS, "liaison": 404, "other_liaison": 404, "stakeholder": 404}
# The API answers 401 to anonymous requests and 403 to signed-in users who
# may not touch the planners' material.
API_PLANNERS = {**PLANNERS, "public": 401}
API_PLANNER_OBJECT = API_PLANNERS
PROPOSAL_ACTION = {**READ_BASAKSEHIR, "liaison": 403, "public": 401}


def kadikoy() -> Institution:
    return Institution.objects.get(reference_key=KADIKOY)


def basaksehir_proposal() -> Proposal:
    found = Proposal.objects.filter(title="Yetki denemesi: kreş ihtiyacı").first()
    return found or Proposal.objects.create(
        title="Yetki denemesi: kreş ihtiyacı",
        text="Mahallede kreş yok.",
        institution=basaksehir(),
    )


def proposal_pk() -> list[int]:
    return [basaksehir_proposal().pk]


def public_kadikoy_proposal() -> Proposal:
    found = Proposal.objects.filter(title="Yetki denemesi: açık öneri").first()
    return found or Proposal.objects.create(
        title="Yetki denemesi: açık öneri", institution=kadikoy(), is_public=True
    )


def attachment() -> ProposalAttachment:
    proposal = basaksehir_proposal()
    found = proposal.attachments.first()
    if found:
        return found
    # One fixed file, reused by every run, so the tests leave no pile of
    # uploads behind in the media folder.
    name = "proposals/tests/yetki-denemesi.txt"
    if not default_storage.exists(name):
        default_storage.save(name, ContentFile(b"deneme"))
    item = ProposalAttachment(proposal=proposal, title="Yetki denemesi")
    item.file.name = name
    item.save()
    return item


def meeting() -> Meeting:
    found = Meeting.objects.filter(title="Yetki denemesi toplantısı").first()
    if found:
        return found
    m = Meeting.objects.create(
        kind="visit",
        title="Yetki denemesi toplantısı",
        date=datetime.date(2024, 6, 1),
        host=basaksehir(),
        summary="Kreş ve ulaşım konuşuldu.",
    )
    MeetingTopic.objects.create(
        meeting=m, theme=Theme.objects.get(code="children"), rank=1, label="Kreş"
    )
    return m


def cluster() -> ProposalCluster:
    found = ProposalCluster.objects.filter(label="Yetki denemesi kümesi").first()
    if found:
        return found
    c = ProposalCluster.objects.create(label="Yetki denemesi kümesi", province=istanbul())
    basaksehir_proposal()
    Proposal.objects.filter(title="Yetki denemesi: kreş ihtiyacı").update(cluster=c)
    Proposal.objects.create(title="Kreş yapılması", institution=kadikoy(), cluster=c)
    c.refresh_counts()
    return c


def run() -> ClusterRun:
    return ClusterRun.objects.create(province=istanbul(), status="done", progress=1.0)


def suggestion() -> DuplicateSuggestion:
    first = basaksehir_proposal()
    other = Proposal.objects.filter(title="Kreş yapılması", institution=kadikoy()).first()
    other = other or Proposal.objects.create(title="Kreş yapılması", institution=kadikoy())
    found, _ = DuplicateSuggestion.objects.get_or_create(
        proposal=first, candidate=other, defaults={"score": 0.8, "province": istanbul()}
    )
    return found


def decided_suggestion() -> DuplicateSuggestion:
    found = suggestion()
    if found.status == "pending":
        DuplicateSuggestion.objects.filter(pk=found.pk).update(status="rejected")
        found.refresh_from_db()
    return found


def moved_event() -> int:
    """A 'moved' entry of the Başakşehir proposal, written directly."""
    proposal = basaksehir_proposal()
    event = proposal.events.filter(action="moved").first()
    if event is None:
        event = proposal.events.create(
            action="moved", changes={"cluster": [None, None]}, note="Deneme."
        )
    return event.pk


def suggestion_status() -> str:
    return DuplicateSuggestion.objects.get(pk=suggestion().pk).status


def proposal_cluster() -> int | None:
    return Proposal.objects.get(pk=basaksehir_proposal().pk).cluster_id


def proposal_status() -> str:
    return Proposal.objects.get(pk=basaksehir_proposal().pk).status


def proposal_title() -> str:
    return Proposal.objects.get(pk=basaksehir_proposal().pk).title


def edit_form() -> dict[str, object]:
    return {
        "title": "Değiştirilmiş başlık",
        "text": "",
        "kind": "need",
        # As the record picker posts it: the name shown and the chosen id.
        "institution": basaksehir().name,
        "institution_id": basaksehir().pk,
        "urgency": 2,
    }


def cluster_pk() -> list[int]:
    return [cluster().pk]


def on_proposal(
    url_name: str, data: Callable[[], dict[str, Any]], unchanged: Callable[[], object]
) -> Case:
    """An action of the API on the Başakşehir proposal: its editors but the liaison."""
    return api_case(url_name, PROPOSAL_ACTION, args=proposal_pk, data=data, unchanged=unchanged)


def on_cluster(
    url_name: str, data: Callable[[], dict[str, Any]], unchanged: Callable[[], object]
) -> Case:
    """An action of the API on a cluster: the planners only."""
    return api_case(url_name, API_PLANNER_OBJECT, args=cluster_pk, data=data, unchanged=unchanged)


def on_suggestion(url_name: str, reason: str) -> Case:
    """A decision of the API on a pending duplicate suggestion: the planners only."""
    return api_case(
        url_name,
        API_PLANNER_OBJECT,
        args=lambda: [suggestion().pk],
        data=lambda: {"reason": reason},
        unchanged=suggestion_status,
    )


CASES = [
    Case("proposals:list", SIGNED_IN),
    Case("proposals:public", everyone(200)),
    Case("proposals:create", SIGNED_IN),
    Case("proposals:detail", READ_BASAKSEHIR, args=proposal_pk),
    Case(
        "proposals:detail",
        everyone(200),
        args=lambda: [public_kadikoy_proposal().pk],
        label=" public proposal of Kadıköy",
    ),
    *form_cases(
        "proposals:edit",
        EDIT_BASAKSEHIR,
        ("admin", "office", "liaison"),
        label=" post",
        args=proposal_pk,
        data=edit_form,
        unchanged=proposal_title,
    ),
    *form_cases(
        "proposals:decide",
        {**EDIT_BASAKSEHIR, "liaison": 403},
        ("admin", "office"),
        label=" post",
        args=proposal_pk,
        data=lambda: {"status": Status.REJECTED, "reason": "Kapsam dışı.", "is_public": "0"},
        unchanged=proposal_status,
    ),
    Case("proposals:attachment_add", EDIT_BASAKSEHIR, args=proposal_pk),
    Case(
        "proposals:attachment",
        READ_BASAKSEHIR,
        args=lambda: [attachment().proposal_id, attachment().pk],
    ),
    Case(
        "proposals:from_meeting",
        row(200, 200, 200, 403, 403, LOGIN),
        args=lambda: [meeting().pk],
    ),
    Case("proposals:upload", SIGNED_IN),
    Case("proposals:upload_template", SIGNED_IN),
    Case("proposals:export", SIGNED_IN, args=lambda: ["csv"]),
    Case("proposals:export", SIGNED_IN, args=lambda: ["xlsx"], label=" xlsx"),
    Case("proposals:heatmap", everyone(200)),
    Case("proposals:priorities", {**SIGNED_IN, "stakeholder": 403}),
    Case("proposals:clusters", PLANNERS),
    Case(
        "proposals:cluster_start",
        {**PLANNERS, "admin": 302, "office": 302},
        method="post",
        data=lambda: {"threshold": ""},
    ),
    Case("proposals:run_progress", PLANNER_OBJECT, args=lambda: [run().pk]),
    Case("proposals:duplicates", PLANNERS),
    Case(
        "proposals:duplicate_decide",
        {**PLANNER_OBJECT, "admin": 302, "office": 302},
        method="post",
        args=lambda: [suggestion().pk],
        data=lambda: {"op": "reject", "reason": "Farklı ihtiyaçlar."},
        unchanged=suggestion_status,
    ),
    Case("proposals:cluster_detail", PLANNER_OBJECT, args=cluster_pk),
    Case(
        "proposals:cluster_merge",
        {**PLANNER_OBJECT, "admin": 302, "office": 302},
        method="post",
        args=cluster_pk,
        data=lambda: {"primary": basaksehir_proposal().pk, "reason": "Aynı ihtiyaç."},
        unchanged=proposal_status,
    ),
    Case(
        "proposals:cluster_split",
        {**PLANNER_OBJECT, "admin": 302, "office": 302},
        method="post",
        args=cluster_pk,
        data=lambda: {"proposals": [basaksehir_proposal().pk], "reason": "Farklı ihtiyaç."},
    ),
    Case("proposal-list", everyone(200)),
    api_case(
        "proposal-list",
        row(201, 201, 201, 403, 403, 401),
        label=" create for Başakşehir",
        data=lambda: {"title": "API ile öneri", "institution": basaksehir().pk},
    ),
    Case("proposal-detail", READ_BASAKSEHIR, args=proposal_pk),
    api_case(
        "proposal-detail",
        READ_BASAKSEHIR,
        method="patch",
        args=proposal_pk,
        data=lambda: {"title": "API ile değişti"},
        unchanged=proposal_title,
    ),
    on_proposal(
        "proposal-decision",
        lambda: {"status": "rejected", "reason": "Kapsam dışı."},
        proposal_status,
    ),
    # Clusters and the duplicate queue in the API: the planners' pages' rules.
    Case("cluster-list", API_PLANNERS),
    Case("cluster-detail", API_PLANNER_OBJECT, args=cluster_pk),
    on_cluster(
        "cluster-split",
        lambda: {"proposals": [basaksehir_proposal().pk], "reason": "Farklı ihtiyaç."},
        proposal_cluster,
    ),
    on_proposal(
        "proposal-move",
        lambda: {"new_cluster": True, "reason": "Ayrı bir ihtiyaç."},
        proposal_cluster,
    ),
    on_cluster(
        "cluster-merge",
        lambda: {"primary": basaksehir_proposal().pk, "reason": "Aynı ihtiyaç."},
        proposal_status,
    ),
    on_proposal(
        "proposal-undo-move",
        lambda: {"event": moved_event(), "reason": "Geri al."},
        proposal_cluster,
    ),
    Case("duplicate-suggestion-list", API_PLANNERS),
    Case("duplicate-suggestion-detail", API_PLANNER_OBJECT, args=lambda: [suggestion().pk]),
    on_suggestion("duplicate-suggestion-accept", "Aynı ihtiyaç."),
    api_case(
        "duplicate-suggestion-reopen",
        API_PLANNER_OBJECT,
        args=lambda: [decided_suggestion().pk],
        data=lambda: {"reason": "Yeniden bakılacak."},
        unchanged=lambda: DuplicateSuggestion.objects.get(pk=decided_suggestion().pk).status,
    ),
    on_suggestion("duplicate-suggestion-reject", "Farklı ihtiyaçlar."),
]

assert set(ROLES) == set(SIGNED_IN)
