"""A liaison is told when its district's proposal is decided or merged: on
its home page and in the daily digest e-mail."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client

from ortakmasa.accounts.models import User
from ortakmasa.proposals import services
from ortakmasa.proposals.models import Proposal, ProposalCluster, Status
from tests.conftest import BASAKSEHIR, KADIKOY, inst

pytestmark = pytest.mark.django_db


def test_decided_and_merged_proposals_reach_the_liaison(
    client_for: Callable[[str], Client], users: dict[str, User | None]
) -> None:
    office, liaison = users["office"], users["liaison"]
    assert office is not None and liaison is not None
    liaison.email = "irtibat@basaksehir.example"
    liaison.save()
    mine = services.create_proposal(
        Proposal(institution=inst(BASAKSEHIR), title="Kreş açılması"), liaison, []
    )
    other = services.create_proposal(
        Proposal(institution=inst(KADIKOY), title="Sahil bisiklet yolu"), None, []
    )
    services.set_status(mine, office, Status.REJECTED, "Bütçe yetersiz.")
    services.set_status(other, office, Status.REJECTED, "Kapsam dışı.")
    twin = services.create_proposal(
        Proposal(institution=inst(BASAKSEHIR), title="Kreş yapılması"), liaison, []
    )
    primary = services.create_proposal(
        Proposal(institution=inst(KADIKOY), title="Kreş kapasitesi"), None, []
    )
    cluster = ProposalCluster.objects.create(label="Kreş", province=inst(BASAKSEHIR).province)
    Proposal.objects.filter(pk__in=[twin.pk, primary.pk]).update(cluster=cluster)
    services.merge_cluster(cluster, Proposal.objects.get(pk=primary.pk), office, "Aynı ihtiyaç.")

    html = client_for("liaison").get("/").content.decode()
    assert "Kreş açılması" in html and "Bütçe yetersiz." in html
    assert "Kreş yapılması" in html and "Aynı ihtiyaç." in html
    assert "Sahil bisiklet yolu" not in html  # another district's
    assert "Kreş açılması" not in client_for("other_liaison").get("/").content.decode()

    call_command("cooperation_digest", verbosity=0, stdout=None)
    to_liaison = [m for m in mail.outbox if m.to == [liaison.email]]
    assert len(to_liaison) == 1
    body = to_liaison[0].body
    assert "Kreş açılması" in body and "Bütçe yetersiz." in body and "birleştirildi" in body
    assert "Sahil bisiklet yolu" not in body
