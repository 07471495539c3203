"""Permission rules for the registry (see ``kernel.policy``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db.models import Model

from ortakmasa.kernel import policy
from ortakmasa.kernel.policy import (
    LIAISON,
    STRATEGY_OFFICE,
    OwnedByInstitution,
    in_scope,
    role_of,
)
from ortakmasa.registry.models import (
    District,
    Institution,
    InstitutionAlias,
    PartyAffiliation,
    Person,
    PersonAlias,
    Post,
    Province,
)


def _person_owners(person: Person) -> list[Institution]:
    if person.pk is None:
        return []
    return [post.institution for post in person.posts.select_related("institution")]


class PersonRule(OwnedByInstitution):
    """People belong to the institutions where they hold or held a post.  A
    person with no post yet belongs to the strategy office, which keeps the
    registry."""

    def __init__(self, prefix: str, person_of: Callable[[Any], Person]) -> None:
        super().__init__(prefix, lambda obj: _person_owners(person_of(obj)))

    def _owned(self, user: Any, obj: Model) -> bool:
        owners = self.owner(obj)
        if not owners:
            return role_of(user) == STRATEGY_OFFICE
        return any(in_scope(user, inst) for inst in owners)


def register_all() -> None:
    # E-mail and telephone of people are personal data (KVKK): staff only.
    # E-mail and phone are personal data (KVKK): the municipality's staff only.
    policy.register_capability(
        "view_contact", lambda user, _obj: policy.has_role(user, *policy.STAFF_ROLES)
    )
    # Change where an institution sits in the registry (kind, parent,
    # place), and add top-level institutions; a liaison adds units of its
    # own institution only.
    policy.register_capability("restructure", lambda user, _obj: not policy.has_role(user, LIAISON))
    # Record a person who holds no post (yet) in one's institution.
    policy.register_capability(
        "add_person_without_post", lambda user, _obj: not policy.has_role(user, LIAISON)
    )
    policy.register(Province, policy.PublicReadAdminWrite())
    policy.register(District, policy.PublicReadAdminWrite())
    policy.register(Institution, OwnedByInstitution("", lambda inst: inst))
    policy.register(InstitutionAlias, OwnedByInstitution("institution__", lambda a: a.institution))
    policy.register(Person, PersonRule("posts__institution__", lambda p: p))
    policy.register(PersonAlias, PersonRule("person__posts__institution__", lambda a: a.person))
    policy.register(Post, OwnedByInstitution("institution__", lambda p: p.institution))
    policy.register(
        PartyAffiliation,
        PersonRule("person__posts__institution__", lambda a: a.person),
    )
