"""The public portal: no sign-in, published plans only, the right figures,
accessible charts, cached fragments refreshed when a value is approved,
and a fixed number of queries whatever the size of the plan."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from typing import Any

import pytest
from django.test import Client

from ortakmasa.monitoring import services
from ortakmasa.monitoring.models import IndicatorValue, ValueStatus
from ortakmasa.plans.models import PlanStatus
from ortakmasa.plans.sample import make_plan
from ortakmasa.proposals.models import Proposal, Status
from ortakmasa.registry.models import Institution
from tests.conftest import BASAKSEHIR, IBB
from tests.monitoring.conftest import HAND_VALUES, Monitored, approve_all, make_monitored
from tests.queries import queries_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(db: None) -> Monitored:
    m = make_monitored(status=PlanStatus.PUBLISHED)
    approve_all(m, HAND_VALUES)
    return m


def test_pages_without_sign_in(published: Monitored, client: Client) -> None:
    pk = published.plan.pk
    goal = published.plan.goals.get()
    home = client.get("/portal/").content.decode()
    assert f"/portal/plans/{pk}/" in home
    html = client.get(f"/portal/plans/{pk}/?year=2025").content.decode()
    assert "%74,1" in html  # the goal
    assert html.count('role="img"') >= 3
    # Every chart has a text alternative and its numbers as a table.
    assert html.count("<desc id=") == html.count('role="img"')
    assert html.count('<th scope="col">') >= 3
    assert len(re.findall(r"<h1[ >]", html)) == 1
    goal_html = client.get(f"/portal/plans/{pk}/goals/{goal.pk}/?year=2025").content.decode()
    assert "%53,2" in goal_html and "%95" in goal_html and "%57,9" in goal_html
    assert "Gecikme nedeni" in goal_html  # the unit's explanation of a missed target
    assert client.get(f"/portal/plans/{pk}/consultation/").status_code == 200


def test_drafts_are_not_on_the_portal(client: Client) -> None:
    m = make_monitored(status=PlanStatus.APPROVED)
    assert client.get(f"/portal/plans/{m.plan.pk}/").status_code == 404
    assert f"/portal/plans/{m.plan.pk}/" not in client.get("/portal/").content.decode()


def test_unapproved_values_do_not_show(
    published: Monitored, client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    goal = published.plan.goals.get()
    url = f"/portal/plans/{published.plan.pk}/?year=2026"

    def goal_band() -> str:
        html = client.get(url).content.decode()
        section = html.split(f'id="goal-{goal.pk}"')[1]
        found = re.search(r'class="band band-(\w+)"', section)
        assert found is not None
        return found.group(1)

    assert goal_band() == "no_data"
    with django_capture_on_commit_callbacks(execute=True):
        item = services.enter_value(
            published.indicators[0],
            published.unit_user,
            year=2026,
            end_month=12,
            value=Decimal(160),
            explanation="Yıl sonu",
            today=datetime.date(2026, 12, 3),
        )
    assert goal_band() == "no_data"  # waiting for approval: not counted
    with django_capture_on_commit_callbacks(execute=True):
        item.status = ValueStatus.APPROVED
        item.save()  # bumps the generation on commit: the cached page is rebuilt
    # One indicator of four: a figure, but no verdict (regression).
    assert goal_band() == "incomplete"


def test_consultation_shows_public_proposals(published: Monitored, client: Client) -> None:
    basaksehir = Institution.objects.get(reference_key=BASAKSEHIR)
    Proposal.objects.create(
        title="Kavşağa üst geçit",
        institution=basaksehir,
        status=Status.ACCEPTED,
        status_reason="H1.1 hedefine alındı.",
        is_public=True,
    )
    Proposal.objects.create(title="Gizli öneri", institution=basaksehir, is_public=False)
    html = client.get(f"/portal/plans/{published.plan.pk}/consultation/").content.decode()
    assert "Kavşağa üst geçit" in html and "H1.1 hedefine alındı." in html
    assert "Gizli öneri" not in html


def _queries(client: Client, url: str) -> int:
    return queries_for(client, url)


def test_query_count_is_constant(client: Client) -> None:
    from django.core.cache import cache

    ibb = Institution.objects.get(reference_key=IBB)
    counts = []
    for goals, objectives, indicators in ((1, 1, 2), (4, 5, 10)):
        plan = make_plan(ibb, goals=goals, objectives=objectives, indicators=indicators)
        plan.status = PlanStatus.PUBLISHED
        plan.save()
        IndicatorValue.objects.bulk_create(
            IndicatorValue(indicator=i, year=2025, end_month=12, value=120, status="approved")
            for g in plan.goals.all()
            for o in g.objectives.all()
            for i in o.indicators.all()
        )
        goal = plan.goals.first()
        assert goal is not None
        cache.clear()
        counts.append(
            (
                _queries(client, f"/portal/plans/{plan.pk}/"),
                _queries(client, f"/portal/plans/{plan.pk}/goals/{goal.pk}/"),
                _queries(client, f"/portal/plans/{plan.pk}/consultation/"),
            )
        )
    assert counts[0] == counts[1]
