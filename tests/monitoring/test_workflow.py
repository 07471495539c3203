"""A unit enters values, the office approves or returns them, everything
is kept; only approved values count."""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client

from ortakmasa.accounts.models import User
from ortakmasa.monitoring import progress, services
from ortakmasa.monitoring.models import IndicatorValue, ValueEvent, ValueStatus
from ortakmasa.plans.models import PlanStatus
from tests.monitoring.conftest import (
    A1,
    H11,
    H12,
    HAND_VALUES,
    Monitored,
    approve_all,
    approved_dashboard,
    make_monitored,
)

pytestmark = pytest.mark.django_db


def test_hand_computed_progress(monitored: Monitored) -> None:
    approve_all(monitored, HAND_VALUES)
    result = progress.compute(progress.load_plan(monitored.plan.pk), 2025)
    percents = [r.percent for r in result.indicators]
    assert [round(p or 0, 4) for p in percents] == [50.0, round(1100 / 19, 4), 90.0, 150.0]
    h11, h12 = result.objectives
    assert h11.percent is not None and math.isclose(h11.percent, H11)
    assert h12.percent is not None and math.isclose(h12.percent, H12)
    assert result.goals[0].percent is not None and math.isclose(result.goals[0].percent, A1)
    assert [r.band for r in result.indicators] == [
        "not_achieved",
        "not_achieved",
        "acceptable",
        "achieved",
    ]
    assert result.goals[0].band == "not_achieved"  # 74.08 < 75


def test_unit_enters_office_approves(monitored: Monitored, users: dict[str, User]) -> None:
    ind = monitored.indicators[0]
    item = services.enter_value(
        ind, monitored.unit_user, year=2025, end_month=6, value=Decimal(140), explanation="İyi"
    )
    assert item.status == ValueStatus.SUBMITTED
    # Not approved: it does not count.
    result = progress.compute(progress.load_plan(monitored.plan.pk), 2025)
    assert result.indicators[0].actual is None
    services.approve(item, users["office"])
    result = progress.compute(progress.load_plan(monitored.plan.pk), 2025, 6)
    assert result.indicators[0].actual == 140.0
    # The year-end figure needs the December value ("last value" rule).
    result = progress.compute(progress.load_plan(monitored.plan.pk), 2025)
    assert result.indicators[0].actual is None
    assert list(ValueEvent.objects.filter(value=item).values_list("action", flat=True)) == [
        "entered",
        "approved",
    ]


def test_below_threshold_needs_an_explanation(monitored: Monitored, users: dict[str, User]) -> None:
    ind = monitored.indicators[0]
    item = services.enter_value(
        ind, monitored.unit_user, year=2025, end_month=12, value=Decimal(110)
    )
    with pytest.raises(ValidationError) as info:
        services.approve(item, users["office"])
    assert "PG1.1.1" in info.value.messages[0]
    assert "%20" in info.value.messages[0] and "%75" in info.value.messages[0]
    item.refresh_from_db()
    assert item.status == ValueStatus.SUBMITTED
    services.return_value(item, users["office"], "Açıklama ekleyin.")
    services.update_value(
        item, monitored.unit_user, value=Decimal(110), explanation="Bütçe kesintisi."
    )
    services.approve(item, users["office"])
    item.refresh_from_db()
    assert item.status == ValueStatus.APPROVED
    actions = list(item.events.values_list("action", flat=True))
    assert actions == ["entered", "returned", "changed", "approved"]


def test_who_may_enter(monitored: Monitored, users: dict[str, User]) -> None:
    ind = monitored.indicators[0]
    for role in ("liaison", "other_liaison", "stakeholder"):
        with pytest.raises(PermissionDenied):
            services.enter_value(ind, users[role], year=2025, end_month=6, value=Decimal(1))
    # The office belongs to the unit's root institution: it may enter too.
    services.enter_value(ind, users["office"], year=2025, end_month=6, value=Decimal(120))
    with pytest.raises(PermissionDenied):
        services.approve(IndicatorValue.objects.get(), monitored.unit_user)


def test_no_values_for_a_draft_plan(db: None) -> None:
    m = make_monitored(status=PlanStatus.DRAFT)
    with pytest.raises(PermissionDenied):
        services.enter_value(m.indicators[0], m.unit_user, year=2025, end_month=6, value=Decimal(1))


def test_bad_period_is_refused(monitored: Monitored) -> None:
    with pytest.raises(ValidationError):
        services.enter_value(
            monitored.indicators[0], monitored.unit_user, year=2031, end_month=6, value=Decimal(1)
        )
    with pytest.raises(ValidationError):
        services.enter_value(
            monitored.indicators[0], monitored.unit_user, year=2025, end_month=5, value=Decimal(1)
        )
    assert not IndicatorValue.objects.exists()


def test_entry_page_with_evidence(monitored: Monitored, users: dict[str, User]) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    client = Client()
    client.force_login(monitored.unit_user)
    ind = monitored.indicators[0]
    url = f"/monitoring/indicators/{ind.pk}/"
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "period": "2025-6",
            "value": "130",
            "explanation": "Yarıyıl",
            "evidence": [SimpleUploadedFile("kanit.txt", b"liste")],
        },
    )
    assert response.status_code == 302
    item = IndicatorValue.objects.get()
    assert item.evidence.count() == 1
    evidence = item.evidence.get()
    office = Client()
    office.force_login(users["office"])
    assert office.get(f"/monitoring/evidence/{evidence.pk}/").status_code == 200
    other = Client()
    other.force_login(users["other_liaison"])
    assert other.get(f"/monitoring/evidence/{evidence.pk}/").status_code == 403
    # The office approves from the review queue.
    page = office.get(f"/monitoring/plans/{monitored.plan.pk}/review/")
    assert "PG1.1.1" in page.content.decode()
    office.post(f"/monitoring/values/{item.pk}/decide/", {"decision": "approve"})
    item.refresh_from_db()
    assert item.status == ValueStatus.APPROVED


def test_dashboard_shows_hand_computed_figures(
    monitored: Monitored, client_for: Callable[[str], Client]
) -> None:
    html = approved_dashboard(monitored, client_for("office"))
    assert "%74,1" in html or "%74.1" in html
    assert "%53,2" in html or "%53.2" in html
    assert 'role="img"' in html


def test_thresholds(monitored: Monitored, client_for: Callable[[str], Client]) -> None:
    approve_all(monitored, HAND_VALUES)
    office = client_for("office")
    url = f"/monitoring/plans/{monitored.plan.pk}/settings/"
    bad = office.post(url, {"achieved_at": "80", "acceptable_at": "90"})
    assert bad.status_code == 200
    office.post(url, {"achieved_at": "90", "acceptable_at": "70"})
    result = progress.compute(progress.load_plan(monitored.plan.pk), 2025)
    assert result.goals[0].band == "acceptable"
    assert (
        client_for("liaison").post(url, {"achieved_at": "1", "acceptable_at": "1"}).status_code
        == 403
    )
