"""The network is summed by the database: the same nodes, links and totals as
counting every pair in Python (the reference below, the page's former code),
for every grouping, with and without people, whatever the limit."""

from __future__ import annotations

import datetime
import random
from collections import defaultdict
from typing import Any

import pytest
from django.db.models import Count

from ortakmasa.cooperation.models import CooperationParty, ProjectPartner
from ortakmasa.cooperation.network import (
    PERSON,
    NetworkFilters,
    _group_expr,
    _kind_q,
    build_network,
    cooperations_qs,
    meetings_qs,
    projects_qs,
)
from ortakmasa.meetings.models import Meeting, MeetingKind, Participation, Side
from ortakmasa.registry.models import Institution, Person
from tests.cooperation.helpers import make_cooperation, make_project

pytestmark = pytest.mark.django_db


def reference(f: NetworkFilters) -> tuple[dict[str, int], dict[tuple[str, str], tuple[int, ...]]]:
    """Every pair counted in Python: node weights and edges."""
    edges: dict[tuple[str, str], list[int]] = {}

    def key(value: Any) -> str:
        return "-" if value is None else str(value)

    def add(rows: Any, index: int, prefix: str = "") -> None:
        for a, b, n in rows:
            ka, kb = prefix + key(a), key(b)
            if ka == kb:
                continue
            pair = (ka, kb) if ka < kb else (kb, ka)
            edges.setdefault(pair, [0, 0, 0])[index] += n

    def pairs(qs: Any, a: str, b: str, count: str) -> Any:
        return (
            qs.filter(_kind_q(f, a, b))
            .annotate(a=_group_expr(f, a), b=_group_expr(f, b))
            .values("a", "b")
            .annotate(n=Count(count, distinct=True))
            .values_list("a", "b", "n")
        )

    if "meeting" in f.links:
        guests = Meeting.guests.through.objects.filter(
            meeting_id__in=meetings_qs(f).values("pk"), meeting__host__isnull=False
        )
        add(pairs(guests, "meeting__host__", "institution__", "meeting_id"), 0)
    if "cooperation" in f.links:
        parties = CooperationParty.objects.filter(
            cooperation_id__in=cooperations_qs(f).values("pk")
        )
        add(
            pairs(parties, "institution__", "cooperation__parties__institution__", "cooperation"), 1
        )
    if "project" in f.links:
        partners = ProjectPartner.objects.filter(project_id__in=projects_qs(f).values("pk"))
        add(pairs(partners, "institution__", "project__partners__institution__", "project"), 2)
    for counts in edges.values():  # the self-joins saw each pair twice
        counts[1] //= 2
        counts[2] //= 2
    if f.people and "meeting" in f.links:
        base = Participation.objects.filter(
            meeting_id__in=meetings_qs(f).values("pk"), person__isnull=False
        )
        if f.kind:
            base = base.filter(institution__root__kind=f.kind)
        to_host = (
            base.filter(side=Side.GUEST, meeting__host__isnull=False)
            .values("person_id", "meeting__host__root_id")
            .annotate(n=Count("meeting_id", distinct=True))
            .values_list("person_id", "meeting__host__root_id", "n")
        )
        to_guest = (
            base.filter(side=Side.HOST)
            .values("person_id", "meeting__guests__root_id")
            .annotate(n=Count("meeting_id", distinct=True))
            .values_list("person_id", "meeting__guests__root_id", "n")
        )
        add(to_host, 0, PERSON)
        add(((p, i, n) for p, i, n in to_guest if i is not None), 0, PERSON)
    weights: dict[str, int] = defaultdict(int)
    for (a, b), counts in edges.items():
        weights[a] += sum(counts)
        weights[b] += sum(counts)
    return dict(weights), {pair: tuple(c) for pair, c in edges.items()}


def natural(key: str) -> tuple[int, int | str]:
    """Ties are ranked by the key as the database holds it: people (as
    -id - 1), "none" (-1), ids, then text (kinds)."""
    if key == "-":
        return (0, -1)
    if key.startswith(PERSON):
        return (0, -int(key[len(PERSON) :]) - 1)
    if key.isdigit():
        return (0, int(key))
    return (1, key)


@pytest.fixture
def random_network() -> None:
    rng = random.Random(20261203)
    places = list(
        Institution.objects.filter(province__plate__in=[34, 41, 6], parent__isnull=True).order_by(
            "pk"
        )[:14]
    )
    people = [Person.objects.create(given_name=f"Ad{i}", family_name=f"Soyad{i}") for i in range(6)]
    for i in range(60):
        host, *guests = rng.sample(places, rng.randint(2, 4))
        meeting = Meeting.objects.create(
            kind=MeetingKind.VISIT,
            title=f"Toplantı {i}",
            date=datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randint(0, 600)),
            host=host,
            is_public=rng.random() < 0.8,
        )
        meeting.guests.set(guests)
        for person in rng.sample(people, 2):
            side = rng.choice([Side.HOST, Side.GUEST])
            Participation.objects.create(
                meeting=meeting,
                person=person,
                side=side,
                institution=host if side == Side.HOST else guests[0],
            )
    for i in range(20):
        make_cooperation(rng.sample(places, rng.randint(2, 4)), ["transport"], title=f"İ{i}")
    for _ in range(12):
        make_project(rng.sample(places, rng.randint(2, 3)), ["disaster_earthquake"])


@pytest.mark.parametrize("group", ["institution", "kind", "province", "party"])
@pytest.mark.parametrize("people", [False, True])
@pytest.mark.parametrize("limit", [4, 150])
def test_database_sums_equal_the_pairwise_count(
    random_network: None, group: str, people: bool, limit: int
) -> None:
    f = NetworkFilters(group=group, people=people and group == "institution", limit=limit)
    weights, edges = reference(f)
    assert len(edges) > (10 if group == "institution" else 0)
    net = build_network(f)
    ranked = sorted(weights, key=lambda k: (-weights[k], natural(k)))[:limit]
    assert [n.key for n in net.nodes] == ranked
    assert [n.weight for n in net.nodes] == [weights[k] for k in ranked]
    shown = set(ranked)
    expected = {p: c for p, c in edges.items() if p[0] in shown and p[1] in shown}
    got = {(e.source, e.target): (e.meetings, e.cooperations, e.projects) for e in net.edges}
    assert got == expected
    assert net.totals["links"] == len(edges)
    assert net.totals["nodes"] == len(weights)
    assert net.hidden_nodes == len(weights) - len(ranked)
    assert [e.weight for e in net.edges] == sorted((e.weight for e in net.edges), reverse=True)


def test_filters_by_theme_kind_and_links(random_network: None) -> None:
    for f in (
        NetworkFilters(theme="transport"),
        NetworkFilters(kind="district_municipality"),
        NetworkFilters(links=("cooperation", "project")),
        NetworkFilters(date_from=datetime.date(2024, 6, 1), public_only=True),
    ):
        weights, edges = reference(f)
        net = build_network(f)
        assert {n.key: n.weight for n in net.nodes} == {
            k: weights[k]
            for k in sorted(weights, key=lambda k: (-weights[k], natural(k)))[: f.limit]
        }
        assert net.totals["links"] == len(edges)
