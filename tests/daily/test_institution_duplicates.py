"""A second record of the same institution in the same place is refused,
with a link to the one already recorded; a meeting hosted by one of two
legacy duplicates can still be saved."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from django.test import Client

from ortakmasa.meetings.models import Meeting, ReviewStatus
from ortakmasa.registry.models import District, Institution, InstitutionKind
from tests.conftest import IBB
from tests.formpost import form_data, form_index_with

pytestmark = pytest.mark.django_db


def _esenler() -> Institution:
    return Institution.objects.get(reference_key="municipality:district:34:Esenler")


@pytest.mark.parametrize(
    "written", ["Esenler Belediyesi", "ESENLER BELEDİYESİ", "esenler belediyesi "]
)
def test_second_esenler_belediyesi_is_refused(
    client_for: Callable[[str], Client], written: str
) -> None:
    existing = _esenler()
    district = District.objects.get(province__plate=34, name="Esenler")
    before = Institution.objects.count()
    response = client_for("office").post(
        "/registry/institutions/new/",
        {
            "name": written,
            "kind": InstitutionKind.DISTRICT_MUNICIPALITY,
            "province": district.province_id,
            "district": district.pk,
            "is_active": "on",
        },
    )
    assert response.status_code == 200
    assert Institution.objects.count() == before
    html = response.content.decode()
    assert "zaten kayıtlı" in html or "already" in html
    assert f'href="{existing.get_absolute_url()}"' in html


def test_same_name_elsewhere_is_allowed(client_for: Callable[[str], Client]) -> None:
    # "Yenişehir Belediyesi" is a district municipality in three provinces.
    for plate, district_name in ((34, "Esenler"), (41, "İzmit")):
        district = District.objects.get(province__plate=plate, name=district_name)
        response = client_for("admin").post(
            "/registry/institutions/new/",
            {
                "name": "Esenler Gençlik Derneği",
                "kind": InstitutionKind.NGO,
                "district": district.pk,
                "is_active": "on",
            },
        )
        assert response.status_code == 302
    assert Institution.objects.filter(name="Esenler Gençlik Derneği").count() == 2


def test_meeting_hosted_by_a_legacy_duplicate_saves(client_for: Callable[[str], Client]) -> None:
    """Issue 12: with two "Esenler Belediyesi" records (made before the
    check), a meeting hosted by one could not be saved ("birden çok kurum")."""
    first = _esenler()
    # Bypasses the form's check, as the old data did.
    twin = Institution.objects.create(
        name="Esenler Belediyesi", kind=first.kind, district_id=first.district_id
    )
    meeting = Meeting.objects.create(
        title="Esenler ortak masa",
        kind="visit",
        date=datetime.date(2024, 5, 2),
        host=twin,
        review_status=ReviewStatus.CONFIRMED,
    )
    meeting.guests.set([Institution.objects.get(reference_key=IBB)])
    client = client_for("admin")
    html = client.get(f"/meetings/{meeting.pk}/edit/").content.decode()
    data = form_data(html, form_index_with(html, "f-TOTAL_FORMS"))
    meeting.refresh_from_db()
    assert data["host_name_id"] == str(twin.pk)
    data["summary"] = "Kayıt yeniden kaydedildi."
    response = client.post(f"/meetings/{meeting.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[-4000:]
    meeting.refresh_from_db()
    assert meeting.host_id == twin.pk and meeting.summary == "Kayıt yeniden kaydedildi."
