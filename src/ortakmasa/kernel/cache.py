"""Caching of rendered page parts and computed answers, invalidated by data
generations.  The one cache module: every cached thing in the platform goes
through ``cached_value`` (answers that do not depend on who asks) or
``cached_for_request``/``cached_fragment`` (what a request renders), under
one key scheme.

Busy pages (the meeting list, an institution's record, a campaign's
dashboard, the portal) are read far more often than the data behind them
changes.  Each area of data has a *generation* number in the cache, declared
once in ``Gen`` below; a cached entry's key contains the generations it
depends on, so a change makes every stale entry unreachable at once instead
of being hunted down key by key.

Generations are bumped **after the writer's transaction commits**
(``transaction.on_commit``): bumped inside it, a request rendering between
the bump and the commit would read the old rows and cache them under the new
generation, where they would be served until the entry expires.  Saves and
deletes of watched models bump through signals (``watch``); ``bulk_create``
and ``QuerySet.update`` send no signals, so the code that calls them calls
``bump`` itself.

Generations must be shared by every process that serves pages: with several
web workers the cache must be Redis (see ``kernel.checks``).

A request's key also holds what decides what a user may see (role,
institution, and for editors the user, who may see their own drafts) and
the language, so nobody is ever served a fragment rendered for someone
else's rights.  The CSRF token lives in the base layout, which is never
cached.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import Any, TypeVar

from django.core.cache import cache
from django.db import transaction
from django.db.models import Model
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpRequest
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from ortakmasa.kernel.policy import cache_scope

T = TypeVar("T")

#: An entry is rebuilt at least this often even if nothing bumped its
#: generation (a write path that forgot to bump).
FRAGMENT_TIMEOUT = 600

PREFIX = "ortakmasa"


class Gen(StrEnum):
    """Every generation, declared once.  The apps attach their models to
    them in their ``ready()`` with ``watch``."""

    REGISTRY = "registry"
    MEETINGS = "meetings"
    COOPERATION = "cooperation"
    MONITORING = "monitoring"
    #: The plan tree (plans, goals, objectives, indicators) as monitoring
    #: and the portal show it.
    PLANS = "monitoring_plans"
    #: Proposals and their events, as the portal shows what became of them.
    PROPOSALS = "portal_proposals"
    #: Surveys with their sections and questions, as the answer page reads them.
    SURVEYS = "surveys"


def _gen_key(name: Gen) -> str:
    return f"{PREFIX}:gen:{name.value}"


def generation(*names: Gen | str) -> str:
    """The current generations of ``names``, as one string for a key."""
    gens = [Gen(n) for n in names]
    values = cache.get_many([_gen_key(g) for g in gens])
    return ".".join(str(values.get(_gen_key(g), 0)) for g in gens)


def with_generation(key: str, *names: Gen | str) -> tuple[Any, str]:
    """The cached value at ``key`` and the current generations of
    ``names`` (as ``generation`` gives them), in one round trip: for
    entries that keep the generations they were made under beside the
    value instead of in their key."""
    gens = [Gen(n) for n in names]
    gen_keys = [_gen_key(g) for g in gens]
    values = cache.get_many([*gen_keys, key])
    return values.get(key), ".".join(str(values.get(k, 0)) for k in gen_keys)


def bump_now(*names: Gen | str) -> None:
    """Bump at once.  Only for code that runs after the data is committed;
    everything else calls ``bump``."""
    for name in names:
        key = _gen_key(Gen(name))
        try:
            cache.incr(key)
        except ValueError:
            # Not there yet (or evicted): any new value invalidates, since
            # entries were keyed with the old one or with 0.
            cache.set(key, 1, None)


def bump(*names: Gen | str, using: str | None = None) -> None:
    """Bump ``names`` once the current transaction commits (at once when
    there is none); nothing is bumped if it rolls back."""
    gens = tuple(Gen(n) for n in names)
    # robust: the data is committed by then; a cache that is down must not
    # turn a saved change into an error page.
    transaction.on_commit(lambda: bump_now(*gens), using=using, robust=True)


def _key(kind: str, parts: Iterable[object], depends: tuple[Gen | str, ...]) -> str:
    raw = "|".join([kind, *(str(p) for p in parts), generation(*depends)])
    return f"{PREFIX}:cache:" + hashlib.sha256(raw.encode()).hexdigest()


def _get_or_compute(key: str, compute: Callable[[], T]) -> T:
    found = cache.get(key)
    if found is not None:
        return found  # type: ignore[no-any-return,unused-ignore]
    value = compute()
    cache.set(key, value, FRAGMENT_TIMEOUT)
    return value


def cached_value(
    kind: str, key: object, depends: tuple[Gen | str, ...], compute: Callable[[], T]
) -> T:
    """``compute()``'s result for the question ``key``, whoever asks,
    reused until one of the ``depends`` generations changes.  ``key`` must
    hold everything the answer depends on besides the data (filters, and
    whether the asker sees only public records)."""
    return _get_or_compute(_key(kind, [key], depends), compute)


def cached_for_request(
    request: HttpRequest, name: str, depends: tuple[Gen | str, ...], compute: Callable[[], T]
) -> T:
    """``compute()``'s result for this request's path, language and rights,
    reused until one of the ``depends`` generations changes."""
    parts = [
        # The host too: paginated API answers hold absolute links.
        request.get_host(),
        request.get_full_path(),
        get_language() or "",
        cache_scope(request.user),
        bool(getattr(request, "htmx", False)),
    ]
    return _get_or_compute(_key(name, parts, depends), compute)


def cached_fragment(
    request: HttpRequest, name: str, depends: tuple[Gen | str, ...], render: Callable[[], str]
) -> SafeString:
    # Rendered by our own templates from escaped values.
    return mark_safe(cached_for_request(request, name, depends, render))


def watch(name: Gen, *models: type[Model], m2m: tuple[Any, ...] = ()) -> None:
    """Bump generation ``name`` after the commit of any transaction that
    saves or deletes one of ``models``, or changes one of the ``m2m``
    relations."""
    gen = Gen(name)

    def receiver(**kwargs: Any) -> None:
        bump(gen, using=kwargs.get("using"))

    for model in models:
        post_save.connect(
            receiver, sender=model, weak=False, dispatch_uid=f"gen:{gen}:save:{model._meta.label}"
        )
        post_delete.connect(
            receiver,
            sender=model,
            weak=False,
            dispatch_uid=f"gen:{gen}:delete:{model._meta.label}",
        )
    for through in m2m:
        m2m_changed.connect(
            receiver,
            sender=through,
            weak=False,
            dispatch_uid=f"gen:{gen}:m2m:{through._meta.label}",
        )
