"""Every operation of the OpenAPI document, fuzzed with schemathesis (all
checks): no server error, and every response as the document says.

Bounded: ``SCHEMATHESIS_EXAMPLES`` examples per operation (default 20); the
closing figure ran it with more.  Runs as the administrator with a token,
inside the test's transaction, so writes are rolled back.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import ALL_CHECKS
from schemathesis.specs.openapi.checks import ignored_auth

from ortakmasa.accounts.models import Role, User

# All checks but ``ignored_auth``: schemathesis 3 garbles one security
# scheme at a time (a broken session cookie while the valid token is still
# sent) and counts the success against the API; who may do what is checked
# for every URL and role by tests/platform/test_permission_matrix.py.
CHECKS = tuple(check for check in ALL_CHECKS if check is not ignored_auth)
EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "10"))
#: When set, each case checked appends its status code here (for the figure).
COUNT_FILE = os.environ.get("SCHEMATHESIS_COUNT_FILE")


@pytest.fixture(autouse=True)
def keep_connection() -> Iterator[None]:
    # Requests go straight to the WSGI handler, whose request_finished
    # signal would close the test's database connection mid-transaction
    # (Django's test client disconnects it the same way).
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def api_schema(db: None, keep_connection: None) -> Any:
    from ortakmasa.wsgi import application

    return schemathesis.from_wsgi("/api/schema/", application)


schema = schemathesis.from_pytest_fixture("api_schema")


@pytest.fixture
def token(db: None) -> str:
    from rest_framework.authtoken.models import Token

    admin = User.objects.create_superuser("fuzz-admin", password="fuzz-pass-1", role=Role.ADMIN)
    return Token.objects.create(user=admin).key


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_api(case: Any, token: str) -> None:
    # On the case, not the call: the auth checks then send it without it.
    case.headers = {**(case.headers or {}), "Authorization": f"Token {token}"}
    response = case.call_wsgi()
    assert response.status_code < 500, (case.method, case.formatted_path, response.data[:500])
    case.validate_response(response, checks=CHECKS)
    if COUNT_FILE:
        with open(COUNT_FILE, "a") as out:
            out.write(f"{response.status_code}\n")
