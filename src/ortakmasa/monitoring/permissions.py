"""Who may do what with monitoring data (see ``kernel.policy``).

* An indicator's values are entered by its responsible unit: liaison and
  strategy-office users whose institution is the objective's responsible
  unit or that unit's root institution; administrators too.  Values are
  entered only for an approved or published plan.
* The strategy office of the plan's municipality (``plans.permissions.can_manage``)
  approves or returns them and sets the status thresholds.
* Approved values are read with their plan (so a published plan's approved
  values are public); values waiting for approval or returned, their
  evidence and their change record only by the unit and the office.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Model, Q, QuerySet

from ortakmasa.kernel import policy
from ortakmasa.kernel.policy import ADMIN, LIAISON, PUBLIC, STRATEGY_OFFICE, Action, role_of
from ortakmasa.monitoring import models as m
from ortakmasa.plans import permissions as plan_rules
from ortakmasa.plans.models import Indicator, Plan, PlanStatus
from ortakmasa.registry.models import Institution

MONITORED = (PlanStatus.APPROVED, PlanStatus.PUBLISHED)


def reports_for(user: Any, unit: Institution | None) -> bool:
    """Whether ``user`` enters the values of indicators owned by ``unit``."""
    role = role_of(user)
    if role == ADMIN:
        return True
    home = getattr(user, "institution", None)
    if unit is None or home is None or role not in (LIAISON, STRATEGY_OFFICE):
        return False
    return home.pk in (unit.pk, unit.root_id or unit.pk)


def reporter_q(user: Any, prefix: str = "") -> Q:
    """Indicators (through ``prefix``) whose values ``user`` enters."""
    role = role_of(user)
    if role == ADMIN:
        return Q()
    home = getattr(user, "institution", None)
    if home is None or role not in (LIAISON, STRATEGY_OFFICE):
        return Q(pk__in=[])
    unit = f"{prefix}objective__responsible_unit"
    return Q(**{f"{unit}_id": home.pk}) | Q(**{f"{unit}__root_id": home.pk})


def can_enter(user: Any, indicator: Indicator) -> bool:
    plan = indicator.objective.goal.plan
    return plan.status in MONITORED and reports_for(user, indicator.objective.responsible_unit)


def can_review(user: Any, plan: Plan) -> bool:
    return plan_rules.can_manage(user, plan)


def _manager_q(user: Any, prefix: str) -> Q:
    """Plans (through ``prefix``) the user manages as strategy office."""
    role = role_of(user)
    if role == ADMIN:
        return Q()
    if role != STRATEGY_OFFICE:
        return Q(pk__in=[])
    return policy.scope_q(user, f"{prefix}institution__")


class ValueRule:
    prefix = ""

    def _value(self, obj: Model) -> m.IndicatorValue:
        assert isinstance(obj, m.IndicatorValue)
        return obj

    def allows(self, user: Any, action: Action, obj: Model | None) -> bool:
        role = role_of(user)
        if obj is None:
            if action == Action.VIEW:
                return True
            return role in (ADMIN, STRATEGY_OFFICE, LIAISON)
        value = self._value(obj)
        indicator = value.indicator
        plan = indicator.objective.goal.plan
        if action == Action.VIEW:
            if value.status == m.ValueStatus.APPROVED and plan_rules.can_read(user, plan):
                return True
            return reports_for(user, indicator.objective.responsible_unit) or can_review(user, plan)
        if action == Action.ADD:
            return can_enter(user, indicator)
        if action == Action.CHANGE:
            # The unit corrects what is not yet approved; the office decides.
            if can_review(user, plan):
                return True
            return value.status != m.ValueStatus.APPROVED and can_enter(user, indicator)
        return role == ADMIN

    def visible(self, user: Any, qs: QuerySet[Any]) -> QuerySet[Any]:
        p = self.prefix
        if role_of(user) == ADMIN:
            return qs
        approved = Q(**{f"{p}status": m.ValueStatus.APPROVED}) & plan_rules.visible_q(
            user, f"{p}indicator__objective__goal__plan__"
        )
        if role_of(user) == PUBLIC:
            return qs.filter(approved)
        return qs.filter(
            approved
            | reporter_q(user, f"{p}indicator__")
            | _manager_q(user, f"{p}indicator__objective__goal__plan__")
        )


class PartOfValueRule(ValueRule):
    """Evidence and the change record: those who may change the value (or
    review it) see them; nobody edits them directly."""

    prefix = "value__"

    def _value(self, obj: Model) -> m.IndicatorValue:
        return obj.value  # type: ignore[attr-defined]

    def allows(self, user: Any, action: Action, obj: Model | None) -> bool:
        if role_of(user) == PUBLIC:
            return False
        if obj is None:
            return super().allows(user, action, obj)
        value = self._value(obj)
        plan = value.indicator.objective.goal.plan
        if action == Action.VIEW:
            return reports_for(user, value.indicator.objective.responsible_unit) or can_review(
                user, plan
            )
        return role_of(user) == ADMIN

    def visible(self, user: Any, qs: QuerySet[Any]) -> QuerySet[Any]:
        if role_of(user) == ADMIN:
            return qs
        if role_of(user) == PUBLIC:
            return qs.none()
        return qs.filter(
            reporter_q(user, "value__indicator__")
            | _manager_q(user, "value__indicator__objective__goal__plan__")
        )


class SettingsRule:
    def allows(self, user: Any, action: Action, obj: Model | None) -> bool:
        if obj is None:
            return action == Action.VIEW or role_of(user) in (ADMIN, STRATEGY_OFFICE)
        assert isinstance(obj, m.MonitoringSettings)
        if action == Action.VIEW:
            return plan_rules.can_read(user, obj.plan)
        return plan_rules.can_manage(user, obj.plan)

    def visible(self, user: Any, qs: QuerySet[Any]) -> QuerySet[Any]:
        return qs.filter(plan_rules.visible_q(user, "plan__"))


def register_all() -> None:
    # Approve or return the values entered for a plan's indicators.
    policy.register_capability("approve_value", lambda user, plan: can_review(user, plan))
    # Have a list of indicators to report on (the unit's own, on the dashboard).
    policy.register_capability(
        "enter_values", lambda user, _obj: policy.has_role(user, ADMIN, LIAISON, STRATEGY_OFFICE)
    )
    policy.register(m.IndicatorValue, ValueRule())
    policy.register(m.ValueEvidence, PartOfValueRule())
    policy.register(m.ValueEvent, PartOfValueRule())
    policy.register(m.MonitoringSettings, SettingsRule())
