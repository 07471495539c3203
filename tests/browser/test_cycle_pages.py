"""The cycle's edit pages in a browser, at 390 px and on a desktop, in
Turkish and in English: no sideways scroll, and a programme saved from the
page keeps its rows.  Screenshots go to var/screenshots/cycle-*.png."""

from __future__ import annotations

import pytest

from ortakmasa.cycle.models import ProgrammeActivity
from tests.browser.conftest import SCREENSHOTS, office_user, sign_in
from tests.cycle.conftest import make_cycle

pytestmark = [pytest.mark.transactional, pytest.mark.browser]


def test_cycle_pages_fit_and_save(url: str, browser: object) -> None:
    c = make_cycle()
    office = office_user("ofiscycle")
    pages = {
        "plan": f"/cycle/plans/{c.m.plan.pk}/",
        "programme": f"/cycle/programmes/{c.programme.pk}/edit/",
        "report": f"/cycle/activity-reports/{c.report.pk}/edit/",
        "update": f"/cycle/plans/{c.m.plan.pk}/updates/new/",
        "new-programme": f"/cycle/plans/{c.m.plan.pk}/programmes/new/",
    }
    driver = browser
    sign_in(driver, url, office)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    too_wide = {}
    for lang in ("tr", "en"):
        driver.add_cookie({"name": "django_language", "value": lang, "path": "/"})  # type: ignore[attr-defined]
        for width in (390, 1280):
            driver.set_window_size(width, 900)  # type: ignore[attr-defined]
            for name, page in pages.items():
                driver.get(f"{url}{page}")  # type: ignore[attr-defined]
                html = driver.find_element("css selector", "html")  # type: ignore[attr-defined]
                assert html.get_attribute("lang") == lang
                sizes = driver.execute_script(  # type: ignore[attr-defined]
                    "return [document.documentElement.scrollWidth, window.innerWidth]"
                )
                driver.save_screenshot(str(SCREENSHOTS / f"cycle-{lang}-{width}-{name}.png"))  # type: ignore[attr-defined]
                if sizes[0] > sizes[1]:
                    too_wide[(lang, width, name)] = sizes
    assert too_wide == {}

    # Save the programme from the page: a new activity in the first blank row.
    driver.add_cookie({"name": "django_language", "value": "tr", "path": "/"})  # type: ignore[attr-defined]
    driver.set_window_size(390, 900)  # type: ignore[attr-defined]
    driver.get(f"{url}{pages['programme']}")  # type: ignore[attr-defined]
    find = driver.find_element  # type: ignore[attr-defined]
    row = c.programme.activities.count()
    from selenium.webdriver.support.ui import Select

    Select(find("name", f"activities-{row}-objective")).select_by_index(1)
    find("name", f"activities-{row}-name").send_keys("Tarayıcıdan eklenen proje")
    find("name", f"activities-{row}-economic_code").send_keys("06.5")
    cost = find("name", f"activities-{row}-cost")
    cost.clear()
    cost.send_keys("1234")
    driver.execute_script("document.querySelector('main form button[type=submit]').click()")  # type: ignore[attr-defined]
    assert "kaydedildi" in find("css selector", "body").text
    added = ProgrammeActivity.objects.get(name="Tarayıcıdan eklenen proje")
    assert added.cost == 1234 and added.economic_code == "06.5"
    assert "Tarayıcıdan eklenen proje" in find("css selector", "body").text  # in the history
