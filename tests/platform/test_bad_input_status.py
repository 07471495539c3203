"""Malformed parameters, ids and deletes answer 4xx, never 500: Unicode
digits that ``int`` refuses, numbers beyond the database's integers,
non-numeric ids, protected deletes; API errors are JSON in the client's
language, also for the 400/404/500 handlers."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from django.db.models import ProtectedError
from django.test import Client, RequestFactory, override_settings
from django.urls import NoReverseMatch, reverse

from ortakmasa.kernel.middleware import ErrorStatusMiddleware
from ortakmasa.lib.params import MAX_DB_INT, as_id, as_int, is_id
from ortakmasa.registry.models import Institution, Person, Post
from tests.conftest import BASAKSEHIR
from tests.platform.test_permission_matrix import CASES

pytestmark = pytest.mark.django_db

PARAMS = [
    "institution",
    "district",
    "province",
    "parent",
    "person",
    "campaign",
    "cooperation",
    "limit",
    "year",
    "half",
    "a",
    "b",
    "page",
    "theme",
    "status",
    "kind",
    "q",
]
BAD_VALUES = ["²", "١٢", str(MAX_DB_INT + 1), "9" * 40, "-1", "abc", "1.5", "\x00"]


def get_urls() -> list[str]:
    """Every page and endpoint without parameters in its address that the
    permission matrix reads with GET, and some detail pages."""
    urls = {"/registry/provinces/34/", "/api/v1/campaigns/", "/proposals/heatmap/"}
    for case in CASES:
        if case.method == "get":
            try:
                urls.add(reverse(case.url_name))
            except NoReverseMatch:
                continue
    return sorted(urls)


def test_is_id() -> None:
    assert is_id("12") and as_id("12") == 12 and as_id(str(MAX_DB_INT)) == MAX_DB_INT
    for bad in ["²", "١٢", "", "-1", "1.0", str(MAX_DB_INT + 1), " 1", None, 5]:
        assert not is_id(bad), bad
    assert as_int("2026", 0) == 2026 and as_int("²", 7) == 7 and as_int("-3", 0) == -3
    assert as_int("9" * 40, 1) == 1


@pytest.mark.parametrize("value", BAD_VALUES)
@pytest.mark.parametrize("role", ["admin", "public"])
def test_no_url_answers_500_to_bad_filters(
    value: str, role: str, client_for: Callable[[str], Client]
) -> None:
    client = client_for(role)
    query = dict.fromkeys(PARAMS, value)
    failures = []
    for url in get_urls():
        response = client.get(url, query)
        if response.status_code >= 500:
            failures.append(url)
    assert failures == []


@pytest.mark.parametrize(
    "url",
    [
        f"/api/v1/people/{MAX_DB_INT + 1}/",
        f"/api/v1/institutions/{'9' * 30}/",
        "/api/v1/campaigns/abc/coverage/",
        "/api/v1/meetings/1.5/",
        "/api/v1/proposals/²/",
        "/api/v1/no-such-thing/",
    ],
)
def test_api_not_found_is_json(url: str, client_for: Callable[[str], Client]) -> None:
    response = client_for("admin").get(url, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404
    assert response.json() == {"error": "Not found."}


@pytest.mark.parametrize("url", [f"/registry/people/{MAX_DB_INT + 1}/", f"/meetings/{'9' * 25}/"])
def test_pages_with_huge_ids_are_404(url: str, client_for: Callable[[str], Client]) -> None:
    response = client_for("admin").get(url)
    assert response.status_code == 404
    assert "Sayfa bulunamadı" in response.content.decode()


def test_deleting_a_referenced_institution_is_409_with_the_reason(
    client_for: Callable[[str], Client],
) -> None:
    basaksehir = Institution.objects.get(reference_key=BASAKSEHIR)
    person = Person.objects.create(given_name="Deneme", family_name="Kişi")
    Post.objects.create(person=person, institution=basaksehir, title="Başkan")
    client = client_for("admin")
    response = client.delete(f"/api/v1/institutions/{basaksehir.pk}/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 409
    assert "cannot be deleted" in response.json()["error"]
    assert Institution.objects.filter(pk=basaksehir.pk).exists()
    turkish = client.delete(f"/api/v1/institutions/{basaksehir.pk}/", HTTP_ACCEPT_LANGUAGE="tr")
    assert "Silinemez" in turkish.json()["error"]


def test_protected_error_in_a_page_is_a_turkish_409_page() -> None:
    request = RequestFactory().post("/registry/x/delete/")
    exc = ProtectedError("protected", {Institution.objects.first()})
    middleware = ErrorStatusMiddleware(lambda r: None)  # type: ignore[arg-type,return-value]
    response = middleware.process_exception(request, exc)
    assert response is not None and response.status_code == 409
    assert "Silinemez" in response.content.decode()


@override_settings(DEBUG=False)
def test_api_errors_are_json_with_debug_off() -> None:
    client = Client(raise_request_exception=False)
    response = client.get("/api/v1/nothing-here/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404 and response.json() == {"error": "Not found."}
    bad = client.post(
        "/api/v1/token/", "{not json", content_type="application/json", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert bad.status_code in (400, 401) and "error" in bad.json()
    from ortakmasa.site.views import bad_request, server_error

    request = RequestFactory().get("/api/v1/people/", HTTP_ACCEPT_LANGUAGE="tr")
    assert server_error(request).status_code == 500
    assert "error" in json.loads(server_error(request).content)
    assert "error" in json.loads(bad_request(request).content)
