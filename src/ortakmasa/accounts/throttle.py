"""Throttling and temporary lock-out of repeated failed sign-ins.

Counters live in the cache (Redis in production, local memory otherwise):
failures per user name and per client address within a window.  Past the
limit the name (or the address) is locked for ``LOCK_SECONDS``; while
locked, even the right password is refused.  ``ThrottledModelBackend`` is
the authentication backend, so the sign-in page, the admin sign-in and the
token endpoint are all covered by the same check; every failure and every
lock is logged.  No outside service is involved.
"""

from __future__ import annotations

import hashlib
import logging
from typing import Any

from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.dispatch import receiver
from django.forms import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext as _
from rest_framework import exceptions
from rest_framework.authentication import TokenAuthentication

from ortakmasa.kernel.addresses import request_address
from ortakmasa.lib.turkish import lower

log = logging.getLogger("ortakmasa.security")


def _limit(name: str, default: int) -> int:
    return int(getattr(settings, name, default))


def _key(kind: str, value: str) -> str:
    digest = hashlib.sha256(value.encode("utf-8")).hexdigest()[:32]
    return f"login-throttle:{kind}:{digest}"


def client_address(request: HttpRequest | None) -> str:
    # X-Forwarded-For only from a configured proxy: otherwise a client could
    # dodge its own lock-out, or lock out someone else's address.
    return request_address(request)


def _keys(username: str | None, address: str) -> list[tuple[str, int]]:
    keys = []
    if username:
        keys.append((_key("user", lower(username.strip())), _limit("LOGIN_FAILURES_PER_USER", 5)))
    if address:
        keys.append((_key("ip", address), _limit("LOGIN_FAILURES_PER_ADDRESS", 30)))
    return keys


def locked_for(username: str | None, request: HttpRequest | None) -> int:
    """Seconds until sign-in is allowed again for this name or address (0:
    allowed now)."""
    for key, _limit_value in _keys(username, client_address(request)):
        if cache.get(key + ":locked"):
            return _limit("LOGIN_LOCK_SECONDS", 900)
    return 0


def record_failure(username: str | None, request: HttpRequest | None) -> None:
    window = _limit("LOGIN_FAILURE_WINDOW_SECONDS", 900)
    lock_seconds = _limit("LOGIN_LOCK_SECONDS", 900)
    address = client_address(request)
    for key, limit in _keys(username, address):
        cache.add(key, 0, window)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, window)
            count = 1
        if count >= limit and cache.add(key + ":locked", 1, lock_seconds):
            log.warning(
                "sign-in locked for %d s after %d failures: user=%r address=%s",
                lock_seconds,
                count,
                username,
                address,
            )


def reset(username: str | None) -> None:
    for key, _limit_value in _keys(username, ""):
        cache.delete(key)


@receiver(user_login_failed)
def _on_failure(sender: Any, credentials: dict[str, Any], request: Any = None, **kw: Any) -> None:
    username = credentials.get("username")
    log.warning(
        "sign-in failed: user=%r address=%s path=%s",
        username,
        client_address(request),
        getattr(request, "path", ""),
    )
    if not getattr(request, "_login_locked", False):
        record_failure(username, request)


@receiver(user_logged_in)
def _on_success(sender: Any, request: Any, user: Any, **kw: Any) -> None:
    reset(getattr(user, "username", None))


class ThrottledModelBackend(ModelBackend):
    """Django's own backend, refusing a locked name or address before the
    password is even checked."""

    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> Any:
        if username is None:
            username = kwargs.get("username")
        if locked_for(username, request):
            if request is not None:
                request._login_locked = True  # type: ignore[attr-defined]
            # PermissionDenied stops authenticate() from trying other backends.
            raise PermissionDenied
        return super().authenticate(request, username=username, password=password, **kwargs)


def locked_message() -> str:
    minutes = max(1, _limit("LOGIN_LOCK_SECONDS", 900) // 60)
    return _(
        "Too many failed sign-ins for this account or from this address; "
        "try again in %(minutes)d minutes."
    ) % {"minutes": minutes}


def check_not_locked(username: str | None, request: HttpRequest | None) -> None:
    if locked_for(username, request):
        log.warning(
            "sign-in refused while locked: user=%r address=%s", username, client_address(request)
        )
        raise ValidationError(locked_message(), code="locked")


class ThrottledAuthenticationForm(AuthenticationForm):
    """The sign-in form, saying so when the account or address is locked."""

    def clean(self) -> dict[str, Any]:
        check_not_locked(self.cleaned_data.get("username"), self.request)
        return super().clean()


class ThrottledAdminAuthenticationForm(AdminAuthenticationForm):
    def clean(self) -> dict[str, Any]:
        check_not_locked(self.cleaned_data.get("username"), self.request)
        return super().clean()


class ThrottledTokenAuthentication(TokenAuthentication):
    """API tokens: a wrong token counts as a failed sign-in of its address,
    and a locked address is refused before the token is looked up."""

    def authenticate(self, request: Any) -> Any:
        if not request.META.get("HTTP_AUTHORIZATION", "").startswith(self.keyword + " "):
            return super().authenticate(request)
        if locked_for(None, request):
            log.warning("token refused while locked: address=%s", client_address(request))
            raise exceptions.Throttled(detail=locked_message())
        try:
            return super().authenticate(request)
        except exceptions.AuthenticationFailed:
            log.warning("token sign-in failed: address=%s", client_address(request))
            record_failure(None, request)
            raise
