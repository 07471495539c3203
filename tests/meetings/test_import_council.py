"""Importing council minutes and what import keeps of what the engine
found (issue 15, Deliver 2 and 6): a council session with attendance,
agenda items and decisions; a text differing only in line endings or
spacing recognised as imported; a draft discarded by its reviewer; the
ordinal of a visit linking it to its campaign."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from django.test import Client

from ortakmasa.meetings.importer import CREATED, DUPLICATE, import_text
from ortakmasa.meetings.models import (
    Campaign,
    Meeting,
    MeetingKind,
    ReviewStatus,
    SourceDocument,
    Vote,
)
from ortakmasa.meetings.review import NotADraft, discard
from ortakmasa.registry.models import Institution

pytestmark = pytest.mark.django_db

MINUTES = (
    "KADIKÖY BELEDİYE MECLİSİNİN 2024 YILI MART AYI TOPLANTISININ 04.03.2024 TARİHLİ "
    "I. BİRLEŞİMİNE AİT TUTANAK\n\n"
    "HAZIR BULUNANLAR :\n"
    "Meclis Başkanı : Nurcan DEMİRAY.\n"
    "Kâtip Üyeler : Selim ACAR - Leyla KORKMAZ\n"
    "Üyeler : Oya Nur BALCI (CHP) - Kenan ERGÜL (AK Parti) - Baran Ali TUNÇ.\n"
    "HAZIR BULUNMAYANLAR : Metin SARAÇ - Figen ULUDAĞ.\n\n"
    "BAŞKAN - Değerli üyeler, toplantı yeter sayısı vardır, birleşimi açıyorum.\n\n"
    "1- Mahalle parkının düzenlenmesi hakkında önerge.\n\n"
    "BAŞKAN - Oylarınıza sunuyorum. Önerge oy birliği ile kabul edilmiştir.\n\n"
    "2- Bütçe aktarması hakkında Plan ve Bütçe Komisyonu raporu.\n\n"
    "BAŞKAN - Kabul edenler, etmeyenler? Rapor oy çokluğu ile kabul edilmiştir.\n"
)


def test_minutes_become_a_council_session_with_attendance_and_decisions() -> None:
    result = import_text(MINUTES.encode(), "kadikoy-meclis.txt")
    assert result.status == CREATED, result.error
    (meeting,) = result.meetings
    assert meeting.kind == MeetingKind.COUNCIL_SESSION
    assert meeting.host == Institution.objects.get(name="Kadıköy Belediyesi")
    assert meeting.date == datetime.date(2024, 3, 4)
    present = {p.name_as_written for p in meeting.participations.filter(attended=True)}
    absent = {p.name_as_written for p in meeting.participations.filter(attended=False)}
    assert present == {
        "Nurcan Demiray",
        "Selim Acar",
        "Leyla Korkmaz",
        "Oya Nur Balcı",
        "Kenan Ergül",
        "Baran Ali Tunç",
    }
    assert absent == {"Metin Saraç", "Figen Uludağ"}
    chair = meeting.participations.get(name_as_written="Nurcan Demiray")
    assert chair.title_as_written == "Meclis Başkanı"
    decisions = list(meeting.decisions.all())
    assert [(d.agenda_number, d.vote) for d in decisions] == [
        ("1", Vote.UNANIMOUS),
        ("2", Vote.MAJORITY),
    ]
    assert decisions[0].agenda_item.startswith("Mahalle parkının")
    assert "1 - Mahalle parkının" in meeting.agenda


def test_same_text_with_other_line_endings_and_spacing_is_a_duplicate() -> None:
    first = import_text(MINUTES.encode(), "a.txt")
    assert first.status == CREATED
    respaced = MINUTES.replace("\n", "\r\n").replace(" - ", "  -   ").encode()
    second = import_text(respaced, "b.txt")
    assert second.status == DUPLICATE
    assert second.document == first.document
    assert SourceDocument.objects.count() == 1


def test_a_reviewer_discards_a_draft(client_for: Callable[[str], Client]) -> None:
    result = import_text(MINUTES.encode(), "a.txt")
    meeting = result.meetings[0]
    client = client_for("office")
    page = client.get(f"/meetings/{meeting.pk}/edit/")
    assert f"/meetings/{meeting.pk}/discard/" in page.content.decode()
    response = client.post(f"/meetings/{meeting.pk}/discard/")
    assert response.status_code == 302
    assert not Meeting.objects.filter(pk=meeting.pk).exists()
    # the text can be imported again
    assert not SourceDocument.objects.exists()
    assert import_text(MINUTES.encode(), "a.txt").status == CREATED


def test_public_cannot_discard(client_for: Callable[[str], Client]) -> None:
    meeting = import_text(MINUTES.encode(), "a.txt").meetings[0]
    response = client_for("public").post(f"/meetings/{meeting.pk}/discard/")
    assert response.status_code in (302, 403)
    assert Meeting.objects.filter(pk=meeting.pk).exists()


def test_a_confirmed_meeting_is_not_discarded() -> None:
    meeting = import_text(MINUTES.encode(), "a.txt").meetings[0]
    meeting.review_status = ReviewStatus.CONFIRMED
    meeting.save()
    with pytest.raises(NotADraft):
        discard(meeting)
    assert Meeting.objects.filter(pk=meeting.pk).exists()


def test_ordinal_of_a_visit_links_its_campaign() -> None:
    ibb = Institution.objects.get(name="İstanbul Büyükşehir Belediyesi")
    campaign = Campaign.objects.create(
        name="İlçe ziyaretleri",
        owner=ibb,
        start_date=datetime.date(2024, 1, 1),
        end_date=datetime.date(2024, 12, 31),
    )
    campaign.targets.add(Institution.objects.get(name="Kadıköy Belediyesi"))
    text = (
        "Kadıköy Belediyesi'ni 12 Haziran 2024 tarihinde ziyaret eden İstanbul Büyükşehir "
        "Belediye Başkanı Ali Kaya, 36. ilçe ziyaretini gerçekleştirdi."
    )
    result = import_text(text.encode(), "ziyaret.txt")
    assert result.status == CREATED, result.error
    assert result.meetings[0].campaign == campaign


def test_meeting_page_marks_absent_members(client_for: Callable[[str], Client]) -> None:
    meeting = import_text(MINUTES.encode(), "a.txt").meetings[0]
    page = client_for("office").get(f"/meetings/{meeting.pk}/").content.decode()
    rows = page.split("<tr>")
    assert "katılmadı" in next(r for r in rows if "Metin Saraç" in r)
    assert "katılmadı" not in next(r for r in rows if "Kenan Ergül" in r)
