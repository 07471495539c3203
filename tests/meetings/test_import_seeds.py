"""`ortakmasa import` of the seed texts, then confirming the drafts (the
issue's "done when")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core.management import call_command
from django.test import Client

from ortakmasa.meetings.models import Meeting, MeetingKind, ReviewStatus, SourceDocument
from ortakmasa.registry.models import Person
from tests.meetings.helpers import SEED_EU, SEED_VISIT, review_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def empty_people() -> None:
    """An empty registry of people, as on a fresh installation."""
    Person.objects.all().delete()


def import_seeds() -> None:
    call_command("import", str(SEED_VISIT), str(SEED_EU), verbosity=0)


def test_import_drafts_the_meetings_of_both_seeds(empty_people: None) -> None:
    import_seeds()
    meetings = Meeting.objects.order_by("source_document_id", "event_index")
    kinds = [m.kind for m in meetings]
    assert kinds == [
        MeetingKind.CONGRATULATION_VISIT,
        MeetingKind.JOINT_TABLE,
        MeetingKind.DELEGATION,
        MeetingKind.NGO_MEETING,
    ]
    assert all(m.review_status == ReviewStatus.DRAFT for m in meetings)
    visit = meetings[0]
    assert (visit.date.year, visit.date.month) == (2024, 6)
    assert visit.host.name == "Başakşehir Belediyesi"
    assert [g.name for g in visit.guests.all()] == ["İstanbul Büyükşehir Belediyesi"]
    # Nothing is created in the registry before review.
    assert not Person.objects.exists()


def test_importing_again_adds_nothing(
    empty_people: None, capsys: pytest.CaptureFixture[str]
) -> None:
    import_seeds()
    before = (SourceDocument.objects.count(), Meeting.objects.count())
    call_command("import", str(SEED_VISIT), str(SEED_EU))
    assert (SourceDocument.objects.count(), Meeting.objects.count()) == before
    assert "2 already imported (nothing new)" in capsys.readouterr().out


def test_confirming_the_drafts(empty_people: None, client_for: Callable[[str], Client]) -> None:
    import_seeds()
    client = client_for("office")
    for meeting in Meeting.objects.order_by("source_document_id", "event_index"):
        # The reviewer corrects the first guess at given and family name
        # where the text has a double surname.
        names = (
            {"p-0-given_name": "Fatma", "p-0-family_name": "Kaplan Hürriyet"}
            if meeting.kind == MeetingKind.NGO_MEETING
            else {}
        )
        response = review_post(client, meeting, choice="new", **names)
        assert response.status_code == 302, response.context and [
            f.errors for f in [response.context["form"], *response.context["p_forms"]]
        ]
    visit, joint, eu, ngo = Meeting.objects.order_by("source_document_id", "event_index")
    assert all(m.review_status == ReviewStatus.CONFIRMED for m in (visit, joint, eu, ngo))

    # İmamoğlu and Kartoğlu with their posts; one person each although both
    # meetings of the first text name them.
    imamoglu = Person.objects.get(family_name="İmamoğlu")
    kartoglu = Person.objects.get(family_name="Kartoğlu")
    for meeting in (visit, joint):
        people = {p.person for p in meeting.participations.all()}
        assert people == {imamoglu, kartoglu}
    post = visit.participations.get(person=kartoglu).post
    assert (post.title, post.institution.name) == ("Belediye Başkanı", "Başakşehir Belediyesi")
    assert visit.participations.get(person=imamoglu).post.institution.name == (
        "İstanbul Büyükşehir Belediyesi"
    )
    speakers = {q.speaker for q in visit.quotes.all()}
    assert speakers == {imamoglu, kartoglu}

    # The EU delegations meeting: five named participants with titles, units.
    assert (eu.date.year, eu.date.month) == (2020, 10)
    rows = {p.person.name: p for p in eu.participations.select_related("person", "post")}
    assert set(rows) == {
        "Mehmet Alkanalka",
        "Ali Doğanay",
        "Egemen Göksöz",
        "Cemal Taki Şahan",
        "Veysel Arif Yüksel",
    }
    assert rows["Mehmet Alkanalka"].post.title == "Daire Başkanı"
    assert rows["Mehmet Alkanalka"].post.institution.name == "AB İlişkileri Daire Başkanlığı"
    assert rows["Mehmet Alkanalka"].post.institution.parent.name == (
        "İstanbul Büyükşehir Belediyesi"
    )
    assert rows["Veysel Arif Yüksel"].post.institution.name == "ARGE ve Proje Geliştirme Birimi"
    topics = [t.theme.code for t in eu.topics.order_by("rank")]
    assert topics[:4] == ["disaster_earthquake", "energy", "transport", "social_services"]
    assert eu.quotes.get().speaker.name == "Cemal Taki Şahan"

    # The NGO meeting on women's projects, with her quote.
    assert ngo.host.name == "İzmit Belediyesi"
    assert "women" in [t.theme.code for t in ngo.topics.all()]
    assert ngo.quotes.get().speaker.name == "Fatma Kaplan Hürriyet"

    # Importing the seeds a second time adds nothing.
    import_seeds()
    assert Meeting.objects.count() == 4
    assert Person.objects.filter(family_name="Kaplan Hürriyet").count() == 1


def test_an_existing_person_is_never_duplicated(client_for: Callable[[str], Client]) -> None:
    # The session's registry already has Fatma Kaplan Hürriyet (alias
    # "Fatma Kaplan"); the draft links her, and confirming keeps the link.
    existing = Person.objects.get(family_name="Kaplan Hürriyet")
    call_command("import", str(SEED_EU), verbosity=0)
    ngo = Meeting.objects.get(kind=MeetingKind.NGO_MEETING)
    assert ngo.participations.get().person == existing
    response = review_post(client_for("office"), ngo)
    assert response.status_code == 302
    assert Person.objects.filter(family_name="Kaplan Hürriyet").count() == 1
    assert ngo.quotes.get().speaker == existing


def test_import_with_confirm_marks_unreviewed(empty_people: None) -> None:
    call_command("import", str(SEED_VISIT), "--confirm", verbosity=0)
    assert set(Meeting.objects.values_list("review_status", flat=True)) == {ReviewStatus.UNREVIEWED}
    assert not Person.objects.exists()
