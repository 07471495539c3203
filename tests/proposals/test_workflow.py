"""The record, its status workflow and its history."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from ortakmasa.accounts.models import User
from ortakmasa.proposals import services
from ortakmasa.proposals.models import EventAction, Proposal, ProposalEvent, Status

pytestmark = pytest.mark.django_db


def test_new_proposal_has_its_first_history_entry(
    make_proposal: Callable[..., Proposal],
) -> None:
    p = make_proposal("Başakşehir", "Kayabaşı'na kreş yapılması", themes=("children",))
    assert p.status == Status.NEW
    assert p.district is not None and p.district.name == "Başakşehir"
    event = p.events.get()
    assert event.action == EventAction.CREATED
    assert event.changes["title"] == [None, "Kayabaşı'na kreş yapılması"]
    assert event.changes["themes"] == [None, ["children"]]


def test_search_ignores_turkish_letters_and_word_order(
    make_proposal: Callable[..., Proposal],
) -> None:
    p = make_proposal("Kadıköy", "Köprü altına otopark yapılması")
    make_proposal("Kadıköy", "Sahil yolu aydınlatması")
    assert list(Proposal.objects.search("kopru otopark")) == [p]
    assert list(Proposal.objects.search("OTOPARK köprü")) == [p]


@pytest.fixture
def metro(make_proposal: Callable[..., Proposal]) -> Proposal:
    return make_proposal("Başakşehir", "Metro hattı")


def test_rejection_needs_a_reason_and_is_recorded(metro: Proposal, users: dict[str, User]) -> None:
    p = metro
    with pytest.raises(ValidationError):
        services.set_status(p, users["office"], Status.REJECTED, "  ")
    assert Proposal.objects.get(pk=p.pk).status == Status.NEW
    services.set_status(p, users["office"], Status.REJECTED, "Bakanlığın yetkisinde.")
    p.refresh_from_db()
    assert (p.status, p.status_reason) == (Status.REJECTED, "Bakanlığın yetkisinde.")
    event = p.events.filter(action=EventAction.STATUS).get()
    assert event.user == users["office"]
    assert event.changes["status"] == ["new", "rejected"]
    assert event.note == "Bakanlığın yetkisinde."


def test_merged_is_reached_only_through_a_cluster(metro: Proposal, users: dict[str, User]) -> None:
    with pytest.raises(ValidationError):
        services.set_status(metro, users["office"], Status.MERGED, "Aynısı var.")


@pytest.mark.parametrize("role", ["liaison", "other_liaison", "stakeholder"])
def test_only_the_strategy_office_decides(
    role: str, metro: Proposal, users: dict[str, User]
) -> None:
    p = metro
    assert not services.can_decide(users[role], p)
    with pytest.raises(PermissionDenied):
        services.set_status(p, users[role], Status.ACCEPTED, "Olur.")
    assert Proposal.objects.get(pk=p.pk).status == Status.NEW
    assert not ProposalEvent.objects.filter(proposal=p, action=EventAction.STATUS).exists()


def test_an_edit_keeps_who_when_what(
    make_proposal: Callable[..., Proposal], users: dict[str, User]
) -> None:
    p = make_proposal("Başakşehir", "Metro hattı", population=1000)
    before = services.snapshot(p)
    p.population = 25000
    p.neighbourhood = "Kayabaşı"
    event = services.update_proposal(p, users["liaison"], before)
    assert event is not None and event.user == users["liaison"] and event.at is not None
    assert event.changes == {"neighbourhood": ["", "Kayabaşı"], "population": [1000, 25000]}
    assert services.update_proposal(p, users["liaison"], services.snapshot(p)) is None
