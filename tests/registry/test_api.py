"""/api/v1/institutions and /api/v1/people: filters, pagination, errors, tokens."""

from collections.abc import Callable

import pytest
from django.test import Client
from rest_framework.authtoken.models import Token

from ortakmasa.accounts.models import User
from ortakmasa.registry.models import Institution

pytestmark = pytest.mark.django_db


def test_filter_by_province_and_kind_in_turkish_order(client: Client) -> None:
    response = client.get(
        "/api/v1/institutions/",
        {"province": 34, "kind": "district_municipality", "page_size": 100},
    )
    data = response.json()
    assert data["count"] == 39
    names = [row["name"] for row in data["results"]]
    assert names[:3] == ["Adalar Belediyesi", "Arnavutköy Belediyesi", "Ataşehir Belediyesi"]
    assert names.index("Çatalca Belediyesi") < names.index("Esenler Belediyesi")
    assert names[-1] == "Zeytinburnu Belediyesi"


def test_pagination(client: Client) -> None:
    first = client.get("/api/v1/institutions/", {"page_size": 10}).json()
    assert len(first["results"]) == 10
    assert first["next"] and first["previous"] is None
    second = client.get(first["next"]).json()
    assert {r["id"] for r in first["results"]}.isdisjoint({r["id"] for r in second["results"]})


def test_search_is_turkish_aware(client: Client) -> None:
    data = client.get("/api/v1/institutions/", {"q": "İBB’nin"}).json()
    assert [r["name"] for r in data["results"]] == ["İstanbul Büyükşehir Belediyesi"]
    assert "İBB" in data["results"][0]["aliases"]


def test_people_hide_contact_details_from_the_public(
    client_for: Callable[[str], Client],
) -> None:
    public = client_for("public").get("/api/v1/people/", {"q": "Kartoğlu"}).json()
    assert "phone" not in public["results"][0]
    staff = client_for("office").get("/api/v1/people/", {"q": "Kartoğlu"}).json()
    assert "phone" in staff["results"][0]


def test_token_authentication(users: dict[str, User | None]) -> None:
    user = users["liaison"]
    token = Token.objects.create(user=user)
    client = Client()
    basaksehir = Institution.objects.get(name="Başakşehir Belediyesi")
    response = client.post(
        "/api/v1/institutions/",
        {"name": "Strateji Geliştirme Müdürlüğü", "kind": "directorate", "parent": basaksehir.pk},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Token {token.key}",
    )
    assert response.status_code == 201, response.content
    created = Institution.objects.get(pk=response.json()["id"])
    assert created.root_id == basaksehir.pk
    assert created.province_id == basaksehir.province_id


def test_bad_token_is_a_json_401_in_the_asked_language(client: Client) -> None:
    response = client.get("/api/v1/institutions/", HTTP_AUTHORIZATION="Token nonsense")
    assert response.status_code == 401
    assert response.json() == {"error": "Geçersiz simge."}
    response = client.get(
        "/api/v1/institutions/", HTTP_AUTHORIZATION="Token nonsense", HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.json() == {"error": "Invalid token."}


def test_validation_errors_name_the_field(client_for: Callable[[str], Client]) -> None:
    response = client_for("office").post(
        "/api/v1/institutions/", {"name": "", "kind": "unit"}, content_type="application/json"
    )
    assert response.status_code == 400
    body = response.json()
    assert body["error"] == "İstek geçerli değil."
    assert "name" in body["fields"]


def test_unit_without_parent_is_refused(client_for: Callable[[str], Client]) -> None:
    response = client_for("office").post(
        "/api/v1/institutions/",
        {"name": "Yetim Birim", "kind": "unit"},
        content_type="application/json",
    )
    assert response.status_code == 400
    assert "parent" in response.json()["fields"]
    assert not Institution.objects.filter(name="Yetim Birim").exists()


def test_unknown_record_is_a_json_404(client: Client) -> None:
    response = client.get("/api/v1/institutions/999999999/")
    assert response.status_code == 404
    assert response.json() == {"error": "Bulunamadı."}


def test_openapi_document_lists_the_endpoints(client: Client) -> None:
    response = client.get("/api/schema/", HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    text = response.content.decode()
    assert "/api/v1/institutions/" in text and "/api/v1/people/" in text
