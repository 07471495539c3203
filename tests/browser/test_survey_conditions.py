"""Conditional questions in a real browser: the follow-up question is
hidden (and out of the keyboard's way) until its condition is answered,
appears when it is, with a spoken notice, and hides again; an answer
typed into it before it was hidden is not saved."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from ortakmasa.surveys.models import Response
from tests.browser.conftest import screenshot
from tests.surveys.conftest import build_survey

pytestmark = [pytest.mark.transactional, pytest.mark.browser]


def test_the_follow_up_question_shows_only_after_yes(url: str, browser: object) -> None:
    built = build_survey()
    driver = browser
    driver.set_window_size(390, 844)  # type: ignore[attr-defined]
    driver.get(f"{url}/surveys/{built.survey.pk}/answer/")  # type: ignore[attr-defined]

    def find(css: str) -> object:
        return driver.find_element(By.CSS_SELECTOR, css)  # type: ignore[attr-defined]

    block = find(f"#{built.follow_up.key}_block")
    follow_up = find(f"#{built.follow_up.key}")
    assert not block.is_displayed()  # type: ignore[attr-defined]
    assert follow_up.get_attribute("disabled") is not None  # type: ignore[attr-defined]

    # With the keyboard: the space bar picks "Evet".
    yes = find(f"#{built.single.key}_0")
    yes.send_keys(Keys.SPACE)  # type: ignore[attr-defined]
    WebDriverWait(driver, 10).until(lambda d: block.is_displayed())  # type: ignore[attr-defined]
    assert follow_up.get_attribute("disabled") is None  # type: ignore[attr-defined]
    status = find(".conditions-status")
    assert status.get_attribute("role") == "status"  # type: ignore[attr-defined]
    assert built.follow_up.text in status.get_attribute("textContent")  # type: ignore[attr-defined]
    follow_up.send_keys("M4")  # type: ignore[attr-defined]
    screenshot(driver, "survey-condition-shown")

    # The arrow key moves the choice to "Hayır": the question hides again.
    yes.send_keys(Keys.ARROW_DOWN)  # type: ignore[attr-defined]
    WebDriverWait(driver, 10).until(lambda d: not block.is_displayed())  # type: ignore[attr-defined]
    assert find(f"#{built.single.key}_1").is_selected()  # type: ignore[attr-defined]

    find("button[value='submit']").click()  # type: ignore[attr-defined]
    WebDriverWait(driver, 30).until(lambda d: "/thanks/" in d.current_url)
    saved = Response.objects.get(survey=built.survey)
    assert saved.answers[built.single.key] == "Hayır"
    assert built.follow_up.key not in saved.answers
