"""System checks of the platform's settings (``ortakmasa check``)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import Error, register

#: Cache backends whose entries live in one process's memory.
PER_PROCESS_CACHES = frozenset(
    {
        "django.core.cache.backends.locmem.LocMemCache",
    }
)


@register()
def cache_shared_by_workers(app_configs: Any = None, **kwargs: Any) -> list[Error]:
    """Several web workers on a per-process cache would each keep their own
    data generations: a change seen by one worker leaves the others serving
    stale pages until their entries expire."""
    workers = int(getattr(settings, "ORTAKMASA_WORKERS", 1) or 1)
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if workers > 1 and backend in PER_PROCESS_CACHES:
        return [
            Error(
                f"{workers} web workers (ORTAKMASA_WORKERS / WEB_CONCURRENCY) share no cache: "
                f"{backend} keeps one per process, so pages would go stale.",
                hint="Set REDIS_URL (the cache then lives in Redis), or run one worker.",
                id="ortakmasa.E001",
            )
        ]
    return []


@register()
def trusted_proxies_parse(app_configs: Any = None, **kwargs: Any) -> list[Error]:
    """TRUSTED_PROXIES set in a settings file rather than the environment
    gets the same scrutiny as the environment variable."""
    from django.core.exceptions import ImproperlyConfigured

    from ortakmasa.kernel.addresses import trusted_proxies

    try:
        trusted_proxies()
    except ImproperlyConfigured as exc:
        return [
            Error(
                str(exc),
                hint="List the reverse proxies' addresses or networks: 10.0.0.5,172.18.0.0/16.",
                id="ortakmasa.E002",
            )
        ]
    return []
