"""The client address of a request, for sign-in lock-outs and logs (see
``ortakmasa.lib.proxies`` and the ``TRUSTED_PROXIES`` setting)."""

from __future__ import annotations

from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest

from ortakmasa.lib.proxies import Network, client_address, parse_networks


@lru_cache(maxsize=8)
def _networks(value: str) -> tuple[Network, ...]:
    try:
        return parse_networks(value)
    except ValueError as exc:
        raise ImproperlyConfigured(f"TRUSTED_PROXIES: {exc}") from None


def trusted_proxies() -> tuple[Network, ...]:
    value = getattr(settings, "TRUSTED_PROXIES", ())
    if isinstance(value, str):
        value = [value]
    return _networks(",".join(str(v) for v in value))


def request_address(request: HttpRequest | None) -> str:
    """REMOTE_ADDR, or the forwarded client's address when the request came
    through a proxy listed in ``TRUSTED_PROXIES``."""
    if request is None:
        return ""
    remote = str(request.META.get("REMOTE_ADDR", ""))
    forwarded = str(request.META.get("HTTP_X_FORWARDED_FOR", ""))
    return client_address(remote, forwarded, trusted_proxies())
