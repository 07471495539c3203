"""The API meeting list's plain rows are the serializer's JSON, key for key
and in the same order, for meetings with every kind of nested record."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from django.test import Client
from rest_framework.renderers import JSONRenderer

from ortakmasa.meetings.api import MeetingSerializer
from ortakmasa.meetings.api_rows import meeting_dicts, meeting_values
from ortakmasa.meetings.demo import load_campaign
from ortakmasa.meetings.models import Meeting, MeetingTopic, Participation, Quote, Side
from ortakmasa.registry.models import Institution, Person
from ortakmasa.themes.models import Theme

pytestmark = pytest.mark.django_db


def _rich_meetings() -> None:
    load_campaign()
    kadikoy = Institution.objects.get(name="Kadıköy Belediyesi")
    guests = list(Institution.objects.filter(province__plate=34).order_by("-sort_key")[:3])
    person = Person.objects.create(given_name="Zeynep", family_name="Aydın")
    post = person.posts.create(institution=kadikoy, title="Başkan yardımcısı")
    themes = list(Theme.objects.order_by("code")[:3])
    meeting = Meeting.objects.create(
        kind="visit",
        title="Ayrıntılı görüşme",
        host=kadikoy,
        date=datetime.date(2024, 6, 3),
        start_time=datetime.time(14, 30),
        duration_minutes=90,
        place="Kadıköy",
        agenda="Gündem",
        summary="Özet",
        is_public=True,
    )
    meeting.guests.set(guests)
    Participation.objects.create(
        meeting=meeting, person=person, post=post, institution=kadikoy, side=Side.HOST, position=2
    )
    Participation.objects.create(
        meeting=meeting, name_as_written="Adı yazılı kişi", title_as_written="Uzman", position=1
    )
    for rank, theme in zip((2, 1, 3), themes, strict=True):
        MeetingTopic.objects.create(meeting=meeting, theme=theme, rank=rank, label=f"etiket {rank}")
    Quote.objects.create(meeting=meeting, speaker=person, text="Birinci söz", position=1)
    Quote.objects.create(meeting=meeting, speaker_as_written="Bir katılımcı", text="İkinci söz")
    Meeting.objects.create(kind="workshop", title="Tarihsiz", host=kadikoy)


def test_plain_rows_are_the_serializers_json() -> None:
    _rich_meetings()
    qs = Meeting.objects.order_by("-date", "-id")
    assert qs.count() > 5
    expected = MeetingSerializer(
        qs.select_related("host").prefetch_related(
            "guests", "topics__theme", "quotes__speaker", "participations__person"
        ),
        many=True,
    ).data
    plain = meeting_dicts(list(meeting_values(qs)))
    assert JSONRenderer().render(plain) == JSONRenderer().render(expected)


def test_the_list_pages_as_before(client_for: Callable[[str], Client]) -> None:
    _rich_meetings()
    data = client_for("office").get("/api/v1/meetings/", {"page_size": 2, "page": 2}).json()
    ids = list(Meeting.objects.order_by("-date", "-id").values_list("id", flat=True))
    assert [r["id"] for r in data["results"]] == ids[2:4]
    assert data["count"] == len(ids) and "page=3" in data["next"]
