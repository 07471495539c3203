"""Changes to the cycle's records, each checked and in one transaction."""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Max
from django.forms import ModelForm

from ortakmasa.cycle import exports
from ortakmasa.cycle import permissions as rules
from ortakmasa.cycle.models import (
    ActivityReport,
    BoardMeeting,
    CycleAction,
    CycleChange,
    IssuedReport,
    PerformanceProgramme,
    PlanUpdate,
    ReportKind,
)
from ortakmasa.kernel import history
from ortakmasa.kernel.history import diff
from ortakmasa.monitoring.periods import period_end, require_closed
from ortakmasa.plans import tree
from ortakmasa.plans.models import Indicator, Objective, Plan
from ortakmasa.plans.services import create_version, field_values


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


def _key(change: dict[str, Any]) -> tuple[str, int, str]:
    """What a change changed: a year's target, an indicator's name or an
    objective's title."""
    if "objective" in change:
        return ("objective", change["objective"], "title")
    return ("indicator", change["indicator"], change.get("field") or str(change["year"]))


def _text_changes(
    plan: Plan, year: int, names: dict[int, str], titles: dict[int, str]
) -> list[dict[str, Any]]:
    indicators = {
        i.pk: i
        for i in Indicator.objects.filter(objective__goal__plan=plan).select_related(
            "objective__goal"
        )
    }
    objectives = {o.pk: o for o in Objective.objects.filter(goal__plan=plan).select_related("goal")}
    return _renamed(year, "indicator", "name", indicators, names) + _renamed(
        year, "objective", "title", objectives, titles
    )


