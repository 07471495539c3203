"""Counting the database queries of one page or endpoint (the suite's
speed checks assert counts, never times)."""

from __future__ import annotations

from collections.abc import Mapping

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


def queries_for(client: Client, url: str, params: Mapping[str, object] | None = None) -> int:
    """How many queries a successful GET of ``url`` makes."""
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, params or {})
    assert response.status_code == 200, (url, response.status_code)
    return len(ctx.captured_queries)
