"""Permission rules for meetings (see ``kernel.policy``).

A meeting belongs to its host, its visitors and its campaign's organiser:
the strategy office and the liaisons of those institutions may edit it.
Signed-in users read every meeting; the public reads confirmed meetings
marked public.  Drafts are seen only by those who may edit them.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Model, Q, QuerySet

from ortakmasa.kernel import policy
from ortakmasa.kernel.policy import (
    ADMIN,
    EDITOR_ROLES,
    PUBLIC,
    Action,
    OwnedByInstitution,
    role_of,
    scope_q,
)
from ortakmasa.meetings.models import (
    Attachment,
    Campaign,
    Decision,
    FollowUp,
    ImportBatch,
    Meeting,
    MeetingTopic,
    Participation,
    Quote,
    ReviewStatus,
    SourceDocument,
    meeting_owners,
)


def editable_meetings_q(user: Any) -> Q:
    return (
        Q(host__in=_scope_institutions(user))
        | Q(guests__in=_scope_institutions(user))
        | Q(campaign__owner__in=_scope_institutions(user))
    )


def _scope_institutions(user: Any) -> Any:
    from ortakmasa.registry.models import Institution

    return Institution.objects.filter(scope_q(user)).values("pk")


class MeetingRule(OwnedByInstitution):
    def __init__(self, meeting_of: Any) -> None:
        super().__init__("", lambda obj: meeting_owners(meeting_of(obj)))
        self.meeting_of = meeting_of

    def allows(self, user: Any, action: Action, obj: Model | None) -> bool:
        role = role_of(user)
        if action == Action.VIEW and obj is not None:
            meeting = self.meeting_of(obj)
            if meeting.review_status == ReviewStatus.DRAFT:
                return role == ADMIN or (
                    role in EDITOR_ROLES
                    and (self._owned(user, obj) or self._imported_by(user, meeting))
                )
            if role == PUBLIC:
                return bool(meeting.is_public)
            return True
        if action == Action.VIEW:
            return True
        if action == Action.ADD and obj is not None and not meeting_owners(self.meeting_of(obj)):
            # A meeting with no institution yet: the strategy office records it.
            return role in (ADMIN, policy.STRATEGY_OFFICE)
        if super().allows(user, action, obj):
            return True
        if obj is not None and action in (Action.CHANGE, Action.VIEW) and role in EDITOR_ROLES:
            return self._imported_by(user, self.meeting_of(obj))
        return False

    @staticmethod
    def _imported_by(user: Any, meeting: Meeting) -> bool:
        """Whoever imported a text reviews what was drafted from it, even when
        the meeting is another municipality's (İBB's office importing İzmit's
        news).  A draft imported from the command line, with no user, is the
        strategy office's to review."""
        if meeting.review_status == ReviewStatus.CONFIRMED:
            return False
        if meeting.created_by_id is not None:
            return bool(meeting.created_by_id == user.pk)
        return role_of(user) == policy.STRATEGY_OFFICE

    def visible(self, user: Any, qs: QuerySet[Any]) -> QuerySet[Any]:
        role = role_of(user)
        prefix = "" if qs.model is Meeting else "meeting__"
        not_draft = ~Q(**{f"{prefix}review_status": ReviewStatus.DRAFT})
        if role == ADMIN:
            return qs
        if role == PUBLIC:
            return qs.filter(not_draft, **{f"{prefix}is_public": True})
        if role in EDITOR_ROLES:
            mine = Meeting.objects.filter(editable_meetings_q(user)).values("pk")
            imported = Q(**{f"{prefix}created_by": user})
            if role == policy.STRATEGY_OFFICE:
                imported |= Q(**{f"{prefix}created_by__isnull": True})
            return qs.filter(not_draft | Q(**{f"{prefix}pk__in": mine}) | imported)
        return qs.filter(not_draft)


class CampaignRule(OwnedByInstitution):
    def allows(self, user: Any, action: Action, obj: Model | None) -> bool:
        if action == Action.VIEW and obj is not None and role_of(user) == PUBLIC:
            return bool(getattr(obj, "is_public", False))
        if action in (Action.ADD, Action.CHANGE, Action.DELETE) and role_of(user) not in (
            ADMIN,
            policy.STRATEGY_OFFICE,
        ):
            return False
        return super().allows(user, action, obj)

    def visible(self, user: Any, qs: QuerySet[Any]) -> QuerySet[Any]:
        if role_of(user) == PUBLIC:
            return qs.filter(is_public=True)
        return qs


class ImportRule:
    """Imports are the work of editors; each sees its own batches and
    documents (administrators and the strategy office see all)."""

    def allows(self, user: Any, action: Action, obj: Model | None) -> bool:
        role = role_of(user)
        if role not in EDITOR_ROLES:
            return False
        if obj is None or role in (ADMIN, policy.STRATEGY_OFFICE):
            return True
        owner = getattr(obj, "created_by_id", None) or getattr(obj, "imported_by_id", None)
        return bool(owner == user.pk)

    def visible(self, user: Any, qs: QuerySet[Any]) -> QuerySet[Any]:
        role = role_of(user)
        if role in (ADMIN, policy.STRATEGY_OFFICE):
            return qs
        if role == policy.LIAISON:
            field = "created_by" if qs.model is ImportBatch else "imported_by"
            return qs.filter(**{field: user})
        return qs.none()


def register_all() -> None:
    # Where a meeting record came from (the text it was read from).
    policy.register_capability("see_source", lambda user, _obj: not policy.has_role(user, PUBLIC))
    # Signed-in users read every confirmed meeting, the public only those
    # marked public (``MeetingRule.visible``); the list's kept totals follow.
    policy.register_capability(
        "read_unpublished_meetings", lambda user, _obj: not policy.has_role(user, PUBLIC)
    )
    policy.register(Meeting, MeetingRule(lambda m: m))
    for model in (Participation, MeetingTopic, Quote, Decision, FollowUp, Attachment):
        policy.register(model, MeetingRule(lambda obj: obj.meeting))
    policy.register(Campaign, CampaignRule("owner__", lambda c: c.owner))
    policy.register(ImportBatch, ImportRule())
    policy.register(SourceDocument, ImportRule())
