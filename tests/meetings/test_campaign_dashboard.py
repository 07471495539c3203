"""The campaign dashboard: 36 of 39 districts heard, hours, district × theme."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from ortakmasa.meetings.coverage import campaign_coverage
from ortakmasa.meetings.demo import load_campaign
from ortakmasa.meetings.models import Campaign, Meeting, MeetingKind, MeetingTopic, ReviewStatus
from ortakmasa.themes.models import Theme

pytestmark = pytest.mark.django_db


def test_demo_campaign_coverage() -> None:
    campaign = load_campaign()
    cov = campaign_coverage(campaign)
    assert (cov.heard, cov.total) == (35, 39)  # Başakşehir comes from the seed text
    assert {i.name for i in cov.to_hear} == {
        "Adalar Belediyesi",
        "Silivri Belediyesi",
        "Tuzla Belediyesi",
        "Başakşehir Belediyesi",
    }
    assert cov.hours == round(sum(r.minutes for r in cov.rows) / 60, 1) > 0


def campaign_meeting(campaign: Campaign, target: str, title: str, **fields: Any) -> Meeting:
    """A meeting of the campaign hosted by its target district ``target``."""
    host = campaign.targets.get(name=target)
    return Meeting.objects.create(title=title, host=host, campaign=campaign, **fields)


def test_drafts_do_not_count_and_unreviewed_do(
    client_for: Callable[[str], Client],
) -> None:
    campaign = load_campaign()
    draft = campaign_meeting(
        campaign, "Adalar Belediyesi", "x", kind=MeetingKind.VISIT, review_status=ReviewStatus.DRAFT
    )
    assert campaign_coverage(campaign).heard == 35
    draft.review_status = ReviewStatus.UNREVIEWED
    draft.save()
    cov = campaign_coverage(campaign)
    assert cov.heard == 36 and cov.unreviewed_count == 1


def test_matrix_counts_topics_per_district() -> None:
    campaign = load_campaign()
    meeting = campaign_meeting(
        campaign, "Kadıköy Belediyesi", "Çalıştay", kind=MeetingKind.WORKSHOP, date="2024-06-20"
    )
    kadikoy = meeting.host
    quake = Theme.objects.get(code="disaster_earthquake")
    MeetingTopic.objects.get_or_create(meeting=meeting, theme=quake, defaults={"rank": 1})
    cov = campaign_coverage(campaign)
    expected = MeetingTopic.objects.filter(
        meeting__campaign=campaign, meeting__host=kadikoy, theme=quake
    ).count()
    assert cov.matrix[kadikoy.pk][quake.pk] == expected >= 1


def test_dashboard_page_and_coverage_api(client_for: Callable[[str], Client]) -> None:
    campaign = load_campaign()
    client = client_for("public")
    html = client.get(f"/meetings/campaigns/{campaign.pk}/").content.decode()
    assert "35 / 39" in html
    assert "<svg" in html and 'role="img"' in html
    data = client.get(f"/api/v1/campaigns/{campaign.pk}/coverage/").json()
    assert (data["heard"], data["targets"]) == (35, 39)
    assert len(data["institutions"]) == 39


def test_dashboard_queries_do_not_grow_with_meetings(
    client_for: Callable[[str], Client], django_capture_on_commit_callbacks: Any
) -> None:
    # Committed, as in production (the kept figures are counted on commit).
    with django_capture_on_commit_callbacks(execute=True):
        campaign = load_campaign()
    client = client_for("office")

    def queries() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(f"/meetings/campaigns/{campaign.pk}/").status_code == 200
        return len(ctx.captured_queries)

    before = queries()
    # Committed, as in production: the cached dashboard is rebuilt on commit.
    with django_capture_on_commit_callbacks(execute=True):
        for target in campaign.targets.all()[:20]:
            for i in range(5):
                Meeting.objects.create(
                    kind=MeetingKind.VISIT,
                    title=f"ek {i}",
                    host=target,
                    campaign=campaign,
                    date="2024-06-01",
                    duration_minutes=60,
                )
    assert queries() == before
    assert Campaign.objects.count() == 1
