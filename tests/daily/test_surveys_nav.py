"""The surveys are reachable from the navigation: the office's link opens
its surveys, everyone else's the open surveys (never a page that refuses
them)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("role", "href"),
    [
        ("admin", "/surveys/"),
        ("office", "/surveys/"),
        ("liaison", "/surveys/open/"),
        ("stakeholder", "/surveys/open/"),
        ("public", "/surveys/open/"),
    ],
)
def test_nav_has_a_surveys_link(client_for: Callable[[str], Client], role: str, href: str) -> None:
    client = client_for(role)
    html = client.get("/meetings/").content.decode()
    nav = html.split('aria-label="Ana menü"', 1)[1].split("</nav>", 1)[0]
    assert f'<a href="{href}">Anketler</a>' in nav
    assert client.get(href).status_code == 200
