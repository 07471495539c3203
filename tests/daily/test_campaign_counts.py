"""A campaign counts the meetings of its institutions within its dates by
itself (one can be left out), and the count agrees on the campaign list,
its dashboard, the API, the plan's trace page and the portal (issue 12:
39/37/38)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

import pytest
from django.test import Client

from ortakmasa.meetings.models import Campaign, Meeting, ReviewStatus
from ortakmasa.plans.models import PlanStatus
from ortakmasa.plans.sample import make_plan
from tests.conftest import BASAKSEHIR, IBB, KADIKOY, inst

pytestmark = pytest.mark.django_db


def _meeting(title: str, host_key: str, day: datetime.date, **kw: object) -> Meeting:
    return Meeting.objects.create(
        kind="visit",
        title=title,
        host=inst(host_key),
        date=day,
        review_status=kw.pop("review_status", ReviewStatus.CONFIRMED),
        is_public=True,
        **kw,
    )


def test_counts_agree_everywhere(client_for: Callable[[str], Client]) -> None:
    campaign = Campaign.objects.create(
        name="2024 ilçe ziyaretleri",
        owner=inst(IBB),
        start_date=datetime.date(2024, 4, 1),
        end_date=datetime.date(2024, 9, 30),
        is_public=True,
    )
    campaign.targets.set([inst(KADIKOY), inst(BASAKSEHIR)])
    inside = _meeting("Kadıköy ziyareti", KADIKOY, datetime.date(2024, 5, 2))
    _meeting("Başakşehir ziyareti", BASAKSEHIR, datetime.date(2024, 6, 2))
    _meeting("Önceki ziyaret", KADIKOY, datetime.date(2024, 1, 5))  # before the dates
    _meeting("Taslak", KADIKOY, datetime.date(2024, 5, 9), review_status=ReviewStatus.DRAFT)
    _meeting("Dosyalanmış", BASAKSEHIR, datetime.date(2023, 12, 1), campaign=campaign)
    courtesy = _meeting("Nezaket ziyareti", KADIKOY, datetime.date(2024, 7, 7))

    office = client_for("office")
    response = office.post(
        f"/meetings/campaigns/{campaign.pk}/exclude/", {"meeting": str(courtesy.pk)}
    )
    assert response.status_code == 302
    expected = 3  # two within the dates, one filed by hand; not the left-out one

    row = re.search(
        rf'href="/meetings/campaigns/{campaign.pk}/">.*?</tr>',
        office.get("/meetings/campaigns/").content.decode(),
        re.S,
    )
    assert row is not None and row.group(0).endswith(f"<td>{expected}</td></tr>")
    dashboard = office.get(f"/meetings/campaigns/{campaign.pk}/").content.decode()
    assert f"<strong>{expected}</strong>" in dashboard
    assert f'href="/meetings/{inside.pk}/"' in dashboard
    api = office.get(f"/api/v1/campaigns/{campaign.pk}/coverage/").json()
    assert api["meetings"] == expected and api["heard"] == 2

    plan = make_plan(inst(IBB), goals=1, objectives=1, indicators=1)
    trace = office.get(f"/plans/{plan.pk}/trace/").content.decode()
    assert f"Yapılan toplantılar</dt><dd>{expected}</dd>" in trace
    plan.status = PlanStatus.PUBLISHED
    plan.save()
    portal = client_for("public").get(f"/portal/plans/{plan.pk}/consultation/").content.decode()
    assert f"<strong>{expected}</strong>" in portal

    # Taken back in: every page counts it again.
    office.post(
        f"/meetings/campaigns/{campaign.pk}/exclude/",
        {"meeting": str(courtesy.pk), "include": "1"},
    )
    api = office.get(f"/api/v1/campaigns/{campaign.pk}/coverage/").json()
    assert api["meetings"] == expected + 1


def test_only_the_office_leaves_meetings_out(client_for: Callable[[str], Client]) -> None:
    campaign = Campaign.objects.create(name="Ziyaretler", owner=inst(IBB), is_public=True)
    meeting = _meeting("Ziyaret", KADIKOY, datetime.date(2024, 5, 2), campaign=campaign)
    response = client_for("liaison").post(
        f"/meetings/campaigns/{campaign.pk}/exclude/", {"meeting": str(meeting.pk)}
    )
    assert response.status_code == 403
    assert not campaign.excluded_meetings.exists()
