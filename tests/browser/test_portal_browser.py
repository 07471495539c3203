"""In a real browser: the public portal without signing in, on a desktop
and a phone-sized window, and the office's monitoring dashboard, all on
the demo plan with its two years of approved values."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from ortakmasa.monitoring.progress import compute, load_plan
from ortakmasa.plans.models import PlanStatus
from tests.browser.conftest import load_demo_portal, office_user, screenshot, sign_in

pytestmark = [pytest.mark.transactional, pytest.mark.browser]


def test_portal_and_dashboard(url: str, browser: object) -> None:
    office = office_user("ofis-izleme", "x-browser-2")
    # The demo's meetings and proposals give the consultation page its data.
    plan = load_demo_portal()
    assert plan.status == PlanStatus.PUBLISHED
    expected = compute(load_plan(plan.pk), 2026)
    assert expected.percent is not None
    first_goal = expected.goals[0]
    driver = browser

    # No sign-in: the portal's home, the plan's progress, a goal, the consultation.
    driver.get(f"{url}/portal/")  # type: ignore[attr-defined]
    assert "Sign out" not in driver.page_source  # type: ignore[attr-defined]
    driver.find_element(By.CSS_SELECTOR, f"a[href='/portal/plans/{plan.pk}/']").click()  # type: ignore[attr-defined]
    assert driver.find_element(By.TAG_NAME, "h1").text == plan.display_title  # type: ignore[attr-defined]
    charts = driver.find_elements(By.CSS_SELECTOR, "figure svg[role=img]")  # type: ignore[attr-defined]
    assert len(charts) >= 2 + len(expected.goals)
    for svg in charts:
        assert svg.find_element(By.TAG_NAME, "desc").get_attribute("textContent")
    page = driver.page_source  # type: ignore[attr-defined]
    assert f"%{first_goal.percent:.1f}".replace(".", ",") in page
    # The numbers behind a chart open from the keyboard.
    summary = driver.find_element(By.CSS_SELECTOR, "details.chart-data summary")  # type: ignore[attr-defined]
    summary.send_keys(Keys.ENTER)
    assert summary.find_element(By.XPATH, "..").get_attribute("open") is not None
    screenshot(driver, "portal-plan")

    driver.get(f"{url}/portal/plans/{plan.pk}/goals/{first_goal.goal.pk}/?year=2026")  # type: ignore[attr-defined]
    assert first_goal.objectives[0].objective.title in driver.page_source  # type: ignore[attr-defined]
    screenshot(driver, "portal-goal")

    driver.get(f"{url}/portal/plans/{plan.pk}/consultation/")  # type: ignore[attr-defined]
    assert driver.find_elements(By.CSS_SELECTOR, "figure svg[role=img]")  # type: ignore[attr-defined]
    stats = driver.find_element(By.CSS_SELECTOR, ".stats").text  # type: ignore[attr-defined]
    assert not stats.startswith("0"), stats  # meetings were held
    screenshot(driver, "portal-consultation")

    # A phone-sized window: nothing wider than the screen.
    driver.set_window_size(390, 844)  # type: ignore[attr-defined]
    driver.get(f"{url}/portal/plans/{plan.pk}/")  # type: ignore[attr-defined]
    overflow = driver.execute_script(  # type: ignore[attr-defined]
        "return document.documentElement.scrollWidth - window.innerWidth"
    )
    assert overflow <= 1
    driver.save_screenshot(str(screenshot.__globals__["SCREENSHOTS"] / "portal-phone.png"))  # type: ignore[attr-defined]

    # The office's monitoring dashboard.
    driver.set_window_size(1280, 1600)  # type: ignore[attr-defined]
    sign_in(driver, url, office)
    driver.get(f"{url}/monitoring/plans/{plan.pk}/?year=2026")  # type: ignore[attr-defined]
    assert driver.find_elements(By.CSS_SELECTOR, "figure svg[role=img]")  # type: ignore[attr-defined]
    assert f"%{expected.percent:.1f}".replace(".", ",") in driver.page_source  # type: ignore[attr-defined]
    screenshot(driver, "monitoring-dashboard")
