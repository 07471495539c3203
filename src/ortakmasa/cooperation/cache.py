"""A cache for the network and matches, keyed by the question and by the
data generations of meetings, the registry and cooperation (see
``ortakmasa.core.cache``): any saved or deleted meeting, cooperation or
project bumps a generation, so an answer is never served stale, and a hit
costs no database query at all.  The answer is computed once per
generation (per cache: the process's memory, or Redis when configured)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache

from ortakmasa.core.cache import generation

T = TypeVar("T")
TIMEOUT = 600
DEPENDS = ("meetings", "registry", "cooperation")


def cached(kind: str, key: object, compute: Callable[[], T]) -> T:
    version = generation(*DEPENDS)
    digest = hashlib.sha256(f"{kind}|{key}|{version}".encode()).hexdigest()
    name = f"cooperation:{kind}:{digest}"
    found = cache.get(name)
    if found is not None:
        return found  # type: ignore[no-any-return,unused-ignore]
    value = compute()
    cache.set(name, value, TIMEOUT)
    return value
