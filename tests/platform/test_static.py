"""The stylesheet and htmx are served (regression: the package-level static
folder was not on the finders' path, so every page was unstyled)."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_stylesheet_and_htmx_are_served(client: Client) -> None:
    html = client.get("/").content.decode()
    assert "/static/ortakmasa/site.css" in html
    for path in ("/static/ortakmasa/site.css", "/static/django_htmx/htmx-2.min.js"):
        response = client.get(path)
        assert response.status_code == 200, path
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert len(body) > 1000
