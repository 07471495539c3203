"""Errors as the platform promises them: JSON ``{"error": …}`` under /api/,
a page of the interface elsewhere, in the request's language either way."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render


def error_response(request: HttpRequest, status: int, title: str, message: str) -> HttpResponse:
    """An error as the API promises it (JSON ``{"error": …}``) or as a page
    of the interface, in the request's language either way."""
    if request.path.startswith("/api/"):
        return JsonResponse({"error": message}, status=status)
    try:
        return render(
            request, "site/error.html", {"title": title, "message": message}, status=status
        )
    except Exception:
        # The error page itself must not fail (e.g. the database is down).
        return HttpResponse(f"<h1>{title}</h1><p>{message}</p>", status=status)
