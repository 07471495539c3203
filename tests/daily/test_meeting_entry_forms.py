"""Entering a meeting without JavaScript: blank rows for every part, names
resolved or offered as a choice, registry suggestions, discarding a draft."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from django.core.management import call_command
from django.test import Client

from ortakmasa.meetings.models import Meeting, MeetingKind, ReviewStatus
from ortakmasa.registry.models import Institution
from ortakmasa.themes.models import Theme
from tests.conftest import BASAKSEHIR, confirmed_visit, inst
from tests.formpost import form_data, form_index_with
from tests.meetings.helpers import SEED_EU

pytestmark = pytest.mark.django_db


def _create_form(client: Client) -> dict[str, object]:
    html = client.get("/meetings/new/").content.decode()
    for prefix in ("p", "t", "q", "d", "f"):
        assert f'name="{prefix}-4-' in html, prefix  # five blank rows each
        assert f'name="{prefix}-5-' not in html
    assert "<script>" not in html  # the row button is a static file's work
    return form_data(html, form_index_with(html, "p-TOTAL_FORMS"))


def test_whole_meeting_in_one_post_without_javascript(client_for: Callable[[str], Client]) -> None:
    client = client_for("office")
    data = _create_form(client)
    themes = list(Theme.objects.order_by("position")[:3])
    data.update(
        {
            "kind": "visit",
            "title": "Kadıköy ziyareti",
            "date": "2024-03-05",
            "host_name": "Kadıköy Belediyesi",
            "guest_names": ["İBB", ""],
            "p-0-name": "Selin Öztürk",
            "p-0-title": "Başkan Yardımcısı",
            "p-0-institution_name": "kadıköy belediyesi",
            "p-1-name": "Ekrem İmamoğlu",
            "p-1-name_id": "",
            "d-0-text": "Ortak çalışma grubu kurulacak.",
            "f-0-text": "Rapor",
            "f-0-due_date": "2024-04-30",
            "f-0-owner_name": "Kadıköy Belediyesi",
        }
    )
    for i, theme in enumerate(themes):
        data[f"t-{i}-theme"] = str(theme.pk)
        data[f"t-{i}-rank"] = str(i + 1)
    data["q-0-speaker"] = "Selin Öztürk"
    data["q-0-text"] = "Sahil düzenlemesi önceliğimiz."
    response = client.post("/meetings/new/", data)
    assert response.status_code == 302, response.content.decode()[-3000:]
    meeting = Meeting.objects.get(title="Kadıköy ziyareti")
    assert meeting.host.name == "Kadıköy Belediyesi"
    assert [g.name for g in meeting.guests.all()] == ["İstanbul Büyükşehir Belediyesi"]
    assert meeting.participations.count() == 2
    assert meeting.topics.count() == 3 and meeting.quotes.count() == 1
    assert meeting.follow_ups.get().due_date == datetime.date(2024, 4, 30)


def test_an_ambiguous_name_is_offered_as_a_choice(client_for: Callable[[str], Client]) -> None:
    first = Institution.objects.get(reference_key="municipality:district:34:Esenler")
    twin = Institution.objects.create(name="Esenler Belediyesi", kind=first.kind)
    client = client_for("admin")
    data = _create_form(client)
    data.update(kind="visit", title="Esenler", date="2024-03-05", host_name="Esenler Belediyesi")
    response = client.post("/meetings/new/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="host_name_id"' in html and f'<option value="{twin.pk}">' in html
    data = form_data(html, form_index_with(html, "p-TOTAL_FORMS"))
    data["host_name_id"] = str(twin.pk)
    response = client.post("/meetings/new/", data)
    assert response.status_code == 302
    assert Meeting.objects.get(title="Esenler").host_id == twin.pk


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("arnavutkoy", "Arnavutköy Belediyesi"),
        ("KADIKÖY", "Kadıköy Belediyesi"),
        ("üsküdar", "Üsküdar Belediyesi"),
        ("izmit bel", "İzmit Belediyesi"),
    ],
)
def test_institution_suggestions(
    client_for: Callable[[str], Client], typed: str, expected: str
) -> None:
    data = client_for("liaison").get("/registry/suggest/institution/", {"q": typed}).json()
    assert data["results"][0]["name"] == expected


def test_person_suggestions(client_for: Callable[[str], Client]) -> None:
    data = client_for("office").get("/registry/suggest/person/", {"q": "kartoglu"}).json()
    assert [r["name"] for r in data["results"]] == ["Yasin Kartoğlu"]
    assert "Başakşehir" in data["results"][0]["detail"]


def test_discard_a_draft(client_for: Callable[[str], Client]) -> None:
    call_command("import", str(SEED_EU), verbosity=0)
    draft = Meeting.objects.get(kind=MeetingKind.DELEGATION)
    assert draft.review_status == ReviewStatus.DRAFT
    html = client_for("office").get(f"/meetings/{draft.pk}/edit/").content.decode()
    assert f"/meetings/{draft.pk}/discard/" in html
    assert client_for("other_liaison").post(f"/meetings/{draft.pk}/discard/").status_code == 403
    response = client_for("office").post(f"/meetings/{draft.pk}/discard/")
    assert response.status_code == 302
    assert not Meeting.objects.filter(pk=draft.pk).exists()


def test_a_recorded_meeting_is_not_discarded_by_a_liaison(
    client_for: Callable[[str], Client],
) -> None:
    meeting = confirmed_visit(inst(BASAKSEHIR), "Kayıtlı", date=datetime.date(2024, 1, 1))
    html = client_for("liaison").get(f"/meetings/{meeting.pk}/edit/").content.decode()
    assert "/discard/" not in html
    # Only drafts are discarded: a recorded meeting stays, with a message.
    assert client_for("liaison").post(f"/meetings/{meeting.pk}/discard/").status_code == 302
    assert Meeting.objects.filter(pk=meeting.pk).exists()


def test_one_requests_choice_list_does_not_leak_into_the_next(
    client_for: Callable[[str], Client],
) -> None:
    """Found on PostgreSQL's run order: the candidates of an ambiguous name
    stayed on the shared widget and showed on the next meeting's page."""
    first = Institution.objects.get(reference_key="municipality:district:34:Esenler")
    Institution.objects.create(name="Esenler Belediyesi", kind=first.kind)
    client = client_for("admin")
    data = _create_form(client)
    data.update(kind="visit", title="Esenler", date="2024-03-05", host_name="Esenler Belediyesi")
    assert 'name="host_name_id"' in client.post("/meetings/new/", data).content.decode()
    html = client.get("/meetings/new/").content.decode()
    assert '<select name="host_name_id"' not in html
