"""Every page and endpoint against every role.

The modules of ``tests/permission_cases`` name each URL of the platform with the status each role
gets.  ``test_every_url_is_in_the_matrix`` fails when a new view is added
without a row here, so no view escapes the check.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests import permission_cases
from tests.permission_cases import ROLES, Case

pytestmark = pytest.mark.django_db


def all_cases() -> list[Case]:
    cases: list[Case] = []
    for info in pkgutil.iter_modules(permission_cases.__path__):
        module = importlib.import_module(f"{permission_cases.__name__}.{info.name}")
        cases.extend(module.CASES)
    return cases


CASES = all_cases()

# URL names that are not ours to test: Django's admin has its own
# permission system (staff only), and DRF's format-suffix duplicates.
EXEMPT_PREFIXES = ("admin:",)


def _all_url_names(patterns: list[Any] | None = None, ns: str = "") -> set[str]:
    names: set[str] = set()
    for p in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(p, URLResolver):
            inner_ns = f"{ns}{p.namespace}:" if p.namespace else ns
            names |= _all_url_names(p.url_patterns, inner_ns)
        elif isinstance(p, URLPattern) and p.name:
            names.add(ns + p.name)
    return names


def test_every_url_is_in_the_matrix() -> None:
    covered = {case.url_name for case in CASES}
    missing = sorted(
        n for n in _all_url_names() if n not in covered and not n.startswith(EXEMPT_PREFIXES)
    )
    assert missing == [], f"add these views to the permission matrix: {missing}"


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.method}:{c.url_name}{c.label}")
def test_permission(case: Case, role: str, client_for: Callable[[str], Client]) -> None:
    client = client_for(role)
    url = reverse(case.url_name, args=case.args())
    before = case.unchanged() if case.unchanged else None
    shown = case.shows[0]() if case.shows else None
    kwargs: dict[str, Any] = {}
    if case.content_type:
        kwargs["content_type"] = case.content_type
    response = getattr(client, case.method)(url, case.data(), **kwargs)
    expected = case.expected[role]
    assert response.status_code == expected, (role, case.url_name, response.content[:300])
    if expected in (401, 403) and case.unchanged is not None:
        assert case.unchanged() == before, "a refused request changed the record"
    if case.shows is not None:
        assert shown is not None
        seen = shown in response.content.decode()
        assert seen == (role in case.shows[1]), (role, case.url_name, "shows", shown)
    if response.status_code in (401, 403, 404) and url.startswith("/api/"):
        assert "error" in response.json()


# --- named capabilities ------------------------------------------------------

from ortakmasa.kernel.policy import allowed, capabilities  # noqa: E402
from tests.permission_cases.capabilities import CAPABILITIES  # noqa: E402


def test_every_capability_is_in_the_matrix() -> None:
    assert sorted(capabilities()) == sorted(name for name, _obj, _who in CAPABILITIES)


@pytest.mark.parametrize(("name", "target", "who"), CAPABILITIES, ids=lambda v: str(v))
def test_capability(name: str, target: Callable[[], Any], who: dict[str, bool], users: Any) -> None:
    obj = target()
    assert {role: allowed(users[role], name, obj) for role in ROLES} == who
