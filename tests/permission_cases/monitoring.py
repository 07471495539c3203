"""Permission cases of monitoring: values are entered by the indicator's
responsible unit (here an İBB department: the İBB strategy office belongs
to its root, the Başakşehir and Kadıköy liaisons do not), the office of
the plan's municipality reviews them; reports follow the plan's reading
rights."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ortakmasa.monitoring.models import IndicatorValue, ValueEvidence
from ortakmasa.plans.models import PlanStatus
from tests.monitoring.conftest import HAND_VALUES, Monitored, approve_all, make_monitored
from tests.permission_cases import EDITORS, OFFICE_ONLY, Case, row


def monitored(status: str = PlanStatus.APPROVED) -> Monitored:
    m = make_monitored(status=status)
    approve_all(m, HAND_VALUES)
    return m


def waiting_value() -> IndicatorValue:
    m = make_monitored()
    return IndicatorValue.objects.create(
        indicator=m.indicators[0], year=2025, end_month=6, value=Decimal(120), explanation="x"
    )


def evidence() -> ValueEvidence:
    from django.core.files.base import ContentFile

    item = ValueEvidence(value=waiting_value(), title="liste")
    item.file.save("liste.txt", ContentFile(b"liste"), save=True)
    return item


def _statuses() -> list[str]:
    return list(IndicatorValue.objects.values_list("status", flat=True))


OFFICE = OFFICE_ONLY
# Signed-in readers of an approved (not yet published) plan: İstanbul users.
READERS = EDITORS
SIGNED_IN = {**READERS, "stakeholder": 200}


def _entry(_: Any = None) -> dict[str, Any]:
    return {"period": "2025-6", "value": "130", "explanation": "Yarıyıl"}


CASES = [
    Case("monitoring:index", SIGNED_IN),
    Case("monitoring:dashboard", READERS, args=lambda: [monitored().plan.pk]),
    Case("monitoring:review", OFFICE, args=lambda: [monitored().plan.pk]),
    Case("monitoring:settings", OFFICE, args=lambda: [monitored().plan.pk]),
    Case(
        "monitoring:settings",
        {**OFFICE, "admin": 302, "office": 302},
        method="post",
        label="save",
        args=lambda: [monitored().plan.pk],
        data=lambda: {"achieved_at": "90", "acceptable_at": "60"},
    ),
    Case("monitoring:indicator", READERS, args=lambda: [monitored().indicators[0].pk]),
    Case(
        "monitoring:indicator",
        # The office belongs to the responsible unit's root institution.
        {**OFFICE, "admin": 302, "office": 302},
        method="post",
        label="enter",
        args=lambda: [monitored().indicators[0].pk],
        data=_entry,
        unchanged=lambda: IndicatorValue.objects.count(),
    ),
    Case("monitoring:value", OFFICE, args=lambda: [waiting_value().pk]),
    Case(
        "monitoring:decide",
        {**OFFICE, "admin": 302, "office": 302},
        method="post",
        args=lambda: [waiting_value().pk],
        data=lambda: {"decision": "approve"},
        unchanged=_statuses,
    ),
    Case("monitoring:evidence", OFFICE, args=lambda: [evidence().pk]),
    Case(
        "monitoring:report",
        {**READERS, "stakeholder": 403},
        args=lambda: [monitored().plan.pk, "docx"],
    ),
    Case(
        "monitoring:report",
        {role: 200 for role in READERS},
        label="published",
        args=lambda: [monitored(PlanStatus.PUBLISHED).plan.pk, "docx"],
    ),
    Case(
        "indicator-values",
        {**{r: 200 for r in READERS}, "stakeholder": 404, "public": 404},
        args=lambda: [monitored().indicators[0].pk],
    ),
    Case(
        "indicator-values",
        row(201, 201, 403, 403, 404, 401),
        method="post",
        label="create",
        args=lambda: [monitored().indicators[0].pk],
        data=lambda: {"year": 2026, "end_month": 6, "value": "150"},
        unchanged=lambda: IndicatorValue.objects.count(),
    ),
    Case(
        "plan-progress",
        {**{r: 200 for r in READERS}, "stakeholder": 404, "public": 404},
        args=lambda: [monitored().plan.pk],
    ),
    Case(
        "plan-progress",
        {r: 200 for r in READERS},
        label="published",
        args=lambda: [monitored(PlanStatus.PUBLISHED).plan.pk],
    ),
]
