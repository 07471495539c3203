"""Who may do what with the cycle's records (see ``kernel.policy``): they
are read with their plan (so a published plan's programmes, activity
reports and issued reports are public) and written by those who manage
the plan — its municipality's strategy office and administrators.  An
objective's written evaluation may also be written by its unit."""

from __future__ import annotations

from typing import Any

from django.db.models import Model, Q, QuerySet

from ortakmasa.cycle import models as m
from ortakmasa.kernel import policy
from ortakmasa.kernel.policy import ADMIN, STRATEGY_OFFICE, Action, role_of
from ortakmasa.plans import permissions as plan_rules
from ortakmasa.plans.models import Plan


def plan_of(obj: Model) -> Plan:
    if isinstance(obj, m.ProgrammeActivity | m.ProgrammeResource):
        return obj.programme.plan
    if isinstance(obj, m.ObjectiveEvaluation):
        return obj.objective.goal.plan
    plan = obj.plan  # type: ignore[attr-defined]
    assert isinstance(plan, Plan)
    return plan


class PlanPartRule:
    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def allows(self, user: Any, action: Action, obj: Model | None) -> bool:
        if obj is None:
            return action == Action.VIEW or role_of(user) in (ADMIN, STRATEGY_OFFICE)
        plan = plan_of(obj)
        if action == Action.VIEW:
            return plan_rules.can_read(user, plan)
        if isinstance(obj, m.IssuedReport) and action == Action.DELETE:
            return False  # issued files are kept
        return plan_rules.can_manage(user, plan)

    def visible(self, user: Any, qs: QuerySet[Any]) -> QuerySet[Any]:
        return qs.filter(plan_rules.visible_q(user, self.prefix))


def can_manage(user: Any, plan: Plan) -> bool:
    return plan_rules.can_manage(user, plan)


def evaluation_q(user: Any) -> Q:
    return plan_rules.visible_q(user, "objective__goal__plan__")


def register_all() -> None:
    policy.register(m.PerformanceProgramme, PlanPartRule("plan__"))
    policy.register(m.ProgrammeActivity, PlanPartRule("programme__plan__"))
    policy.register(m.ProgrammeResource, PlanPartRule("programme__plan__"))
    policy.register(m.ActivityReport, PlanPartRule("plan__"))
    policy.register(m.BoardMeeting, PlanPartRule("plan__"))
    policy.register(m.IssuedReport, PlanPartRule("plan__"))
    policy.register(m.ObjectiveEvaluation, PlanPartRule("objective__goal__plan__"))
    policy.register(m.PlanUpdate, PlanPartRule("plan__"))
