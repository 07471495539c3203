"""Demo proposals: a few hundred, overlapping, some decided; loading twice
changes nothing."""

from __future__ import annotations

import pytest

from ortakmasa.proposals.demo import load_demo_proposals
from ortakmasa.proposals.models import (
    ClusterStatus,
    Proposal,
    ProposalCluster,
    ProposalEvent,
    Status,
)
from ortakmasa.site.demo import load_demo_users

pytestmark = pytest.mark.django_db


def counts() -> tuple[int, int, int, int]:
    return (
        Proposal.objects.count(),
        ProposalCluster.objects.count(),
        ProposalEvent.objects.count(),
        Proposal.objects.filter(status=Status.MERGED).count(),
    )


def test_demo_is_rich_and_idempotent() -> None:
    load_demo_users()
    load_demo_proposals()
    first = counts()
    proposals, clusters, _events, merged = first
    assert proposals >= 250
    assert clusters >= 10 and merged >= 8
    districts = Proposal.objects.values("district").distinct().count()
    assert districts >= 30
    merged_clusters = ProposalCluster.objects.filter(status=ClusterStatus.MERGED)
    assert merged_clusters.count() >= 5
    assert all(c.district_count >= 2 and c.reason for c in merged_clusters)
    assert Proposal.objects.filter(status=Status.REJECTED).exclude(status_reason="").exists()
    # Acceptance into real objectives comes with the plan's demo (tests/plans).
    assert not Proposal.objects.filter(status=Status.ACCEPTED, plan_objective=None).exists()
    # The example: three needs from Başakşehir and Esenler, three
    # clusters of two.
    example = list(
        Proposal.objects.filter(upload_key__startswith="demo-example-").order_by("upload_key")
    )
    assert len(example) == 6
    clusters = [p.cluster_id for p in example]
    assert None not in clusters
    assert clusters[0] == clusters[1] and clusters[2] == clusters[3]
    assert clusters[4] == clusters[5] and len(set(clusters)) == 3
    assert all(ProposalCluster.objects.get(pk=c).size == 2 for c in clusters)
    assert Proposal.objects.filter(is_public=True).count() >= 10
    load_demo_proposals()
    assert counts() == first
