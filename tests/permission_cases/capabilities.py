"""Named capabilities (``kernel.policy.allowed``) against every role.

Each row: the capability, an object to ask about (or None), and who has it.
``test_every_capability_is_in_the_matrix`` fails when an app registers a
capability without a row here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.permission_cases import ROLES, Case

#: URL cases live in the other modules; this one holds capabilities only.
CASES: list[Case] = []

STAFF = {"admin", "office", "liaison", "other_liaison", "stakeholder"}
EDITORS = {"admin", "office", "liaison", "other_liaison"}


def having(*roles: str) -> dict[str, bool]:
    return {role: role in roles for role in ROLES}


def _basaksehir_proposal() -> Any:
    from ortakmasa.proposals.models import Proposal
    from tests.permission_cases import basaksehir

    return Proposal.objects.create(
        institution=basaksehir(), title="Kavşak düzenlemesi", text="Kavşak tehlikeli."
    )


def _ibb_plan() -> Any:
    from ortakmasa.plans.sample import make_plan
    from tests.permission_cases import ibb

    return make_plan(ibb(), goals=1, objectives=1, indicators=1)


NO_OBJECT: Callable[[], Any] = lambda: None  # noqa: E731

CAPABILITIES: list[tuple[str, Callable[[], Any], dict[str, bool]]] = [
    ("act_for_any_institution", NO_OBJECT, having("admin")),
    ("view_contact", NO_OBJECT, having("admin", "office", "liaison", "other_liaison")),
    ("restructure", NO_OBJECT, having("admin", "office", "stakeholder", "public")),
    ("add_person_without_post", NO_OBJECT, having("admin", "office", "stakeholder", "public")),
    ("see_source", NO_OBJECT, having(*STAFF)),
    ("read_unpublished_meetings", NO_OBJECT, having(*STAFF)),
    ("hear_decisions", NO_OBJECT, having("liaison", "other_liaison")),
    ("grant_superuser", NO_OBJECT, having("admin")),
    ("decide", _basaksehir_proposal, having("admin", "office")),
    ("see_history", NO_OBJECT, having(*STAFF)),
    ("rank", NO_OBJECT, having(*EDITORS)),
    ("merge", NO_OBJECT, having("admin", "office")),
    # The main navigation's "Surveys" link: the strategy office and the administrator.
    ("manage_surveys", NO_OBJECT, having("admin", "office")),
    ("file_for_others", NO_OBJECT, having("admin", "office", "public")),
    (
        "publish_proposal",
        NO_OBJECT,
        having("admin", "office", "liaison", "other_liaison", "public"),
    ),
    ("approve_value", _ibb_plan, having("admin", "office")),
    ("add_cooperation", NO_OBJECT, having(*EDITORS)),
    ("enter_values", NO_OBJECT, having(*EDITORS)),
    ("see_whole_network", NO_OBJECT, having(*STAFF)),
    ("track_commitments", NO_OBJECT, having(*EDITORS)),
]
