"""The main pages work under the Content-Security-Policy (scripts from our
own origin only, none inline): no violation in the browser console, htmx
loaded, and an inline script injected into a page does not run."""

from __future__ import annotations

from typing import Any

import pytest

from ortakmasa.accounts.models import User
from ortakmasa.meetings.demo import load_demo_meetings
from ortakmasa.plans.demo import DEMO_TITLE, load_demo_plan
from ortakmasa.plans.models import Plan
from ortakmasa.proposals.demo import load_demo_proposals
from ortakmasa.site.demo import load_demo_users, load_seed_people
from tests.browser.conftest import sign_in

pytestmark = [pytest.mark.transactional, pytest.mark.browser]

PUBLIC_PAGES = ["/", "/portal/", "/proposals/public/", "/accounts/login/", "/registry/people/"]
SIGNED_IN_PAGES = [
    "/",
    "/registry/institutions/",
    "/registry/provinces/34/",
    "/meetings/",
    "/meetings/imports/",
    "/meetings/follow-ups/",
    "/proposals/",
    "/proposals/upload/",
    "/plans/",
    "/monitoring/",
    "/cooperation/",
    "/cooperation/network/",
    "/api/docs/",
    "/admin/",
]


def violations(driver: Any) -> list[str]:
    return [
        entry["message"]
        for entry in driver.get_log("browser")
        if "Content Security Policy" in entry["message"] or "Refused to" in entry["message"]
    ]


def visit(driver: Any, url: str) -> None:
    driver.get(url)
    assert driver.execute_script("return document.readyState") == "complete"
    assert "Server Error" not in driver.title


def test_main_pages_work_under_the_policy(url: str, browser: Any) -> None:
    load_seed_people()
    load_demo_users()
    load_demo_meetings()
    load_demo_proposals()
    load_demo_plan()
    plan = Plan.objects.get(title=DEMO_TITLE)
    driver = browser
    base = url

    # The check sees a violation when there is one: an inline script added
    # to a page is refused and reported.
    visit(driver, f"{base}/")
    driver.get_log("browser")
    driver.execute_script(
        "var s = document.createElement('script'); s.textContent = 'window.ran = 1';"
        "document.body.appendChild(s);"
    )
    assert driver.execute_script("return window.ran === undefined")
    assert violations(driver), "the policy did not refuse an inline script"

    for path in [*PUBLIC_PAGES, f"/portal/plans/{plan.pk}/"]:
        visit(driver, base + path)
        assert violations(driver) == [], path
    sign_in(driver, base, User.objects.get(username="admin"))
    for path in [*SIGNED_IN_PAGES, f"/plans/{plan.pk}/"]:
        visit(driver, base + path)
        assert violations(driver) == [], path
        if path == "/meetings/imports/":
            assert driver.execute_script("return typeof htmx") == "object"
        if path == "/api/docs/":
            # Swagger UI's start-up script is a file of its own, so it runs.
            driver.implicitly_wait(10)
            assert driver.find_elements("css selector", ".swagger-ui .info")
