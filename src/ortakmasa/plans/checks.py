"""The checks a plan must pass before it goes to the council.

Each finding is a sentence a planner can act on ("H1.2: göstergelerin
hedefe etkileri toplamı 90; 100 olmalı."), with where to fix it.  The rules
come from the SBB guide (3rd version, 2018): an objective's indicators carry
weights that add up to 100 (hedefe etkisi); each indicator has a baseline
(plan dönemi başlangıç değeri) and a target for every year; every objective
names a responsible unit and carries a cost estimate; the costing adds up.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.urls import reverse
from django.utils.translation import gettext as _

from ortakmasa.plans.models import PLAN_YEARS, Plan
from ortakmasa.plans.tree import objectives_of

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Problem:
    where: str
    message: str
    url: str = ""

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


def _filled(values: list[object]) -> bool:
    return len(values) >= PLAN_YEARS and all(v not in (None, "") for v in values[:PLAN_YEARS])


def run_checks(plan: Plan) -> list[Problem]:
    """Every reason the plan cannot be submitted yet; empty when it can.
    ``plan`` should come from ``tree.load`` (no further queries)."""
    problems: list[Problem] = []
    edit_url = reverse("plans:edit", args=[plan.pk])
    required_texts = [
        (_("Preparation process"), plan.preparation),
        (_("Institutional history"), plan.history),
        (_("Internal analysis"), plan.internal_analysis),
        (_("Mission"), plan.mission),
        (_("Vision"), plan.vision),
        (_("Core values"), plan.core_values),
        (_("Monitoring and evaluation"), plan.monitoring),
    ]
    for label, text in required_texts:
        if not text.strip():
            problems.append(Problem(label, _("this part is empty; write it."), edit_url))
    required_tables = [
        ("legislation", _("Legislation analysis"), plan.legislation.all()),
        ("policy", _("Upper policy documents"), plan.policy_documents.all()),
        ("areas", _("Activity areas, products and services"), plan.activity_areas.all()),
        ("stakeholders", _("Stakeholder analysis"), plan.stakeholders.all()),
        ("pestle", _("PESTLE analysis"), plan.pestle.all()),
        ("swot", _("SWOT analysis"), plan.swot.all()),
        ("findings", _("Findings and needs"), plan.findings.all()),
    ]
    for kind, label, rows in required_tables:
        if not list(rows):
            problems.append(
                Problem(
                    label,
                    _("the table has no row yet."),
                    reverse("plans:table", args=[plan.pk, kind]),
                )
            )
    goals = list(plan.goals.all())
    outline_url = reverse("plans:outline", args=[plan.pk])
    if not goals:
        problems.append(Problem(_("Goals"), _("the plan has no goal yet."), outline_url))
    for goal in goals:
        if not list(goal.objectives.all()):
            problems.append(Problem(goal.number, _("the goal has no objective."), outline_url))
    for objective in objectives_of(plan):
        where = objective.number
        url = objective.get_absolute_url()
        indicators = list(objective.indicators.all())
        if not indicators:
            problems.append(Problem(where, _("the objective has no indicator."), url))
        else:
            total = sum((i.weight for i in indicators), Decimal(0))
            if total != HUNDRED:
                problems.append(
                    Problem(
                        where,
                        _("the indicators' weights add up to %(total)s; they must add up to 100.")
                        % {"total": format(total.normalize(), "f")},
                        url,
                    )
                )
        for ind in indicators:
            if ind.baseline is None:
                problems.append(Problem(ind.number, _("the baseline is missing."), url))
            if not _filled(list(ind.targets)):
                problems.append(
                    Problem(ind.number, _("a target is missing for one of the five years."), url)
                )
            if not ind.unit.strip():
                problems.append(Problem(ind.number, _("the unit is missing."), url))
            if not ind.source.strip():
                problems.append(Problem(ind.number, _("the source of data is missing."), url))
        if objective.responsible_unit_id is None:
            problems.append(Problem(where, _("no responsible unit is named."), url))
        if not _filled(list(objective.costs)):
            problems.append(
                Problem(where, _("the cost estimate is missing for one of the five years."), url)
            )
        elif any(int(c) < 0 for c in objective.costs[:PLAN_YEARS]):
            problems.append(Problem(where, _("a cost cannot be negative."), url))
        if not objective.strategies.strip():
            problems.append(Problem(where, _("no strategy is written."), url))
        if not objective.risks.strip():
            problems.append(Problem(where, _("no risk is written."), url))
    problems.extend(_cost_problems(plan, edit_url))
    return problems


def _cost_problems(plan: Plan, url: str) -> list[Problem]:
    """When the office states the resources of each year, the objectives'
    costs plus general administration costs must come to the same sum."""
    if not plan.resources:
        return []
    problems: list[Problem] = []
    objectives = objectives_of(plan)
    for index, year in enumerate(plan.years):
        resource = _at(plan.resources, index)
        costs = sum(_at(o.costs, index) for o in objectives) + _at(plan.general_admin_costs, index)
        if resource != costs:
            problems.append(
                Problem(
                    str(year),
                    _(
                        "the costs (%(costs)s TL with general administration) do not match "
                        "the resources (%(resource)s TL)."
                    )
                    % {
                        "costs": f"{costs:,}".replace(",", "."),
                        "resource": f"{resource:,}".replace(",", "."),
                    },
                    url,
                )
            )
    return problems


def _at(values: list[object], index: int) -> int:
    if index >= len(values) or values[index] in (None, ""):
        return 0
    return int(str(values[index]))
