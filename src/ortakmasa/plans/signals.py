"""What the plans app tells others after writing a plan's tree without
model signals (``bulk_create``).

Apps that keep something derived from a plan's goals, objectives and
indicators (monitoring's yearly figures) listen to :data:`tree_written`.
"""

from __future__ import annotations

from django.dispatch import Signal

#: Sent with ``plan_ids`` inside the writing transaction.
tree_written = Signal()


def written_in_bulk(*plan_ids: int) -> None:
    tree_written.send(sender=None, plan_ids=list(plan_ids))
