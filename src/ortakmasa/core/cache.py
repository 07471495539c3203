"""Caching of rendered page parts, invalidated by data generations.

Busy pages (the meeting list, an institution's record, a campaign's
dashboard) are read far more often than the data behind them changes.  Each
domain keeps a *generation* number in the cache; every save or delete of
its models bumps it (see the apps' ``ready()``), and a cached fragment's key
contains the generations it depends on, so a change makes every stale
fragment unreachable at once instead of being hunted down key by key.

The key also holds what decides what a user may see (role, institution,
and for editors the user, who may see their own drafts) and the language,
so nobody is ever served a fragment rendered for someone else's rights.
The CSRF token lives in the base layout, which is never cached.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any, TypeVar

from django.core.cache import cache
from django.db.models import Model
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpRequest
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from ortakmasa.accounts.policy import EDITOR_ROLES, role_of

T = TypeVar("T")

#: A fragment is rebuilt at least this often even if nothing bumped its
#: generation (bulk updates that send no signals).
FRAGMENT_TIMEOUT = 600


def _gen_key(name: str) -> str:
    return f"ortakmasa:gen:{name}"


def generation(*names: str) -> str:
    values = cache.get_many([_gen_key(n) for n in names])
    return ".".join(str(values.get(_gen_key(n), 0)) for n in names)


def bump(*names: str) -> None:
    for name in names:
        key = _gen_key(name)
        try:
            cache.incr(key)
        except ValueError:
            # Not there yet (or evicted): any new value invalidates, since
            # fragments were keyed with the old one or with 0.
            cache.set(key, 1, None)


def scope_key(user: Any) -> str:
    role = role_of(user)
    institution = getattr(user, "institution_id", None)
    who = f"{role}:{institution}"
    if role in EDITOR_ROLES:
        who += f":{user.pk}"
    return who


def cached_for_request(
    request: HttpRequest, name: str, depends: tuple[str, ...], compute: Callable[[], T]
) -> T:
    """``compute()``'s result for this request's path, language and rights,
    reused until one of the ``depends`` generations changes."""
    raw = "|".join(
        [
            name,
            # The host too: paginated API answers hold absolute links.
            request.get_host(),
            request.get_full_path(),
            get_language() or "",
            scope_key(request.user),
            generation(*depends),
            str(bool(getattr(request, "htmx", False))),
        ]
    )
    key = "ortakmasa:frag:" + hashlib.sha256(raw.encode()).hexdigest()
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, FRAGMENT_TIMEOUT)
    return value


def cached_fragment(
    request: HttpRequest, name: str, depends: tuple[str, ...], render: Callable[[], str]
) -> SafeString:
    # Rendered by our own templates from escaped values.
    return mark_safe(cached_for_request(request, name, depends, render))


def watch(name: str, *models: type[Model], m2m: tuple[Any, ...] = ()) -> None:
    """Bump generation ``name`` whenever one of ``models`` is saved or
    deleted, or one of the ``m2m`` relations changes."""

    def receiver(**kwargs: Any) -> None:
        bump(name)

    for model in models:
        post_save.connect(
            receiver, sender=model, weak=False, dispatch_uid=f"gen:{name}:save:{model._meta.label}"
        )
        post_delete.connect(
            receiver,
            sender=model,
            weak=False,
            dispatch_uid=f"gen:{name}:delete:{model._meta.label}",
        )
    for through in m2m:
        m2m_changed.connect(
            receiver,
            sender=through,
            weak=False,
            dispatch_uid=f"gen:{name}:m2m:{through._meta.label}",
        )
