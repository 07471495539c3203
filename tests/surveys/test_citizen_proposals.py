"""A citizen's proposal: sent without an account, counted only after the
e-mail confirmation, moderated by the strategy office (published into the
proposals' matching, hidden with a reason the author sees, or merged into
a cluster), and supported once per confirmed address."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from ortakmasa.accounts.models import Role, User
from ortakmasa.proposals.models import Channel, Proposal, ProposalCluster
from ortakmasa.registry.models import District, Institution, Province
from ortakmasa.surveys import citizens
from ortakmasa.surveys.models import CitizenProposal, CitizenStatus, Support
from ortakmasa.themes.models import Theme
from tests.conftest import IBB, KADIKOY
from tests.surveys.conftest import office_client

pytestmark = pytest.mark.django_db


@pytest.fixture
def office(db: None) -> Client:
    return office_client("strateji-test")


def kadikoy() -> District:
    return District.objects.get(name="Kadıköy", province__plate=34)


def send(client: Client, **changes: object) -> CitizenProposal:
    data = {
        "title": "Moda sahiline bisiklet yolu",
        "description": "Sahil boyunca güvenli bir bisiklet yolu yapılsın.",
        "district": kadikoy().pk,
        "neighbourhood": "Caferağa",
        "themes": [Theme.objects.get(code="transport").pk],
        "email": "ayse@example.org",
        "name": "Ayşe",
        "consent": "on",
        **changes,
    }
    response = client.post(reverse("surveys:citizen_new"), data)
    assert response.status_code == 302, response.content[:500]
    return CitizenProposal.objects.latest("id")


def link_in(message: mail.EmailMessage, name: str) -> str:
    for path in re.findall(r"https?://[^/\s]+(/\S+)", str(message.body)):
        if f"/{name}/" in path:
            return path
    raise AssertionError(message.body)


def test_confirmation_moderation_and_the_authors_status_page(office: Client) -> None:
    citizen = Client()
    item = send(citizen)
    assert item.status == CitizenStatus.UNCONFIRMED
    queue = reverse("surveys:moderation")
    assert item.title not in office.get(queue).content.decode()

    confirm = link_in(mail.outbox[-1], "confirm")
    assert citizen.get(confirm).status_code == 302
    item.refresh_from_db()
    assert item.status == CitizenStatus.PENDING
    assert item.title in office.get(queue).content.decode()

    response = office.post(reverse("surveys:moderate", args=[item.pk]), {"action": "publish"})
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == CitizenStatus.PUBLISHED
    proposal = item.proposal
    assert proposal is not None and proposal.channel == Channel.CITIZEN_FORM
    assert proposal.is_public and proposal.district == kadikoy()
    assert proposal.institution == Institution.objects.get(reference_key=KADIKOY)
    assert list(proposal.themes.values_list("code", flat=True)) == ["transport"]

    status = citizen.get(reverse("surveys:citizen_status", args=[item.token]))
    assert item.get_status_display() in status.content.decode()


def test_a_hidden_proposal_shows_its_reason_to_the_author(office: Client) -> None:
    item = send(Client())
    item = citizens.confirm(citizens.confirm_link(item))
    url = reverse("surveys:moderate", args=[item.pk])
    refused = office.post(url, {"action": "hide", "reason": ""})
    assert refused.status_code == 200  # the form again, with the message
    office.post(url, {"action": "hide", "reason": "Kişisel bilgi içeriyor."})
    item.refresh_from_db()
    assert item.status == CitizenStatus.HIDDEN
    page = Client().get(reverse("surveys:citizen_status", args=[item.token])).content.decode()
    assert "Kişisel bilgi içeriyor." in page
    assert Client().get(item.get_absolute_url()).status_code == 404


def test_merging_puts_it_in_the_cluster_of_a_district_proposal(office: Client) -> None:
    district_proposal = Proposal.objects.create(
        title="Sahil bisiklet yolu",
        institution=Institution.objects.get(reference_key=KADIKOY),
        is_public=True,
    )
    item = send(Client())
    item = citizens.confirm(citizens.confirm_link(item))
    office.post(
        reverse("surveys:moderate", args=[item.pk]),
        {"action": "merge", "target": district_proposal.pk, "reason": "Aynı öneri var."},
    )
    item.refresh_from_db()
    assert item.status == CitizenStatus.MERGED and item.reason == "Aynı öneri var."
    district_proposal.refresh_from_db()
    cluster = district_proposal.cluster
    assert isinstance(cluster, ProposalCluster)
    assert set(cluster.proposals.all()) == {district_proposal, item.proposal}
    assert cluster.size == 2


def test_an_unconfirmed_proposal_cannot_be_published(office: Client) -> None:
    item = send(Client())
    with pytest.raises(citizens.Refused):
        citizens.publish(item, None)
    assert not Proposal.objects.filter(channel=Channel.CITIZEN_FORM).exists()


def test_one_support_per_confirmed_address(office: Client) -> None:
    item = send(Client())
    item = citizens.confirm(citizens.confirm_link(item))
    citizens.publish(item, None)
    url = reverse("surveys:citizen_support", args=[item.pk])
    for email in ("mehmet@example.org", "MEHMET@example.org ", "zeynep@example.org"):
        assert Client().post(url, {"email": email}).status_code == 302
    assert Support.objects.count() == 2
    assert item.support_count == 0  # nothing counts before the confirmation
    first = next(m for m in mail.outbox if m.to == ["mehmet@example.org"])
    confirm = link_in(first, "support")
    Client().get(confirm)
    Client().get(confirm)
    assert item.support_count == 1


def test_a_tampered_confirmation_link_is_refused() -> None:
    item = send(Client())
    signed = citizens.confirm_link(item)
    response = Client().get(reverse("surveys:citizen_confirm", args=[signed[:-2] + "xx"]))
    assert response.status_code == 400
    item.refresh_from_db()
    assert item.status == CitizenStatus.UNCONFIRMED


def test_an_office_unit_without_a_province_moderates_its_parents_province() -> None:
    """The home province is the kernel's one rule: a department of İBB with
    no province of its own moderates İstanbul's proposals, not nobody's."""
    from ortakmasa.surveys.permissions import moderates

    ibb = Institution.objects.get(reference_key=IBB)
    unit = Institution.objects.create(name="Strateji Geliştirme Dairesi", kind=ibb.kind, parent=ibb)
    # As a unit written by a bulk import is: no province of its own.
    Institution.objects.filter(pk=unit.pk).update(province=None)
    unit.refresh_from_db()
    user = User.objects.create_user("daire", password="pw-for-tests-1")
    user.role, user.institution = Role.STRATEGY_OFFICE, unit
    user.save()
    item = send(Client())
    assert moderates(user, item)
    other = Institution.objects.get(reference_key=KADIKOY)
    ankara = Province.objects.get(plate=6)
    elsewhere = Institution.objects.create(name="Başka İl Birimi", kind=ibb.kind, province=ankara)
    user.institution = elsewhere
    user.save()
    assert other.province_id == 34 and not moderates(user, item)
