"""Changes to the cycle's records, each checked and in one transaction."""

from __future__ import annotations

import datetime
import hashlib
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Max

from ortakmasa.cycle import exports
from ortakmasa.cycle import permissions as rules
from ortakmasa.cycle.models import BoardMeeting, IssuedReport, PlanUpdate, ReportKind
from ortakmasa.monitoring.periods import period_end, require_closed
from ortakmasa.plans import tree
from ortakmasa.plans.models import Indicator, Plan


def _user(user: Any) -> Any:
    return user if getattr(user, "is_authenticated", False) else None


@transaction.atomic
def record_meeting(
    plan: Plan,
    user: Any,
    *,
    date: datetime.date,
    members: str,
    decision_number: str,
    note: str = "",
) -> BoardMeeting:
    if not rules.can_manage(user, plan):
        raise PermissionDenied
    if not [m for m in members.splitlines() if m.strip()]:
        raise ValidationError({"members": "List the members present, one per line."})
    if not decision_number.strip():
        raise ValidationError({"decision_number": "The board's decision number is required."})
    return BoardMeeting.objects.create(
        plan=plan,
        date=date,
        members=members.strip(),
        decision_number=decision_number.strip(),
        note=note.strip(),
        created_by=_user(user),
    )


@transaction.atomic
def issue(
    plan: Plan,
    user: Any,
    *,
    kind: str,
    year: int,
    half: int = 0,
    meeting: BoardMeeting,
    today: datetime.date | None = None,
) -> IssuedReport:
    """Freezes the report of a closed period as approved at ``meeting``;
    a second issue of the same report is its next version."""
    if not rules.can_manage(user, plan):
        raise PermissionDenied
    if kind not in ReportKind.values or year not in plan.years:
        raise ValidationError("Unknown report or year outside the plan.")
    half = half if kind == ReportKind.MONITORING else 0
    if kind == ReportKind.MONITORING and half not in (1, 2):
        raise ValidationError("A monitoring report is for the first or the second half.")
    require_closed(year, half or 2 if kind == ReportKind.MONITORING else 0, today)
    if meeting.plan_id != plan.pk:
        raise ValidationError("The meeting is not of this plan's board.")
    if meeting.date <= period_end(year, half if kind == ReportKind.MONITORING else 0):
        raise ValidationError("The board can approve the report only after its period ended.")
    docx = exports.produce(kind, plan.pk, year, "docx", half, today)
    pdf = exports.produce(kind, plan.pk, year, "pdf", half, today)
    last = (
        IssuedReport.objects.select_for_update()
        .filter(plan=plan, kind=kind, year=year, half=half)
        .aggregate(n=Max("version"))["n"]
        or 0
    )
    version = last + 1
    report = IssuedReport(
        plan=plan,
        kind=kind,
        year=year,
        half=half,
        version=version,
        meeting=meeting,
        sha256=hashlib.sha256(docx).hexdigest(),
        issued_by=_user(user),
    )
    inst = plan.institution.short_name or plan.institution.name
    base = exports.filename(kind, inst, year, "docx", half).rsplit(".", 1)[0] + f"-v{version}"
    report.docx.save(f"{base}.docx", ContentFile(docx), save=False)
    report.pdf.save(f"{base}.pdf", ContentFile(pdf), save=False)
    report.save()
    return report


def _indicator_changes(
    plan: Plan, year: int, targets: dict[int, list[float | None]]
) -> list[dict[str, Any]]:
    index = year - plan.start_year
    changes = []
    indicators = {i.pk: i for i in Indicator.objects.filter(objective__goal__plan=plan)}
    for pk, new in targets.items():
        ind = indicators.get(pk)
        if ind is None:
            raise ValidationError(f"Indicator {pk} is not in this plan.")
        for offset, value in enumerate(new):
            y = index + offset
            old = ind.targets[y] if y < len(ind.targets) else None
            if value != old and not (
                value is not None and old is not None and Decimal(str(value)) == Decimal(str(old))
            ):
                changes.append(
                    {
                        "indicator": pk,
                        "number": ind.number,
                        "year": plan.start_year + y,
                        "old": old,
                        "new": value,
                    }
                )
    return changes


@transaction.atomic
def update_plan(
    plan: Plan,
    user: Any,
    *,
    year: int,
    reason: str,
    approval_date: datetime.date,
    decision_number: str,
    targets: dict[int, list[float | None]],
) -> PlanUpdate:
    """Updates the targets of ``year`` and the later years (``targets``:
    indicator id → the new targets from ``year`` on).  Allowed from the
    plan's second year; the years already past keep their targets, and a
    year's target already updated once is not updated again."""
    if not rules.can_manage(user, plan):
        raise PermissionDenied
    if year <= plan.start_year or year > plan.end_year:
        raise ValidationError("A plan is updated from its second year on, within its period.")
    if not reason.strip():
        raise ValidationError({"reason": "Say why the plan is updated."})
    changes = _indicator_changes(plan, year, targets)
    if not changes:
        raise ValidationError("The update changes nothing.")
    done = {
        (c["indicator"], c["year"]) for u in PlanUpdate.objects.filter(plan=plan) for c in u.changes
    }
    twice = [c for c in changes if (c["indicator"], c["year"]) in done]
    if twice:
        raise ValidationError(
            "These targets were already updated once: "
            + ", ".join(f"{c['number']} {c['year']}" for c in twice)
        )
    before = tree.plan_data(tree.load(plan.pk))
    index = year - plan.start_year
    for pk, new in targets.items():
        ind = Indicator.objects.select_for_update().get(pk=pk)
        values = list(ind.targets) + [None] * (len(plan.years) - len(ind.targets))
        for offset, value in enumerate(new):
            if index + offset < len(values):
                values[index + offset] = value
        ind.targets = values
        ind.save(update_fields=["targets"])
    after = tree.plan_data(tree.load(plan.pk))
    return PlanUpdate.objects.create(
        plan=plan,
        year=year,
        reason=reason.strip(),
        approval_date=approval_date,
        decision_number=decision_number.strip(),
        changes=changes,
        before=before,
        after=after,
        created_by=_user(user),
    )
