"""A person the registry knows brings the post a reviewer confirmed
earlier: an import of a text that names them without their post links that
post and its body, on the meeting's date only, and never guesses between
two posts (issue 15, Deliver 3: the institution and post of every person)."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from ortakmasa.meetings.importer import CREATED, import_text
from ortakmasa.meetings.models import Meeting, Participation
from ortakmasa.registry.models import Institution, InstitutionKind, Person, Post

pytestmark = pytest.mark.django_db

TEXT = (
    "5 Mart 2025 — Selim Karaoğlan, Kartal Belediyesi'ni ziyaret ederek Belediye Başkanı "
    "Gökhan Yüksel ile görüştü."
)


@pytest.fixture
def karaoglan() -> Person:
    return Person.objects.create(given_name="Selim", family_name="Karaoğlan")


def _office(name: str, kind: str = InstitutionKind.OTHER) -> Institution:
    return Institution.objects.get_or_create(name=name, defaults={"kind": kind})[0]


def _participation(name: str, text: str = TEXT) -> Participation:
    result = import_text(text.encode(), "ziyaret.txt")
    assert result.status == CREATED, result.error
    return Participation.objects.get(meeting__source_document=result.document, name_as_written=name)


def test_post_held_on_the_date_gives_the_body(karaoglan: Person) -> None:
    office = _office("Kartal Kaymakamlığı")
    post = Post.objects.create(
        person=karaoglan, institution=office, title="Kaymakam", start_date=datetime.date(2023, 9, 1)
    )
    row = _participation("Selim Karaoğlan")
    assert row.person == karaoglan
    assert row.post == post
    assert row.institution == office
    # what the text said stays as the text said it
    assert row.title_as_written == ""


def test_post_ended_before_the_meeting_is_not_used(karaoglan: Person) -> None:
    Post.objects.create(
        person=karaoglan,
        institution=_office("Kartal Kaymakamlığı"),
        title="Kaymakam",
        start_date=datetime.date(2019, 1, 1),
        end_date=datetime.date(2024, 12, 31),
    )
    row = _participation("Selim Karaoğlan")
    assert row.person == karaoglan
    assert row.post is None and row.institution is None


def test_two_posts_at_once_are_not_guessed_between(karaoglan: Person) -> None:
    for body, title in (("Kartal Kaymakamlığı", "Kaymakam"), ("Kartal Kent Konseyi", "Üye")):
        Post.objects.create(person=karaoglan, institution=_office(body), title=title)
    row = _participation("Selim Karaoğlan")
    assert row.person == karaoglan
    assert row.post is None and row.institution is None


def test_the_body_the_text_names_picks_the_post() -> None:
    mayor = Person.objects.create(given_name="Gökhan", family_name="Yüksel")
    kartal = Institution.objects.filter(name="Kartal Belediyesi").first() or _office(
        "Kartal Belediyesi", InstitutionKind.DISTRICT_MUNICIPALITY
    )
    held = Post.objects.create(person=mayor, institution=kartal, title="Belediye Başkanı")
    union = _office("Marmara Belediyeler Birliği")
    Post.objects.create(person=mayor, institution=union, title="Üye")
    row = _participation("Gökhan Yüksel")
    assert row.post == held
    assert row.institution == kartal
    assert row.title_as_written == "Belediye Başkanı"


def test_namesakes_get_no_post(karaoglan: Person) -> None:
    Person.objects.create(given_name="Selim", family_name="Karaoğlan", note="the other one")
    Post.objects.create(
        person=karaoglan, institution=_office("Kartal Kaymakamlığı"), title="Kaymakam"
    )
    row = _participation("Selim Karaoğlan")
    assert row.person is None and row.post is None and row.institution is None


def test_review_form_offers_the_registry_post(
    karaoglan: Person, client_for: Callable[[str], Client]
) -> None:
    Post.objects.create(
        person=karaoglan, institution=_office("Kartal Kaymakamlığı"), title="Kaymakam"
    )
    meeting: Meeting = _participation("Selim Karaoğlan").meeting
    page = client_for("office").get(f"/meetings/{meeting.pk}/edit/", HTTP_ACCEPT_LANGUAGE="tr")
    assert page.status_code == 200
    forms = page.context["p_forms"].forms
    form = next(f for f in forms if f.initial["name"] == "Selim Karaoğlan")
    assert form.initial["title"] == "Kaymakam"
    assert form.initial["institution_name"].name == "Kartal Kaymakamlığı"
    html = page.content.decode()
    assert "Toplantı tarihindeki kayıtlı görevi: Kaymakam, Kartal Kaymakamlığı" in html


def _queries_of_import(text: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert import_text(text.encode(), "ziyaret.txt").status == CREATED
    return len(captured)


def test_posts_cost_no_query_of_their_own(karaoglan: Person) -> None:
    office = _office("Kartal Kaymakamlığı")

    def post(year: int) -> None:
        Post.objects.create(
            person=karaoglan,
            institution=office,
            title="Kaymakam",
            start_date=datetime.date(year, 1, 1),
            end_date=datetime.date(year + 3, 12, 31),
        )

    post(2023)
    one_post = _queries_of_import(TEXT)
    post(2015)
    post(2019)
    three_posts = _queries_of_import(TEXT + " Görüşme verimli geçti.")
    # the posts come with the person (one prefetch), not one query each
    assert three_posts == one_post
