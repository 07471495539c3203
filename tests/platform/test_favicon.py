"""/favicon.ico (regression: the browser test of the import failed about one
run in two with "CSRF token from POST incorrect"). Browsers ask for it after a
page with no icon link, such as the JSON of /health/; the 404 page that
answered it renders forms, so it set a new CSRF cookie, and when that answer
arrived after the next page had rendered its form, the form's token no longer
matched the cookie."""

import pytest
from django.conf import settings
from django.test import Client

pytestmark = pytest.mark.django_db


def test_favicon_redirects_to_the_icon_without_a_csrf_cookie() -> None:
    client = Client()
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == "/static/ortakmasa/icon.svg"
    assert settings.CSRF_COOKIE_NAME not in response.cookies
    icon = client.get(response["Location"])
    assert icon.status_code == 200
    body = b"".join(icon.streaming_content) if icon.streaming else icon.content
    assert body.lstrip().startswith(b"<svg") or b"<svg" in body[:200]


def test_a_missing_page_still_sets_the_cookie_its_forms_need() -> None:
    # The reason the favicon must not fall through to the 404 page: that page
    # carries the language form, and so a CSRF cookie.
    response = Client().get("/no-such-page/")
    assert response.status_code == 404
    assert settings.CSRF_COOKIE_NAME in response.cookies
