"""Who manages users (see ``kernel.policy``).

Administrators manage every account.  The strategy office invites and
manages the accounts of the institutions in its scope (its municipality's
tree and its province), never administrators, and never gives a role above
its own.  Nobody else sees the user pages.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Model, QuerySet

from ortakmasa.accounts.models import Role, User
from ortakmasa.kernel import policy
from ortakmasa.kernel.policy import ADMIN, STRATEGY_OFFICE, Action, in_scope, role_of, scope_q

#: Roles each managing role may give.
GRANTABLE: dict[str, tuple[str, ...]] = {
    ADMIN: tuple(Role.values),
    STRATEGY_OFFICE: (Role.STRATEGY_OFFICE, Role.LIAISON, Role.STAKEHOLDER),
}


class UserRule:
    def allows(self, user: Any, action: Action, obj: Model | None) -> bool:
        role = role_of(user)
        if role == ADMIN:
            return True
        if role != STRATEGY_OFFICE:
            return False
        if obj is None:
            return True
        assert isinstance(obj, User)
        if obj.is_superuser or obj.role == Role.ADMIN:
            return False
        if obj.pk == user.pk and action == Action.DELETE:
            return False
        return in_scope(user, obj.institution)

    def visible(self, user: Any, qs: QuerySet[Any]) -> QuerySet[Any]:
        role = role_of(user)
        if role == ADMIN:
            return qs
        if role != STRATEGY_OFFICE:
            return qs.none()
        return qs.filter(scope_q(user, "institution__")).exclude(is_superuser=True)


def grantable_roles(user: Any) -> tuple[str, ...]:
    return GRANTABLE.get(role_of(user), ())


def register_all() -> None:
    policy.register(User, UserRule())
