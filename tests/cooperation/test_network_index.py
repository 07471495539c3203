"""The network kept on write equals a rebuild from scratch, and the pages'
aggregation on request, after random writes, deletes and moves through
every writer: model saves and deletes, relation changes from either side,
the services that write in bulk, and institutions changing kind, province
or parent."""

from __future__ import annotations

import datetime
import random
from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ortakmasa.cooperation import network_index
from ortakmasa.cooperation.models import (
    Cooperation,
    CooperationParty,
    CooperationTopic,
    FundedProject,
    NetworkMonthPair,
    NetworkPair,
    ProjectPartner,
)
from ortakmasa.cooperation.network import (
    NetworkFilters,
    aggregate_network,
    build_network,
    indexed,
)
from ortakmasa.cooperation.services import save_cooperation, save_project
from ortakmasa.meetings.models import Meeting, MeetingKind, MeetingTopic, ReviewStatus
from ortakmasa.meetings.signals import written_in_bulk
from ortakmasa.registry.models import Institution, InstitutionKind, Province
from ortakmasa.themes.models import Theme
from tests.cooperation.helpers import make_cooperation, make_project
from tests.meetings.helpers import toggle_topic

pytestmark = pytest.mark.django_db

VIEWS = [
    NetworkFilters(),
    NetworkFilters(group="kind"),
    NetworkFilters(group="province"),
    NetworkFilters(theme="transport"),
    NetworkFilters(public_only=True, links=("meeting", "project")),
    NetworkFilters(group="province", theme="disaster_earthquake", links=("cooperation",)),
    NetworkFilters(limit=5),
]


def assert_consistent() -> None:
    kept = network_index.snapshot()
    assert network_index.check() == []
    for f in VIEWS:
        assert indexed(f)
        assert build_network(f).as_dict() == aggregate_network(f).as_dict(), f
    assert network_index.snapshot() == kept  # the check rolled its rebuild back


