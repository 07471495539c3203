"""Whole responses of busy GET pages, kept in the shared cache and reused
until the data they show changes.

The fragment cache (``kernel.cache``) spares a page its queries and its
body's rendering, but a warm request still runs the view, the filter form,
the base layout and the context processors: 10-40 ms of Python against
less than 1 ms for the health view.  ``cached_page`` keeps the finished
response instead, under a key that holds the same data generations the
fragments use (so every write still shows at once), and everything else
the response depends on:

* the address with its query, the host and scheme (absolute links), the
  language, the ``Accept`` header and the htmx headers;
* the user, one entry per signed-in user (the layout shows their name and
  what their role may do), with the role, institution, staff flags and
  name in the key so that a change to the user shows at once too; all
  anonymous visitors share one entry;
* the code's version (a deploy never serves the former templates).

What must never be shared is never stored: a response to a request that
carries ``Authorization`` (an API client other than the session), a
response that is not a plain 200, one that sets a cookie or changes the
session, and a page that shows a flash message (the request is served
from the view, uncached, while messages wait).  The CSRF tokens in a
stored page's forms are cut out before it is stored and the asker's own
token is put in on every hit, so a page with a form works for whoever gets
it; a page whose token was issued but is in no form is not stored.

A hit costs the session and user lookups the middleware makes anyway and
one cache read (the entry with the current generations).
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable
from typing import Any, TypeVar, cast

from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import (  # type: ignore[attr-defined]  # not in the stubs
    _unmask_cipher_token,
    get_token,
)
from django.utils.translation import get_language

from ortakmasa import __version__
from ortakmasa.kernel.cache import FRAGMENT_TIMEOUT, PREFIX, Gen, with_generation
from ortakmasa.kernel.policy import role_of

V = TypeVar("V", bound=Callable[..., HttpResponse])

#: Where a CSRF token stood in a stored page.  Not something a page can
#: contain: the NUL characters never reach HTML from a form or a template.
TOKEN_HOLE = "\x00csrf-token\x00"
_HOLE_BYTES = TOKEN_HOLE.encode()
#: A masked CSRF token (64 letters and digits) where ``{% csrf_token %}``
#: and our own forms write it.  Looking only there keeps a hit's store
#: cheap (a general scan of a 400 kB dashboard took 5 ms); a page that
#: puts a token anywhere else (a header for scripts) is not for this cache.
_TOKEN = re.compile(rb'(name="csrfmiddlewaretoken" value=")([A-Za-z0-9]{64})(?=")')
#: Response headers that belong to one request, never to a stored page.
_PER_REQUEST_HEADERS = frozenset({"set-cookie", "content-length", "date"})
#: Request headers that change what a page renders besides the address.
_VARY_HEADERS = ("Accept", "HX-Request", "HX-Target", "HX-Boosted", "HX-Current-URL")


def user_variant(request: HttpRequest) -> str:
    """Who the page was rendered for, as far as the page can show it."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return "anonymous"
    return "|".join(
        str(part)
        for part in (
            user.pk,
            role_of(user),
            getattr(user, "institution_id", None),
            user.is_staff,
            user.is_superuser,
            str(user),
        )
    )


def page_key(request: HttpRequest, depends: tuple[Gen | str, ...]) -> str:
    parts: list[str] = [
        "page",
        __version__,
        request.scheme or "",
        request.get_host(),
        request.get_full_path(),
        get_language() or "",
        user_variant(request),
        *(request.headers.get(h) or "" for h in _VARY_HEADERS),
        # The generations are not in the key but beside the entry
        # (``with_generation``): one cache round trip a hit, not two.
        ".".join(str(d) for d in depends),
    ]
    raw = "\x1f".join(parts)
    return f"{PREFIX}:page:" + hashlib.sha256(raw.encode()).hexdigest()


def _pending_messages(request: HttpRequest) -> bool:
    storage = getattr(request, "_messages", None)
    # len() loads the waiting messages without marking them shown.
    return storage is not None and len(storage) > 0


