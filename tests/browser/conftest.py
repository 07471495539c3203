"""A real headless Chromium (Debian's chromium and chromedriver) driven by
Selenium against Django's live server.  Screenshots go to var/screenshots/
for people to look at."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.test import Client

from ortakmasa.accounts.models import User
from ortakmasa.plans.models import Plan

SCREENSHOTS = Path(settings.VAR_DIR) / "screenshots"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


@pytest.fixture
def browser() -> Iterator[object]:
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip(
            "Debian's chromium and chromium-driver are not installed "
            "(apt-get install chromium chromium-driver); .ci/run installs them"
        )
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1600",
        "--lang=tr-TR",
    ):
        options.add_argument(flag)
    # The interface is Turkish first; the browser asks for it as a Turkish user's would.
    options.add_experimental_option("prefs", {"intl.accept_languages": "tr-TR,tr"})
    # Console messages (CSP violations among them) for tests that read them.
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def url(committed_base_data: None, live_server: Any) -> str:
    """The live server's address, the reference data committed for it."""
    return str(live_server.url)


def sign_in(driver: object, live_server_url: str, user: User) -> None:
    """Puts a signed-in session cookie into the browser."""
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    driver.get(f"{live_server_url}/health/")  # type: ignore[attr-defined]
    driver.add_cookie(
        {
            "name": settings.SESSION_COOKIE_NAME,  # type: ignore[attr-defined]
            "value": cookie.value,
            "path": "/",
        }
    )


def office_user(username: str, password: str = "x-browser-1") -> User:
    """A signed-up user of İstanbul's strategy office."""
    from ortakmasa.accounts.models import Role
    from ortakmasa.registry.models import Institution

    return User.objects.create_user(
        username,
        password=password,
        role=Role.STRATEGY_OFFICE,
        institution=Institution.objects.get(reference_key="municipality:province:34"),
    )


def load_demo_portal() -> Plan:
    """The demo's people, meetings, proposals and published plan with its
    approved values; returns the plan."""
    from ortakmasa.meetings.demo import load_demo_meetings
    from ortakmasa.monitoring.demo import load_demo_monitoring
    from ortakmasa.plans.demo import DEMO_TITLE, load_demo_plan
    from ortakmasa.proposals.demo import load_demo_proposals
    from ortakmasa.site.demo import load_demo_users, load_seed_people

    load_seed_people()
    load_demo_users()
    load_demo_meetings()
    load_demo_proposals()
    load_demo_plan()
    load_demo_monitoring()
    return Plan.objects.get(title=DEMO_TITLE)


def pick(driver: object, wait: Any, field_id: str, typed: str) -> None:
    """Types into a record picker and chooses the first suggestion by keyboard."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec

    box = driver.find_element(By.ID, field_id)  # type: ignore[attr-defined]
    box.clear()
    box.send_keys(typed)
    list_id = box.get_attribute("aria-controls")
    wait.until(ec.visibility_of_element_located((By.CSS_SELECTOR, f"#{list_id} [role=option]")))
    box.send_keys(Keys.ARROW_DOWN)
    assert box.get_attribute("aria-activedescendant")
    box.send_keys(Keys.ENTER)
    wait.until(lambda d: box.get_attribute("aria-expanded") == "false")


def screenshot(driver: object, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    # Capture the whole page, not only the window.
    height = driver.execute_script(  # type: ignore[attr-defined]
        "return Math.max(document.body.scrollHeight, 800)"
    )
    driver.set_window_size(1280, min(int(height) + 100, 6000))  # type: ignore[attr-defined]
    driver.save_screenshot(str(path))  # type: ignore[attr-defined]
    return path
