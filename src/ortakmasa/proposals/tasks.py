"""Background jobs of the proposals app."""

from __future__ import annotations

import logging
import time
from collections import defaultdict

from celery import shared_task
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from ortakmasa.celery import app as _celery_app  # noqa: F401

# The platform's Celery app must be loaded before ``.delay`` is called:
# without it the task goes to Celery's default app, which neither runs tasks
# in-process nor knows the configured broker.
from ortakmasa.kernel.cache import Gen, bump
from ortakmasa.proposals import engine
from ortakmasa.proposals.models import (
    OPEN_STATUSES,
    ClusterRun,
    ClusterStatus,
    Proposal,
    ProposalCluster,
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
    texts = [f"{r[1]}. {r[2]}" for r in rows]
    _set_progress(run.pk, 0.05, total=len(rows))

    last = [0.0]

    def progress(fraction: float) -> None:
        # Writing on every callback would slow the engine down; a few
        # updates a second are enough for the progress bar.
        now = time.monotonic()
        if now - last[0] >= 0.5 or fraction >= 1.0:
            last[0] = now
            _set_progress(run.pk, 0.05 + _MATCH_SHARE * fraction)

    labels = engine.cluster_texts(texts, run.threshold, progress) if texts else []
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
