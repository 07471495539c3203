"""Plan updates: from the second year, with a reason; a target is not
updated twice; the plan before and after is kept side by side."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from ortakmasa.accounts.models import User
from ortakmasa.cycle import services
from ortakmasa.plans.models import Indicator
from tests.cycle.conftest import Cycle

pytestmark = pytest.mark.django_db


def _update(c: Cycle, user: User, year: int, new: list[float | None]) -> object:
    ind = c.m.indicators[0]
    return services.update_plan(
        c.m.plan,
        user,
        year=year,
        reason="Hedef erken aşıldı.",
        approval_date=datetime.date(2026, 2, 10),
        decision_number="2026/G-1",
        targets={ind.pk: new},
    )


def test_update_keeps_before_and_after(cycle: Cycle, users: dict[str, User]) -> None:
    with pytest.raises(ValidationError):
        _update(cycle, users["office"], 2025, [200])  # the first year cannot be updated
    update = _update(cycle, users["office"], 2026, [170, 180])
    ind = Indicator.objects.get(pk=cycle.m.indicators[0].pk)
    assert ind.targets[:3] == [150, 170, 180]
    assert [c["old"] for c in update.changes] == [160, 170]  # type: ignore[attr-defined]
    before = update.before["goals"][0]["objectives"][0]["indicators"][0]["targets"]  # type: ignore[attr-defined]
    assert before[1] == 160
    with pytest.raises(ValidationError) as info:
        _update(cycle, users["office"], 2026, [175])
    assert "already updated" in str(info.value)
    client = Client()
    client.force_login(users["office"])
    html = client.get(f"/cycle/updates/{update.pk}/").content.decode()  # type: ignore[attr-defined]
    assert "PG1.1.1" in html and "160" in html and "170" in html
