"""Permission rules for proposals (see ``kernel.policy``).

* a district liaison sees and edits the proposals of its own institution and
  sees those of other districts only when they are public;
* the strategy office sees and edits every proposal of its municipality:
  raised by an institution of its tree or province, or located in its
  province (a stakeholder's proposal about one of its districts);
* a stakeholder submits proposals and sees its own, and the public ones;
* the public sees public proposals only.

Status decisions (accept, reject, merge, split) are written as
``ProposalEvent`` rows of a decision kind, and only the strategy office (and
administrators) may add those, so "may this user decide?" is
``can(user, ADD, ProposalEvent(proposal=p, action=STATUS))``.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Model, Q, QuerySet

from ortakmasa.kernel import policy
from ortakmasa.kernel.policy import (
    ADMIN,
    LIAISON,
    PUBLIC,
    STAKEHOLDER,
    STRATEGY_OFFICE,
    Action,
    in_scope,
    role_of,
    scope_q,
)
from ortakmasa.proposals.models import (
    DECISION_ACTIONS,
    Channel,
    ClusterRun,
    DuplicateSuggestion,
    EventAction,
    Proposal,
    ProposalAttachment,
    ProposalCluster,
    ProposalEvent,
    ScoringProfile,
    Status,
)
from ortakmasa.registry.models import District, Institution


def visible_q(user: Any, prefix: str = "") -> Q:
    """Which proposals ``user`` may read; ``prefix`` leads to the proposal."""
    role = role_of(user)
    public = Q(**{f"{prefix}is_public": True})
    if role == ADMIN:
        return Q()
    if role == STRATEGY_OFFICE:
        q = scope_q(user, f"{prefix}institution__")
        province_id = policy.home_province_id(user)
        if province_id is not None:
            q |= Q(**{f"{prefix}district__province_id": province_id})
        return q
    if role == LIAISON:
        return scope_q(user, f"{prefix}institution__") | public
    if role == STAKEHOLDER:
        return Q(**{f"{prefix}submitted_by": user.pk}) | public
    return public


def manages(user: Any, proposal: Proposal) -> bool:
    """Whether the proposal is in the user's editing scope."""
    role = role_of(user)
    if role == ADMIN:
        return True
    if role == STRATEGY_OFFICE:
        if in_scope(user, proposal.institution):
            return True
        province_id = policy.home_province_id(user)
        return (
            province_id is not None
            and proposal.district_id is not None
            and proposal.district.province_id == province_id  # type: ignore[union-attr]
        )
    if role == LIAISON:
        return in_scope(user, proposal.institution)
    return False


def _stakeholder_owns(user: Any, proposal: Proposal) -> bool:
    home_id = getattr(user, "institution_id", None)
    return (
        home_id is not None
        and proposal.institution_id == home_id
        and proposal.submitted_by_id in (None, user.pk)
        and proposal.status == Status.NEW
        and not proposal.is_public
    )


class ProposalRule:
    def allows(self, user: Any, action: Action, obj: Model | None) -> bool:
        role = role_of(user)
        if action == Action.VIEW:
            if obj is None:
                return True
            assert isinstance(obj, Proposal)
            return self._can_read(user, obj)
        if role == PUBLIC:
            return False
        if obj is None:
            return action == Action.ADD or role in policy.EDITOR_ROLES
        assert isinstance(obj, Proposal)
        if action == Action.DELETE:
            return role in (ADMIN, STRATEGY_OFFICE) and manages(user, obj)
        if role == STAKEHOLDER:
            if action == Action.CHANGE and obj.submitted_by_id != user.pk:
                return False
            return _stakeholder_owns(user, obj)
        return manages(user, obj)

    def _can_read(self, user: Any, obj: Proposal) -> bool:
        role = role_of(user)
        if role == ADMIN or obj.is_public:
            return True
        if role in (STRATEGY_OFFICE, LIAISON):
            return manages(user, obj)
        if role == STAKEHOLDER:
            return obj.submitted_by_id is not None and obj.submitted_by_id == user.pk
        return False

    def visible(self, user: Any, qs: QuerySet[Any]) -> QuerySet[Any]:
        return qs.filter(visible_q(user))


class ProposalEventRule:
    """The history is readable by whoever reads the proposal (signed-in
    users only) and never edited; decisions are the strategy office's."""

    def allows(self, user: Any, action: Action, obj: Model | None) -> bool:
        role = role_of(user)
        if role == PUBLIC:
            return False
        if action == Action.VIEW:
            return obj is None or policy.can(user, Action.VIEW, obj.proposal)  # type: ignore[attr-defined]
        if action != Action.ADD:
            return False
        if obj is None:
            return True
        assert isinstance(obj, ProposalEvent)
        if obj.action in DECISION_ACTIONS:
            return role in (ADMIN, STRATEGY_OFFICE) and manages(user, obj.proposal)
        return policy.can(user, Action.CHANGE, obj.proposal)

    def visible(self, user: Any, qs: QuerySet[Any]) -> QuerySet[Any]:
        if role_of(user) == PUBLIC:
            return qs.none()
        return qs.filter(visible_q(user, "proposal__"))


