"""Request-wide guards: the size of a request body, refused before it is
read."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from ortakmasa.kernel.addresses import request_address

log = logging.getLogger("ortakmasa.security")


class RequestSizeLimitMiddleware:
    """Answers 413 to a request whose declared body is larger than
    ``MAX_REQUEST_BYTES``, without reading the body.  The forms bound each
    file and the files of one upload together; this bounds what reaches
    them at all (Django streams large files to disk, but still reads them)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        limit = int(settings.MAX_REQUEST_BYTES)
        if length > limit:
            log.warning(
                "request refused: %s %s body of %d bytes (limit %d) from %s",
                request.method,
                request.path,
                length,
                limit,
                request_address(request),
            )
            from ortakmasa.kernel.errors import error_response

            response = error_response(
                request,
                413,
                _("Too large"),
                _("The request is larger than %(mb)d MB; send fewer or smaller files.")
                % {"mb": limit // (1024 * 1024)},
            )
            # The body was not read: tell the client not to reuse the connection.
            response["Connection"] = "close"
            return response
        return self.get_response(request)


class ContentSecurityPolicyMiddleware:
    """Sends ``settings.CONTENT_SECURITY_POLICY`` with every response that
    has none: scripts only from our own origin, never inline, so a stored
    text that slips past escaping still cannot run."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.policy = "; ".join(
            f"{name} {' '.join(values)}"
            for name, values in settings.CONTENT_SECURITY_POLICY.items()
        )

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = self.policy
        return response


class ErrorStatusMiddleware:
    """Errors that are the request's fault, not the server's, as 4xx pages:
    deleting a record others still refer to (409, with the reason) and a
    number in the address beyond the database's integers (404)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        # A NUL character is never meaningful in a parameter, and PostgreSQL
        # refuses it in any text it is given.
        if "\x00" in request.META.get("QUERY_STRING", "").replace("%00", "\x00"):
            from ortakmasa.kernel.errors import error_response

            return error_response(
                request,
                400,
                _("Bad request"),
                _("The request could not be understood; check the address and what was sent."),
            )
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        from django.db.models import ProtectedError, RestrictedError

        from ortakmasa.kernel.api import protected_reason
        from ortakmasa.kernel.errors import error_response

        if isinstance(exception, ProtectedError | RestrictedError):
            return error_response(request, 409, _("Cannot be deleted"), protected_reason(exception))
        if isinstance(exception, ValueError) and "NUL" in str(exception):
            return error_response(
                request,
                400,
                _("Bad request"),
                _("The request could not be understood; check the address and what was sent."),
            )
        if isinstance(exception, OverflowError):
            return error_response(
                request, 404, _("Page not found"), _("There is no page at this address.")
            )
        return None
