"""Changes to monitoring data, each with its ``ValueEvent`` in the same
transaction: a unit enters or corrects a value (with evidence), the
strategy office approves or returns it, the office sets the thresholds."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ortakmasa.kernel import history
from ortakmasa.kernel.files import check_upload
from ortakmasa.kernel.history import actor
from ortakmasa.lib.charts import format_percent
from ortakmasa.monitoring import achievement as calc
from ortakmasa.monitoring import permissions as rules
from ortakmasa.monitoring.models import (
    PERIOD_END_MONTHS,
    IndicatorValue,
    MonitoringSettings,
    ValueAction,
    ValueEvent,
    ValueEvidence,
    ValueStatus,
)
from ortakmasa.monitoring.progress import thresholds_of
from ortakmasa.plans.models import Indicator, Plan, PlanChange

_user = actor


def value_percent(value: IndicatorValue) -> float | None:
    """The achievement this value gives its indicator at the end of its
    period, against the progress expected by then (``achievement``)."""
    indicator = value.indicator
    plan = indicator.objective.goal.plan
    index = value.year - plan.start_year
    target = indicator.target_for(index)
    baseline = float(indicator.baseline) if indicator.baseline is not None else None
    start = indicator.target_for(index - 1) if index > 0 else indicator.baseline
    if indicator.target_type == "yearly":
        start = indicator.baseline
    a, b = calc.expected_target(
        baseline,
        float(target) if target is not None else None,
        float(start) if start is not None else None,
        indicator.accumulation,
        value.end_month,
    )
    # A flow's single period is only a part of the year: judge it within
    # the year's computation, not alone.
    if indicator.accumulation != "last" and value.end_month < 12:
        return None
    return calc.indicator_percent(
        a,
        b,
        float(value.value),
        indicator.direction,
        indicator.keep_rule,
        float(indicator.band_low) if indicator.band_low is not None else None,
        float(indicator.band_high) if indicator.band_high is not None else None,
    )


def explanation_problem(value: IndicatorValue, thresholds: tuple[float, float]) -> str | None:
    """The message for a value below the threshold that does not say why."""
    percent = value_percent(value)
    if calc.needs_explanation(percent, thresholds[1]) and not value.explanation.strip():
        assert percent is not None
        return _(
            "%(indicator)s: the achievement is %(percent)s, below the threshold of "
            "%(threshold)s; explain the deviation (its reasons and what will be done) "
            "before approval."
        ) % {
            "indicator": value.indicator.number,
            "percent": format_percent(percent, "tr"),
            "threshold": format_percent(thresholds[1], "tr"),
        }
    return None


PERIOD_MONTHS = {"monthly": 1, "quarterly": 3, "six_monthly": 6, "yearly": 12}


def _check_period(
    indicator: Indicator,
    year: int,
    end_month: int,
    frequency: str,
    today: datetime.date | None = None,
) -> None:
    plan = indicator.objective.goal.plan
    if year not in plan.years:
        raise ValidationError(
            {
                "year": _("The year must be within the plan period %(period)s.")
                % {"period": plan.period}
            }
        )
    if end_month not in PERIOD_END_MONTHS.get(frequency, ()):
        raise ValidationError({"end_month": _("This month does not end a period of that length.")})
    starts = period_start(year, end_month, frequency)
    if starts > (today or timezone.localdate()):
        raise ValidationError(
            {
                "end_month": _(
                    "This period has not started yet (it starts on %(date)s); a value can be "
                    "entered once it has."
                )
                % {"date": starts.strftime("%d.%m.%Y")}
            }
        )


def period_start(year: int, end_month: int, frequency: str) -> datetime.date:
    length = PERIOD_MONTHS.get(frequency, 12)
    return datetime.date(year, end_month - length + 1, 1)


def entered_by(item: IndicatorValue) -> set[int]:
    """Everyone who entered or changed the value."""
    ids = set(
        ValueEvent.objects.filter(
            value=item, action__in=(ValueAction.ENTERED, ValueAction.CHANGED)
        ).values_list("user_id", flat=True)
    )
    if item.entered_by_id is not None:
        ids.add(item.entered_by_id)
    ids.discard(None)  # type: ignore[arg-type]
    return ids


@transaction.atomic
def enter_value(
    indicator: Indicator,
    user: Any,
    *,
    year: int,
    end_month: int,
    value: Decimal,
    explanation: str = "",
    frequency: str | None = None,
    files: list[UploadedFile] | None = None,
    today: datetime.date | None = None,
) -> IndicatorValue:
    """A unit enters (or, while not approved, corrects) the value of a
    period; it waits for the office's approval."""
    if not rules.can_enter(user, indicator):
        raise PermissionDenied
    frequency = frequency or indicator.monitoring_frequency
    _check_period(indicator, year, end_month, frequency, today)
    # Every file is checked before anything is written, so a refused file
    # leaves no value behind.
    for f in files or []:
        check_upload(f, ValueEvidence.ALLOWED)
    existing = (
        IndicatorValue.objects.select_for_update()
        .filter(indicator=indicator, year=year, end_month=end_month)
        .first()
    )
    if existing is not None:
        return update_value(existing, user, value=value, explanation=explanation, files=files)
    item = IndicatorValue.objects.create(
        indicator=indicator,
        year=year,
        end_month=end_month,
        frequency=frequency,
        value=value,
        explanation=explanation.strip(),
        entered_by=_user(user),
    )
    history.record(
        ValueEvent,
        value=item,
        user=user,
        action=ValueAction.ENTERED,
        changes={"value": [None, str(value)], "explanation": [None, item.explanation]},
    )
    for f in files or []:
        add_evidence(item, user, f)
    return item


