"""Intake forms: each role files proposals for its own institution only, and
a meeting's record becomes proposals in one step."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from django.test import Client

from ortakmasa.meetings.models import Meeting, MeetingTopic
from ortakmasa.proposals.models import Channel, EventAction, Proposal
from ortakmasa.registry.models import Institution
from ortakmasa.themes.models import Theme
from tests.proposals.conftest import district_municipality

pytestmark = pytest.mark.django_db


def form_data(**changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "title": "Kayabaşı'na kapalı spor salonu",
        "text": "Gençler için spor salonu yok.",
        "kind": "need",
        "urgency": 3,
        "themes": [Theme.objects.get(code="sports").pk, Theme.objects.get(code="youth").pk],
        "population": "30000",
    }
    data.update(changes)
    if isinstance(data.get("institution"), int):
        # As the picker posts it: the name shown and the chosen record's id.
        inst = Institution.objects.get(pk=data["institution"])
        data["institution"], data["institution_id"] = inst.name, inst.pk
    return data


def file_for_kadikoy(client: Client) -> Proposal:
    """The form posted with Kadıköy as the institution; the proposal filed."""
    kadikoy = district_municipality("Kadıköy")
    response = client.post("/proposals/new/", form_data(institution=kadikoy.pk))
    assert response.status_code == 302
    return Proposal.objects.get(title="Kayabaşı'na kapalı spor salonu")


def test_liaison_files_for_its_own_district_whatever_it_posts(
    client_for: Callable[[str], Client],
) -> None:
    p = file_for_kadikoy(client_for("liaison"))
    assert p.institution == district_municipality("Başakşehir")
    assert p.channel == Channel.LIAISON
    assert p.submitted_by is not None and p.submitted_by.username == "liaison"
    assert sorted(p.themes.values_list("code", flat=True)) == ["sports", "youth"]
    assert p.events.get().action == EventAction.CREATED


def test_form_errors_are_shown_and_nothing_is_saved(client_for: Callable[[str], Client]) -> None:
    response = client_for("liaison").post(
        "/proposals/new/", form_data(title="", latitude="41.1", population="çok")
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.errors) >= {"title", "population", "__all__"}
    assert 'role="alert"' in response.content.decode()
    assert not Proposal.objects.filter(text="Gençler için spor salonu yok.").exists()


def test_office_files_for_any_district_of_its_province(
    client_for: Callable[[str], Client],
) -> None:
    p = file_for_kadikoy(client_for("office"))
    assert p.institution == district_municipality("Kadıköy")


def test_stakeholder_cannot_publish(client_for: Callable[[str], Client], users: dict) -> None:
    district = district_municipality("Kadıköy").district
    assert district is not None
    response = client_for("stakeholder").post(
        "/proposals/new/", form_data(district=district.pk, is_public="on")
    )
    assert response.status_code == 302
    p = Proposal.objects.get(title="Kayabaşı'na kapalı spor salonu")
    assert p.institution == users["stakeholder"].institution
    assert p.is_public is False and p.channel == Channel.STAKEHOLDER


def test_edit_is_recorded(client_for: Callable[[str], Client], make_proposal) -> None:
    p = make_proposal("Başakşehir", "Eski başlık")
    response = client_for("liaison").post(
        f"/proposals/{p.pk}/edit/", form_data(title="Yeni başlık", institution="")
    )
    assert response.status_code == 302
    event = p.events.get(action=EventAction.CHANGED)
    assert event.changes["title"] == ["Eski başlık", "Yeni başlık"]
    assert event.user is not None and event.user.username == "liaison"


def meeting_with_topics() -> Meeting:
    meeting = Meeting.objects.create(
        kind="visit",
        title="Başakşehir ziyareti",
        date=datetime.date(2024, 6, 12),
        host=district_municipality("Başakşehir"),
        summary="İlçenin öncelikleri konuşuldu.",
    )
    MeetingTopic.objects.create(
        meeting=meeting, theme=Theme.objects.get(code="transport"), rank=1, label="Metro hattı"
    )
    MeetingTopic.objects.create(
        meeting=meeting, theme=Theme.objects.get(code="disaster_earthquake"), rank=2, label=""
    )
    return meeting


def test_from_meeting_prefills_one_form_per_topic(client_for: Callable[[str], Client]) -> None:
    meeting = meeting_with_topics()
    response = client_for("liaison").get(f"/proposals/from-meeting/{meeting.pk}/")
    assert response.status_code == 200
    formset = response.context["formset"]
    forms = formset.forms[: formset.initial_form_count()]
    quake = Theme.objects.get(code="disaster_earthquake")
    # A topic without its own wording is titled with its theme.
    assert [f.initial["title"] for f in forms] == ["Metro hattı", quake.name_tr]
    assert forms[0].initial["themes"] == [Theme.objects.get(code="transport").pk]
    # Not the meeting's summary: it would make every proposal look alike.
    assert all(f.initial["text"] == "" for f in forms)
    # Blank rows for more proposals than the record gave.
    assert len(formset.forms) == len(forms) + 2


def test_from_meeting_starts_from_the_quote_that_raised_each_topic(
    client_for: Callable[[str], Client],
) -> None:
    meeting = meeting_with_topics()
    meeting.quotes.create(
        text="Metro hattı Kayaşehir'e gelmeden trafik çözülmez.",
        speaker_as_written="Muhtar Ayşe Yılmaz",
        position=1,
    )
    meeting.quotes.create(text="Deprem toplanma alanları belli değil.", position=2)
    meeting.quotes.create(text="Metro istasyonuna otobüs bağlantısı olmalı.", position=3)
    response = client_for("liaison").get(f"/proposals/from-meeting/{meeting.pk}/")
    formset = response.context["formset"]
    forms = formset.forms[: formset.initial_form_count()]
    quake = Theme.objects.get(code="disaster_earthquake")
    assert [(f.initial["title"], f.initial["text"]) for f in forms] == [
        ("Metro hattı", "“Metro hattı Kayaşehir'e gelmeden trafik çözülmez.” — Muhtar Ayşe Yılmaz"),
        ("Metro hattı", "“Metro istasyonuna otobüs bağlantısı olmalı.”"),
        (quake.name_tr, "“Deprem toplanma alanları belli değil.”"),
    ]
    assert all(meeting.summary not in f.initial["text"] for f in forms)


def test_from_meeting_creates_the_ticked_proposals_in_one_step(
    client_for: Callable[[str], Client],
) -> None:
    meeting = meeting_with_topics()
    transport = Theme.objects.get(code="transport").pk
    quake = Theme.objects.get(code="disaster_earthquake").pk
    data = {
        "p-TOTAL_FORMS": "2",
        "p-INITIAL_FORMS": "2",
        "p-0-include": "on",
        "p-0-title": "Metro hattı",
        "p-0-kind": "need",
        "p-0-urgency": "3",
        "p-0-themes": [transport],
        "p-1-title": "Deprem toplanma alanları",
        "p-1-kind": "need",
        "p-1-urgency": "2",
        "p-1-themes": [quake],
    }
    response = client_for("liaison").post(f"/proposals/from-meeting/{meeting.pk}/", data)
    assert response.status_code == 302
    created = Proposal.objects.filter(meeting=meeting)
    assert [p.title for p in created] == ["Metro hattı"]
    assert created[0].channel == Channel.MEETING
    assert created[0].institution == district_municipality("Başakşehir")


def test_from_meeting_refuses_another_districts_liaison(
    client_for: Callable[[str], Client],
) -> None:
    meeting = meeting_with_topics()
    assert (
        client_for("other_liaison").get(f"/proposals/from-meeting/{meeting.pk}/").status_code == 403
    )


def test_attachment_is_added_recorded_and_served_to_readers_only(
    client_for: Callable[[str], Client], make_proposal, settings, tmp_path
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.MEDIA_ROOT = tmp_path
    p = make_proposal("Başakşehir", "Kreş")
    upload = SimpleUploadedFile("kroki.pdf", b"%PDF-1.4 kroki")
    response = client_for("liaison").post(
        f"/proposals/{p.pk}/attachments/new/", {"title": "Kroki", "file": upload}
    )
    assert response.status_code == 302
    attachment = p.attachments.get()
    assert p.events.filter(action=EventAction.ATTACHMENT).exists()
    url = f"/proposals/{p.pk}/attachments/{attachment.pk}/"
    response = client_for("office").get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == b"%PDF-1.4 kroki"
    assert client_for("other_liaison").get(url).status_code == 404
