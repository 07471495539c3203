"""Permission cases of the yearly cycle: read with the plan, written by
the office of the plan's municipality (and administrators)."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

from django.core.files.base import ContentFile
from django.db.models import Model

from ortakmasa.cycle.models import (
    BoardMeeting,
    IssuedReport,
    ObjectiveEvaluation,
    PerformanceProgramme,
    PlanUpdate,
)
from ortakmasa.plans.models import PlanStatus
from tests.cycle.conftest import Cycle, make_cycle
from tests.permission_cases import EDITORS, LOGIN, Case, api_case, form_cases, row

READERS = EDITORS
EVERYONE = dict.fromkeys(READERS, 200)
MANAGERS = row(302, 302, 403, 403, 403, LOGIN)


def issued(status: str = PlanStatus.APPROVED) -> IssuedReport:
    c = make_cycle(status)
    report = IssuedReport(plan=c.m.plan, kind="evaluation", year=2025, meeting=c.meeting)
    report.docx.save("r.docx", ContentFile(b"PK\x03\x04 test"), save=False)
    report.pdf.save("r.pdf", ContentFile(b"%PDF-1.4 test"), save=False)
    report.save()
    return report


def update() -> PlanUpdate:
    c = make_cycle()
    return PlanUpdate.objects.create(
        plan=c.m.plan,
        year=2026,
        reason="test",
        approval_date=datetime.date(2026, 2, 1),
        decision_number="G-1",
        changes=[{"indicator": 1, "number": "PG1.1.1", "year": 2026, "old": 160, "new": 170}],
    )


_made: dict[str, Cycle] = {}


def _cycle() -> Cycle:
    _made["c"] = make_cycle()
    return _made["c"]


def _issue_data() -> dict[str, Any]:
    return {"kind": "evaluation", "year": 2025, "half": "0", "meeting": _made["c"].meeting.pk}


def _plan_pk() -> list[Any]:
    """A new cycle's plan; the cycle is kept for the form data of the case."""
    return [_cycle().m.plan.pk]


def _programme_pk() -> list[Any]:
    return [make_cycle().programme.pk]


def _report_pk() -> list[Any]:
    return [make_cycle().report.pk]


def _objective_2025() -> list[Any]:
    return [make_cycle().m.indicators[0].objective_id, 2025]


CASES = [
    Case("cycle:plan", READERS, args=_plan_pk),
    Case(
        "cycle:plan",
        EVERYONE,
        label="published",
        args=lambda: [make_cycle(PlanStatus.PUBLISHED).m.plan.pk],
    ),
    Case(
        "cycle:meeting",
        MANAGERS,
        method="post",
        args=_plan_pk,
        data=lambda: {"date": "2026-07-14", "members": "Başkan", "decision_number": "K-9"},
        unchanged=lambda: BoardMeeting.objects.count(),
    ),
    Case(
        "cycle:issue",
        MANAGERS,
        method="post",
        args=_plan_pk,
        data=_issue_data,
        unchanged=lambda: IssuedReport.objects.count(),
    ),
    Case(
        "cycle:document",
        READERS,
        args=lambda: [make_cycle().m.plan.pk, "programme", 2025, "docx"],
    ),
    Case(
        "cycle:document",
        EVERYONE,
        label="published",
        args=lambda: [make_cycle(PlanStatus.PUBLISHED).m.plan.pk, "activity", 2025, "pdf"],
    ),
    Case("cycle:issued_file", READERS, args=lambda: [issued().pk, "pdf"]),
    Case(
        "cycle:issued_file",
        EVERYONE,
        label="published",
        args=lambda: [issued(PlanStatus.PUBLISHED).pk, "docx"],
    ),
    Case("cycle:update", READERS, args=lambda: [update().pk]),
]


def _plan_for_api() -> list[Any]:
    _made["api"] = make_cycle()
    return []


def _programme_data() -> dict[str, Any]:
    return {"plan": _made["api"].m.plan.pk, "year": 2026, "decision_number": "2025/1"}


def _api_create(url_name: str, data: Callable[[], dict[str, Any]], model: type[Model]) -> Case:
    """Creating a record of the new cycle's plan through the API."""
    return api_case(
        url_name,
        API_CREATE,
        label="create",
        args=_plan_for_api,
        data=data,
        unchanged=lambda: model.objects.count(),
    )


API_READERS = row(200, 200, 200, 200, 404, 404)
API_CREATE = row(201, 201, 403, 403, 403, 401)
# What one may not read is not there, for changes too.
API_CHANGE = row(200, 200, 403, 403, 404, 404)


