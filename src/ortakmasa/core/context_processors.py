"""Values every page template needs (navigation, the signed-in role)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from ortakmasa import __version__
from ortakmasa.accounts.policy import role_of


def platform(request: HttpRequest) -> dict[str, Any]:
    # Requests that bypass the middleware (static files on the test server's
    # error pages) have no user.
    return {"ortakmasa_version": __version__, "user_role": role_of(getattr(request, "user", None))}
