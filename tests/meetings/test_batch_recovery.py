"""A batch killed mid-run is found by its stale heartbeat and resumed with
right counters (or marked failed after too many runs); a batch another
run holds is not run twice; the Celery task acknowledges late and retries."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from ortakmasa.meetings import batch as batch_module
from ortakmasa.meetings.batch import create_batch, recover_stale_batches, run_batch
from ortakmasa.meetings.models import ImportBatch, ImportItem, ImportStatus, SourceDocument
from ortakmasa.meetings.tasks import import_batch
from tests.meetings.helpers import SEED_EU, SEED_VISIT

pytestmark = pytest.mark.django_db


class Killed(BaseException):
    """Stands for SIGKILL: nothing after it runs, no except clause sees it."""


def files() -> list[tuple[str, bytes]]:
    return [
        ("visit.txt", SEED_VISIT.read_bytes()),
        ("eu.txt", SEED_EU.read_bytes()),
        ("empty.txt", b""),
    ]


def kill_after_first_item(batch_id: int) -> None:
    def on_item(item: ImportItem, status: str) -> None:
        raise Killed

    with pytest.raises(Killed):
        run_batch(batch_id, on_item=on_item)


def age_heartbeat(batch_id: int) -> None:
    old = timezone.now() - batch_module.STALE_AFTER - datetime.timedelta(seconds=1)
    ImportBatch.objects.filter(pk=batch_id).update(heartbeat_at=old)


def test_a_killed_batch_is_resumed_with_right_counters() -> None:
    batch = create_batch(files())
    kill_after_first_item(batch.pk)
    batch.refresh_from_db()
    assert batch.status == ImportStatus.RUNNING and batch.attempts == 1
    # Fresh heartbeat: not stale yet, and no second run may take it.
    assert recover_stale_batches() == []
    run_batch(batch.pk)
    assert ImportItem.objects.filter(batch=batch, status="queued").count() == 2
    age_heartbeat(batch.pk)
    assert recover_stale_batches() == [batch.pk]  # resumed in-process (no Redis here)
    batch.refresh_from_db()
    assert batch.status == ImportStatus.DONE and batch.attempts == 2
    assert (batch.total, batch.processed, batch.created, batch.duplicates, batch.failed) == (
        3,
        3,
        2,
        0,
        1,
    )
    assert SourceDocument.objects.count() == 2  # nothing imported twice


def test_a_batch_killed_too_often_is_marked_failed_with_its_counters() -> None:
    batch = create_batch(files())
    kill_after_first_item(batch.pk)
    ImportBatch.objects.filter(pk=batch.pk).update(attempts=batch_module.MAX_ATTEMPTS)
    age_heartbeat(batch.pk)
    recover_stale_batches()
    batch.refresh_from_db()
    assert batch.status == ImportStatus.FAILED and batch.finished_at is not None
    assert (batch.processed, batch.created, batch.failed) == (3, 1, 2)
    assert ImportItem.objects.filter(batch=batch, status="queued").count() == 0


def test_an_error_releases_the_batch_for_a_retry(monkeypatch: pytest.MonkeyPatch) -> None:
    batch = create_batch(files()[:1])

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("database went away")

    monkeypatch.setattr(batch_module, "recount", broken)
    with pytest.raises(RuntimeError):
        run_batch(batch.pk)
    batch.refresh_from_db()
    assert batch.status == ImportStatus.QUEUED
    monkeypatch.undo()
    run_batch(batch.pk)
    batch.refresh_from_db()
    assert batch.status == ImportStatus.DONE and batch.created == 1


def test_the_task_acknowledges_late_and_retries() -> None:
    assert import_batch.acks_late is True
    assert import_batch.reject_on_worker_lost is True
    assert import_batch.max_retries == 3
    assert import_batch.autoretry_for
