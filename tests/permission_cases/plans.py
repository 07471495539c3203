"""Permission cases of strategic plans: drafts are read by the signed-in
users of the municipality's province, published plans by everyone; only
the strategy office (and administrators) edit and change the status."""

from __future__ import annotations

from ortakmasa.plans.models import Plan, PlanStatus
from ortakmasa.plans.sample import make_plan
from tests.permission_cases import LOGIN, OFFICE_ONLY, Case, everyone, form_cases, ibb, row


def draft() -> Plan:
    return make_plan(ibb(), goals=1, objectives=1, indicators=1)


def published() -> Plan:
    plan = draft()
    plan.status = PlanStatus.PUBLISHED
    plan.save()
    return plan


def first_goal() -> int:
    return draft().goals.get().pk


def first_objective() -> int:
    return draft().goals.get().objectives.get().pk


def first_indicator() -> int:
    return draft().goals.get().objectives.get().indicators.get().pk


OFFICE = OFFICE_ONLY
# Drafts: read by signed-in users of İstanbul (both liaisons); the test
# stakeholder's NGO has no province.
DRAFT_READ = row(200, 200, 200, 200, 403, 403)
DRAFT_READ_LOGIN = {**DRAFT_READ, "public": LOGIN}
API_DRAFT = {**DRAFT_READ, "stakeholder": 404, "public": 404}


def _plans() -> list[tuple[str, str]]:
    return list(Plan.objects.values_list("status", "decision_number"))


CASES = [
    Case("plans:list", everyone(200)),
    # The plan-objective picker: each role gets the objectives it may read.
    Case("plans:objective_suggest", everyone(200), data=lambda: {"q": "h1"}),
    Case("plans:create", OFFICE),
    Case(
        "plans:create",
        {**OFFICE, "admin": 200, "office": 200},
        method="post",
        label="empty post",
        unchanged=lambda: Plan.objects.count(),
    ),
    Case("plans:detail", DRAFT_READ, args=lambda: [draft().pk]),
    Case("plans:detail", everyone(200), label="published", args=lambda: [published().pk]),
    Case("plans:edit", OFFICE, args=lambda: [draft().pk]),
    *form_cases(
        "plans:outline",
        OFFICE,
        ("admin", "office"),
        label="add goal",
        args=lambda: [draft().pk],
        data=lambda: {"op": "add_goal", "title": "Yeni amaç"},
        unchanged=lambda: list(Plan.objects.values_list("goals__title", flat=True)),
    ),
    Case("plans:table", OFFICE, args=lambda: [draft().pk, "swot"]),
    Case("plans:trace", DRAFT_READ, args=lambda: [draft().pk]),
    Case("plans:trace", everyone(200), label="published", args=lambda: [published().pk]),
    *form_cases(
        "plans:status",
        OFFICE,
        ("admin", "office"),
        label="submit",
        args=lambda: [draft().pk],
        data=lambda: {"status": "submitted"},
        unchanged=_plans,
    ),
    Case("plans:versions", DRAFT_READ_LOGIN, args=lambda: [draft().pk]),
    Case(
        "plans:version_diff",
        {**DRAFT_READ_LOGIN, "admin": 302, "office": 302, "liaison": 302, "other_liaison": 302},
        args=lambda: [draft().pk],
    ),
    Case("plans:history", DRAFT_READ_LOGIN, args=lambda: [draft().pk]),
    Case(
        "plans:comment",
        {**DRAFT_READ_LOGIN, "admin": 302, "office": 302, "liaison": 302, "other_liaison": 302},
        method="post",
        args=lambda: [draft().pk],
        data=lambda: {"text": "Bir görüş"},
    ),
    Case("plans:export", DRAFT_READ, args=lambda: [draft().pk, "xlsx"]),
    Case("plans:export", everyone(200), label="published", args=lambda: [published().pk, "xlsx"]),
    Case("plans:goal_edit", OFFICE, args=lambda: [first_goal()]),
    Case("plans:objective_edit", DRAFT_READ_LOGIN, args=lambda: [first_objective()]),
    Case("plans:indicator_edit", OFFICE, args=lambda: [first_indicator()]),
    Case("plan-list", everyone(200)),
    Case("plan-detail", API_DRAFT, args=lambda: [draft().pk]),
    Case("plan-detail", everyone(200), label="published", args=lambda: [published().pk]),
    Case("plan-export", API_DRAFT, args=lambda: [draft().pk, "xlsx"]),
    Case("plan-export", everyone(200), label="published", args=lambda: [published().pk, "xlsx"]),
]
