"""Routes many apps declare alike."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from django.urls import URLPattern, URLResolver, include, path

View = Callable[..., Any]


def crud(
    prefix: str,
    name: str,
    pages: tuple[View, View, View, View],
    record: Sequence[URLPattern | URLResolver] = (),
) -> list[URLPattern | URLResolver]:
    """A kind of record's four pages: its list, a new record, one record and
    its edit page, at ``prefix``, ``prefix/new/``, ``prefix/<pk>/`` and
    ``prefix/<pk>/edit/``, named ``<name>list``, ``<name>create``,
    ``<name>detail`` and ``<name>edit``; then the ``record`` routes, which
    hang off one record: their paths are relative to ``prefix/<pk>/`` and
    their views receive ``pk``."""
    list_page, create_page, detail_page, edit_page = pages
    routes: list[URLPattern | URLResolver] = [
        path(prefix, list_page, name=f"{name}list"),
        path(f"{prefix}new/", create_page, name=f"{name}create"),
        path(f"{prefix}<int:pk>/", detail_page, name=f"{name}detail"),
        path(f"{prefix}<int:pk>/edit/", edit_page, name=f"{name}edit"),
    ]
    if record:
        routes.append(path(f"{prefix}<int:pk>/", include(list(record))))
    return routes
