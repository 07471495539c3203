"""Permission cases: for each URL of the platform, the status every role
gets.  Each domain has a module here with its ``CASES``; the matrix test in
tests/platform collects them all."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ortakmasa.registry.models import Institution, Person, Province
from tests.conftest import BASAKSEHIR, IBB

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
    #: (text, roles that must see it): the text is prepared before the
    #: request and must be in the response for those roles only.
    shows: tuple[Callable[[], str], frozenset[str]] | None = None


def api_case(url_name: str, expected: dict[str, int], **fields: Any) -> Case:
    """A case of the API: a JSON body, sent by POST unless ``method`` says."""
    fields.setdefault("method", "post")
    return Case(url_name, expected, content_type="application/json", **fields)


def form_cases(
    url_name: str,
    page: dict[str, int],
    saved_by: tuple[str, ...],
    *,
    label: str,
    args: Callable[[], list[Any]] = lambda: [],
    data: Callable[[], dict[str, Any]] = dict,
    unchanged: Callable[[], object] | None = None,
) -> list[Case]:
    """A form page, then its form posted: the roles in ``saved_by`` save it
    and are sent on (302), the others get what the page gave them."""
    saved = {**page, **dict.fromkeys(saved_by, 302)}
    return [
        Case(url_name, page, args=args),
        Case(url_name, saved, "post", args, data, label=label, unchanged=unchanged),
    ]


def everyone(status: int) -> dict[str, int]:
    return dict.fromkeys(ROLES, status)


def row(*statuses: int) -> dict[str, int]:
    """The statuses of the roles in ``ROLES`` order, as one table row."""
    assert len(statuses) == len(ROLES)
    return dict(zip(ROLES, statuses, strict=True))


def basaksehir() -> Institution:
    return Institution.objects.get(reference_key=BASAKSEHIR)


def kartoglu() -> Person:
    return Person.objects.get(family_name="Kartoğlu")


def kartoglu_contact() -> str:
    """Gives Kartoğlu an e-mail address and returns it."""
    person = kartoglu()
    person.email = "kartoglu@example.org"
    person.save(update_fields=["email"])
    return person.email


STAFF = frozenset({"admin", "office", "liaison", "other_liaison"})


def ibb() -> Institution:
    return Institution.objects.get(reference_key=IBB)


def istanbul() -> Province | None:
    """The province of the test users' municipalities."""
    return ibb().province


EDIT_BASAKSEHIR = row(200, 200, 200, 403, 403, LOGIN)
EDITORS = row(200, 200, 200, 200, 403, LOGIN)
OFFICE_ONLY = row(200, 200, 403, 403, 403, LOGIN)
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
