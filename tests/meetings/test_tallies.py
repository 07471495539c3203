"""The meeting figures kept on write (``meetings.tallies``) equal a recount
on request after random writes through every writer: model saves and
deletes, guests changed from either side, topics, the bulk paths that
signal ``written_in_bulk``, campaigns' dates, targets and exclusions, and
institutions moving under another."""

from __future__ import annotations

import datetime
import random
from collections.abc import Callable
from typing import Any

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from ortakmasa.accounts.models import User
from ortakmasa.meetings import tallies
from ortakmasa.meetings.coverage import (
    campaign_coverage,
    campaign_meetings,
    count_coverage,
    latest_meetings,
)
from ortakmasa.meetings.models import (
    Campaign,
    Meeting,
    MeetingKind,
    MeetingTally,
    MeetingTopic,
    ReviewStatus,
)
from ortakmasa.meetings.signals import written_in_bulk
from ortakmasa.registry.models import Institution
from ortakmasa.themes.models import Theme
from tests.meetings.helpers import toggle_topic

pytestmark = pytest.mark.django_db


class World:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.places = list(
            Institution.objects.filter(province__plate__in=[34, 41], parent__isnull=True).order_by(
                "pk"
            )[:12]
        )
        self.themes = list(Theme.objects.order_by("pk")[:4])
        owner = self.places[0]
        self.campaigns = [
            Campaign.objects.create(name="Dosyalı", owner=owner),
            Campaign.objects.create(
                name="Tarihli",
                owner=owner,
                start_date=datetime.date(2024, 3, 1),
                end_date=datetime.date(2024, 12, 31),
            ),
        ]
        for campaign in self.campaigns:
            campaign.targets.set(self.rng.sample(self.places, 6))

    def day(self) -> datetime.date:
        return datetime.date(2024, 1, 1) + datetime.timedelta(days=self.rng.randint(0, 500))

    def meeting(self) -> Meeting:
        rng = self.rng
        host, *guests = rng.sample(self.places, rng.randint(1, 4))
        meeting = Meeting.objects.create(
            kind=MeetingKind.VISIT,
            title="Toplantı",
            date=self.day(),
            duration_minutes=rng.choice([None, 30, 90]),
            host=host if rng.random() < 0.9 else None,
            campaign=rng.choice([None, None, self.campaigns[0], self.campaigns[1]]),
            is_public=rng.random() < 0.6,
            review_status=rng.choice(
                [
                    ReviewStatus.CONFIRMED,
                    ReviewStatus.CONFIRMED,
                    ReviewStatus.UNREVIEWED,
                    ReviewStatus.DRAFT,
                ]
            ),
        )
        meeting.guests.set(guests)
        for rank, theme in enumerate(rng.sample(self.themes, rng.randint(0, 2)), 1):
            MeetingTopic.objects.create(meeting=meeting, theme=theme, rank=rank)
        return meeting

    def step(self) -> str:
        rng = self.rng
        meetings = list(Meeting.objects.order_by("pk"))
        action = rng.choice(
            [
                "new",
                "delete",
                "host",
                "date",
                "campaign",
                "status",
                "public",
                "guests",
                "reverse_guests",
                "topic",
                "bulk",
                "campaign_dates",
                "targets",
                "reverse_targets",
                "exclude",
                "parent",
                "delete_institution",
            ]
        )
        if action == "new" or len(meetings) < 3:
            self.meeting()
            return "new"
        m = rng.choice(meetings)
        if action == "delete":
            m.delete()
        elif action == "host":
            m.host = rng.choice(self.places)
            m.save()
        elif action == "date":
            m.date = self.day()
            m.duration_minutes = rng.choice([None, 45, 120])
            m.save()
        elif action == "campaign":
            m.campaign = rng.choice([None, *self.campaigns])
            m.save()
        elif action == "status":
            m.review_status = rng.choice(list(ReviewStatus))
            m.save()
        elif action == "public":
            m.is_public = not m.is_public
            m.save()
        elif action == "guests":
            m.guests.set(rng.sample(self.places, rng.randint(0, 3)))
        elif action == "reverse_guests":
            inst = rng.choice(self.places)
            choice = rng.random()
            if choice < 0.4:
                inst.visited_meetings.add(*rng.sample(meetings, min(3, len(meetings))))
            elif choice < 0.7:
                inst.visited_meetings.remove(m)
            else:
                inst.visited_meetings.clear()
        elif action == "topic":
            toggle_topic(rng, m, self.themes)
        elif action == "bulk":
            # A bulk path: it tells the others through written_in_bulk.
            picked = rng.sample(meetings, min(4, len(meetings)))
            MeetingTopic.objects.filter(meeting__in=picked).delete()
            MeetingTopic.objects.bulk_create(
                MeetingTopic(meeting=p, theme=t, rank=i)
                for p in picked
                for i, t in enumerate(rng.sample(self.themes, 2), 1)
            )
            Meeting.objects.filter(pk__in=[p.pk for p in picked]).update(
                is_public=rng.random() < 0.5,
                review_status=rng.choice(list(ReviewStatus)),
                campaign=rng.choice([None, *self.campaigns]),
            )
            written_in_bulk(p.pk for p in picked)
        elif action == "campaign_dates":
            campaign = rng.choice(self.campaigns)
            campaign.start_date = rng.choice([None, self.day()])
            campaign.end_date = rng.choice([None, datetime.date(2025, 6, 1)])
            campaign.save()
        elif action == "targets":
            rng.choice(self.campaigns).targets.set(rng.sample(self.places, rng.randint(2, 8)))
        elif action == "reverse_targets":
            inst = rng.choice(self.places)
            if rng.random() < 0.5:
                inst.campaigns_targeting.add(rng.choice(self.campaigns))
            else:
                inst.campaigns_targeting.clear()
        elif action == "exclude":
            campaign = rng.choice(self.campaigns)
            if rng.random() < 0.7:
                campaign.excluded_meetings.add(m)
            else:
                campaign.excluded_meetings.clear()
        elif action == "parent":
            # A move in the registry: an institution becomes a unit of
            # another (its meetings count on that one's record), or stands
            # alone again.
            inst = rng.choice(self.places[1:])
            if inst.parent_id:
                inst.parent = None
            elif not Institution.objects.filter(parent=inst).exists():
                parent = rng.choice([p for p in self.places if p.pk != inst.pk])
                inst.parent = None if parent.parent_id else parent
            inst.save()
        elif action == "delete_institution":
            # A body only ever seen as a visitor can be deleted: its visits go
            # without a relation signal.
            body = Institution.objects.create(name=f"Geçici {rng.random()}", kind="ngo")
            body.visited_meetings.add(*rng.sample(meetings, min(2, len(meetings))))
            body.campaigns_targeting.add(rng.choice(self.campaigns))
            tallies.flush()
            # An institution is its own root, which protects it from deletion.
            Institution.objects.filter(pk=body.pk).update(root=None)
            body.delete()
        return action


