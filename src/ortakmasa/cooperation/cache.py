"""A cache for the network and matches, keyed by the question and by a
version of the data: any saved, added or deleted meeting, cooperation or
project changes the version, so an answer is never stale.  The version is
three cheap aggregate queries; the answer itself is computed once per
version (per cache: the process's memory, or Redis when configured)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache
from django.db.models import Count, Max

from ortakmasa.cooperation.models import Cooperation, FundedProject
from ortakmasa.meetings.models import Meeting

T = TypeVar("T")
TIMEOUT = 600


def data_version() -> str:
    parts = []
    for model in (Meeting, Cooperation, FundedProject):
        row = model.objects.aggregate(n=Count("pk"), last=Max("updated_at"))
        parts.append(f"{row['n']}:{row['last']}")
    return "|".join(parts)


def cached(kind: str, key: object, compute: Callable[[], T]) -> T:
    digest = hashlib.sha256(f"{kind}|{key}|{data_version()}".encode()).hexdigest()
    name = f"cooperation:{kind}:{digest}"
    found = cache.get(name)
    if found is not None:
        return found  # type: ignore[no-any-return,unused-ignore]
    value = compute()
    cache.set(name, value, TIMEOUT)
    return value
