"""In a real browser 390 px wide, without an account: a citizen finds the
open survey from the portal, answers it (a mistake first, corrected beside
its question) and sends it; the answer is in the results."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from ortakmasa.surveys import results
from ortakmasa.surveys.models import Response, ResponseStatus
from tests.browser.conftest import screenshot
from tests.surveys.conftest import build_survey

pytestmark = [pytest.mark.transactional, pytest.mark.browser]


def no_overflow(driver: object) -> bool:
    width = driver.execute_script(  # type: ignore[attr-defined]
        "return document.documentElement.scrollWidth - window.innerWidth"
    )
    return bool(width <= 1)


def test_a_citizen_answers_on_a_phone(url: str, browser: object) -> None:
    built = build_survey()
    driver = browser
    driver.set_window_size(390, 844)  # type: ignore[attr-defined]
    driver.get(f"{url}/portal/")  # type: ignore[attr-defined]
    driver.find_element(By.CSS_SELECTOR, "a[href='/surveys/open/']").click()  # type: ignore[attr-defined]
    driver.find_element(By.LINK_TEXT, built.survey.title).click()  # type: ignore[attr-defined]
    assert driver.find_element(By.TAG_NAME, "h1").text == built.survey.title  # type: ignore[attr-defined]
    assert "stratejik plan için kullanılır" in driver.page_source  # type: ignore[attr-defined]
    assert no_overflow(driver)

    def click(element_id: str) -> None:
        # Through the label, as a finger on a phone would.
        driver.find_element(By.CSS_SELECTOR, f"label[for='{element_id}']").click()  # type: ignore[attr-defined]

    click(f"{built.single.key}_0")  # Evet
    driver.find_element(By.ID, built.follow_up.key).send_keys("M4 ve 16D")  # type: ignore[attr-defined]
    click(f"{built.multiple.key}_0")
    click(f"{built.likert.key}_4")
    Select(driver.find_element(By.ID, f"{built.ranking.key}_transport")).select_by_value("1")  # type: ignore[attr-defined]
    click(f"{built.matrix.key}_0_5")
    number = driver.find_element(By.ID, built.number.key)  # type: ignore[attr-defined]
    number.send_keys("40")  # above the maximum of 20
    driver.find_element(By.ID, built.text.key).send_keys("Otobüs seferleri artırılmalı.")  # type: ignore[attr-defined]
    Select(driver.find_element(By.ID, "district")).select_by_visible_text("Kadıköy")  # type: ignore[attr-defined]
    driver.find_element(By.CSS_SELECTOR, "button[value='submit']").click()  # type: ignore[attr-defined]

    error_id = f"{built.number.key}_error"
    WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.ID, error_id))
    error = driver.find_element(By.ID, error_id)  # type: ignore[attr-defined]
    assert error.text
    number = driver.find_element(By.ID, built.number.key)  # type: ignore[attr-defined]
    assert number.get_attribute("aria-invalid") == "true"
    assert number.get_attribute("value") == "40"  # nothing typed is lost
    assert driver.find_element(By.ID, built.follow_up.key).get_attribute("value") == "M4 ve 16D"  # type: ignore[attr-defined]
    assert no_overflow(driver)
    screenshot(driver, "survey-phone-error")
    number.clear()
    number.send_keys("3")
    driver.find_element(By.CSS_SELECTOR, "button[value='submit']").click()  # type: ignore[attr-defined]
    # The click returns before the next page has loaded: wait for it.
    WebDriverWait(driver, 30).until(lambda d: "/thanks/" in d.current_url)

    saved = Response.objects.get(survey=built.survey)
    assert saved.status == ResponseStatus.SUBMITTED
    assert saved.answers[built.number.key] == 3
    assert saved.answers[built.ranking.key] == ["transport"]
    assert saved.district is not None and saved.district.name == "Kadıköy"
    first = results.build(built.survey).questions[0]
    assert first.chart is not None and ("Evet", "1") in first.chart.table.rows
