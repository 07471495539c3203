"""Saving a cooperation with its parts in one transaction, and proposing one
from a meeting."""

from __future__ import annotations

import datetime
from typing import Any

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from ortakmasa.cooperation import network_index
from ortakmasa.cooperation.models import (
    OPEN_COMMITMENT_STATUSES,
    Commitment,
    Cooperation,
    CooperationForm,
    CooperationParty,
    CooperationStatus,
    CooperationTopic,
    FundedProject,
    PartyRole,
    ProjectPartner,
)
from ortakmasa.kernel.cache import Gen, bump
from ortakmasa.kernel.policy import allowed, in_scope, scope_q, visible
from ortakmasa.meetings.models import FollowUpStatus, Meeting, ReviewStatus
from ortakmasa.registry.models import Institution
from ortakmasa.themes.models import Theme


def may_propose_from(meeting: Meeting) -> bool:
    """A cooperation is proposed from a confirmed meeting that agreed on
    topics or commitments."""
    return meeting.review_status == ReviewStatus.CONFIRMED


def meeting_initial(meeting: Meeting) -> dict[str, Any]:
    """The cooperation form's first values, read from ``meeting``: its
    institutions (with the units their people came from), its topics in rank
    order and its follow-ups as commitments."""
    institutions = meeting.institutions()
    units: dict[int, list[Institution]] = {}
    for row in meeting.participations.select_related("institution__parent"):
        unit = row.institution
        if unit is None or unit.parent_id is None:
            continue
        root_id = unit.root_id
        if root_id is None:
            continue
        found = units.setdefault(root_id, [])
        # Keep the topmost unit of each institution (the department, not the
        # unit under it whose officer also came).
        if any(unit.parent_id == u.pk for u in found) or unit in found:
            continue
        found[:] = [u for u in found if u.parent_id != unit.pk]
        found.append(unit)
    parties = []
    for inst in institutions:
        role = PartyRole.LEAD if inst == meeting.host else PartyRole.PARTNER
        for unit in units.get(inst.pk, []) or [None]:  # type: ignore[list-item]
            parties.append(
                {
                    "institution_name": inst,
                    "unit_name": unit.name if unit else "",
                    "role": role,
                }
            )
    names = " – ".join(i.short_name or i.name for i in institutions)
    follow_ups = list(meeting.follow_ups.select_related("owner_institution", "owner_person"))
    status_map = {
        FollowUpStatus.OPEN: "open",
        FollowUpStatus.IN_PROGRESS: "in_progress",
        FollowUpStatus.DONE: "done",
        FollowUpStatus.CANCELLED: "cancelled",
    }
    return {
        "record": {
            "title": f"{names} işbirliği" if names else meeting.title,
            "form": CooperationForm.EXPERIENCE_EXCHANGE,
            "status": CooperationStatus.PROPOSED,
            "start_date": meeting.date,
            "description": meeting.summary,
            "is_public": meeting.is_public,
        },
        "parties": parties,
        "topics": [
            {"theme": t.theme_id, "rank": i}
            for i, t in enumerate(meeting.topics.order_by("rank", "id"), start=1)
        ],
        "commitments": [
            {
                "follow_up_id": f.pk,
                "text": f.text,
                "owner_name": f.owner_institution,
                "owner_person_name": f.owner_person,
                "due_date": f.due_date,
                "status": status_map.get(FollowUpStatus(f.status), "open"),
            }
            for f in follow_ups
        ],
    }


@transaction.atomic
def save_cooperation(
    record: Cooperation,
    parties: list[dict[str, Any]],
    topics: list[Theme],
    commitments: list[dict[str, Any]] | None,
    *,
    meeting: Meeting | None = None,
) -> Cooperation:
    """Saves the cooperation and replaces its parties and topics (topics in
    the given order, rank 1 first) and, when given, its commitments."""
    record.save()
    record.parties.all().delete()
    CooperationParty.objects.bulk_create(
        CooperationParty(
            cooperation=record,
            institution=p["institution"],
            unit=p.get("unit"),
            role=p.get("role") or PartyRole.PARTNER,
            position=i,
        )
        for i, p in enumerate(parties)
    )
    record.topics.all().delete()
    CooperationTopic.objects.bulk_create(
        CooperationTopic(cooperation=record, theme=theme, rank=i)
        for i, theme in enumerate(topics, start=1)
    )
    if commitments is not None:
        keep: list[int] = []
        for i, c in enumerate(commitments):
            existing = (
                record.commitments.filter(pk=c["commitment_id"]).first()
                if c.get("commitment_id")
                else None
            )
            row = existing or Commitment(cooperation=record)
            row.text = c["text"]
            row.owner_institution = c.get("owner")
            if "owner_person" in c:
                row.owner_person = c["owner_person"]
            row.due_date = c.get("due_date")
            row.status = c.get("status") or "open"
            row.position = i
            if c.get("follow_up_id") and existing is None and meeting is not None:
                row.follow_up = meeting.follow_ups.filter(pk=c["follow_up_id"]).first()
            row.save()
            keep.append(row.pk)
        record.commitments.exclude(pk__in=keep).delete()
    if meeting is not None:
        record.meetings.add(meeting)
    # Parties and topics were bulk-created, which sends no signal.
    network_index.refresh_cooperations([record.pk])
    bump(Gen.COOPERATION)
    return record


@transaction.atomic
def save_project(project: FundedProject, partners: list[dict[str, Any]], themes: Any) -> None:
    project.save()
    project.themes.set(themes)
    project.partners.all().delete()
    ProjectPartner.objects.bulk_create(
        ProjectPartner(
            project=project,
            institution=p["institution"],
            role=p["role"],
            budget_share=p.get("budget_share"),
            position=i,
        )
        for i, p in enumerate(partners)
    )
    network_index.refresh_projects([project.pk])
    bump(Gen.COOPERATION)


def any_in_scope(user: Any, institutions: list[Institution]) -> bool:
    return any(in_scope(user, inst) for inst in institutions)


def overdue_commitments(
    user: Any, today: datetime.date | None = None, institution: Institution | None = None
) -> QuerySet[Commitment]:
    """Open commitments past their due date that ``user`` may see; for the
    strategy office and liaisons, those of their own institutions first
    (only theirs on the dashboard), for one institution when given."""
    today = today or timezone.localdate()
    qs = visible(
        user,
        Commitment.objects.filter(status__in=OPEN_COMMITMENT_STATUSES, due_date__lt=today),
    )
    if institution is not None:
        root = institution.root_id or institution.pk
        qs = qs.filter(
            Q(owner_institution__root_id=root)
            | Q(
                owner_institution__isnull=True,
                cooperation__parties__institution__root_id=root,
            )
        ).distinct()
    return qs.select_related("cooperation", "owner_institution").order_by("due_date", "id")


def dashboard_commitments(user: Any) -> QuerySet[Commitment]:
    """For the office dashboard: overdue commitments of the cooperations
    whose institutions the user looks after (every one for administrators)."""
    qs = overdue_commitments(user)
    if allowed(user, "act_for_any_institution"):
        return qs
    mine = CooperationParty.objects.filter(scope_q(user, "institution__")).values("cooperation_id")
    return qs.filter(cooperation_id__in=mine)
