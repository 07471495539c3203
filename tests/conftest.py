"""Shared fixtures: the reference data is loaded once per test session and
every test runs inside a transaction that is rolled back."""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from ortakmasa.accounts.models import Role, User
from ortakmasa.meetings.models import Meeting, ReviewStatus
from ortakmasa.proposals import services
from ortakmasa.proposals.models import Proposal
from ortakmasa.registry.models import Institution
from ortakmasa.registry.reference import load_reference_data
from ortakmasa.site.demo import load_seed_people
from ortakmasa.themes.loader import load_themes


def pytest_report_header() -> list[str]:
    from django.conf import settings

    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    redis = settings.REDIS_URL or "none (tasks run in-process)"
    return [f"ortakmasa: database={engine}, redis={redis}"]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    # CI installs every service the suite uses, so a skipped test there means
    # something is missing: fail the run instead of going green.
    if os.environ.get("ORTAKMASA_REQUIRE_SERVICES") != "1":
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    if skipped and session.exitstatus == 0:
        reporter.write_line(
            f"ORTAKMASA_REQUIRE_SERVICES=1 but {len(skipped)} test(s) were skipped", red=True
        )
        session.exitstatus = 1


def load_base_data() -> None:
    load_reference_data()
    load_themes()
    load_seed_people()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: None, django_db_blocker: object) -> None:
    with django_db_blocker.unblock():  # type: ignore[attr-defined]
        load_base_data()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # Tests that commit (a worker thread, a browser against a live server)
    # end with a flush of every table, so they run last: the tests before
    # them keep the reference data loaded once for the session.
    items.sort(key=lambda item: item.get_closest_marker("transactional") is not None)


@pytest.fixture
def committed_base_data(transactional_db: None) -> None:
    """For tests marked ``transactional``: the reference data, committed
    (reloaded after an earlier transactional test flushed it)."""
    from ortakmasa.registry.models import Province

    if not Province.objects.exists():
        load_base_data()


@pytest.fixture(autouse=True)
def _empty_cache() -> None:
    # Cached page fragments are keyed by data generations, which a rolled-back
    # test transaction does not undo: every test starts with an empty cache.
    from django.core.cache import cache

    cache.clear()


def inst(key: str) -> Institution:
    return Institution.objects.get(reference_key=key)


def confirmed_visit(host: Institution, title: str, **fields: Any) -> Meeting:
    """A confirmed visit hosted by ``host``, on 3 June 2024 unless ``fields`` say."""
    fields.setdefault("date", datetime.date(2024, 6, 3))
    return Meeting.objects.create(
        kind="visit", title=title, host=host, review_status=ReviewStatus.CONFIRMED, **fields
    )


def public_proposal(institution: Institution, title: str, **fields: Any) -> Proposal:
    """A published proposal filed through the service (no user, no themes)."""
    proposal = Proposal(institution=institution, title=title, is_public=True, **fields)
    return services.create_proposal(proposal, None, [])


IBB = "municipality:province:34"
BASAKSEHIR = "municipality:district:34:Başakşehir"
KADIKOY = "municipality:district:34:Kadıköy"


@pytest.fixture
def make_user(db: None) -> Callable[..., User]:
    def make(username: str, role: str, institution_key: str | None = None) -> User:
        user = User.objects.create_user(username=username, password="pw-for-tests-1")
        user.role = role
        user.institution = inst(institution_key) if institution_key else None
        if role == Role.ADMIN:
            user.is_superuser = user.is_staff = True
        user.save()
        return user

    return make


@pytest.fixture
def users(make_user: Callable[..., User]) -> dict[str, User | None]:
    ngo = Institution.objects.create(name="Test Derneği", kind="ngo")
    stakeholder = make_user("stakeholder", Role.STAKEHOLDER)
    stakeholder.institution = ngo
    stakeholder.save()
    return {
        "admin": make_user("admin", Role.ADMIN),
        "office": make_user("office", Role.STRATEGY_OFFICE, IBB),
        "liaison": make_user("liaison", Role.LIAISON, BASAKSEHIR),
        "other_liaison": make_user("other_liaison", Role.LIAISON, KADIKOY),
        "stakeholder": stakeholder,
        "public": None,
    }


@pytest.fixture
def client_for(users: dict[str, User | None]) -> Callable[[str], Client]:
    def make(role: str) -> Client:
        client = Client()
        user = users[role]
        if user is not None:
            client.force_login(user)
        return client

    return make
