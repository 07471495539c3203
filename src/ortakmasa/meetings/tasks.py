"""Background tasks of the meetings app (Celery; in-process without Redis)."""

from __future__ import annotations

from celery import shared_task

from ortakmasa.meetings.batch import run_batch


@shared_task(name="meetings.import_batch", acks_late=True)
def import_batch(batch_id: int) -> None:
    run_batch(batch_id)
