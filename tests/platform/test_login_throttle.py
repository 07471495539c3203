"""Repeated failed sign-ins lock the account name and the address for a
while, on the sign-in page, the admin sign-in and the token endpoint;
failures and locks are logged."""

from __future__ import annotations

import logging

import pytest
from django.test import Client, override_settings
from django.utils import translation

from ortakmasa.accounts.models import Role, User

pytestmark = pytest.mark.django_db

PASSWORD = "doğru-parola-2024"


@pytest.fixture
def user() -> User:
    return User.objects.create_user(
        "ayse", password=PASSWORD, role=Role.STRATEGY_OFFICE, is_staff=True, is_superuser=True
    )


def login(client: Client, url: str, password: str, username: str = "ayse") -> object:
    return client.post(url, {"username": username, "password": password})


@pytest.mark.parametrize("url", ["/accounts/login/", "/admin/login/"])
def test_the_right_password_is_refused_after_five_failures(
    url: str, user: User, caplog: pytest.LogCaptureFixture
) -> None:
    client = Client()
    with caplog.at_level(logging.WARNING, logger="ortakmasa.security"):
        for _ in range(5):
            response = login(client, url, "yanlış")
            assert response.status_code == 200  # type: ignore[attr-defined]
        response = login(client, url, PASSWORD)
    assert response.status_code == 200  # type: ignore[attr-defined]
    assert "_auth_user_id" not in client.session
    assert "dakika sonra yeniden deneyin" in response.content.decode()  # type: ignore[attr-defined]
    messages = [r.getMessage() for r in caplog.records]
    assert sum("sign-in failed" in m for m in messages) == 5
    assert any("sign-in locked" in m for m in messages)
    assert any("refused while locked" in m for m in messages)
    # A fresh client (a new session) cannot sign in as her either.
    other = Client()
    login(other, url, PASSWORD)
    assert "_auth_user_id" not in other.session


def test_a_success_resets_the_count(user: User) -> None:
    client = Client()
    for _ in range(4):
        login(client, "/accounts/login/", "yanlış")
    assert login(client, "/accounts/login/", PASSWORD).status_code == 302  # type: ignore[attr-defined]
    client.logout()
    for _ in range(4):
        login(client, "/accounts/login/", "yanlış")
    assert login(client, "/accounts/login/", PASSWORD).status_code == 302  # type: ignore[attr-defined]


@override_settings(LOGIN_FAILURES_PER_ADDRESS=10)
def test_one_address_trying_many_names_is_locked(user: User) -> None:
    client = Client()
    for i in range(10):
        login(client, "/accounts/login/", "yanlış", username=f"kisi{i}")
    response = login(client, "/accounts/login/", PASSWORD)
    assert response.status_code == 200  # type: ignore[attr-defined]
    assert "_auth_user_id" not in client.session
    # From another address the account is still usable.
    other = Client(REMOTE_ADDR="10.0.0.9")
    assert login(other, "/accounts/login/", PASSWORD).status_code == 302  # type: ignore[attr-defined]


def test_token_endpoint(user: User) -> None:
    client = Client()
    ok = client.post("/api/v1/token/", {"username": "ayse", "password": PASSWORD})
    assert ok.status_code == 200 and len(ok.json()["token"]) == 40
    with translation.override("en"):
        for _ in range(5):
            wrong = client.post("/api/v1/token/", {"username": "ayse", "password": "yanlış"})
            assert wrong.status_code == 401 and "error" in wrong.json()
        locked = client.post(
            "/api/v1/token/",
            {"username": "ayse", "password": PASSWORD},
            HTTP_ACCEPT_LANGUAGE="en",
        )
    assert locked.status_code == 429
    assert "Too many failed sign-ins" in locked.json()["error"]


@override_settings(LOGIN_FAILURES_PER_ADDRESS=10)
def test_guessing_tokens_locks_the_address(user: User) -> None:
    client = Client()
    for i in range(10):
        response = client.get("/api/v1/people/", HTTP_AUTHORIZATION=f"Token {i:040d}")
        assert response.status_code == 401
    response = client.get("/api/v1/people/", HTTP_AUTHORIZATION=f"Token {0:040d}")
    assert response.status_code == 429
    assert "error" in response.json()
