"""A cluster's page says why its proposals are together: the need words
they share and, for each member, the sentences that match the primary's."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from ortakmasa.proposals.explanations import explain_members
from ortakmasa.proposals.models import Proposal, ProposalCluster
from ortakmasa.proposals.suggestions import province_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def flooding(make_proposal: Callable[..., Proposal]) -> list[Proposal]:
    return [
        make_proposal(
            "Başakşehir",
            "Yağmur suyu kanalı",
            text="Her yağmurda bodrum katları su basıyor. Yağmur suyu kanalı yapılmalı.",
        ),
        make_proposal(
            "Esenler",
            "Sokaklarımız göle dönüyor",
            text="Sağanakta rögarlar taşıyor, evleri su basıyor. Yağmur suyu kanalı istiyoruz.",
        ),
    ]


def clustered(members: list[Proposal]) -> ProposalCluster:
    cluster = ProposalCluster.objects.create(
        label="Su baskını", primary=members[0], province_id=province_of(members[0])
    )
    for p in members:
        p.cluster = cluster
        p.save(update_fields=["cluster"])
    return cluster


def test_reasons_name_the_shared_words_and_the_matching_sentences(
    flooding: list[Proposal],
) -> None:
    reasons = explain_members(flooding, flooding[0].pk)
    assert reasons.anchor == flooding[0].pk
    assert "yağmur" in reasons.shared_words and "kanalı" in reasons.shared_words
    why = reasons.members[flooding[1].pk]
    assert why.compared_with == flooding[0].pk
    assert "kanalı" in why.shared_words
    # The member's sentence first, then the primary's (its title is one too).
    assert why.sentences[0] == "Yağmur suyu kanalı istiyoruz."
    assert why.sentences[1] in ("Yağmur suyu kanalı", "Yağmur suyu kanalı yapılmalı.")
    assert flooding[0].pk not in reasons.members


def test_a_lone_proposal_has_nothing_to_explain(flooding: list[Proposal]) -> None:
    reasons = explain_members(flooding[:1])
    assert reasons.shared_words == [] and reasons.members == {}


def test_the_cluster_page_shows_why(
    flooding: list[Proposal], client_for: Callable[[str], Client]
) -> None:
    cluster = clustered(flooding)
    response = client_for("office").get(f"/proposals/clusters/{cluster.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Yağmur suyu kanalı istiyoruz." in html
    assert "Need words most of its proposals share" in html or "paylaştığı" in html
    assert "kanalı" in html
