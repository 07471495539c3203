"""Clustering as a background job, merge and split, and what each district
sees of a merge."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.http import HttpResponse
from django.test import Client

from ortakmasa.proposals import engine
from ortakmasa.proposals.models import (
    ClusterRun,
    ClusterStatus,
    EventAction,
    Proposal,
    ProposalCluster,
    RunStatus,
    Status,
)

pytestmark = pytest.mark.django_db

NURSERY = {
    "Başakşehir": "Kayabaşı mahallesine kreş yapılması",
    "Kadıköy": "Kadıköy'e yeni kreş açılması talebi",
    "Üsküdar": "Uskudar'da kres yapilmasi",
}


@pytest.fixture
def nursery(make_proposal: Callable[..., Proposal]) -> dict[str, Proposal]:
    found = {d: make_proposal(d, title, themes=("children",)) for d, title in NURSERY.items()}
    make_proposal("Kadıköy", "Sahil yolunda bisiklet yolu yapılması", themes=("transport",))
    make_proposal("Başakşehir", "Çöp konteynerlerinin sık boşaltılması", themes=("waste",))
    return found


def run_job(client: Client, capture: Callable[..., object]) -> ClusterRun:
    with capture(execute=True):  # type: ignore[attr-defined]
        response = client.post("/proposals/clusters/run/", {"threshold": ""})
    assert response.status_code == 302
    return ClusterRun.objects.get()


@pytest.fixture
def clustered(
    nursery: dict[str, Proposal],
    client_for: Callable[[str], Client],
    django_capture_on_commit_callbacks: Callable[..., object],
) -> tuple[Client, ProposalCluster]:
    """The office, once a clustering job has put the nursery proposals together."""
    client = client_for("office")
    run_job(client, django_capture_on_commit_callbacks)
    return client, ProposalCluster.objects.get()


def merge(client: Client, cluster: ProposalCluster, primary: Proposal, reason: str) -> HttpResponse:
    return client.post(
        f"/proposals/clusters/{cluster.pk}/merge/", {"primary": primary.pk, "reason": reason}
    )


def test_engine_adapter_finds_the_same_need_across_districts() -> None:
    texts = [*NURSERY.values(), "Sahil yolunda bisiklet yolu yapılması"]
    seen: list[float] = []
    labels = engine.cluster_texts(texts, progress=seen.append)
    assert labels[0] == labels[1] == labels[2] != labels[3]
    assert seen[-1] == 1.0 and all(0.0 <= f <= 1.0 for f in seen)


def test_job_groups_the_districts_and_stores_progress(
    nursery: dict[str, Proposal],
    client_for: Callable[[str], Client],
    django_capture_on_commit_callbacks: Callable[..., object],
) -> None:
    client = client_for("office")
    run = run_job(client, django_capture_on_commit_callbacks)
    assert (run.status, run.percent, run.total) == (RunStatus.DONE, 100, 5)
    cluster = ProposalCluster.objects.get()
    assert set(cluster.proposals.all()) == set(nursery.values())
    assert (cluster.size, cluster.district_count) == (3, 3)
    fragment = client.get(f"/proposals/clusters/runs/{run.pk}/").content.decode()
    assert 'value="100"' in fragment and "hx-trigger" not in fragment
    page = client.get(f"/proposals/clusters/{cluster.pk}/").content.decode()
    for name in ("Başakşehir Belediyesi", "Kadıköy Belediyesi", "Üsküdar Belediyesi"):
        assert name in page


def test_a_running_job_is_polled(client_for: Callable[[str], Client], users: dict) -> None:
    office = users["office"]
    run = ClusterRun.objects.create(
        province=office.institution.province, status=RunStatus.RUNNING, progress=0.42
    )
    html = client_for("office").get(f"/proposals/clusters/runs/{run.pk}/").content.decode()
    assert 'hx-trigger="every 1s"' in html and 'value="42"' in html


def test_merge_is_seen_with_its_reason_by_every_district(
    nursery: dict[str, Proposal],
    clustered: tuple[Client, ProposalCluster],
    client_for: Callable[[str], Client],
) -> None:
    primary = nursery["Başakşehir"]
    reason = "Üç ilçenin kreş talebi tek proje olarak ele alınacak."
    response = merge(*clustered, primary, reason)
    assert response.status_code == 302
    kadikoy = Proposal.objects.get(pk=nursery["Kadıköy"].pk)
    assert (kadikoy.status, kadikoy.merged_into_id, kadikoy.status_reason) == (
        Status.MERGED,
        primary.pk,
        reason,
    )
    assert kadikoy.events.filter(action=EventAction.MERGED).get().note == reason
    # The Kadıköy liaison sees the merge and the reason on its own proposal,
    # and which districts raised the same need, but not Başakşehir's
    # unpublished proposal itself.
    html = client_for("other_liaison").get(f"/proposals/{kadikoy.pk}/").content.decode()
    assert reason in html
    assert "Başakşehir Belediyesi" in html and "Üsküdar Belediyesi" in html
    assert primary.get_absolute_url() not in html
    assert client_for("other_liaison").get(primary.get_absolute_url()).status_code == 404
    # The Başakşehir liaison sees its proposal carries the others.
    html = client_for("liaison").get(primary.get_absolute_url()).content.decode()
    assert reason in html and "Kadıköy Belediyesi" in html
    assert ProposalCluster.objects.get().status == ClusterStatus.MERGED


def test_merge_without_reason_changes_nothing(
    nursery: dict[str, Proposal], clustered: tuple[Client, ProposalCluster]
) -> None:
    response = merge(*clustered, nursery["Kadıköy"], "")
    assert response.status_code == 400
    assert not Proposal.objects.filter(status=Status.MERGED).exists()


def test_split_takes_a_proposal_back_to_review(
    nursery: dict[str, Proposal], clustered: tuple[Client, ProposalCluster]
) -> None:
    client, cluster = clustered
    merge(client, cluster, nursery["Başakşehir"], "Aynı ihtiyaç.")
    uskudar = nursery["Üsküdar"]
    response = client.post(
        f"/proposals/clusters/{cluster.pk}/split/",
        {"proposals": [uskudar.pk], "reason": "Üsküdar'ınki bir mahalle kreşi değil."},
    )
    assert response.status_code == 302
    uskudar.refresh_from_db()
    assert (uskudar.status, uskudar.merged_into, uskudar.cluster) == (
        Status.UNDER_REVIEW,
        None,
        None,
    )
    assert uskudar.events.filter(action=EventAction.SPLIT).exists()
    cluster.refresh_from_db()
    assert (cluster.size, cluster.district_count) == (2, 2)


def test_rerun_keeps_merged_clusters(
    nursery: dict[str, Proposal],
    clustered: tuple[Client, ProposalCluster],
    django_capture_on_commit_callbacks: Callable[..., object],
) -> None:
    client, cluster = clustered
    merge(client, cluster, nursery["Başakşehir"], "Aynı ihtiyaç.")
    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[operator]
        client.post("/proposals/clusters/run/", {})
    assert ProposalCluster.objects.get() == cluster
    assert cluster.proposals.count() == 3