@transaction.atomic
def update_value(
    item: IndicatorValue,
    user: Any,
    *,
    value: Decimal,
    explanation: str = "",
    files: list[UploadedFile] | None = None,
) -> IndicatorValue:
    item = IndicatorValue.objects.select_for_update().select_related("indicator").get(pk=item.pk)
    if item.status == ValueStatus.APPROVED:
        raise ValidationError(
            _("An approved value cannot be changed; ask the strategy office to return it.")
        )
    if not rules.can_enter(user, item.indicator):
        raise PermissionDenied
    before = {"value": str(item.value), "explanation": item.explanation, "status": item.status}
    item.value = value
    item.explanation = explanation.strip()
    item.status = ValueStatus.SUBMITTED
    item.save()
    after = {"value": str(item.value), "explanation": item.explanation, "status": item.status}
    diff = history.diff(before, after)
    history.record(
        ValueEvent, value=item, user=_user(user), action=ValueAction.CHANGED, changes=diff
    )
    for f in files or []:
        add_evidence(item, user, f)
    return item


def add_evidence(
    item: IndicatorValue, user: Any, file: UploadedFile, title: str = ""
) -> ValueEvidence:
    evidence = ValueEvidence.objects.create(
        value=item, file=file, title=title or file.name or "", uploaded_by=_user(user)
    )
    history.record(
        ValueEvent, value=item, user=_user(user), action=ValueAction.EVIDENCE, note=str(evidence)
    )
    return evidence


def _reviewable(item: IndicatorValue, user: Any) -> tuple[IndicatorValue, Plan]:
    """The value locked for review, and its plan; only its reviewers pass."""
    item = IndicatorValue.objects.select_for_update().get(pk=item.pk)
    plan = item.indicator.objective.goal.plan
    if not rules.can_review(user, plan):
        raise PermissionDenied
    return item, plan


def _review(item: IndicatorValue, user: Any, status: str, reason: str, note: str) -> None:
    old = item.status
    item.status = status
    item.return_reason = reason
    item.reviewed_by = _user(user)
    item.reviewed_at = timezone.now()
    item.save()
    history.record(
        ValueEvent,
        value=item,
        user=user,
        action=ValueAction.APPROVED if status == ValueStatus.APPROVED else ValueAction.RETURNED,
        changes={"status": [old, status]},
        note=note,
    )


@transaction.atomic
def approve(item: IndicatorValue, user: Any, note: str = "") -> IndicatorValue:
    item, plan = _reviewable(item, user)
    if item.status == ValueStatus.APPROVED:
        return item
    if getattr(user, "pk", None) in entered_by(item):
        raise ValidationError(
            _("You entered or changed this value, so someone else must approve it.")
        )
    problem = explanation_problem(item, thresholds_of(plan))
    if problem:
        raise ValidationError(problem)
    _review(item, user, ValueStatus.APPROVED, "", note)
    return item


@transaction.atomic
def return_value(item: IndicatorValue, user: Any, reason: str) -> IndicatorValue:
    """Sends a value back to its unit with the reason (approved ones too)."""
    item, _plan = _reviewable(item, user)
    if not reason.strip():
        raise ValidationError(_("Say why the value is returned."))
    _review(item, user, ValueStatus.RETURNED, reason.strip(), reason.strip())
    return item


@transaction.atomic
def set_thresholds(
    plan: Plan, user: Any, achieved_at: Decimal, acceptable_at: Decimal
) -> MonitoringSettings:
    if not rules.can_review(user, plan):
        raise PermissionDenied
    if acceptable_at > achieved_at:
        raise ValidationError(_("The acceptable threshold cannot be above the achieved threshold."))
    found, _created = MonitoringSettings.objects.get_or_create(plan=plan)
    # Every change is kept: the bands change how every figure reads.
    history.record(
        PlanChange,
        plan=plan,
        user=_user(user),
        action="thresholds",
        target=str(plan),
        changes={
            "achieved_at": [str(found.achieved_at), str(achieved_at)],
            "acceptable_at": [str(found.acceptable_at), str(acceptable_at)],
        },
    )
    found.achieved_at, found.acceptable_at = achieved_at, acceptable_at
    found.updated_by = _user(user)
    found.save()
    return found
