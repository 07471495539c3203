"""Permission rules for cooperations and funded projects (see
``kernel.policy``).

A cooperation belongs to its parties' institutions, a project to its
partners (and to the parties of the cooperation it belongs to): the strategy
office and the liaisons of those institutions edit them.  Signed-in users
read them all; the public reads those marked public.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db.models import Model, Q, QuerySet

from ortakmasa.cooperation.models import (
    Commitment,
    Cooperation,
    CooperationDocument,
    CooperationParty,
    CooperationTopic,
    FundedProject,
    ProjectPartner,
    cooperation_owners,
    project_owners,
)
from ortakmasa.kernel import policy
from ortakmasa.kernel.policy import PUBLIC, Action, OwnedByInstitution, role_of, scope_q


class PublicFlagRule(OwnedByInstitution):
    """Owned by institutions; the public sees only records marked public."""

    def __init__(
        self, record_of: Callable[[Any], Any], owners: Callable[[Any], Any], prefix: str
    ) -> None:
        super().__init__("", lambda obj: owners(record_of(obj)))
        self.record_of = record_of
        self.path = prefix

    def allows(self, user: Any, action: Action, obj: Model | None) -> bool:
        if action == Action.VIEW and obj is not None and role_of(user) == PUBLIC:
            return bool(self.record_of(obj).is_public)
        return super().allows(user, action, obj)

    def visible(self, user: Any, qs: QuerySet[Any]) -> QuerySet[Any]:
        if role_of(user) == PUBLIC:
            return qs.filter(**{f"{self.path}is_public": True})
        return qs


def editable_cooperations(user: Any) -> QuerySet[Cooperation]:
    """The cooperations ``user`` may edit, as a queryset."""
    if role_of(user) == policy.ADMIN:
        return Cooperation.objects.all()
    if role_of(user) not in policy.EDITOR_ROLES:
        return Cooperation.objects.none()
    ids = CooperationParty.objects.filter(scope_q(user, "institution__")).values("cooperation_id")
    return Cooperation.objects.filter(pk__in=ids)


def editable_institutions_q(user: Any) -> Q:
    return scope_q(user)


def register_all() -> None:
    # Links from meetings and cooperations that are not public; visitors
    # see the network of public records only.
    policy.register_capability(
        "see_whole_network", lambda user, _obj: not policy.has_role(user, PUBLIC)
    )
    # The overdue commitments on one's dashboard.
    policy.register_capability(
        "track_commitments", lambda user, _obj: policy.has_role(user, *policy.EDITOR_ROLES)
    )
    # Meetings offer "save as cooperation" by this name, without importing
    # the cooperation app.
    policy.register_capability(
        "add_cooperation", lambda user, _obj: policy.can(user, Action.ADD, Cooperation)
    )
    policy.register(Cooperation, PublicFlagRule(lambda c: c, cooperation_owners, ""))
    for model in (CooperationParty, CooperationTopic, Commitment, CooperationDocument):
        policy.register(
            model, PublicFlagRule(lambda o: o.cooperation, cooperation_owners, "cooperation__")
        )
    policy.register(FundedProject, PublicFlagRule(lambda p: p, project_owners, ""))
    policy.register(
        ProjectPartner, PublicFlagRule(lambda o: o.project, project_owners, "project__")
    )
