"""List pages: the one way the site's pages cut a list into pages."""

from __future__ import annotations

from typing import Any

from django.core.paginator import Page, Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

PAGE_SIZE = 50


class CountedPaginator(Paginator):
    """A paginator told its total (a figure kept on write) instead of
    counting ``items``."""

    def __init__(self, items: Any, size: int, *args: Any, count: int, **kwargs: Any) -> None:
        super().__init__(items, size, *args, **kwargs)
        self.__dict__["count"] = count  # what the cached property would hold


def page_of(
    request: HttpRequest, items: Any, size: int = PAGE_SIZE, *, count: int | None = None
) -> Page[Any]:
    """The page of ``items`` the address asks for (``?page=``); a number out
    of range, or none, gives the last or the first page.  ``count``, when
    known, spares counting ``items``."""
    paginator = (
        Paginator(items, size) if count is None else CountedPaginator(items, size, count=count)
    )
    return paginator.get_page(request.GET.get("page"))


def list_page(
    request: HttpRequest,
    template: str,
    items: Any,
    context: dict[str, Any],
    size: int = PAGE_SIZE,
) -> HttpResponse:
    """A list's page: ``context`` with the asked page of ``items`` as
    ``page`` and the address's filters as ``query``, which the page links
    keep."""
    page = page_of(request, items, size)
    return render(request, template, {"page": page, "query": request.GET.urlencode(), **context})
