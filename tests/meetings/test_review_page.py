"""The review page shows the source text with the words behind each
drafted field marked."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core.management import call_command
from django.test import Client

from ortakmasa.meetings.models import Meeting, MeetingKind
from tests.meetings.helpers import SEED_EU, review_post

pytestmark = pytest.mark.django_db


def test_source_words_are_marked(client_for: Callable[[str], Client]) -> None:
    call_command("import", str(SEED_EU), verbosity=0)
    meeting = Meeting.objects.get(kind=MeetingKind.DELEGATION)
    html = client_for("office").get(f"/meetings/{meeting.pk}/edit/").content.decode()
    assert 'class="hl-person" title="person:Mehmet Alkanalka">Mehmet Alkanalka</mark>' in html
    assert "hl-topic" in html and "hl-quote" in html
    participation = meeting.participations.get(name_as_written="Mehmet Alkanalka")
    start, end = participation.spans[0]
    assert meeting.source_document.text[start:end] == "Mehmet Alkanalka"


def test_bad_correction_is_refused_next_to_the_field(
    client_for: Callable[[str], Client],
) -> None:
    call_command("import", str(SEED_EU), verbosity=0)
    meeting = Meeting.objects.get(kind=MeetingKind.DELEGATION)
    response = review_post(client_for("office"), meeting, host_name="Atlantis Belediyesi")
    assert response.status_code == 200
    assert "Atlantis Belediyesi" in response.context["form"].errors["host_name"][0]
    meeting.refresh_from_db()
    assert meeting.review_status == "draft"
    assert meeting.host.name == "İstanbul Büyükşehir Belediyesi"


def test_new_person_only_when_the_reviewer_says_so(
    client_for: Callable[[str], Client],
) -> None:
    from ortakmasa.registry.models import Person

    Person.objects.filter(family_name__in=["Alkanalka", "Doğanay"]).delete()
    call_command("import", str(SEED_EU), verbosity=0)
    meeting = Meeting.objects.get(kind=MeetingKind.DELEGATION)
    response = review_post(
        client_for("office"), meeting, choice="keep", choices={"Mehmet Alkanalka": "new"}
    )
    assert response.status_code == 302
    assert Person.objects.filter(family_name="Alkanalka").count() == 1
    assert not Person.objects.filter(family_name="Doğanay").exists()
    kept = meeting.participations.get(name_as_written="Ali Doğanay")
    assert kept.person is None and kept.title_as_written == "Birim Müdürü"


def test_liaison_of_another_district_cannot_review(client_for: Callable[[str], Client]) -> None:
    call_command("import", str(SEED_EU), verbosity=0)
    meeting = Meeting.objects.get(kind=MeetingKind.DELEGATION)
    assert client_for("other_liaison").get(f"/meetings/{meeting.pk}/edit/").status_code == 403
    assert client_for("other_liaison").get(f"/meetings/{meeting.pk}/").status_code == 403
    assert client_for("public").get(f"/meetings/{meeting.pk}/").status_code == 403
