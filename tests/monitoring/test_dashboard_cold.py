"""The monitoring dashboard, uncached, costs the same queries for a plan of
four indicators and one of 120, and its prepared table rows say what the
former per-row template said: numbers, readings, statuses and links."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from ortakmasa.monitoring.models import IndicatorValue, ValueStatus
from ortakmasa.plans.models import Indicator, PlanStatus
from ortakmasa.plans.sample import make_plan
from ortakmasa.registry.models import Institution
from tests.conftest import IBB
from tests.monitoring.conftest import HAND_VALUES, Monitored, approve_all, approved_dashboard

pytestmark = pytest.mark.django_db


def cold_queries(client: Client, url: str) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_cold_dashboard_queries_do_not_grow_with_the_plan(
    monitored: Monitored, client_for: Callable[[str], Client]
) -> None:
    approve_all(monitored, HAND_VALUES)
    office = client_for("office")
    small = cold_queries(office, f"/monitoring/plans/{monitored.plan.pk}/?year=2025")
    ibb = Institution.objects.get(reference_key=IBB)
    big = make_plan(ibb, goals=4, objectives=5, indicators=6, unit=monitored.unit)
    big.status = PlanStatus.APPROVED
    big.save()
    for ind in Indicator.objects.filter(objective__goal__plan=big):
        IndicatorValue.objects.create(
            indicator=ind,
            year=2025,
            end_month=12,
            value=Decimal(ind.pk % 50 + 1),
            status=ValueStatus.APPROVED,
        )
    assert Indicator.objects.filter(objective__goal__plan=big).count() == 120
    assert cold_queries(office, f"/monitoring/plans/{big.pk}/?year=2025") == small


def test_prepared_rows_show_figures_statuses_and_links(
    monitored: Monitored, client_for: Callable[[str], Client]
) -> None:
    html = approved_dashboard(monitored, client_for("office"), HTTP_ACCEPT_LANGUAGE="tr")
    for ind in monitored.indicators:
        assert f'<a href="/monitoring/indicators/{ind.pk}/">' in html
        assert f'<th scope="row">{ind.number}</th>' in html
    # PG1.1.1: baseline 100, target 150, actual 125 → 50 %, read in 2025.
    assert '<td class="num">100</td><td class="num">150</td><td class="num">125 <small>' in html
    assert '<td class="num">%50</td><td><span class="band band-' in html
    assert "Test Daire Başkanlığı" in html
    # Every status cell names its status.
    assert '"></span>' not in html
