"""Values every page template needs (navigation, the signed-in role, what
the user may do: ``{% if may.rank %}``)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from ortakmasa import __version__
from ortakmasa.kernel.policy import Action, Capabilities, can, role_of


def platform(request: HttpRequest) -> dict[str, Any]:
    from ortakmasa.accounts.models import User

    # Requests that bypass the middleware (static files on the test server's
    # error pages) have no user.
    user = getattr(request, "user", None)
    return {
        "ortakmasa_version": __version__,
        "user_role": role_of(user),
        "may": Capabilities(user),
        "may_manage_users": user is not None and can(user, Action.VIEW, User),
    }