class AttachmentRule:
    def allows(self, user: Any, action: Action, obj: Model | None) -> bool:
        if obj is None:
            return action == Action.VIEW or role_of(user) != PUBLIC
        proposal = obj.proposal  # type: ignore[attr-defined]
        if action == Action.VIEW:
            return policy.can(user, Action.VIEW, proposal)
        return policy.can(user, Action.CHANGE, proposal)

    def visible(self, user: Any, qs: QuerySet[Any]) -> QuerySet[Any]:
        return qs.filter(visible_q(user, "proposal__"))


class PlannerOnly:
    """Clusters, clustering runs and scoring weights are the strategy
    office's working material, scoped to its province."""

    def __init__(self, *, readers: frozenset[str] = frozenset()) -> None:
        # Roles besides the planners that may read (not change) every row.
        self.readers = readers

    def allows(self, user: Any, action: Action, obj: Model | None) -> bool:
        role = role_of(user)
        if role == ADMIN:
            return True
        if role == STRATEGY_OFFICE:
            province_id = getattr(obj, "province_id", None) if obj is not None else None
            return obj is None or (
                province_id is not None and province_id == policy.home_province_id(user)
            )
        return action == Action.VIEW and role in self.readers

    def visible(self, user: Any, qs: QuerySet[Any]) -> QuerySet[Any]:
        role = role_of(user)
        if role == ADMIN or role in self.readers:
            return qs
        if role == STRATEGY_OFFICE:
            return qs.filter(province_id=policy.home_province_id(user))
        return qs.none()


#: The channel a proposal comes in through, by the role of who files it.
_CHANNEL_OF_ROLE = {
    LIAISON: Channel.LIAISON,
    STAKEHOLDER: Channel.STAKEHOLDER,
    STRATEGY_OFFICE: Channel.OFFICE,
    ADMIN: Channel.OFFICE,
}


def submission_channel(user: Any) -> str:
    return _CHANNEL_OF_ROLE.get(role_of(user), Channel.LIAISON)


def institutions_for(user: Any) -> QuerySet[Institution]:
    """The institutions a user may file a proposal for."""
    role = role_of(user)
    qs = Institution.objects.filter(parent__isnull=True)
    if role == ADMIN:
        return qs.order_by("sort_key")
    if role in (LIAISON, STAKEHOLDER):
        return qs.filter(pk=getattr(user, "institution_id", None))
    return qs.filter(scope_q(user)).order_by("sort_key")


def districts_for(user: Any) -> QuerySet[District]:
    """The districts a user may file a proposal about: a liaison its own,
    everyone else those of their province (all of them without one)."""
    home = getattr(user, "institution", None)
    qs = District.objects.select_related("province")
    if role_of(user) == LIAISON and home is not None and home.district_id is not None:
        return qs.filter(pk=home.district_id)
    province_id = policy.home_province_id(user)
    if province_id is not None:
        return qs.filter(province_id=province_id).order_by("sort_key")
    return qs.order_by("province__plate", "sort_key")


def _decide(user: Any, proposal: Proposal | None) -> bool:
    if proposal is None:
        return policy.has_role(user, ADMIN, STRATEGY_OFFICE)
    return policy.can(user, Action.ADD, ProposalEvent(proposal=proposal, action=EventAction.STATUS))


def register_all() -> None:
    # Accept, reject, merge or split a proposal (written as a decision event).
    policy.register_capability("decide", _decide)
    # A proposal's change record (who changed what, and why).
    policy.register_capability("see_history", lambda user, _obj: not policy.has_role(user, PUBLIC))
    # The ranked list of proposals and its weights.
    policy.register_capability(
        "rank", lambda user, _obj: policy.has_role(user, ADMIN, STRATEGY_OFFICE, LIAISON)
    )
    # Notices of decisions on the proposals of one's own institution (the
    # liaison's home page and e-mail digest).
    policy.register_capability("hear_decisions", lambda user, _obj: policy.has_role(user, LIAISON))
    # Similar proposals across districts, to merge them.
    policy.register_capability(
        "merge", lambda user, _obj: policy.has_role(user, ADMIN, STRATEGY_OFFICE)
    )
    # Liaisons and stakeholders speak for their own institution only.
    policy.register_capability(
        "file_for_others", lambda user, _obj: not policy.has_role(user, LIAISON, STAKEHOLDER)
    )
    # Stakeholders' proposals are published by the office, not by themselves.
    policy.register_capability(
        "publish_proposal", lambda user, _obj: not policy.has_role(user, STAKEHOLDER)
    )
    policy.register(Proposal, ProposalRule())
    policy.register(ProposalEvent, ProposalEventRule())
    policy.register(ProposalAttachment, AttachmentRule())
    policy.register(ProposalCluster, PlannerOnly())
    policy.register(ClusterRun, PlannerOnly())
    policy.register(DuplicateSuggestion, PlannerOnly())
    # Liaisons read the weights so that the ranking they see is explained.
    policy.register(ScoringProfile, PlannerOnly(readers=frozenset({LIAISON})))
