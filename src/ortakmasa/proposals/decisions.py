"""A planner's decisions on duplicates: the suggestion queue and cluster moves.

Every move is a ``ProposalEvent`` of kind ``moved`` on the proposal, with
the reason, written in the same transaction: the district that raised the
proposal sees on its page where it went and why.  Each move is reversible
(:func:`undo_move` puts the proposal back where the event took it from), and
so is each decision on a suggestion (:func:`reopen_suggestion`).  Accepted
and rejected suggestions are the labels that calibrate the province's
threshold (``calibration``).
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ortakmasa.kernel.policy import Action, require
from ortakmasa.proposals.models import (
    ClusterStatus,
    DuplicateSuggestion,
    EventAction,
    Proposal,
    ProposalCluster,
    ProposalEvent,
    SuggestionStatus,
)
from ortakmasa.proposals.services import put_in_cluster
from ortakmasa.proposals.suggestions import province_of


def _reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("Give the reason; the districts concerned will see it."))
    return reason


def _may_move(user: Any, proposal: Proposal) -> None:
    require(user, Action.ADD, ProposalEvent(proposal=proposal, action=EventAction.MOVED))


@transaction.atomic
def move_to_cluster(
    proposal: Proposal, target: ProposalCluster | None, user: Any, reason: str
) -> ProposalEvent:
    """Puts ``proposal`` in ``target`` (None: in no cluster).  A proposal
    merged into its old cluster's primary goes back to review."""
    reason = _reason(reason)
    _may_move(user, proposal)
    if target is not None:
        require(user, Action.CHANGE, target)
    old = proposal.cluster
    if old is not None and target is not None and old.pk == target.pk:
        raise ValidationError(_("The proposal is already in this cluster."))
    event = put_in_cluster(proposal, target, user, EventAction.MOVED, reason)
    if target is not None:
        target.refresh_counts()
    if old is not None:
        old.refresh_counts()
        if old.primary_id == proposal.pk:
            old.primary = None
            old.status = ClusterStatus.SUGGESTED
            old.save(update_fields=["primary", "status"])
    return event


@transaction.atomic
def new_cluster(proposal: Proposal, user: Any, reason: str) -> ProposalCluster:
    """Starts a cluster of its own for ``proposal``."""
    _may_move(user, proposal)
    cluster = ProposalCluster.objects.create(
        province_id=province_of(proposal), label=proposal.title[:255]
    )
    move_to_cluster(proposal, cluster, user, reason)
    return cluster


@transaction.atomic
def mark_duplicate(proposal: Proposal, of: Proposal, user: Any, reason: str) -> ProposalEvent:
    """``proposal`` expresses the same need as ``of``: it joins ``of``'s
    cluster, which is started if ``of`` has none."""
    if proposal.pk == of.pk:
        raise ValidationError(_("A proposal cannot be a duplicate of itself."))
    _may_move(user, of)
    if of.cluster_id is None:
        new_cluster(of, user, reason)
        of.refresh_from_db()
    assert of.cluster is not None
    return move_to_cluster(proposal, of.cluster, user, reason)


@transaction.atomic
def undo_move(event: ProposalEvent, user: Any, reason: str) -> ProposalEvent:
    """Puts the proposal back in the cluster the move took it from (in no
    cluster if that one is gone)."""
    if event.action != EventAction.MOVED or "cluster" not in event.changes:
        raise ValidationError(_("Only a move between clusters can be undone here."))
    proposal = event.proposal
    old_id = event.changes["cluster"][0]
    target = ProposalCluster.objects.filter(pk=old_id).first() if old_id else None
    return move_to_cluster(proposal, target, user, reason)


@transaction.atomic
def accept_suggestion(suggestion: DuplicateSuggestion, user: Any, reason: str) -> None:
    """The two proposals are one need: they go into one cluster."""
    require(user, Action.CHANGE, suggestion)
    if suggestion.status != SuggestionStatus.PENDING:
        raise ValidationError(_("This suggestion has already been decided."))
    first, second = suggestion.proposal, suggestion.candidate
    # The one already in a cluster keeps it; the other joins.
    if second.cluster_id is not None and first.cluster_id is None:
        first, second = second, first
    event = None
    if first.cluster_id is None or first.cluster_id != second.cluster_id:
        event = mark_duplicate(second, first, user, reason)
    _decide(suggestion, user, SuggestionStatus.ACCEPTED, reason, event)


@transaction.atomic
def reject_suggestion(suggestion: DuplicateSuggestion, user: Any, reason: str) -> None:
    require(user, Action.CHANGE, suggestion)
    if suggestion.status != SuggestionStatus.PENDING:
        raise ValidationError(_("This suggestion has already been decided."))
    _decide(suggestion, user, SuggestionStatus.REJECTED, _reason(reason), None)


@transaction.atomic
def reopen_suggestion(suggestion: DuplicateSuggestion, user: Any, reason: str) -> None:
    """Takes a decision back; an acceptance's cluster move is undone."""
    require(user, Action.CHANGE, suggestion)
    reason = _reason(reason)
    if suggestion.status == SuggestionStatus.PENDING:
        raise ValidationError(_("This suggestion is still waiting for a decision."))
    if suggestion.move is not None:
        undo_move(suggestion.move, user, reason)
    suggestion.status = SuggestionStatus.PENDING
    suggestion.reason = reason
    suggestion.decided_by = user
    suggestion.decided_at = timezone.now()
    suggestion.move = None
    suggestion.save()


def _decide(
    suggestion: DuplicateSuggestion,
    user: Any,
    status: str,
    reason: str,
    event: ProposalEvent | None,
) -> None:
    suggestion.status = status
    suggestion.reason = reason
    suggestion.decided_by = user
    suggestion.decided_at = timezone.now()
    suggestion.move = event
    suggestion.save()
