"""Every page and endpoint against every role.

The matrix below names each URL of the platform with the status each role
gets.  ``test_every_url_is_in_the_matrix`` fails when a new view is added
without a row here, so no view escapes the check.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from ortakmasa.registry.models import Institution, Person
from tests.conftest import BASAKSEHIR, IBB

pytestmark = pytest.mark.django_db

ROLES = ["admin", "office", "liaison", "other_liaison", "stakeholder", "public"]
LOGIN = 302  # anonymous users are sent to the login page


@dataclass
class Case:
    url_name: str
    expected: dict[str, int]
    method: str = "get"
    args: Callable[[], list[Any]] = lambda: []
    data: Callable[[], dict[str, Any]] = dict
    content_type: str | None = None
    label: str = ""
    unchanged: Callable[[], object] | None = field(default=None)


def everyone(status: int) -> dict[str, int]:
    return dict.fromkeys(ROLES, status)


def basaksehir() -> Institution:
    return Institution.objects.get(reference_key=BASAKSEHIR)


def kartoglu() -> Person:
    return Person.objects.get(family_name="Kartoğlu")


def ibb() -> Institution:
    return Institution.objects.get(reference_key=IBB)


EDIT_BASAKSEHIR = {
    "admin": 200,
    "office": 200,
    "liaison": 200,
    "other_liaison": 403,
    "stakeholder": 403,
    "public": LOGIN,
}
EDITORS = {
    "admin": 200,
    "office": 200,
    "liaison": 200,
    "other_liaison": 200,
    "stakeholder": 403,
    "public": LOGIN,
}
API_EDIT_BASAKSEHIR = {**EDIT_BASAKSEHIR, "public": 401}


def institution_form(inst: Institution, **changes: Any) -> dict[str, Any]:
    data = {
        "name": inst.name,
        "short_name": inst.short_name,
        "kind": inst.kind,
        "parent": inst.parent_id or "",
        "province": inst.province_id or "",
        "district": inst.district_id or "",
        "website": "",
        "email": "",
        "phone": "",
        "address": "",
        "description": "",
        "is_active": "on",
        "aliases_text": "",
    }
    data.update(changes)
    return data


CASES = [
    Case("core:home", everyone(200)),
    Case("core:health", everyone(200)),
    Case("login", everyone(200)),
    Case("logout", {r: 302 for r in ROLES}, method="post"),
    Case("set_language", everyone(302), method="post", data=lambda: {"language": "en"}),
    Case("registry:institution_list", everyone(200)),
    Case("registry:institution_detail", everyone(200), args=lambda: [basaksehir().pk]),
    Case("registry:institution_create", EDITORS),
    Case("registry:institution_edit", EDIT_BASAKSEHIR, args=lambda: [basaksehir().pk]),
    Case(
        "registry:institution_edit",
        {**EDIT_BASAKSEHIR, "admin": 302, "office": 302, "liaison": 302},
        method="post",
        args=lambda: [basaksehir().pk],
        data=lambda: institution_form(basaksehir(), description="changed"),
        label="post",
        unchanged=lambda: basaksehir().description,
    ),
    Case("registry:person_list", everyone(200)),
    Case("registry:person_detail", everyone(200), args=lambda: [kartoglu().pk]),
    Case("registry:person_create", EDITORS),
    Case("registry:person_edit", EDIT_BASAKSEHIR, args=lambda: [kartoglu().pk]),
    Case("registry:post_create", EDIT_BASAKSEHIR, args=lambda: [kartoglu().pk]),
    Case("registry:province_list", everyone(200)),
    Case("registry:province_detail", everyone(200), args=lambda: [34]),
    Case("api_schema", everyone(200)),
    Case("api_docs", everyone(200)),
    Case("api_token", {**everyone(200), "public": 401}, method="post"),
    Case("api-root", everyone(200)),
    Case("institution-list", everyone(200)),
    Case(
        "institution-list",
        {
            "admin": 201,
            "office": 201,
            "liaison": 201,
            "other_liaison": 403,
            "stakeholder": 403,
            "public": 401,
        },
        method="post",
        label="create a unit under Başakşehir",
        data=lambda: {"name": "Test Müdürlüğü", "kind": "directorate", "parent": basaksehir().pk},
        content_type="application/json",
    ),
    Case("institution-detail", everyone(200), args=lambda: [basaksehir().pk]),
    Case(
        "institution-detail",
        API_EDIT_BASAKSEHIR,
        method="patch",
        args=lambda: [basaksehir().pk],
        data=lambda: {"description": "changed"},
        content_type="application/json",
        unchanged=lambda: basaksehir().description,
    ),
    Case(
        "institution-detail",
        {**API_EDIT_BASAKSEHIR, "liaison": 403, "admin": 200},
        method="patch",
        label="move Başakşehir under İBB",
        args=lambda: [basaksehir().pk],
        data=lambda: {"parent": ibb().pk, "kind": "unit"},
        content_type="application/json",
    ),
    Case(
        "institution-detail",
        {
            "admin": 204,
            "office": 204,
            "liaison": 403,
            "other_liaison": 403,
            "stakeholder": 403,
            "public": 401,
        },
        method="delete",
        label="delete a unit of Başakşehir",
        args=lambda: [
            Institution.objects.create(name="Silinecek Birim", kind="unit", parent=basaksehir()).pk
        ],
    ),
    Case("person-list", everyone(200)),
    Case("person-detail", everyone(200), args=lambda: [kartoglu().pk]),
    Case(
        "person-detail",
        API_EDIT_BASAKSEHIR,
        method="patch",
        args=lambda: [kartoglu().pk],
        data=lambda: {"phone": "0212 000 00 00"},
        content_type="application/json",
        unchanged=lambda: kartoglu().phone,
    ),
]

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
    kwargs: dict[str, Any] = {}
    if case.content_type:
        kwargs["content_type"] = case.content_type
    response = getattr(client, case.method)(url, case.data(), **kwargs)
    expected = case.expected[role]
    assert response.status_code == expected, (role, case.url_name, response.content[:300])
    if expected in (401, 403) and case.unchanged is not None:
        assert case.unchanged() == before, "a refused request changed the record"
    if response.status_code in (401, 403, 404) and url.startswith("/api/"):
        assert "error" in response.json()
