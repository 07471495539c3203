"""Changes to plans, each recorded in ``PlanChange`` in the same
transaction: editing, the outline (add, move, delete with renumbering),
status changes with their checks, versions and their differences, and
accepting proposals into an objective."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from ortakmasa.kernel import history
from ortakmasa.kernel.cache import Gen, bump
from ortakmasa.kernel.history import actor, diff, plain
from ortakmasa.kernel.policy import Action, require
from ortakmasa.plans import checks, tree
from ortakmasa.plans.models import (
    TRANSITIONS,
    Goal,
    Indicator,
    Objective,
    Plan,
    PlanChange,
    PlanStatus,
    PlanVersion,
)
from ortakmasa.proposals import services as proposal_services
from ortakmasa.proposals.models import OPEN_STATUSES, Proposal, Status

_user = actor


def record(
    plan: Plan,
    user: Any,
    action: str,
    target: str = "",
    changes: dict[str, Any] | None = None,
    note: str = "",
) -> PlanChange:
    return history.record(
        PlanChange,
        plan=plan,
        user=user,
        action=action,
        target=target[:255],
        changes=changes,
        note=note,
    )


def field_values(obj: models.Model) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for field in obj._meta.concrete_fields:
        if field.name in ("id", "position", "created_at", "updated_at", "created_by"):
            continue
        values[field.name] = plain(getattr(obj, field.attname))
    return values


changed = diff


def require_editable(user: Any, plan: Plan) -> None:
    require(user, Action.CHANGE, plan)
    if not plan.is_editable:
        raise ValidationError(_("Only a draft can be changed; take the plan back to draft first."))


# --- the outline -----------------------------------------------------------


def renumber(items: models.QuerySet[Any]) -> None:
    """Positions 1, 2, 3 … in the current order: the numbers follow."""
    for index, item in enumerate(items.order_by("position", "id"), start=1):
        if item.position != index:
            type(item).objects.filter(pk=item.pk).update(position=index)
    # QuerySet.update sends no signal.
    bump(Gen.PLANS)


def _next_position(items: models.QuerySet[Any]) -> int:
    return int(items.aggregate(m=Max("position"))["m"] or 0) + 1


@transaction.atomic
def add_goal(plan: Plan, user: Any, title: str) -> Goal:
    require_editable(user, plan)
    goal = Goal.objects.create(plan=plan, title=title, position=_next_position(plan.goals.all()))
    record(plan, user, "added", goal.number, {"title": [None, title]})
    return goal


@transaction.atomic
def add_objective(goal: Goal, user: Any, title: str) -> Objective:
    require_editable(user, goal.plan)
    objective = Objective.objects.create(
        goal=goal, title=title, position=_next_position(goal.objectives.all())
    )
    record(goal.plan, user, "added", objective.number, {"title": [None, title]})
    return objective


@transaction.atomic
def add_indicator(objective: Objective, user: Any, name: str, **fields: Any) -> Indicator:
    plan = objective.goal.plan
    require_editable(user, plan)
    indicator = Indicator.objects.create(
        objective=objective,
        name=name,
        position=_next_position(objective.indicators.all()),
        **fields,
    )
    record(plan, user, "added", indicator.number, {"name": [None, name]})
    return indicator


def _siblings(item: Goal | Objective | Indicator) -> models.QuerySet[Any]:
    if isinstance(item, Goal):
        return Goal.objects.filter(plan_id=item.plan_id)
    if isinstance(item, Objective):
        return Objective.objects.filter(goal_id=item.goal_id)
    return Indicator.objects.filter(objective_id=item.objective_id)


def plan_of(item: Goal | Objective | Indicator) -> Plan:
    if isinstance(item, Goal):
        return item.plan
    if isinstance(item, Objective):
        return item.goal.plan
    return item.objective.goal.plan


@transaction.atomic
def move(item: Goal | Objective | Indicator, user: Any, step: int) -> None:
    """Moves an item one place up (step −1) or down (+1) among its
    siblings; everything is renumbered."""
    plan = plan_of(item)
    require_editable(user, plan)
    siblings = _siblings(item)
    renumber(siblings)
    ordered = list(siblings.order_by("position", "id"))
    index = next(i for i, s in enumerate(ordered) if s.pk == item.pk)
    other = index + step
    if not 0 <= other < len(ordered):
        return
    old_number = str(ordered[index]).split(" ", 1)[0]
    ordered[index], ordered[other] = ordered[other], ordered[index]
    for position, sibling in enumerate(ordered, start=1):
        type(sibling).objects.filter(pk=sibling.pk).update(position=position)
    bump(Gen.PLANS)
    item.refresh_from_db()
    record(plan, user, "moved", str(item), {"number": [old_number, str(item).split(" ", 1)[0]]})


@transaction.atomic
def delete(item: Goal | Objective | Indicator, user: Any) -> None:
    plan = plan_of(item)
    require_editable(user, plan)
    siblings = _siblings(item)
    label = str(item)
    item.delete()
    renumber(siblings)
    record(plan, user, "deleted", label)


@transaction.atomic
def save_part(plan: Plan, user: Any, obj: models.Model, before: dict[str, Any]) -> None:
    """Saves an edited object of the plan (a form's instance), recording the
    fields that changed; ``before`` is ``field_values`` taken before."""
    require_editable(user, plan)
    obj.save()
    after = field_values(obj)
    diff = changed(before, after)
    if diff or not before:
        record(plan, user, "changed" if before else "added", str(obj)[:255], diff)


# --- status and versions ----------------------------------------------------


def _next_version(plan: Plan) -> int:
    return int(plan.versions.aggregate(m=Max("number"))["m"] or 0) + 1


def create_version(plan: Plan, user: Any, label: str = "") -> PlanVersion:
    """Freezes the whole plan as it is now."""
    loaded = tree.load(plan.pk)
    return PlanVersion.objects.create(
        plan=plan,
        number=_next_version(plan),
        status=loaded.status,
        label=label[:255],
        data=tree.plan_data(loaded),
        created_by=_user(user),
    )


@transaction.atomic
def change_status(
    plan: Plan,
    user: Any,
    status: str,
    *,
    approval_date: datetime.date | None = None,
    decision_number: str = "",
    note: str = "",
) -> PlanVersion:
    """Moves the plan along draft → submitted → approved → published (or
    back to draft); submission needs every check to pass, approval the
    council's decision date and number.  Each change keeps a version."""
    require(user, Action.CHANGE, plan)
    plan = Plan.objects.select_for_update().get(pk=plan.pk)
    if status not in TRANSITIONS.get(plan.status, ()):
        raise ValidationError(
            _("A plan cannot go from “%(old)s” to “%(new)s”.")
            % {
                "old": PlanStatus(plan.status).label,
                "new": PlanStatus(status).label if status in PlanStatus.values else status,
            }
        )
    if status == PlanStatus.SUBMITTED:
        problems = checks.run_checks(tree.load(plan.pk))
        if problems:
            raise ValidationError([str(p) for p in problems])
    if status == PlanStatus.APPROVED:
        if approval_date is None or not decision_number.strip():
            raise ValidationError(_("Give the date and the number of the council's decision."))
        plan.approval_date = approval_date
        plan.decision_number = decision_number.strip()
    if status == PlanStatus.PUBLISHED:
        plan.published_at = timezone.now()
    if status == PlanStatus.DRAFT and not note.strip():
        raise ValidationError(_("Say why the plan goes back to draft."))
    old = plan.status
    plan.status = status
    plan.save()
    record(plan, user, "status", plan.display_title, {"status": [old, status]}, note)
    return create_version(plan, user, str(PlanStatus(status).label))


def flatten(data: Any, prefix: str = "") -> dict[str, Any]:
    """``{"goals": [{"title": …}]}`` → ``{"goals/A1/title": …}``: list items
    are keyed by their number (or name) where they have one, so inserting a
    goal does not show every later goal as changed."""
    out: dict[str, Any] = {}
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ("id",):
                continue
            out.update(flatten(value, f"{prefix}{key}/"))
    elif isinstance(data, list) and data and all(isinstance(v, dict) for v in data):
        for index, value in enumerate(data, start=1):
            key = value.get("number") or value.get("name") or value.get("title") or str(index)
            out.update(flatten(value, f"{prefix}{key}/"))
    else:
        out[prefix.rstrip("/")] = data
    return out


def diff_versions(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """Every leaf that differs: (path, old value, new value)."""
    a, b = flatten(old), flatten(new)
    rows = []
    for key in sorted(a.keys() | b.keys()):
        if a.get(key) != b.get(key):
            rows.append((key, a.get(key), b.get(key)))
    return rows


# --- traceability -----------------------------------------------------------


def proposals_to_accept(objective: Objective) -> list[Proposal]:
    """The proposals an objective answers that still wait for a decision:
    those linked directly, and the open members (or the primary) of its
    clusters.  Proposals merged into another follow their primary."""
    cluster_ids = [c.pk for c in objective.clusters.all()]
    direct_ids = [p.pk for p in objective.proposals.all()]
    qs = Proposal.objects.filter(
        models.Q(pk__in=direct_ids) | models.Q(cluster_id__in=cluster_ids),
        status__in=[*OPEN_STATUSES],
    ).select_related("institution", "district")
    return list(qs.order_by("id"))


@transaction.atomic
def accept_proposals(objective: Objective, user: Any, reason: str = "") -> int:
    """Marks the open proposals an objective answers as "accepted into a
    plan objective" through the proposals' own service, so the district sees
    the decision, its reason and the objective on the proposal."""
    plan = objective.goal.plan
    require(user, Action.CHANGE, plan)
    label = f"{objective.number} {objective.title}"[:255]
    reason = reason.strip() or _(
        "Included in objective %(number)s of the %(plan)s strategic plan."
    ) % {"number": objective.number, "plan": plan.period}
    count = 0
    for proposal in proposals_to_accept(objective):
        proposal_services.set_status(
            proposal, user, Status.ACCEPTED, reason, plan_objective=objective
        )
        count += 1
    if count:
        record(plan, user, "accepted", label, {"proposals": [None, count]}, reason)
    return count


@transaction.atomic
def unlink_proposal(objective: Objective, proposal: Proposal, user: Any, reason: str) -> None:
    """The objective no longer answers ``proposal``: its direct link goes,
    and a proposal accepted into this objective goes back to review with the
    reason — proposal page, traceability and portal change together."""
    plan = objective.goal.plan
    require(user, Action.CHANGE, plan)
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("Give the reason; the district will see it."))
    objective.proposals.remove(proposal)
    if proposal.plan_objective_id == objective.pk:
        proposal_services.set_status(proposal, user, Status.UNDER_REVIEW, reason)
    record(plan, user, "unlinked", f"{objective.number} {objective.title}"[:255], {}, reason)
