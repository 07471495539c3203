"""Background jobs of the proposals app."""

from __future__ import annotations

import logging
import time
from collections import defaultdict

import numpy as np
from celery import shared_task
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from ortakmasa.celery import app as _celery_app  # noqa: F401

# The platform's Celery app must be loaded before ``.delay`` is called:
# without it the task goes to Celery's default app, which neither runs tasks
# in-process nor knows the configured broker.
from ortakmasa.kernel.cache import Gen, bump
from ortakmasa.proposals import embedding_store, engine
from ortakmasa.proposals.models import (
    OPEN_STATUSES,
    ClusterRun,
    ClusterStatus,
    Proposal,
    ProposalCluster,
    ProposalEmbedding,
    RunStatus,
)

log = logging.getLogger(__name__)

#: The matching stage is reported as this share of the whole run; reading
#: the proposals before it and saving the clusters after it take the rest.
_MATCH_SHARE = 0.8
_BATCH = 2000


def _set_progress(run_id: int, fraction: float, **extra: object) -> None:
    ClusterRun.objects.filter(pk=run_id).update(progress=min(max(fraction, 0.0), 1.0), **extra)


def candidates(run: ClusterRun) -> Q:
    """Open proposals of the run's province that no merged cluster holds."""
    q = Q(status__in=OPEN_STATUSES) & (
        Q(cluster__isnull=True) | ~Q(cluster__status=ClusterStatus.MERGED)
    )
    if run.province_id is not None:
        q &= Q(district__province_id=run.province_id) | Q(institution__province_id=run.province_id)
    return q


@shared_task
def cluster_proposals(run_id: int) -> int:
    """Groups similar open proposals into suggested clusters, replacing the
    previous suggestions of the province.  Returns the number of clusters."""
    run = ClusterRun.objects.get(pk=run_id)
    try:
        return _run(run)
    except Exception as exc:
        log.exception("clustering run %s failed", run_id)
        ClusterRun.objects.filter(pk=run_id).update(
            status=RunStatus.FAILED, message=str(exc)[:500], finished_at=timezone.now()
        )
        raise


def _run(run: ClusterRun) -> int:
    ClusterRun.objects.filter(pk=run.pk).update(
        status=RunStatus.RUNNING, engine=engine.engine_name(), progress=0.0
    )
    rows = list(
        Proposal.objects.filter(candidates(run))
        .order_by("id")
        .values_list("id", "title", "text", "district_id")
    )
    ids = [r[0] for r in rows]
    vectors = stored_embeddings(ids)
    records = [engine.Record(r[1], r[2], vectors.get(r[0])) for r in rows]
    ClusterRun.objects.filter(pk=run.pk).update(
        engine=engine.engine_name(bool(vectors) and embedding_store.available())
    )
    _set_progress(run.pk, 0.05, total=len(rows))

    last = [0.0]

    def progress(fraction: float) -> None:
        # Writing on every callback would slow the engine down; a few
        # updates a second are enough for the progress bar.
        now = time.monotonic()
        if now - last[0] >= 0.5 or fraction >= 1.0:
            last[0] = now
            _set_progress(run.pk, 0.05 + _MATCH_SHARE * fraction)

    threshold = run.threshold
    if threshold is None:
        from ortakmasa.proposals.calibration import threshold_for

        threshold = threshold_for(run.province_id)
    labels = engine.cluster_records(records, threshold, progress) if records else []
    groups: dict[int, list[int]] = defaultdict(list)
    for index, label in enumerate(labels):
        groups[label].append(index)
    multi = [members for members in groups.values() if len(members) > 1]

    with transaction.atomic():
        old = ProposalCluster.objects.filter(status=ClusterStatus.SUGGESTED)
        if run.province_id is not None:
            old = old.filter(province_id=run.province_id)
        Proposal.objects.filter(cluster__in=old).update(cluster=None)
        old.delete()
        clusters = [
            ProposalCluster(
                run=run,
                province_id=run.province_id,
                label=rows[members[0]][1][:255],
                size=len(members),
                district_count=len({rows[i][3] for i in members if rows[i][3] is not None}),
            )
            for members in multi
        ]
        created = ProposalCluster.objects.bulk_create(clusters, batch_size=_BATCH)
        assignments: list[Proposal] = []
        for cluster, members in zip(created, multi, strict=True):
            assignments.extend(Proposal(pk=ids[i], cluster_id=cluster.pk) for i in members)
        for start in range(0, len(assignments), _BATCH):
            Proposal.objects.bulk_update(assignments[start : start + _BATCH], ["cluster"])
            _set_progress(run.pk, 0.05 + _MATCH_SHARE + 0.15 * (start + _BATCH) / len(assignments))
        # Proposals were updated in bulk, which sends no signal.
        bump(Gen.PROPOSALS)
        ClusterRun.objects.filter(pk=run.pk).update(
            status=RunStatus.DONE,
            progress=1.0,
            cluster_count=len(created),
            finished_at=timezone.now(),
        )
    return len(created)


def stored_embeddings(ids: list[int]) -> dict[int, np.ndarray]:
    """The stored embeddings of these proposals made by the current model;
    none when the encoder is off (words alone are then compared)."""
    if not embedding_store.available():
        return {}
    out: dict[int, np.ndarray] = {}
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        for pk, blob in ProposalEmbedding.objects.filter(
            proposal_id__in=chunk, model=embedding_store.MODEL_NAME
        ).values_list("proposal_id", "vector"):
            out[pk] = embedding_store.decode(blob)
    return out


@shared_task
def embed_proposal(proposal_id: int) -> bool:
    """Encodes one proposal's title and description, unless the stored
    embedding already is of the same text; then queues the suggestions of
    duplicates for it.  Returns whether it encoded."""
    proposal = Proposal.objects.filter(pk=proposal_id).first()
    if proposal is None or not embedding_store.available():
        return False
    digest = engine.source_hash(proposal.title, proposal.text)
    current = ProposalEmbedding.objects.filter(proposal_id=proposal_id).first()
    encoded = False
    if (
        current is None
        or current.source_hash != digest
        or (current.model != embedding_store.MODEL_NAME)
    ):
        from ortakmasa.proposals.hybrid import embedding_input

        vector = embedding_store.encode([embedding_input(proposal.title, proposal.text)])[0]
        ProposalEmbedding.objects.update_or_create(
            proposal_id=proposal_id,
            defaults={
                "model": embedding_store.MODEL_NAME,
                "source_hash": digest,
                "vector": embedding_store.pack(vector),
            },
        )
        encoded = True
    from ortakmasa.proposals.suggestions import suggest_for

    suggest_for(proposal)
    return encoded


@shared_task
def suggest_duplicates(proposal_id: int) -> int:
    """Suggestions for one proposal on words alone (the encoder is off)."""
    proposal = Proposal.objects.filter(pk=proposal_id).first()
    if proposal is None:
        return 0
    from ortakmasa.proposals.suggestions import suggest_for

    return len(suggest_for(proposal))
