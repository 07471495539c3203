"""Changes to proposals, each kept as a ``ProposalEvent`` written in the same
transaction as the change it records.

Views, the API, the bulk upload and the demo all change proposals through
these functions, so the history is complete whichever way a change came in.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ortakmasa.kernel import history
from ortakmasa.kernel.history import diff
from ortakmasa.kernel.policy import Action, allowed, can, require
from ortakmasa.proposals.models import (
    REASON_REQUIRED,
    ClusterStatus,
    EventAction,
    Proposal,
    ProposalCluster,
    ProposalEvent,
    Status,
)

#: Fields whose changes are recorded: all a user edits but the themes (a
#: relation of their own), and what the office decides; the rest are derived
#: or internal.
TRACKED_FIELDS = (
    *(name for name in Proposal.EDITABLE if name != "themes"),
    "channel",
    "meeting",
    "status",
    "status_reason",
    "merged_into",
    "cluster",
    "plan_objective",
)


def snapshot(proposal: Proposal) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in TRACKED_FIELDS:
        field = Proposal._meta.get_field(name)
        attname = getattr(field, "attname", name)
        values[name] = getattr(proposal, attname)
    if proposal.pk:
        values["themes"] = sorted(proposal.themes.values_list("code", flat=True))
    return values


def record(
    proposal: Proposal,
    user: Any,
    action: str,
    changes: dict[str, Any] | None = None,
    note: str = "",
) -> ProposalEvent:
    return history.record(
        ProposalEvent, proposal=proposal, user=user, action=action, changes=changes, note=note
    )


def put_in_cluster(
    proposal: Proposal, cluster: ProposalCluster | None, user: Any, action: str, reason: str
) -> ProposalEvent:
    """Puts ``proposal`` in ``cluster`` (None: in none) and records it; a
    proposal merged into its old cluster's primary goes back to review."""
    before = snapshot(proposal)
    proposal.cluster = cluster
    if proposal.status == Status.MERGED:
        proposal.status = Status.UNDER_REVIEW
        proposal.merged_into = None
    proposal.save()
    return record(proposal, user, action, diff(before, snapshot(proposal)), reason)


@transaction.atomic
def create_proposal(
    proposal: Proposal, user: Any, themes: Iterable[Any] = (), note: str = ""
) -> Proposal:
    """Saves a new proposal (already checked by the caller's permission
    test) with its themes and its first history entry."""
    if getattr(user, "is_authenticated", False) and proposal.submitted_by_id is None:
        proposal.submitted_by = user
    proposal.save()
    proposal.themes.set(list(themes))
    record(proposal, user, EventAction.CREATED, diff({}, snapshot(proposal)), note)
    return proposal


@transaction.atomic
def update_proposal(
    proposal: Proposal,
    user: Any,
    before: dict[str, Any],
    themes: Iterable[Any] | None = None,
) -> ProposalEvent | None:
    """Saves an edited proposal; ``before`` is its ``snapshot`` taken before
    the edit.  Returns the history entry, or None when nothing changed."""
    proposal.save()
    if themes is not None:
        proposal.themes.set(list(themes))
    changes = diff(before, snapshot(proposal))
    if not changes:
        return None
    return record(proposal, user, EventAction.CHANGED, changes)


def can_decide(user: Any, proposal: Proposal) -> bool:
    return allowed(user, "decide", proposal)


@transaction.atomic
def set_status(
    proposal: Proposal,
    user: Any,
    status: str,
    reason: str = "",
    *,
    plan_objective: Any = None,
    is_public: bool | None = None,
) -> ProposalEvent:
    """A planner's decision on one proposal.  ``plan_objective`` is a plans
    ``Objective`` (accepted into it) or None (left as it is; any status but
    "accepted" unlinks it)."""
    require(user, Action.ADD, ProposalEvent(proposal=proposal, action=EventAction.STATUS))
    reason = reason.strip()
    if status == Status.MERGED:
        raise ValidationError(_("A proposal is merged by merging its cluster."))
    if status in REASON_REQUIRED and not reason:
        raise ValidationError(_("Give the reason for this decision; the district will see it."))
    before = snapshot(proposal)
    proposal.status = status
    proposal.status_reason = reason
    if status != Status.MERGED:
        proposal.merged_into = None
    if plan_objective is not None:
        proposal.plan_objective = plan_objective
    elif status != Status.ACCEPTED:
        proposal.plan_objective = None
    if is_public is not None:
        proposal.is_public = is_public
    proposal.save()
    return record(proposal, user, EventAction.STATUS, diff(before, snapshot(proposal)), reason)


