"""Background tasks of the meetings app (Celery; in-process without Redis)."""

from __future__ import annotations

from typing import Any

from celery import shared_task
from celery.signals import worker_ready
from django.db import DatabaseError

from ortakmasa.meetings.batch import recover_stale_batches, run_batch


# Acknowledged when done, not when taken: a worker killed mid-batch leaves
# the message to the broker, which hands it out again; a database error is
# retried with back-off.  run_batch resumes where the last run stopped.
@shared_task(
    name="meetings.import_batch",
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(DatabaseError,),
    retry_backoff=True,
    max_retries=3,
)
def import_batch(batch_id: int) -> None:
    run_batch(batch_id)


@worker_ready.connect
def _resume_stale_batches(**kwargs: Any) -> None:
    recover_stale_batches()
