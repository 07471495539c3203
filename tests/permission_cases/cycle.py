"""Permission cases of the yearly cycle: read with the plan, written by
the office of the plan's municipality (and administrators)."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.files.base import ContentFile

from ortakmasa.cycle.models import (
    BoardMeeting,
    IssuedReport,
    ObjectiveEvaluation,
    PerformanceProgramme,
    PlanUpdate,
)
from ortakmasa.plans.models import PlanStatus
from tests.cycle.conftest import Cycle, make_cycle
from tests.permission_cases import EDITORS, LOGIN, Case, api_case, row

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


CASES = [
    Case("cycle:plan", READERS, args=lambda: [make_cycle().m.plan.pk]),
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
        args=lambda: [make_cycle().m.plan.pk],
        data=lambda: {"date": "2026-07-14", "members": "Başkan", "decision_number": "K-9"},
        unchanged=lambda: BoardMeeting.objects.count(),
    ),
    Case(
        "cycle:issue",
        MANAGERS,
        method="post",
        args=lambda: [_cycle().m.plan.pk],
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


API_READERS = row(200, 200, 200, 200, 404, 404)
API_CREATE = row(201, 201, 403, 403, 403, 401)
# What one may not read is not there, for changes too.
API_CHANGE = row(200, 200, 403, 403, 404, 404)

CASES += [
    Case("programme-list", EVERYONE, args=_plan_for_api),
    api_case(
        "programme-list",
        API_CREATE,
        label="create",
        args=_plan_for_api,
        data=_programme_data,
        unchanged=lambda: PerformanceProgramme.objects.count(),
    ),
    Case("programme-detail", API_READERS, args=lambda: [make_cycle().programme.pk]),
    api_case(
        "programme-detail",
        API_CHANGE,
        method="patch",
        label="change",
        args=lambda: [make_cycle().programme.pk],
        data=lambda: {"decision_number": "2024/100"},
    ),
    Case("activity-report-list", EVERYONE),
    Case("activity-report-detail", API_READERS, args=lambda: [make_cycle().report.pk]),
    api_case(
        "activity-report-detail",
        API_CHANGE,
        method="patch",
        label="change",
        args=lambda: [make_cycle().report.pk],
        data=lambda: {"assessment": "Değerlendirme"},
    ),
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
    Case(
        "cycle:evaluation", READERS, args=lambda: [make_cycle().m.indicators[0].objective_id, 2025]
    ),
    Case(
        "cycle:evaluation",
        MANAGERS,
        method="post",
        label="write",
        args=lambda: [make_cycle().m.indicators[0].objective_id, 2025],
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


CASES += [
    Case("cycle:programme_new", MANAGE_PAGE, args=lambda: [make_cycle().m.plan.pk]),
    Case(
        "cycle:programme_new",
        MANAGERS,
        method="post",
        label="save",
        args=lambda: [make_cycle().m.plan.pk],
        data=_programme_post,
        unchanged=_changes,
    ),
    Case("cycle:programme_edit", MANAGE_PAGE, args=lambda: [make_cycle().programme.pk]),
    Case(
        "cycle:programme_edit",
        MANAGERS,
        method="post",
        label="save",
        args=lambda: [make_cycle().programme.pk],
        data=_programme_post,
        unchanged=_changes,
    ),
    Case("cycle:report_new", MANAGE_PAGE, args=lambda: [make_cycle().m.plan.pk]),
    Case(
        "cycle:report_new",
        MANAGERS,
        method="post",
        label="save",
        args=lambda: [make_cycle().m.plan.pk],
        data=_report_post,
        unchanged=_changes,
    ),
    Case("cycle:report_edit", MANAGE_PAGE, args=lambda: [make_cycle().report.pk]),
    Case(
        "cycle:report_edit",
        MANAGERS,
        method="post",
        label="save",
        args=lambda: [make_cycle().report.pk],
        data=_report_post,
        unchanged=_changes,
    ),
    Case("cycle:update_new", MANAGE_PAGE, args=lambda: [make_cycle().m.plan.pk]),
    Case(
        "cycle:update_new",
        MANAGERS,
        method="post",
        label="save",
        args=lambda: [_cycle().m.plan.pk],
        data=_update_post,
        unchanged=_changes,
    ),
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


def _update_of_api_plan() -> PlanUpdate:
    return update()


CASES += [
    Case("board-meeting-list", EVERYONE),
    Case("board-meeting-detail", API_READERS, args=lambda: [make_cycle().meeting.pk]),
    Case(
        "board-meeting-list",
        API_CREATE,
        method="post",
        label="create",
        args=_plan_for_api,
        data=_meeting_data,
        content_type="application/json",
        unchanged=lambda: BoardMeeting.objects.count(),
    ),
    Case(
        "issued-report-list",
        API_CREATE,
        method="post",
        label="create",
        args=_plan_for_api,
        data=_issue_api_data,
        content_type="application/json",
        unchanged=lambda: IssuedReport.objects.count(),
    ),
    Case("plan-update-list", EVERYONE),
    Case("plan-update-detail", API_READERS, args=lambda: [update().pk]),
    Case(
        "plan-update-list",
        API_CREATE,
        method="post",
        label="create",
        args=_plan_for_api,
        data=_plan_update_data,
        content_type="application/json",
        unchanged=lambda: PlanUpdate.objects.count(),
    ),
]
