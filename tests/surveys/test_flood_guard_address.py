"""The public survey's flood guard counts the same client address as the
sign-in lock-out: a forged X-Forwarded-For from an untrusted peer is ignored,
and behind a trusted proxy the forwarded client is counted (issue 16: one
rule for the client's address, not a second one in surveys)."""

from __future__ import annotations

from django.test import RequestFactory, override_settings

from ortakmasa.surveys.answering import client_ip


def _request(remote: str, forwarded: str) -> object:
    return RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)


def test_a_forged_header_from_an_untrusted_peer_is_ignored() -> None:
    with override_settings(TRUSTED_PROXIES=[]):
        assert client_ip(_request("198.51.100.7", "203.0.113.50")) == "198.51.100.7"


def test_behind_a_trusted_proxy_the_nearest_untrusted_address_counts() -> None:
    # The client forges a first entry; the proxy appends the real peer.
    with override_settings(TRUSTED_PROXIES=["10.0.0.1"]):
        request = _request("10.0.0.1", "203.0.113.50, 198.51.100.7")
        assert client_ip(request) == "198.51.100.7"
