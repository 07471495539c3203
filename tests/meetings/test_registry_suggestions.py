"""What the engine found that the registry lacks reaches it as suggestions
a reviewer accepts or rejects (issue 15, Deliver 6)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from ortakmasa.meetings.importer import CREATED, import_text
from ortakmasa.meetings.models import RegistrySuggestion, SuggestionKind, SuggestionStatus
from ortakmasa.meetings.suggestions import CannotAccept, accept, reject
from ortakmasa.registry.models import Institution, InstitutionKind, PartyAffiliation, Person

pytestmark = pytest.mark.django_db

TEXT = (
    "Yeşil Doğa Derneği Başkanı Ayla Kurt, 12 Haziran 2024 tarihinde Kadıköy Belediyesi'ni "
    "ziyaret etti. Görüşmeye Kadıköy Belediyesi Gençlik Hizmetleri Müdürü Can Er ile "
    "CHP'li meclis üyesi Deniz Ak da katıldı."
)


def _import() -> list[RegistrySuggestion]:
    result = import_text(TEXT.encode(), "ziyaret.txt")
    assert result.status == CREATED, result.error
    return list(RegistrySuggestion.objects.filter(document=result.document))


def test_unknown_body_unit_and_party_are_suggested() -> None:
    found = {(s.kind, s.name, s.person_name) for s in _import()}
    assert (SuggestionKind.INSTITUTION, "Yeşil Doğa Derneği", "") in found
    assert (SuggestionKind.UNIT, "Gençlik Hizmetleri Müdürlüğü", "") in found
    assert (SuggestionKind.PARTY, "CHP", "Deniz Ak") in found
    assert not any(name == "Kadıköy Belediyesi" for _, name, _ in found)


def test_accepting_a_body_adds_it_once() -> None:
    body = next(s for s in _import() if s.kind == SuggestionKind.INSTITUTION)
    accepted = accept(body, None)
    created = Institution.objects.get(name="Yeşil Doğa Derneği")
    assert accepted.institution == created and created.kind == InstitutionKind.NGO
    assert accepted.status == SuggestionStatus.ACCEPTED
    with pytest.raises(CannotAccept):
        accept(body, None)
    # a later text naming the body no longer suggests it
    other = import_text((TEXT + " Ziyaret verimli geçti.").encode(), "ikinci.txt")
    assert not other.document.suggestions.filter(name="Yeşil Doğa Derneği").exists()


def test_accepting_a_unit_puts_it_under_its_body() -> None:
    unit = next(s for s in _import() if s.kind == SuggestionKind.UNIT)
    accepted = accept(unit, None)
    assert accepted.institution is not None
    assert accepted.institution.parent == Institution.objects.get(name="Kadıköy Belediyesi")


def test_accepting_a_party_needs_the_person_in_the_registry() -> None:
    party = next(s for s in _import() if s.kind == SuggestionKind.PARTY)
    with pytest.raises(CannotAccept):
        accept(party, None)
    person = Person.objects.create(given_name="Deniz", family_name="Ak")
    accept(party, None)
    affiliation = PartyAffiliation.objects.get(person=person)
    assert affiliation.party.short_name == "CHP"


def test_rejected_suggestion_adds_nothing() -> None:
    body = next(s for s in _import() if s.kind == SuggestionKind.INSTITUTION)
    reject(body, None)
    body.refresh_from_db()
    assert body.status == SuggestionStatus.REJECTED
    assert not Institution.objects.filter(name="Yeşil Doğa Derneği").exists()


def test_reviewer_accepts_on_the_review_page(client_for: Callable[[str], Client]) -> None:
    suggestions = _import()
    meeting = suggestions[0].document.meetings.first()
    assert meeting is not None
    client = client_for("office")
    page = client.get(f"/meetings/{meeting.pk}/edit/").content.decode()
    assert "Yeşil Doğa Derneği" in page
    body = next(s for s in suggestions if s.kind == SuggestionKind.INSTITUTION)
    response = client.post(f"/meetings/suggestions/{body.pk}/accept/")
    assert response.status_code == 302
    assert Institution.objects.filter(name="Yeşil Doğa Derneği").exists()
    assert client_for("public").post(f"/meetings/suggestions/{body.pk}/reject/").status_code in (
        302,
        403,
    )
    body.refresh_from_db()
    assert body.status == SuggestionStatus.ACCEPTED
