"""Importing many texts: a batch of items processed one by one.

The batch and its items are rows, so the work survives a restart, the
progress bar reads them, and a failed text is listed with its reason while
the rest go on.  ``run_batch`` is what the background task calls.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable, Iterable

from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from ortakmasa.meetings.importer import CREATED, DUPLICATE, FAILED, Context, import_text
from ortakmasa.meetings.models import ImportBatch, ImportItem, ImportStatus

log = logging.getLogger("ortakmasa.meetings.import")

#: How many items between two progress updates.
PROGRESS_EVERY = 20
QUEUED_ITEM = "queued"


def create_batch(
    files: Iterable[tuple[str, bytes]],
    *,
    user_id: int | None = None,
    campaign_id: int | None = None,
    confirm: bool = False,
) -> ImportBatch:
    with transaction.atomic():
        batch = ImportBatch.objects.create(
            created_by_id=user_id, campaign_id=campaign_id, confirm=confirm
        )
        items = [ImportItem(batch=batch, source=name[:500], content=data) for name, data in files]
        ImportItem.objects.bulk_create(items, batch_size=500)
        batch.total = len(items)
        batch.save(update_fields=["total"])
    return batch


#: A running batch whose heartbeat is older than this was killed.
STALE_AFTER = datetime.timedelta(minutes=10)
#: Runs started before a batch is given up and marked failed.
MAX_ATTEMPTS = 3


def recount(batch_id: int) -> None:
    """The batch's counters from its items: right after any kill or retry,
    since each item's outcome is saved with the item."""
    done = ~Q(status=QUEUED_ITEM)
    counts = ImportItem.objects.filter(batch_id=batch_id).aggregate(
        processed=Count("id", filter=done),
        created=Count("id", filter=Q(status=CREATED)),
        duplicates=Count("id", filter=Q(status=DUPLICATE)),
        failed=Count("id", filter=done & ~Q(status__in=[CREATED, DUPLICATE])),
    )
    ImportBatch.objects.filter(pk=batch_id).update(**counts)


def _claim(batch_id: int) -> bool:
    """Marks the batch running for this run, unless another run holds it
    (running with a fresh heartbeat)."""
    now = timezone.now()
    free = Q(status=ImportStatus.QUEUED) | Q(
        Q(heartbeat_at__lt=now - STALE_AFTER) | Q(heartbeat_at__isnull=True),
        status=ImportStatus.RUNNING,
    )
    return bool(
        ImportBatch.objects.filter(free, pk=batch_id).update(
            status=ImportStatus.RUNNING, heartbeat_at=now, attempts=F("attempts") + 1
        )
    )


def _finish(batch_id: int, status: str) -> None:
    recount(batch_id)
    ImportBatch.objects.filter(pk=batch_id).update(status=status, finished_at=timezone.now())


def run_batch(batch_id: int, on_item: Callable[[ImportItem, str], None] | None = None) -> None:
    """Imports the batch's queued items.  Safe to call again after a kill:
    items already processed are skipped and the counters are recounted."""
    batch = ImportBatch.objects.get(pk=batch_id)
    if batch.status in (ImportStatus.DONE, ImportStatus.FAILED):
        return
    if not _claim(batch_id):
        log.info("batch %d is being run elsewhere", batch_id)
        return
    batch.refresh_from_db()
    if batch.attempts > MAX_ATTEMPTS:
        log.warning("batch %d given up after %d attempts", batch_id, batch.attempts - 1)
        ImportItem.objects.filter(batch_id=batch_id, status=QUEUED_ITEM).update(
            status=FAILED, error="not imported: the import was interrupted too often"
        )
        _finish(batch_id, ImportStatus.FAILED)
        return
    if batch.attempts > 1:
        log.warning("batch %d resumed (attempt %d)", batch_id, batch.attempts)
    ctx = Context()
    pending = batch.items.filter(status=QUEUED_ITEM).order_by("id")
    try:
        for n, item_id in enumerate(list(pending.values_list("id", flat=True)), start=1):
            item = ImportItem.objects.get(pk=item_id)
            # The document and the item's outcome are saved together: a kill
            # leaves either both or neither, so a resumed run neither skips
            # nor duplicates a text.
            with transaction.atomic():
                try:
                    with transaction.atomic():
                        result = import_text(
                            bytes(item.content),
                            item.source,
                            confirm=batch.confirm,
                            campaign_id=batch.campaign_id,
                            user_id=batch.created_by_id,
                            ctx=ctx,
                        )
                    item.status, item.error = result.status, result.error
                    item.document = result.document
                except Exception as exc:  # one bad text never stops the batch
                    log.exception("import of %s failed", item.source)
                    item.status, item.error = FAILED, f"unexpected error: {exc}"[:500]
                # The text is no longer needed once processed; keep the outcome.
                item.content = b""
                item.save(update_fields=["status", "error", "document", "content"])
            ImportBatch.objects.filter(pk=batch_id).update(heartbeat_at=timezone.now())
            if on_item is not None:
                on_item(item, item.status)
            if n % PROGRESS_EVERY == 0:
                recount(batch_id)
        _finish(batch_id, ImportStatus.DONE)
    except Exception:
        # Let a retry (or the stale-batch check) take it up again at once.
        ImportBatch.objects.filter(pk=batch_id).update(status=ImportStatus.QUEUED)
        raise


def recover_stale_batches() -> list[int]:
    """Batches left "running" by a killed worker: each is queued again and
    resumed (or, after MAX_ATTEMPTS runs, marked failed with its counters).
    Called when the worker starts and when the import page is opened."""
    from ortakmasa.meetings.tasks import import_batch

    cutoff = timezone.now() - STALE_AFTER
    stale = list(
        ImportBatch.objects.filter(status=ImportStatus.RUNNING)
        .filter(Q(heartbeat_at__lt=cutoff) | Q(heartbeat_at__isnull=True, created_at__lt=cutoff))
        .values_list("id", flat=True)
    )
    for batch_id in stale:
        log.warning("batch %d was left running (stale heartbeat); resuming it", batch_id)
        import_batch.delay(batch_id)
    return stale
