"""The sign-in lock-out counts the client's address: X-Forwarded-For only
when the request came through a configured trusted proxy, REMOTE_ADDR
otherwise, so a forged header neither dodges a lock-out nor locks someone
else out (issue 16)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import Client, override_settings

from ortakmasa.accounts.models import Role, User
from ortakmasa.kernel.addresses import trusted_proxies
from ortakmasa.lib.proxies import client_address, parse_networks

PASSWORD = "doğru-parola-2024"
PROXY = "10.0.0.1"
ATTACKER = "198.51.100.7"
VICTIM = "203.0.113.50"
NEIGHBOUR = "203.0.113.51"


# -- the setting ---------------------------------------------------------------


def test_addresses_and_networks_are_accepted() -> None:
    parsed = parse_networks(" 10.0.0.5, 172.18.0.0/16,,::1 ")
    assert [str(n) for n in parsed] == ["10.0.0.5/32", "172.18.0.0/16", "::1/128"]
    assert parse_networks("") == ()


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("proxy.local", "not an IP address or network"),
        ("10.0.0.300", "not an IP address or network"),
        ("10.0.0.5/8", "not an IP address or network"),  # host bits set: which was meant?
        ("10.0.0.1;10.0.0.2", "not an IP address or network"),
        ("0.0.0.0/0", "trusts every address"),
        ("::/0", "trusts every address"),
    ],
)
def test_bad_values_are_refused(value: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_networks(value)
    with override_settings(TRUSTED_PROXIES=[value]), pytest.raises(ImproperlyConfigured):
        trusted_proxies()


def test_the_platform_does_not_start_with_a_bad_value(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "ortakmasa.settings",
        "ORTAKMASA_VAR_DIR": str(tmp_path),
        "TRUSTED_PROXIES": "10.0.0.1,everyone",
    }
    result = subprocess.run(
        [sys.executable, "-m", "ortakmasa", "check"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "TRUSTED_PROXIES: 'everyone' is not an IP address or network" in result.stderr


# -- reading the address -------------------------------------------------------

NETS = parse_networks(f"{PROXY}, 10.1.0.0/16")


@pytest.mark.parametrize(
    ("remote", "forwarded", "expected"),
    [
        (VICTIM, "", VICTIM),
        # not from a proxy: the header is the client's own words
        (ATTACKER, VICTIM, ATTACKER),
        (ATTACKER, f"{VICTIM}, {PROXY}", ATTACKER),
        # from the proxy: its entry is the client's address
        (PROXY, VICTIM, VICTIM),
        # the client put a forged entry first; the proxy appended the real one
        (PROXY, f"{NEIGHBOUR}, {VICTIM}", VICTIM),
        # two proxies of ours in a row
        (PROXY, f"{NEIGHBOUR}, {VICTIM}, 10.1.2.3", VICTIM),
        # nonsense written by the proxy: the proxy's address counts
        (PROXY, "unknown", PROXY),
        (PROXY, f"{VICTIM}, garbage", PROXY),
        # ports and brackets as some proxies write them
        (PROXY, "203.0.113.50:51000", VICTIM),
        (PROXY, "[2001:db8::7]:443", "2001:db8::7"),
    ],
)
def test_client_address(remote: str, forwarded: str, expected: str) -> None:
    assert client_address(remote, forwarded, NETS) == expected


def test_without_trusted_proxies_the_header_is_ignored() -> None:
    assert client_address(PROXY, VICTIM, ()) == PROXY


# -- the lock-out ----------------------------------------------------------------


@pytest.fixture
def user(db: None) -> User:
    return User.objects.create_user("ayse", password=PASSWORD, role=Role.STRATEGY_OFFICE)


def sign_in(remote: str, forwarded: str | None, password: str, username: str = "ayse") -> bool:
    client = Client()
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    client.post("/accounts/login/", {"username": username, "password": password}, **extra)
    return "_auth_user_id" in client.session


def fail_from(remote: str, forwarded: str | None, times: int, *, vary: bool = False) -> None:
    for i in range(times):
        header = f"192.0.2.{i + 1}" if vary else forwarded
        assert not sign_in(remote, header, "yanlış", username=f"kisi{i}")


LIMITS = {"LOGIN_FAILURES_PER_ADDRESS": 5, "LOGIN_FAILURES_PER_USER": 100}


@override_settings(TRUSTED_PROXIES=[PROXY], **LIMITS)
def test_a_forged_header_does_not_dodge_the_lock_out(user: User) -> None:
    # A new made-up X-Forwarded-For on every try, straight to the server.
    fail_from(ATTACKER, None, 5, vary=True)
    assert not sign_in(ATTACKER, "192.0.2.200", PASSWORD)
    assert sign_in(VICTIM, None, PASSWORD)


@override_settings(TRUSTED_PROXIES=[PROXY], **LIMITS)
def test_a_forged_header_does_not_lock_out_someone_else(user: User) -> None:
    fail_from(ATTACKER, VICTIM, 5)
    # The victim, directly and through the proxy, still signs in.
    assert sign_in(VICTIM, None, PASSWORD)
    assert sign_in(PROXY, VICTIM, PASSWORD)
    assert not sign_in(ATTACKER, None, PASSWORD)


@override_settings(TRUSTED_PROXIES=[PROXY], **LIMITS)
def test_behind_the_proxy_each_client_is_counted_on_its_own(user: User) -> None:
    # The victim's failures through the proxy, with a forged first entry.
    fail_from(PROXY, f"{NEIGHBOUR}, {VICTIM}", 5)
    assert not sign_in(PROXY, VICTIM, PASSWORD)
    # Its neighbour behind the same proxy is not locked, nor is the proxy.
    assert sign_in(PROXY, NEIGHBOUR, PASSWORD)
    assert sign_in(PROXY, None, PASSWORD)


@override_settings(TRUSTED_PROXIES=[], **LIMITS)
def test_without_a_trusted_proxy_the_header_counts_for_nothing(user: User) -> None:
    fail_from(PROXY, None, 5, vary=True)
    assert not sign_in(PROXY, NEIGHBOUR, PASSWORD)
    assert sign_in(VICTIM, None, PASSWORD)