def on_request_total(key: str, *, public: bool) -> int:
    qs = Meeting.objects.exclude(review_status=ReviewStatus.DRAFT)
    if public:
        qs = qs.filter(is_public=True)
    kind, _sep, pk = key.partition(":")
    if kind == "inst":
        qs = qs.filter(pk__in=Meeting.objects.filter(host_id=pk).values("pk")) | qs.filter(
            guests=pk
        )
    elif kind == "tree":
        tree = Institution.objects.filter(pk=pk) | Institution.objects.filter(root_id=pk)
        qs = qs.filter(host__in=tree) | qs.filter(guests__in=tree)
    return qs.distinct().count()


def assert_consistent(world: World) -> None:
    assert tallies.check() == []
    for key in ["all"] + [f"{k}:{p.pk}" for p in world.places for k in ("inst", "tree")]:
        for public in (False, True):
            assert tallies.total(key, public=public) == on_request_total(key, public=public), key
    for campaign in Campaign.objects.all():
        kept, counted = campaign_coverage(campaign), count_coverage(campaign)
        assert kept.as_dict() == counted.as_dict(), campaign.name
        assert kept.themes == counted.themes
        assert kept.rows == counted.rows
        members = set(
            Meeting.objects.filter(pk__in=tallies.member_ids(campaign)).values_list("pk", flat=True)
        )
        assert members == set(campaign_meetings(campaign, drafts=True).values_list("pk", flat=True))
        latest = campaign_meetings(campaign).order_by("-date", "-id")
        assert list(latest_meetings(campaign, 5)) == list(latest[:5])


@pytest.mark.parametrize("seed", [1, 2])
def test_kept_figures_equal_a_recount_after_random_writes(seed: int) -> None:
    world = World(seed)
    for _ in range(20):
        world.meeting()
    assert_consistent(world)
    done: set[str] = set()
    for _round in range(6):
        for _ in range(15):
            done.add(world.step())
        assert_consistent(world)
    assert len(done) > 12, done


