"""Importing many texts: a batch of items processed one by one.

The batch and its items are rows, so the work survives a restart, the
progress bar reads them, and a failed text is listed with its reason while
the rest go on.  ``run_batch`` is what the background task calls.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from ortakmasa.meetings.importer import CREATED, DUPLICATE, Context, import_text
from ortakmasa.meetings.models import ImportBatch, ImportItem, ImportStatus, ItemStatus

log = logging.getLogger("ortakmasa.meetings.import")

#: How many items between two progress updates.
PROGRESS_EVERY = 20


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


def run_batch(batch_id: int, on_item: Callable[[ImportItem, str], None] | None = None) -> None:
    batch = ImportBatch.objects.get(pk=batch_id)
    if batch.status == ImportStatus.DONE:
        return
    ImportBatch.objects.filter(pk=batch_id).update(status=ImportStatus.RUNNING)
    ctx = Context()
    counts = {"processed": 0, "created": 0, "duplicates": 0, "failed": 0}

    def flush() -> None:
        ImportBatch.objects.filter(pk=batch_id).update(**{k: F(k) + v for k, v in counts.items()})
        for k in counts:
            counts[k] = 0

    pending = batch.items.filter(status=ItemStatus.QUEUED).order_by("id")
    for item_id in list(pending.values_list("id", flat=True)):
        item = ImportItem.objects.get(pk=item_id)
        try:
            result = import_text(
                bytes(item.content),
                item.source,
                confirm=batch.confirm,
                campaign_id=batch.campaign_id,
                user_id=batch.created_by_id,
                ctx=ctx,
            )
            item.status, item.error, item.document = result.status, result.error, result.document
        except Exception as exc:  # one bad text never stops the batch
            log.exception("import of %s failed", item.source)
            item.status, item.error = ItemStatus.FAILED, f"unexpected error: {exc}"[:500]
        # The text is no longer needed once processed; keep the outcome.
        item.content = b""
        item.save(update_fields=["status", "error", "document", "content"])
        counts["processed"] += 1
        if item.status == CREATED:
            counts["created"] += 1
        elif item.status == DUPLICATE:
            counts["duplicates"] += 1
        else:
            counts["failed"] += 1
        if on_item is not None:
            on_item(item, item.status)
        if counts["processed"] >= PROGRESS_EVERY:
            flush()
    flush()
    ImportBatch.objects.filter(pk=batch_id).update(
        status=ImportStatus.DONE, finished_at=timezone.now()
    )