def punch_tokens(request: HttpRequest, content: bytes) -> tuple[bytes, bool] | None:
    """``content`` with the CSRF tokens rendered for ``request`` replaced by
    ``TOKEN_HOLE``, and whether there were any; ``None`` when the page
    cannot be stored (it already holds the hole's marker, or a token was
    issued and none found where forms carry it)."""
    if _HOLE_BYTES in content:
        return None
    secret = request.META.get("CSRF_COOKIE")
    if not secret:
        return content, False  # no token was rendered for this request
    found = False
    # A page often repeats one token (a form per row): unmask each once.
    mine: dict[bytes, bool] = {}

    def hole(match: re.Match[bytes]) -> bytes:
        nonlocal found
        token = match.group(2)
        if token not in mine:
            mine[token] = _unmask_cipher_token(token.decode()) == secret
        if not mine[token]:
            return match.group(0)
        found = True
        return match.group(1) + _HOLE_BYTES

    punched = _TOKEN.sub(hole, content)
    if not found and request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        # get_token() was called, yet no form carries its token: it went
        # somewhere this does not look, and must not be served to others.
        return None
    return punched, found


def _storable(request: HttpRequest, response: HttpResponse) -> bool:
    session = getattr(request, "session", None)
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "no-store" not in response.get("Cache-Control", "")
        and "private" not in response.get("Cache-Control", "")
        and not (session is not None and session.modified)
        and not _pending_messages(request)
    )


def _from_entry(request: HttpRequest, entry: dict[str, Any]) -> HttpResponse:
    content: bytes = entry["content"]
    if entry["holes"]:
        # The asker's own token (and its cookie, set by the CSRF middleware).
        content = content.replace(_HOLE_BYTES, get_token(request).encode())
    response = HttpResponse(content, status=200)
    for name, value in entry["headers"]:
        response[name] = value
    return response


def cached_page(*depends: Gen | str) -> Callable[[V], V]:
    """Serve a GET view's whole response from the shared cache until one of
    the ``depends`` generations changes (see the module's notes for what
    the key holds and what is never stored)."""

    def decorate(view: V) -> V:
        @functools.wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if (
                request.method != "GET"
                or "HTTP_AUTHORIZATION" in request.META
                or _pending_messages(request)
            ):
                return view(request, *args, **kwargs)
            key = page_key(request, depends)
            # Read before the view runs: a write committed while it renders
            # leaves the entry under the former generations, never current.
            entry, gens = with_generation(key, *depends)
            if entry is not None and entry["gens"] == gens:
                return _from_entry(request, entry)
            response = view(request, *args, **kwargs)
            render = getattr(response, "render", None)
            if render is not None and not getattr(response, "is_rendered", True):
                response = render()  # a template or DRF response, rendered now
            if not _storable(request, response):
                return response
            punched = punch_tokens(request, response.content)
            if punched is None:
                return response
            content, holes = punched
            headers = [
                (name, value)
                for name, value in response.items()
                if name.lower() not in _PER_REQUEST_HEADERS
            ]
            cache.set(
                key,
                {"gens": gens, "content": content, "holes": holes, "headers": headers},
                FRAGMENT_TIMEOUT,
            )
            return response

        return cast(V, wrapper)

    return decorate


class CachedListMixin:
    """For a DRF view set: its list (``GET`` on the collection) served with
    ``cached_page(*page_cache_depends)``, before DRF's authentication,
    content negotiation and serialisers run."""

    page_cache_depends: tuple[Gen | str, ...] = ()

    @classmethod
    def as_view(cls, actions: Any = None, **initkwargs: Any) -> Any:
        view = super().as_view(actions, **initkwargs)  # type: ignore[misc]
        if actions and actions.get("get") == "list" and cls.page_cache_depends:
            return cached_page(*cls.page_cache_depends)(view)
        return view