class World:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.places = list(
            Institution.objects.filter(
                province__plate__in=[34, 41, 6], parent__isnull=True
            ).order_by("pk")[:16]
        )
        self.themes = list(
            Theme.objects.filter(code__in=["transport", "disaster_earthquake", "environment"])
        ) or list(Theme.objects.all()[:3])
        self.provinces = list(Province.objects.filter(plate__in=[34, 41, 6, 35]))

    def some(self, low: int, high: int) -> list[Institution]:
        return self.rng.sample(self.places, self.rng.randint(low, high))

    def meeting(self) -> Meeting:
        host, *guests = self.some(2, 4)
        meeting = Meeting.objects.create(
            kind=MeetingKind.VISIT,
            title="Toplantı",
            date=datetime.date(2024, 1, 1) + datetime.timedelta(days=self.rng.randint(0, 600)),
            host=host,
            is_public=self.rng.random() < 0.7,
        )
        meeting.guests.set(guests)
        for rank, theme in enumerate(self.rng.sample(self.themes, self.rng.randint(0, 2)), 1):
            MeetingTopic.objects.create(meeting=meeting, theme=theme, rank=rank)
        return meeting

    def populate(self, meetings: int, cooperations: int, projects: int) -> None:
        """Meetings among the places, then public and private cooperations
        on transport and projects on earthquakes among a few of them."""
        for _ in range(meetings):
            self.meeting()
        for _ in range(cooperations):
            make_cooperation(self.some(2, 4), ["transport"], public=self.rng.random() < 0.7)
        for _ in range(projects):
            make_project(self.some(2, 3), ["disaster_earthquake"])

    def step(self) -> str:
        rng = self.rng
        meetings = list(Meeting.objects.order_by("pk"))
        coops = list(Cooperation.objects.order_by("pk"))
        projects = list(FundedProject.objects.order_by("pk"))
        action = rng.choice(
            [
                "new_meeting",
                "delete_meeting",
                "move_host",
                "set_guests",
                "reverse_guests",
                "public",
                "draft",
                "topic",
                "bulk_topics",
                "new_coop",
                "coop_service",
                "move_party",
                "delete_party",
                "delete_coop",
                "coop_topic",
                "new_project",
                "project_service",
                "project_themes",
                "delete_project",
                "institution_kind",
                "institution_province",
                "institution_parent",
            ]
        )
        if action == "new_meeting" or not meetings:
            self.meeting()
        elif action == "delete_meeting":
            rng.choice(meetings).delete()
        elif action == "move_host":
            m = rng.choice(meetings)
            m.host = rng.choice(self.places)
            m.save()
        elif action == "set_guests":
            rng.choice(meetings).guests.set(self.some(0, 3))
        elif action == "reverse_guests":
            inst = rng.choice(self.places)
            if rng.random() < 0.5:
                inst.visited_meetings.add(*rng.sample(meetings, min(3, len(meetings))))
            elif rng.random() < 0.5:
                inst.visited_meetings.remove(rng.choice(meetings))
            else:
                inst.visited_meetings.clear()
        elif action == "public":
            m = rng.choice(meetings)
            m.is_public = not m.is_public
            m.save()
        elif action == "draft":
            m = rng.choice(meetings)
            m.review_status = rng.choice([ReviewStatus.DRAFT, ReviewStatus.CONFIRMED])
            m.save()
        elif action == "topic":
            m = rng.choice(meetings)
            toggle_topic(rng, m, self.themes)
        elif action == "bulk_topics":
            # A bulk path: it tells the others through written_in_bulk.
            m = rng.choice(meetings)
            m.topics.all().delete()
            MeetingTopic.objects.bulk_create(
                MeetingTopic(meeting=m, theme=t, rank=i)
                for i, t in enumerate(rng.sample(self.themes, 2), 1)
            )
            Meeting.objects.filter(pk=m.pk).update(is_public=rng.random() < 0.5)
            written_in_bulk([m.pk])
        elif action == "new_coop" or not coops:
            make_cooperation(self.some(2, 4), ["transport"], public=rng.random() < 0.7)
        elif action == "coop_service":
            record = rng.choice(coops)
            save_cooperation(
                record,
                [{"institution": i} for i in self.some(1, 4)],
                rng.sample(self.themes, rng.randint(0, 2)),
                None,
            )
        elif action == "move_party":
            party = CooperationParty.objects.filter(cooperation__in=coops).order_by("?").first()
            if party:
                taken = set(
                    CooperationParty.objects.filter(
                        cooperation_id=party.cooperation_id
                    ).values_list("institution_id", flat=True)
                )
                free = [p for p in self.places if p.pk not in taken]
                if free:
                    party.institution = rng.choice(free)
                    party.save()
        elif action == "delete_party":
            party = CooperationParty.objects.order_by("?").first()
            if party:
                party.delete()
        elif action == "delete_coop":
            rng.choice(coops).delete()
        elif action == "coop_topic":
            coop = rng.choice(coops)
            if coop.topics.exists():
                coop.topics.all().delete()
            else:
                CooperationTopic.objects.create(cooperation=coop, theme=self.themes[-1], rank=1)
        elif action == "new_project" or not projects:
            make_project(self.some(2, 3), ["disaster_earthquake"], public=rng.random() < 0.7)
        elif action == "project_service":
            save_project(
                rng.choice(projects),
                [{"institution": i, "role": "partner"} for i in self.some(1, 3)],
                rng.sample(self.themes, 1),
            )
        elif action == "project_themes":
            project = rng.choice(projects)
            if rng.random() < 0.5:
                project.themes.set(rng.sample(self.themes, rng.randint(0, 2)))
            else:
                rng.choice(self.themes).funded_projects.clear()
        elif action == "delete_project":
            project = rng.choice(projects)
            if rng.random() < 0.5:
                project.delete()
            else:
                ProjectPartner.objects.filter(project=project).delete()
        elif action == "institution_kind":
            inst = rng.choice(self.places)
            inst.kind = rng.choice([InstitutionKind.NGO, InstitutionKind.UNIVERSITY, inst.kind])
            inst.save()
        elif action == "institution_province":
            inst = rng.choice(self.places)
            inst.province = rng.choice(self.provinces)
            inst.district = None
            inst.save()
        elif action == "institution_parent":
            # A move in the registry: an institution becomes a unit of
            # another (it then counts for that one), or stands alone again.
            inst = rng.choice(self.places)
            if inst.parent_id:
                inst.parent = None
            else:
                inst.parent = rng.choice([p for p in self.places if p.pk != inst.pk])
                if inst.parent.parent_id:
                    inst.parent = None
            if not Institution.objects.filter(parent=inst).exists():
                inst.save()
        return action


@pytest.mark.parametrize("seed", [1, 2])
def test_kept_network_equals_a_rebuild_after_random_writes(seed: int) -> None:
    world = World(seed)
    world.populate(meetings=25, cooperations=6, projects=4)
    network_index.flush()  # this transaction's writes, as a page would see them
    assert NetworkPair.objects.exists()
    assert_consistent()
    done: set[str] = set()
    for _round in range(6):
        for _ in range(15):
            done.add(world.step())
        assert_consistent()
    assert len(done) > 15, done


def test_rebuild_command_restores_a_damaged_index() -> None:
    world = World(3)
    for _ in range(10):
        world.meeting()
    expected = network_index.snapshot()
    NetworkPair.objects.filter(pk__in=NetworkPair.objects.values("pk")[:5]).delete()
    assert network_index.check() == ["pairs"]
    call_command("network_index", "--rebuild", stdout=_Sink())
    assert network_index.snapshot() == expected
    call_command("network_index", "--check", stdout=_Sink())


def test_reading_the_index_costs_the_same_queries_as_data_grows() -> None:
    world = World(4)
    counts = []
    for size in (5, 40):
        while Meeting.objects.count() < size:
            world.meeting()
        # The writes' recount, which a page reads after the commit.
        network_index.flush()
        with CaptureQueriesContext(connection) as ctx:
            build_network(NetworkFilters())
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1] <= 5


