"""The match score's meeting counts kept on write (``match_counts``) give
the same matches and the same own topics as counting the meetings on
request, after random writes through every writer, and equal a rebuild."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ortakmasa.cooperation import match_counts, matching, network_index
from ortakmasa.cooperation.models import MatchCount
from ortakmasa.cooperation.network import NetworkFilters
from ortakmasa.meetings.models import Meeting
from ortakmasa.themes.models import Theme
from tests.cooperation.test_network_index import World

pytestmark = pytest.mark.django_db


def _answer(result: matching.MatchResult) -> dict[str, Any]:
    return {
        "own": [(t.theme.code, t.meetings, t.cooperations, t.projects) for t in result.themes],
        "matches": [m.as_dict() for m in result.matches],
    }


def _both(
    world: World, monkeypatch: pytest.MonkeyPatch, **filters: Any
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """For every institution of ``world``: (kept, counted on request)."""
    theme_code = filters.pop("theme", "")
    theme = Theme.objects.get(code=theme_code) if theme_code else None
    f = NetworkFilters(theme=theme_code, **filters)
    out = []
    for place in world.places[:10]:
        kept = _answer(matching.find_matches(place, f, theme=theme, funder=""))
        with monkeypatch.context() as patch:
            patch.setattr(matching, "kept_counts_serve", lambda *_a, **_k: False)
            counted = _answer(matching.find_matches(place, f, theme=theme, funder=""))
        out.append((kept, counted))
    return out


VARIANTS: list[dict[str, Any]] = [
    {},
    {"public_only": True},
    {"theme": "transport"},
    {"theme": "disaster_earthquake", "public_only": True},
    {"kind": "ngo"},
]


@pytest.mark.parametrize("seed", [11, 12])
def test_kept_counts_give_the_matches_counted_on_request_after_random_writes(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    world = World(seed)
    world.populate(meetings=30, cooperations=4, projects=3)
    compared = 0
    for _round in range(3):
        for _ in range(15):
            world.step()
        network_index.flush()  # this transaction's writes, as a page sees them
        assert match_counts.check() == []
        for variant in VARIANTS:
            for kept, counted in _both(world, monkeypatch, **variant):
                assert kept == counted, variant
                compared += bool(counted["matches"])
    assert compared > 15
    assert MatchCount.objects.filter(public=True).exists()


def test_a_damaged_count_is_found_and_rebuilt() -> None:
    world = World(13)
    for _ in range(12):
        world.meeting()
    network_index.flush()
    expected = match_counts.snapshot()
    MatchCount.objects.filter(pk=MatchCount.objects.order_by("pk").values("pk")[:1]).update(
        meetings=99
    )
    assert match_counts.check() == ["match_counts"]
    assert "match_counts" in network_index.check()
    match_counts.rebuild()
    assert match_counts.snapshot() == expected


def test_scoring_reads_the_kept_counts_not_the_meetings() -> None:
    """Without a date range the score and the own topics are read from
    the kept counts, in as many queries for 40 meetings as for 5; a date
    range counts the meetings."""
    world = World(14)
    counts = []
    for size in (5, 40):
        while Meeting.objects.count() < size:
            world.meeting()
        network_index.flush()
        with CaptureQueriesContext(connection) as ctx:
            matching.find_matches(world.places[0], NetworkFilters())
        counts.append(len(ctx.captured_queries))
        scoring = [q["sql"] for q in ctx.captured_queries if "UNION ALL" in q["sql"]]
        assert len(scoring) == 1
        assert "cooperation_matchcount" in scoring[0]
        assert "meetings_meetingtopic" not in scoring[0]
    assert counts[0] == counts[1]
    with CaptureQueriesContext(connection) as ctx:
        matching.find_matches(world.places[0], NetworkFilters(date_from=datetime.date(2024, 3, 1)))
    scoring = [q["sql"] for q in ctx.captured_queries if "UNION ALL" in q["sql"]]
    assert "meetings_meetingtopic" in scoring[0]
