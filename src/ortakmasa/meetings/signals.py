"""What the meetings app tells others after a write that sends no model
signal (``bulk_create``, ``QuerySet.update``).

Apps that keep something derived from meetings (the cooperation network's
aggregate) listen to :data:`meetings_written`; every bulk path of this app
ends with :func:`written_in_bulk`.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.dispatch import Signal

from ortakmasa.kernel.cache import Gen, bump

#: Sent with ``ids``: the meetings whose rows (or whose topics, guests or
#: participations) were written in bulk, inside the writing transaction.
meetings_written = Signal()


def written_in_bulk(ids: Iterable[int | None]) -> None:
    """After a bulk write to these meetings: listeners update what they
    derive from them, and the meetings' cache generation moves on commit."""
    wanted = sorted({i for i in ids if i is not None})
    if wanted:
        meetings_written.send(sender=None, ids=wanted)
    bump(Gen.MEETINGS)
