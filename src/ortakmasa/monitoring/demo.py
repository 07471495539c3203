"""Demo: the demo plan approved by a (demo) council decision, published,
and two years of approved six-monthly values (2025 and 2026), so the
portal shows real progress.

The figures are invented: each indicator moves from its baseline towards
its targets at its own pace, a few fall behind (with the unit's
explanation), one overshoots.  Idempotent: a second run changes nothing.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from ortakmasa.accounts.models import Role, User
from ortakmasa.kernel import history
from ortakmasa.monitoring.models import IndicatorValue, MonitoringSettings, ValueEvent, ValueStatus
from ortakmasa.plans import services as plan_services
from ortakmasa.plans.demo import DEMO_TITLE
from ortakmasa.plans.models import Indicator, Plan, PlanStatus
from ortakmasa.registry.models import Institution

DEMO_YEARS = (2025, 2026)
#: Share of each year's way (baseline → target) reached, per indicator, by
#: its position in the plan; below 0.75 the unit explains why.
PACE = [1.05, 0.92, 0.8, 0.62, 1.0, 0.88, 0.97, 0.7, 1.2, 0.85, 0.95, 0.78, 1.0, 0.9]
BEHIND = (
    "Demo açıklaması: ihale süreci planlanandan uzun sürdüğü için işler geç başladı; "
    "ikinci yarıda ek ekip ve kaynakla açığın kapatılması planlanıyor."
)
ON_TRACK = "Demo açıklaması: çalışmalar iş programına uygun yürütüldü."
FIRST_HALF = (
    "Demo açıklaması: yılın ilk altı ayı; işlerin büyük bölümü iş programı gereği ikinci "
    "yarıda tamamlanacak."
)


def _publish(plan: Plan, user: User) -> None:
    if plan.status == PlanStatus.DRAFT:
        plan_services.change_status(plan, user, PlanStatus.SUBMITTED)
        plan.refresh_from_db()
    if plan.status == PlanStatus.SUBMITTED:
        plan_services.change_status(
            plan,
            user,
            PlanStatus.APPROVED,
            approval_date=datetime.date(2025, 1, 10),
            decision_number="2025/DEMO-1 (demo kararı)",
        )
        plan.refresh_from_db()
    if plan.status == PlanStatus.APPROVED:
        plan_services.change_status(plan, user, PlanStatus.PUBLISHED)


def _value(indicator: Indicator, year_index: int, half: int, pace: float) -> Decimal:
    baseline = float(indicator.baseline or 0)
    target = indicator.target_for(year_index)
    goal = float(target) if target is not None else baseline
    if indicator.direction == "keep":
        figure = goal * (1 - (1 - pace) * 0.1) if pace < 1 else goal
    else:
        share = pace * (0.55 if half == 1 else 1.0)
        figure = baseline + (goal - baseline) * share
    places = 0 if indicator.unit in ("adet", "çocuk", "gün", "kişi") else 1
    return Decimal(str(round(figure, places)))


@transaction.atomic
def load_demo_monitoring() -> None:
    ibb = Institution.objects.get(reference_key="municipality:province:34")
    plan = Plan.objects.filter(institution=ibb, title=DEMO_TITLE).first()
    if plan is None:
        return
    office = User.objects.filter(role=Role.STRATEGY_OFFICE, institution=ibb).first()
    if office is None:
        return
    # Whoever enters a value does not approve it: the office enters, the
    # administrator approves (a demo stand-in for the board's reviewer).
    reviewer = User.objects.filter(role=Role.ADMIN).exclude(pk=office.pk).first() or office
    if plan.status == PlanStatus.DRAFT:
        _publish(plan, office)
        plan.refresh_from_db()
    MonitoringSettings.objects.get_or_create(plan=plan)
    if IndicatorValue.objects.filter(indicator__objective__goal__plan=plan).exists():
        return
    indicators = list(
        Indicator.objects.filter(objective__goal__plan=plan)
        .select_related("objective__goal")
        .order_by("objective__goal__position", "objective__position", "position")
    )
    now = timezone.now()
    for n, indicator in enumerate(indicators):
        for year in DEMO_YEARS:
            pace = PACE[(n + year) % len(PACE)]
            for half, month in ((1, 6), (2, 12)):
                behind = pace < 0.75
                item = IndicatorValue.objects.create(
                    indicator=indicator,
                    year=year,
                    end_month=month,
                    frequency=indicator.monitoring_frequency,
                    value=_value(indicator, year - plan.start_year, half, pace),
                    explanation=BEHIND if behind else FIRST_HALF if half == 1 else ON_TRACK,
                    status=ValueStatus.APPROVED,
                    entered_by=office,
                    reviewed_by=reviewer,
                    reviewed_at=now,
                )
                ValueEvent.objects.bulk_create(
                    [
                        history.entry(
                            ValueEvent,
                            value=item,
                            user=office,
                            action="entered",
                            changes={"value": [None, item.value]},
                            note="demo",
                        ),
                        history.entry(
                            ValueEvent,
                            value=item,
                            user=reviewer,
                            action="approved",
                            changes={"status": ["submitted", "approved"]},
                            note="demo",
                        ),
                    ]
                )