def test_withdrawn_data_lowers_the_figures() -> None:
    """A figure never rises, nor stays, when its data is withdrawn: a
    meeting deleted or turned back into a draft leaves the totals and the
    campaign's last date."""
    world = World(3)
    campaign = world.campaigns[0]
    host = campaign.targets.order_by("pk").first()
    assert host is not None
    early = Meeting.objects.create(
        kind=MeetingKind.VISIT,
        title="Erken",
        host=host,
        campaign=campaign,
        date=datetime.date(2024, 1, 5),
        duration_minutes=60,
    )
    late = Meeting.objects.create(
        kind=MeetingKind.VISIT,
        title="Geç",
        host=host,
        campaign=campaign,
        date=datetime.date(2024, 9, 5),
        duration_minutes=30,
    )
    row = next(r for r in campaign_coverage(campaign).rows if r.institution == host)
    assert (row.meetings, row.minutes, row.last_date) == (2, 90, late.date)
    before = tallies.total("all", public=False)
    late.review_status = ReviewStatus.DRAFT
    late.save()
    row = next(r for r in campaign_coverage(campaign).rows if r.institution == host)
    assert (row.meetings, row.minutes, row.last_date) == (1, 60, early.date)
    assert tallies.total("all", public=False) == before - 1
    early.delete()
    row = next(r for r in campaign_coverage(campaign).rows if r.institution == host)
    assert (row.meetings, row.minutes, row.last_date) == (0, 0, None)
    assert tallies.total("all", public=False) == before - 2


def test_a_transaction_is_counted_once_after_its_commit(
    monkeypatch: pytest.MonkeyPatch, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        world = World(4)
    calls: list[tuple[list[int], list[int]]] = []
    real = tallies.refresh_now

    def spy(meetings: Any, campaigns: Any = ()) -> None:
        calls.append((sorted(meetings), sorted(campaigns)))
        real(meetings, campaigns)

    monkeypatch.setattr(tallies, "refresh_now", spy)
    with django_capture_on_commit_callbacks(execute=True):
        made = [world.meeting() for _ in range(5)]
        assert calls == []  # only marked inside the transaction
    assert len(calls) == 1 and calls[0][0] == sorted(m.pk for m in made)
    assert tallies.check() == []


def test_rebuild_command_restores_damaged_figures() -> None:
    world = World(5)
    for _ in range(8):
        world.meeting()
    expected = tallies.snapshot()
    MeetingTally.objects.filter(key="all").update(meetings=12345)
    assert tallies.check() == ["totals"]
    call_command("meeting_tallies", "--rebuild", stdout=_Sink())
    assert tallies.snapshot() == expected
    call_command("meeting_tallies", "--check", stdout=_Sink())


class _Sink:
    def write(self, text: str) -> None:
        pass

    def flush(self) -> None:
        pass


@pytest.mark.parametrize("role", ["office", "public", "admin"])
def test_list_totals_are_kept_and_count_each_users_drafts(
    role: str, client_for: Callable[[str], Client]
) -> None:
    """The pager's total is the kept number plus the drafts this user may
    see, equal to counting the page's own query, and costs the same
    queries with 10 and with 60 meetings."""
    from django.core.paginator import Paginator

    from ortakmasa.kernel.policy import visible
    from ortakmasa.meetings.queries import meeting_total

    world = World(6)
    client = client_for(role)
    user = User.objects.filter(username=role).first() if role != "public" else None
    from django.contrib.auth.models import AnonymousUser

    who: Any = user or AnonymousUser()
    inst = world.places[1]
    queries = []
    for size in (10, 60):
        while Meeting.objects.count() < size:
            world.meeting()
        tallies.flush()
        for key, qs in (
            ("all", visible(who, Meeting.objects.all())),
            (
                f"tree:{inst.pk}",
                visible(who, Meeting.objects.all()).filter(
                    pk__in=(
                        Meeting.objects.filter(host=inst) | Meeting.objects.filter(guests=inst)
                    ).values("pk")
                ),
            ),
        ):
            assert meeting_total(who, qs, key) == Paginator(qs.order_by("pk"), 50).count
        cache.clear()
        with CaptureQueriesContext(connection) as ctx:
            html = client.get("/meetings/").content.decode()
        queries.append(len(ctx.captured_queries))
        shown = Paginator(visible(who, Meeting.objects.all()).order_by("pk"), 50).count
        assert f"{shown} toplantı" in html or f"{shown} meeting" in html
    assert queries[0] == queries[1]
