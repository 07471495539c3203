"""Who manages users (see ``kernel.policy``).

Administrators manage every account.  The strategy office invites and
manages the accounts of the institutions in its scope (its municipality's
tree and its province), never administrators, and never gives a role above
its own.  Nobody else sees the user pages.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Model, Q, QuerySet

from ortakmasa.accounts.models import Role, User
from ortakmasa.kernel import policy
from ortakmasa.kernel.policy import (
    ADMIN,
    STRATEGY_OFFICE,
    Action,
    in_scope,
    office_manages,
    office_rows,
    role_of,
    scope_q,
)

#: Roles each managing role may give.
GRANTABLE: dict[str, tuple[str, ...]] = {
    ADMIN: tuple(Role.values),
    STRATEGY_OFFICE: (Role.STRATEGY_OFFICE, Role.LIAISON, Role.STAKEHOLDER),
}


class UserRule:
    def allows(self, user: Any, action: Action, obj: Model | None) -> bool:
        return office_manages(user, lambda: self._office_may(user, action, obj))

    @staticmethod
    def _office_may(user: Any, action: Action, obj: Model | None) -> bool:
        if obj is None:
            return True
        assert isinstance(obj, User)
        if obj.is_superuser or obj.role == Role.ADMIN:
            return False
        if obj.pk == user.pk and action == Action.DELETE:
            return False
        return in_scope(user, obj.institution)

    def visible(self, user: Any, qs: QuerySet[Any]) -> QuerySet[Any]:
        return office_rows(user, qs, lambda: scope_q(user, "institution__") & Q(is_superuser=False))


def grantable_roles(user: Any) -> tuple[str, ...]:
    return GRANTABLE.get(role_of(user), ())


def register_all() -> None:
    policy.register(User, UserRule())
    # Only an administrator makes another administrator a superuser (the
    # data stewards' admin site).
    policy.register_capability("grant_superuser", lambda user, _obj: role_of(user) == ADMIN)