class _Sink:
    def write(self, text: str) -> None:
        pass

    def flush(self) -> None:
        pass


def test_demo_meetings_imports_and_cooperations_keep_the_network(
    django_capture_on_commit_callbacks: Any,
) -> None:
    """The demo imports the seed texts (drafted, confirmed, edited in
    bulk), builds the district-visit campaign and the cooperations: every
    path leaves the network equal to a rebuild."""
    from ortakmasa.cooperation.demo import load_demo_cooperation
    from ortakmasa.meetings.demo import load_demo_meetings
    from ortakmasa.site.demo import load_demo_users, load_seed_people

    with django_capture_on_commit_callbacks(execute=True):
        load_seed_people()
        load_demo_users()
        load_demo_meetings()
        load_demo_cooperation()
    assert Meeting.objects.exists() and Cooperation.objects.exists()
    network_index.flush()  # this transaction's writes, as a page would see them
    assert NetworkPair.objects.exists()
    assert network_index.check() == []


def test_a_transaction_counts_each_record_once_after_its_writes(
    monkeypatch: pytest.MonkeyPatch, django_capture_on_commit_callbacks: Any
) -> None:
    """A meeting saved with its guests and topics, and a cooperation with
    its parties and topics, send a signal per row; the index counts each
    record once, after the commit, and equals a rebuild."""
    world = World(5)
    calls: list[tuple[str, list[int]]] = []
    real = network_index.refresh_now

    def counting(link: str, ids: Any) -> None:
        calls.append((link, sorted(ids)))
        real(link, ids)

    monkeypatch.setattr(network_index, "refresh_now", counting)
    with django_capture_on_commit_callbacks(execute=True):
        meetings = [world.meeting() for _ in range(3)]
        coop = make_cooperation(world.some(3, 4), ["transport", "disaster_earthquake"])
        # Nothing is counted while the transaction is open.
        assert calls == []
    assert sorted(calls) == [
        ("c", [coop.pk]),
        ("m", sorted(m.pk for m in meetings)),
    ]
    assert network_index.check() == []


DATED = [
    NetworkFilters(date_from=datetime.date(2024, 3, 1)),
    NetworkFilters(
        group="kind", date_from=datetime.date(2024, 2, 1), date_to=datetime.date(2025, 1, 31)
    ),
    NetworkFilters(group="province", date_to=datetime.date(2024, 9, 30), public_only=True),
    NetworkFilters(
        theme="transport", date_from=datetime.date(2024, 1, 15), links=("meeting", "cooperation")
    ),
    # By kind, whole months are summed from the per-month rows and the days
    # around them from the meetings: both edges, open ends, one month.
    NetworkFilters(
        group="kind", date_from=datetime.date(2024, 1, 15), date_to=datetime.date(2024, 11, 20)
    ),
    NetworkFilters(group="kind", date_to=datetime.date(2024, 6, 30), public_only=True),
    NetworkFilters(group="kind", theme="transport", date_from=datetime.date(2024, 5, 1)),
    NetworkFilters(
        group="kind", date_from=datetime.date(2024, 3, 3), date_to=datetime.date(2024, 3, 20)
    ),
    NetworkFilters(
        group="kind", date_from=datetime.date(2024, 2, 10), links=("meeting", "project")
    ),
    # The calendar's last day and a start in its last month.
    NetworkFilters(group="kind", date_to=datetime.date.max),
    NetworkFilters(group="kind", date_from=datetime.date(9999, 12, 15)),
]


def test_dated_views_summed_from_the_kept_record_pairs_equal_the_aggregation() -> None:
    """Date ranges are summed from the pairs kept per record; the result is
    the on-request aggregation's, after random writes too, and the queries
    do not grow with the data."""
    from ortakmasa.cooperation.network import recorded

    world = World(6)
    counts = []
    for size in (8, 30):
        while Meeting.objects.count() < size:
            world.meeting()
        make_cooperation(world.some(2, 4), ["transport"], public=world.rng.random() < 0.7)
        make_project(world.some(2, 3), ["disaster_earthquake"])
        for _ in range(10):
            world.step()
        for moved in Meeting.objects.order_by("?")[:3]:
            # A meeting moved to another month moves its per-month rows.
            moved.date = datetime.date(2024, 1, 1) + datetime.timedelta(
                days=world.rng.randint(0, 600)
            )
            moved.save()
        network_index.flush()
        assert NetworkMonthPair.objects.exists()
        for f in DATED:
            assert recorded(f) and not indexed(f)
            assert build_network(f).as_dict() == aggregate_network(f).as_dict(), f
        with CaptureQueriesContext(connection) as ctx:
            build_network(DATED[1])
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1]
    assert any(build_network(f).edges for f in DATED)
    assert network_index.check() == []
    # The migration's step counts the month rows from the stored records.
    kept = network_index.snapshot()
    NetworkMonthPair.objects.all().delete()
    network_index.fill_months()
    assert network_index.snapshot() == kept