def _api_record(url_name: str, args: Callable[[], list[Any]], change: dict[str, Any]) -> list[Case]:
    """A record of the API, read and then changed."""
    return [
        Case(url_name, API_READERS, args=args),
        api_case(
            url_name, API_CHANGE, method="patch", label="change", args=args, data=lambda: change
        ),
    ]


CASES += [
    Case("programme-list", EVERYONE, args=_plan_for_api),
    _api_create("programme-list", _programme_data, PerformanceProgramme),
    *_api_record("programme-detail", _programme_pk, {"decision_number": "2024/100"}),
    Case("activity-report-list", EVERYONE),
    *_api_record("activity-report-detail", _report_pk, {"assessment": "Değerlendirme"}),
    Case("issued-report-list", EVERYONE),
    Case("issued-report-detail", API_READERS, args=lambda: [issued().pk]),
]

_EVALUATION = {
    "relevance": "İlgili",
    "effectiveness": "Etkili",
    "efficiency": "Verimli",
    "impact": "Etki",
    "sustainability": "Sürdürülebilir",
}

CASES += [
    Case("cycle:evaluation", READERS, args=_objective_2025),
    Case(
        "cycle:evaluation",
        MANAGERS,
        method="post",
        label="write",
        args=_objective_2025,
        data=lambda: _EVALUATION,
        unchanged=lambda: ObjectiveEvaluation.objects.count(),
    ),
]

# The edit pages of programmes and activity reports, and the update page:
# the plan's managers only.
MANAGE_PAGE = {
    "admin": 200,
    "office": 200,
    "liaison": 403,
    "other_liaison": 403,
    "stakeholder": 403,
    "public": LOGIN,
}
_NO_ROWS = {
    "activities-TOTAL_FORMS": "0",
    "activities-INITIAL_FORMS": "0",
    "resources-TOTAL_FORMS": "0",
    "resources-INITIAL_FORMS": "0",
    "spending-TOTAL_FORMS": "0",
    "spending-INITIAL_FORMS": "0",
}


def _programme_post() -> dict[str, Any]:
    return {"year": "2026", "decision_number": "2025/9", "general_admin_cost": "0", **_NO_ROWS}


def _report_post() -> dict[str, Any]:
    return {"year": "2026", "decision_number": "2027/4", **_NO_ROWS}


def _update_post() -> dict[str, Any]:
    ind = _made["c"].m.indicators[0]
    return {
        "year": "2026",
        "reason": "Gerekçe",
        "approval_date": "2026-02-01",
        "decision_number": "G-2",
        f"t-{ind.pk}-2026": "171",
    }


def _changes() -> int:
    from ortakmasa.cycle.models import ActivityReport, CycleChange

    return (
        CycleChange.objects.count()
        + PerformanceProgramme.objects.count()
        + ActivityReport.objects.count()
        + PlanUpdate.objects.count()
    )


def _manage(url_name: str, args: Callable[[], list[Any]], data: Callable[[], Any]) -> list[Case]:
    """An edit page of the plan's managers, and its form as they save it."""
    return form_cases(
        url_name,
        MANAGE_PAGE,
        ("admin", "office"),
        label="save",
        args=args,
        data=data,
        unchanged=_changes,
    )


CASES += [
    *_manage("cycle:programme_new", _plan_pk, _programme_post),
    *_manage("cycle:programme_edit", _programme_pk, _programme_post),
    *_manage("cycle:report_new", _plan_pk, _report_post),
    *_manage("cycle:report_edit", _report_pk, _report_post),
    *_manage("cycle:update_new", _plan_pk, _update_post),
]


def _meeting_data() -> dict[str, Any]:
    return {
        "plan": _made["api"].m.plan.pk,
        "date": "2026-03-02",
        "members": "Başkan",
        "decision_number": "K-5",
    }


def _issue_api_data() -> dict[str, Any]:
    c = _made["api"]
    return {"plan": c.m.plan.pk, "kind": "evaluation", "year": 2025, "meeting": c.meeting.pk}


def _plan_update_data() -> dict[str, Any]:
    c = _made["api"]
    return {
        "plan": c.m.plan.pk,
        "year": 2026,
        "reason": "Gerekçe",
        "approval_date": "2026-02-01",
        "decision_number": "G-3",
        "targets": {str(c.m.indicators[0].pk): [172]},
    }


CASES += [
    Case("board-meeting-list", EVERYONE),
    Case("board-meeting-detail", API_READERS, args=lambda: [make_cycle().meeting.pk]),
    _api_create("board-meeting-list", _meeting_data, BoardMeeting),
    _api_create("issued-report-list", _issue_api_data, IssuedReport),
    Case("plan-update-list", EVERYONE),
    Case("plan-update-detail", API_READERS, args=lambda: [update().pk]),
    _api_create("plan-update-list", _plan_update_data, PlanUpdate),
]
