"""The meeting list, an institution's page and the API cost the same number
of queries with 10 and with 200 meetings."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from ortakmasa.meetings.models import Meeting, MeetingKind, MeetingTopic, Participation, Quote
from ortakmasa.registry.models import Institution, Person
from ortakmasa.themes.models import Theme

pytestmark = pytest.mark.django_db


def add_meetings(n: int, host: Institution, guest: Institution, tag: str) -> None:
    theme = Theme.objects.get(code="transport")
    person = Person.objects.create(given_name="Sayım", family_name=tag)
    person.posts.create(institution=host, title="Uzman")
    for i in range(n):
        meeting = Meeting.objects.create(
            kind=MeetingKind.VISIT,
            title=f"{tag} {i}",
            host=host,
            date=datetime.date(2024, 1, 1) + datetime.timedelta(i),
            is_public=True,
        )
        meeting.guests.set([guest])
        MeetingTopic.objects.create(meeting=meeting, theme=theme, rank=1)
        Participation.objects.create(meeting=meeting, person=person, institution=host)
        Quote.objects.create(meeting=meeting, speaker=person, text="Söz")


@pytest.mark.parametrize(
    "path",
    [
        "/meetings/?page_size=500",
        "/meetings/institutions/{host}/",
        "/api/v1/meetings/?page_size=500",
    ],
)
def test_constant_queries(
    path: str, client_for: Callable[[str], Client], django_capture_on_commit_callbacks: Any
) -> None:
    client = client_for("office")
    host = Institution.objects.get(name="Kadıköy Belediyesi")
    guest = Institution.objects.get(name="İstanbul Büyükşehir Belediyesi")
    url = path.format(host=host.pk)

    def count() -> int:
        cache.clear()  # measure the page's own work, not a cached fragment
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx.captured_queries)

    # Committed, as in production: the kept totals are counted on commit,
    # not by the page (meetings.tallies).
    with django_capture_on_commit_callbacks(execute=True):
        add_meetings(10, host, guest, "Az")
    small = count()
    with django_capture_on_commit_callbacks(execute=True):
        add_meetings(190, host, guest, "Çok")
    assert count() == small