def _renamed(
    year: int,
    kind: str,
    field: str,
    found: Mapping[int, Indicator] | Mapping[int, Objective],
    wanted: dict[int, str],
) -> list[dict[str, Any]]:
    """The changes of ``field`` (an indicator's name, an objective's title)
    from the texts ``wanted`` by id; blank or unchanged texts change nothing."""
    changes: list[dict[str, Any]] = []
    for pk, text in wanted.items():
        row = found.get(pk)
        if row is None:
            raise ValidationError(f"{kind.capitalize()} {pk} is not in this plan.")
        old = getattr(row, field)
        if text.strip() and text.strip() != old:
            changes.append(
                {
                    kind: pk,
                    "number": row.number,
                    "field": field,
                    "year": year,
                    "old": old,
                    "new": text.strip(),
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
    targets: dict[int, list[float | None]] | None = None,
    names: dict[int, str] | None = None,
    titles: dict[int, str] | None = None,
) -> PlanUpdate:
    """Updates the targets of ``year`` and the later years (``targets``:
    indicator id → the new targets from ``year`` on), indicators' names
    and objectives' titles.  Goals, mission and vision are not updated (the
    2018 regulation's definition of an update).  Allowed from the plan's
    second year; the years already past keep their targets, and a figure
    already updated once is not updated again."""
    if not rules.can_manage(user, plan):
        raise PermissionDenied
    if year <= plan.start_year or year > plan.end_year:
        raise ValidationError("A plan is updated from its second year on, within its period.")
    if not reason.strip():
        raise ValidationError({"reason": "Say why the plan is updated."})
    if not decision_number.strip():
        raise ValidationError({"decision_number": "The approval's decision number is required."})
    targets, names, titles = targets or {}, names or {}, titles or {}
    changes = _indicator_changes(plan, year, targets) + _text_changes(plan, year, names, titles)
    if not changes:
        raise ValidationError("The update changes nothing.")
    done = {_key(c) for u in PlanUpdate.objects.filter(plan=plan) for c in u.changes}
    twice = [c for c in changes if _key(c) in done]
    if twice:
        raise ValidationError(
            "These figures were already updated once: "
            + ", ".join(f"{c['number']} {c.get('field') or c['year']}" for c in twice)
        )
    before = tree.plan_data(tree.load(plan.pk))
    version_before = create_version(plan, user, f"Güncelleme öncesi ({year})").number
    index = year - plan.start_year
    changed_targets = {c["indicator"] for c in changes if "field" not in c}
    for pk, new in targets.items():
        if pk not in changed_targets:
            continue
        ind = Indicator.objects.select_for_update().get(pk=pk)
        values = list(ind.targets) + [None] * (len(plan.years) - len(ind.targets))
        for offset, value in enumerate(new):
            if index + offset < len(values):
                values[index + offset] = value
        ind.targets = values
        ind.save(update_fields=["targets"])
    for c in changes:
        if c.get("field") == "name":
            Indicator.objects.filter(pk=c["indicator"]).update(name=c["new"])
        elif c.get("field") == "title":
            Objective.objects.filter(pk=c["objective"]).update(title=c["new"])
    after = tree.plan_data(tree.load(plan.pk))
    version_after = create_version(plan, user, f"Güncelleme ({year})").number
    return PlanUpdate.objects.create(
        version_before=version_before,
        version_after=version_after,
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


# --- programmes and activity reports, every change kept ---------------------

#: Keys that say which record a row belongs to, not what it holds.
_OWNER_KEYS = ("plan", "programme", "created_by")


def values_of(obj: Any) -> dict[str, Any]:
    return {k: v for k, v in field_values(obj).items() if k not in _OWNER_KEYS}


def record_change(
    plan: Plan,
    user: Any,
    action: str,
    target: str,
    changes: dict[str, Any],
    *,
    programme: PerformanceProgramme | None = None,
    report: ActivityReport | None = None,
) -> CycleChange | None:
    """Keeps one change; a save that changed nothing leaves no record."""
    if action == CycleAction.CHANGED and not changes:
        return None
    return history.record(
        CycleChange,
        user=user,
        action=action,
        changes=changes,
        plan=plan,
        target=target[:255],
        programme=programme,
        report=report,
    )


def created_changes(obj: Any) -> dict[str, Any]:
    return {k: [None, v] for k, v in values_of(obj).items() if v not in (None, "", False, "0.00")}


def _save_rows(
    plan: Plan,
    user: Any,
    formset: Any,
    *,
    programme: PerformanceProgramme | None = None,
    report: ActivityReport | None = None,
) -> None:
    """Saves a formset's rows and keeps a change per row added, changed or
    deleted, with the values as they were before the save."""
    before = {
        obj.pk: values_of(obj)
        for obj in formset.get_queryset().model.objects.filter(
            pk__in=[f.instance.pk for f in formset.initial_forms if f.instance.pk]
        )
    }
    formset.save()
    for obj in formset.new_objects:
        record_change(
            plan,
            user,
            CycleAction.CREATED,
            str(obj),
            created_changes(obj),
            programme=programme,
            report=report,
        )
    for obj, _fields in formset.changed_objects:
        record_change(
            plan,
            user,
            CycleAction.CHANGED,
            str(obj),
            diff(before.get(obj.pk, {}), values_of(obj)),
            programme=programme,
            report=report,
        )
    for obj in formset.deleted_objects:
        old = before.get(obj.pk, {})
        record_change(
            plan,
            user,
            CycleAction.DELETED,
            str(obj),
            {k: [v, None] for k, v in old.items()},
            programme=programme,
            report=report,
        )


_Document = TypeVar("_Document", PerformanceProgramme, ActivityReport)


def _save_document(plan: Plan, user: Any, form: ModelForm[_Document]) -> _Document:
    """Saves a programme's or a report's own fields (``form``, valid) for
    the plan's managers, and keeps the change."""
    if not rules.can_manage(user, plan):
        raise PermissionDenied
    item = form.instance
    new = item.pk is None
    before = {} if new else values_of(type(item).objects.get(pk=item.pk))
    item = form.save(commit=False)
    item.plan = plan
    if new:
        item.created_by = _user(user)
    item.save()
    record_change(
        plan,
        user,
        CycleAction.CREATED if new else CycleAction.CHANGED,
        str(item),
        created_changes(item) if new else diff(before, values_of(item)),
        programme=item if isinstance(item, PerformanceProgramme) else None,
        report=item if isinstance(item, ActivityReport) else None,
    )
    return item


@transaction.atomic
def save_programme(
    plan: Plan, user: Any, form: Any, activities: Any, resources: Any
) -> PerformanceProgramme:
    """Saves a programme edited on its page (form and the two formsets,
    all valid) and keeps every change."""
    programme = _save_document(plan, user, form)
    for formset in (activities, resources):
        formset.instance = programme
        _save_rows(plan, user, formset, programme=programme)
    return programme


@transaction.atomic
def save_activity_report(
    plan: Plan, user: Any, form: Any, spending: Any | None = None
) -> ActivityReport:
    """Saves an activity report and, with it, what the year's activities
    spent and whether they were done; every change is kept."""
    report = _save_document(plan, user, form)
    if spending is not None:
        programme = PerformanceProgramme.objects.filter(plan=plan, year=report.year).first()
        _save_rows(plan, user, spending, programme=programme, report=report)
    return report
