"""Permission cases of the user pages and the registry pickers."""

from ortakmasa.accounts.models import User
from tests.permission_cases import OFFICE_ONLY, Case, everyone, form_cases

MANAGERS = OFFICE_ONLY
# Accounts one may not manage are not found: whether they exist is not told.
MANAGE_LIAISON = {**MANAGERS, "liaison": 404, "other_liaison": 404, "stakeholder": 404}


def liaison_pk() -> list[int]:
    return [User.objects.get(username="liaison").pk]


CASES = [
    Case("accounts:user_list", MANAGERS),
    *form_cases(
        "accounts:user_invite",
        MANAGERS,
        ("admin", "office"),
        label=" post",
        data=lambda: {
            "username": "davetli",
            "email": "d@example.org",
            "role": "liaison",
            "institution": "Kadıköy Belediyesi",
        },
        unchanged=lambda: User.objects.filter(username="davetli").exists(),
    ),
    Case("accounts:user_edit", MANAGE_LIAISON, args=liaison_pk),
    Case(
        "accounts:user_reset_password",
        {**MANAGE_LIAISON, "admin": 302, "office": 302},
        method="post",
        args=liaison_pk,
    ),
    Case("search", everyone(200), data=lambda: {"q": "başakşehir"}),
    Case("password_reset_confirm", everyone(200), args=lambda: ["MQ", "bad-token"]),
    Case(
        "registry:suggest", everyone(200), args=lambda: ["institution"], data=lambda: {"q": "kad"}
    ),
    Case("registry:suggest", everyone(200), args=lambda: ["person"], data=lambda: {"q": "kart"}),
]
