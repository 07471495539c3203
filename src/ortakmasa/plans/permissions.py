"""Permission rules for strategic plans (see ``kernel.policy``).

* a published plan is public: everyone reads it;
* a plan that is not yet published (draft, submitted, approved) is read by
  the signed-in users of its municipality's province — the strategy office,
  the district liaisons and the partners located there — so that those who
  gave their input can follow the draft and comment on it;
* only the strategy office of the plan's municipality (and administrators)
  edits a plan, and only they change its status.

The parts of a plan (goals, objectives, indicators, table rows, comments,
versions) follow their plan.  Comments may be added by anyone who reads a
draft while signed in.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Model, Q, QuerySet

from ortakmasa.kernel import policy
from ortakmasa.kernel.policy import ADMIN, PUBLIC, STRATEGY_OFFICE, Action, in_scope, role_of
from ortakmasa.plans import models as m


def _province_id(user: Any) -> int | None:
    home = getattr(user, "institution", None)
    if home is None:
        return None
    if home.province_id is None and home.parent_id is not None:
        return home.parent.province_id
    return home.province_id


def visible_q(user: Any, prefix: str = "") -> Q:
    role = role_of(user)
    if role == ADMIN:
        return Q()
    published = Q(**{f"{prefix}status": m.PlanStatus.PUBLISHED})
    if role == PUBLIC:
        return published
    province_id = _province_id(user)
    if province_id is None:
        return published
    return published | Q(**{f"{prefix}institution__province_id": province_id})


def can_read(user: Any, plan: m.Plan) -> bool:
    role = role_of(user)
    if role == ADMIN or plan.status == m.PlanStatus.PUBLISHED:
        return True
    if role == PUBLIC:
        return False
    province_id = _province_id(user)
    return province_id is not None and plan.institution.province_id == province_id


def can_manage(user: Any, plan: m.Plan) -> bool:
    """The strategy office of the plan's municipality, or an administrator."""
    role = role_of(user)
    if role == ADMIN:
        return True
    return role == STRATEGY_OFFICE and in_scope(user, plan.institution)


class PlanRule:
    def allows(self, user: Any, action: Action, obj: Model | None) -> bool:
        role = role_of(user)
        if obj is None:
            return action == Action.VIEW or role in (ADMIN, STRATEGY_OFFICE)
        assert isinstance(obj, m.Plan)
        if action == Action.VIEW:
            return can_read(user, obj)
        return can_manage(user, obj)

    def visible(self, user: Any, qs: QuerySet[Any]) -> QuerySet[Any]:
        return qs.filter(visible_q(user))


def plan_of(obj: Model) -> m.Plan:
    if isinstance(obj, m.Plan):
        return obj
    if isinstance(obj, m.Indicator):
        return obj.objective.goal.plan
    if isinstance(obj, m.Objective):
        return obj.goal.plan
    return obj.plan  # type: ignore[attr-defined]


PREFIXES: dict[type[Model], str] = {
    m.Goal: "plan__",
    m.Objective: "goal__plan__",
    m.Indicator: "objective__goal__plan__",
}


class PartRule:
    """Parts follow their plan: read with it, changed by its managers."""

    def __init__(self, model: type[Model], *, readers_comment: bool = False) -> None:
        self.prefix = PREFIXES.get(model, "plan__")
        self.readers_comment = readers_comment

    def allows(self, user: Any, action: Action, obj: Model | None) -> bool:
        role = role_of(user)
        if obj is None:
            if action == Action.VIEW:
                return True
            if self.readers_comment and action == Action.ADD:
                return role != PUBLIC
            return role in (ADMIN, STRATEGY_OFFICE)
        plan = plan_of(obj)
        if action == Action.VIEW:
            return can_read(user, plan)
        if self.readers_comment and action == Action.ADD:
            return role != PUBLIC and can_read(user, plan)
        return can_manage(user, plan)

    def visible(self, user: Any, qs: QuerySet[Any]) -> QuerySet[Any]:
        return qs.filter(visible_q(user, self.prefix))


class ChangeRecordRule(PartRule):
    """The change record and the versions are the editors' working
    material, read by whoever reads the plan while signed in."""

    def allows(self, user: Any, action: Action, obj: Model | None) -> bool:
        if role_of(user) == PUBLIC:
            return False
        return super().allows(user, action, obj)


def register_all() -> None:
    policy.register(m.Plan, PlanRule())
    for model in (
        m.LegislationItem,
        m.PolicyDocument,
        m.ActivityArea,
        m.Stakeholder,
        m.PestleItem,
        m.SwotItem,
        m.Finding,
        m.Goal,
        m.Objective,
        m.Indicator,
    ):
        policy.register(model, PartRule(model))
    policy.register(m.PlanComment, PartRule(m.PlanComment, readers_comment=True))
    policy.register(m.PlanChange, ChangeRecordRule(m.PlanChange))
    policy.register(m.PlanVersion, ChangeRecordRule(m.PlanVersion))
