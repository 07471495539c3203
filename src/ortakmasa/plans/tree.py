"""Loading a whole plan in a fixed number of queries, and writing it out as
plain data (the API's tree, the versions' snapshots)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.db.models import Prefetch, QuerySet

from ortakmasa.meetings.models import MeetingTopic
from ortakmasa.plans.models import (
    PLAN_YEARS,
    Goal,
    Indicator,
    Objective,
    Plan,
    Stakeholder,
)
from ortakmasa.proposals.models import Proposal, ProposalCluster
from ortakmasa.registry.models import Institution


def tree_queryset(qs: QuerySet[Plan] | None = None) -> QuerySet[Plan]:
    """Plans with every part prefetched: 17 queries whatever the size."""
    qs = qs if qs is not None else Plan.objects.all()
    objectives = Objective.objects.select_related("responsible_unit").prefetch_related(
        Prefetch("cooperating_units", queryset=Institution.objects.order_by("sort_key")),
        Prefetch(
            "clusters", queryset=ProposalCluster.objects.only("id", "label", "district_count")
        ),
        Prefetch("proposals", queryset=Proposal.objects.only("id", "title", "district_id")),
        Prefetch(
            "topics",
            queryset=MeetingTopic.objects.select_related("theme", "meeting").only(
                "id",
                "label",
                "rank",
                "theme__code",
                "theme__name_tr",
                "theme__name_en",
                "meeting__id",
                "meeting__title",
                "meeting__date",
            ),
        ),
        Prefetch("indicators", queryset=Indicator.objects.order_by("position", "id")),
    )
    return qs.select_related("institution").prefetch_related(
        "legislation",
        "policy_documents",
        "activity_areas",
        Prefetch("stakeholders", queryset=Stakeholder.objects.select_related("institution")),
        "pestle",
        "swot",
        "findings",
        Prefetch(
            "goals",
            queryset=Goal.objects.order_by("position", "id").prefetch_related(
                Prefetch("objectives", queryset=objectives.order_by("position", "id"))
            ),
        ),
    )


def load(pk: int) -> Plan:
    return tree_queryset().get(pk=pk)


def objectives_of(plan: Plan) -> list[Objective]:
    return [o for g in plan.goals.all() for o in g.objectives.all()]


def indicators_of(plan: Plan) -> list[Indicator]:
    return [i for o in objectives_of(plan) for i in o.indicators.all()]


def _num(value: Decimal | None) -> str | None:
    if value is None:
        return None
    return format(value.normalize(), "f") if value == value.to_integral() else str(value)


def indicator_data(ind: Indicator) -> dict[str, Any]:
    return {
        "id": ind.pk,
        "number": ind.number,
        "name": ind.name,
        "unit": ind.unit,
        "direction": ind.direction,
        "weight": _num(ind.weight),
        "baseline": _num(ind.baseline),
        "targets": [ind.targets[i] if i < len(ind.targets) else None for i in range(PLAN_YEARS)],
        "target_type": ind.target_type,
        "monitoring_frequency": ind.monitoring_frequency,
        "reporting_frequency": ind.reporting_frequency,
        "source": ind.source,
        "note": ind.note,
        "definition": ind.definition,
        "calculation": ind.calculation,
        "accumulation": ind.accumulation,
        "keep_rule": ind.keep_rule,
        "band_low": _num(ind.band_low),
        "band_high": _num(ind.band_high),
    }


def objective_data(obj: Objective) -> dict[str, Any]:
    unit = obj.responsible_unit
    return {
        "id": obj.pk,
        "number": obj.number,
        "title": obj.title,
        "responsible_unit": {"id": unit.pk, "name": unit.name} if unit else None,
        "cooperating_units": [{"id": u.pk, "name": u.name} for u in obj.cooperating_units.all()],
        "risks": obj.lines(obj.risks),
        "controls": obj.lines(obj.controls),
        "strategies": obj.lines(obj.strategies),
        "activities": obj.lines(obj.activities),
        "findings": obj.lines(obj.findings),
        "needs": obj.lines(obj.needs),
        "costs": [obj.costs[i] if i < len(obj.costs) else None for i in range(PLAN_YEARS)],
        "total_cost": obj.total_cost,
        "clusters": [
            {"id": c.pk, "label": c.label, "districts": c.district_count}
            for c in obj.clusters.all()
        ],
        "proposals": [{"id": p.pk, "title": p.title} for p in obj.proposals.all()],
        "topics": [
            {
                "id": t.pk,
                "theme": t.theme.code,
                "label": t.label or t.theme.name,
                "meeting": {"id": t.meeting_id, "title": t.meeting.title},
            }
            for t in obj.topics.all()
        ],
        "indicators": [indicator_data(i) for i in obj.indicators.all()],
    }


def plan_data(plan: Plan) -> dict[str, Any]:
    """The whole plan as JSON-ready data, parts in the guide's order."""
    return {
        "id": plan.pk,
        "title": plan.display_title,
        "institution": {"id": plan.institution_id, "name": plan.institution.name},
        "period": {"start": plan.start_year, "end": plan.end_year},
        "status": plan.status,
        "approval_date": plan.approval_date.isoformat() if plan.approval_date else None,
        "decision_number": plan.decision_number,
        "foreword": plan.foreword,
        "preparation": plan.preparation,
        "situation_analysis": {
            "history": plan.history,
            "current_plan_review": plan.current_plan_review,
            "legislation": [
                {"obligation": r.obligation, "basis": r.basis, "finding": r.finding, "need": r.need}
                for r in plan.legislation.all()
            ],
            "policy_documents": [
                {"document": r.document, "section": r.section, "duty": r.duty}
                for r in plan.policy_documents.all()
            ],
            "activity_areas": [
                {"name": r.name, "services": r.service_list} for r in plan.activity_areas.all()
            ],
            "stakeholders": [
                {
                    "institution": s.institution_id,
                    "name": s.label,
                    "internal": s.internal,
                    "influence": s.influence,
                    "importance": s.importance,
                    "priority": s.priority,
                    "services": s.service_list,
                }
                for s in plan.stakeholders.all()
            ],
            "internal_analysis": plan.internal_analysis,
            "pestle": [
                {"category": r.category, "factor": r.factor, "effect": r.effect, "action": r.action}
                for r in plan.pestle.all()
            ],
            "swot": [{"kind": r.kind, "text": r.text} for r in plan.swot.all()],
            "findings": [
                {"area": r.area, "finding": r.finding, "need": r.need} for r in plan.findings.all()
            ],
        },
        "mission": plan.mission,
        "vision": plan.vision,
        "core_values": plan.values_list,
        "goals": [
            {
                "id": g.pk,
                "number": g.number,
                "title": g.title,
                "objectives": [objective_data(o) for o in g.objectives.all()],
            }
            for g in plan.goals.all()
        ],
        "general_admin_costs": plan.general_admin_costs,
        "resources": plan.resources,
        "monitoring": plan.monitoring,
    }