@transaction.atomic
def merge_cluster(
    cluster: ProposalCluster, primary: Proposal, user: Any, reason: str
) -> list[Proposal]:
    """Merges every member of ``cluster`` into ``primary``; each merged
    proposal keeps the reason, which its district sees.  Returns the merged
    proposals."""
    require(user, Action.CHANGE, cluster)
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("Give the reason for the merge; every district will see it."))
    members = list(cluster.proposals.select_related("institution", "district"))
    if primary.cluster_id != cluster.pk:
        raise ValidationError(_("The primary proposal must be one of the cluster."))
    merged: list[Proposal] = []
    for proposal in members:
        require(user, Action.ADD, ProposalEvent(proposal=proposal, action=EventAction.MERGED))
        before = snapshot(proposal)
        if proposal.pk == primary.pk:
            if proposal.status == Status.NEW:
                proposal.status = Status.UNDER_REVIEW
            proposal.status_reason = reason
        else:
            proposal.status = Status.MERGED
            proposal.status_reason = reason
            proposal.merged_into = primary
            merged.append(proposal)
        proposal.save()
        record(proposal, user, EventAction.MERGED, diff(before, snapshot(proposal)), reason)
    cluster.status = ClusterStatus.MERGED
    cluster.primary = primary
    cluster.reason = reason
    cluster.decided_by = user
    cluster.decided_at = timezone.now()
    cluster.label = primary.title[:255]
    cluster.save()
    cluster.refresh_counts()
    return merged


@transaction.atomic
def split_cluster(
    cluster: ProposalCluster, proposals: Iterable[Proposal], user: Any, reason: str
) -> None:
    """Takes ``proposals`` out of ``cluster``.  Those merged by it go back to
    review with the reason; a cluster left with fewer than two proposals is
    dissolved."""
    require(user, Action.CHANGE, cluster)
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("Give the reason for taking these proposals out."))
    chosen = [p for p in proposals if p.cluster_id == cluster.pk]
    if not chosen:
        raise ValidationError(_("Choose at least one proposal of this cluster."))
    for proposal in chosen:
        if not can(user, Action.ADD, ProposalEvent(proposal=proposal, action=EventAction.SPLIT)):
            raise PermissionDenied
        before = snapshot(proposal)
        proposal.cluster = None
        if proposal.status == Status.MERGED:
            proposal.status = Status.UNDER_REVIEW
            proposal.merged_into = None
        proposal.status_reason = reason
        proposal.save()
        record(proposal, user, EventAction.SPLIT, diff(before, snapshot(proposal)), reason)
    cluster.refresh_counts()
    if cluster.primary_id in {p.pk for p in chosen}:
        # The proposals merged into the one taken out now point at nothing.
        for orphan in cluster.proposals.filter(status=Status.MERGED):
            before = snapshot(orphan)
            orphan.status = Status.UNDER_REVIEW
            orphan.merged_into = None
            orphan.status_reason = reason
            orphan.save()
            record(orphan, user, EventAction.SPLIT, diff(before, snapshot(orphan)), reason)
        cluster.primary = None
        cluster.status = ClusterStatus.SUGGESTED
        cluster.save(update_fields=["primary", "status"])
    if cluster.size < 2:
        for rest in cluster.proposals.all():
            put_in_cluster(rest, None, user, EventAction.SPLIT, reason)
        cluster.delete()
