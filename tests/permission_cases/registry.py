"""Permission cases of the platform core and the registry."""

from collections.abc import Callable
from typing import Any

from ortakmasa.registry.models import Institution
from tests.permission_cases import (
    API_EDIT_BASAKSEHIR,
    EDIT_BASAKSEHIR,
    EDITORS,
    ROLES,
    STAFF,
    Case,
    api_case,
    basaksehir,
    everyone,
    form_cases,
    ibb,
    institution_form,
    kartoglu,
    kartoglu_contact,
    row,
)


def _api_edit(url_name: str, record: Callable[[], Any], field: str, value: str) -> Case:
    """A PATCH of one field of a Başakşehir record; refused ones leave the field as it was."""
    return api_case(
        url_name,
        API_EDIT_BASAKSEHIR,
        method="patch",
        args=lambda: [record().pk],
        data=lambda: {field: value},
        unchanged=lambda: getattr(record(), field),
    )


CASES = [
    Case("site:home", everyone(200)),
    Case("site:health", everyone(200)),
    Case("site:favicon", everyone(301)),
    Case("login", everyone(200)),
    Case("logout", {r: 302 for r in ROLES}, method="post"),
    Case("set_language", everyone(302), method="post", data=lambda: {"language": "en"}),
    Case("registry:institution_list", everyone(200)),
    Case("registry:institution_detail", everyone(200), args=lambda: [basaksehir().pk]),
    Case("registry:institution_create", EDITORS),
    *form_cases(
        "registry:institution_edit",
        EDIT_BASAKSEHIR,
        ("admin", "office", "liaison"),
        label="post",
        args=lambda: [basaksehir().pk],
        data=lambda: institution_form(basaksehir(), description="changed"),
        unchanged=lambda: basaksehir().description,
    ),
    Case("registry:person_list", everyone(200)),
    Case("registry:person_detail", everyone(200), args=lambda: [kartoglu().pk]),
    *(
        Case(
            url_name,
            everyone(200),
            label="contact details for staff only",
            args=args,
            data=data,
            shows=(kartoglu_contact, STAFF),
        )
        for url_name, args, data in (
            ("registry:person_detail", lambda: [kartoglu().pk], dict),
            ("person-detail", lambda: [kartoglu().pk], dict),
            ("person-list", lambda: [], lambda: {"q": "Kartoğlu"}),
        )
    ),
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
    api_case(
        "institution-list",
        row(201, 201, 201, 403, 403, 401),
        label="create a unit under Başakşehir",
        data=lambda: {"name": "Test Müdürlüğü", "kind": "directorate", "parent": basaksehir().pk},
    ),
    Case("institution-detail", everyone(200), args=lambda: [basaksehir().pk]),
    _api_edit("institution-detail", basaksehir, "description", "changed"),
    api_case(
        "institution-detail",
        {**API_EDIT_BASAKSEHIR, "liaison": 403, "admin": 200},
        method="patch",
        label="move Başakşehir under İBB",
        args=lambda: [basaksehir().pk],
        data=lambda: {"parent": ibb().pk, "kind": "unit"},
    ),
    Case(
        "institution-detail",
        row(204, 204, 403, 403, 403, 401),
        method="delete",
        label="delete a unit of Başakşehir",
        args=lambda: [
            Institution.objects.create(name="Silinecek Birim", kind="unit", parent=basaksehir()).pk
        ],
    ),
    Case("person-list", everyone(200)),
    Case("person-detail", everyone(200), args=lambda: [kartoglu().pk]),
    _api_edit("person-detail", kartoglu, "phone", "0212 000 00 00"),
]
