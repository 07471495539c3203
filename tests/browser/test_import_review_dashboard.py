"""In a real browser: upload a text, review the drafted meeting against its
source, confirm it, and see the campaign dashboard count the district."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import Select, WebDriverWait

from ortakmasa.meetings.demo import load_campaign
from ortakmasa.meetings.models import Meeting, ReviewStatus
from tests.browser.conftest import office_user, screenshot, sign_in
from tests.meetings.helpers import SEED_VISIT

pytestmark = [pytest.mark.transactional, pytest.mark.browser]


def test_upload_review_confirm_dashboard(url: str, browser: object) -> None:
    campaign = load_campaign()
    office = office_user("ofis")
    driver = browser
    wait = WebDriverWait(driver, 30)  # type: ignore[arg-type]
    sign_in(driver, url, office)

    driver.get(f"{url}/meetings/imports/")  # type: ignore[attr-defined]
    driver.find_element(By.ID, "id_texts").send_keys(str(SEED_VISIT))  # type: ignore[attr-defined]
    Select(driver.find_element(By.ID, "id_campaign")).select_by_value(  # type: ignore[attr-defined]
        str(campaign.pk)
    )
    screenshot(driver, "import-upload")
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()  # type: ignore[attr-defined]

    # The batch page lists the drafted meetings once the import is done.
    wait.until(ec.presence_of_element_located((By.ID, "batch-progress")))
    links = wait.until(
        ec.presence_of_all_elements_located((By.CSS_SELECTOR, "#progress a[href*='/edit/']"))
    )
    assert len(links) == 2
    screenshot(driver, "import-batch")
    links[0].click()

    # The review page shows the source with the words behind the fields.
    wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, ".source-text mark")))
    marks = driver.find_elements(By.CSS_SELECTOR, ".source-text mark.hl-person")  # type: ignore[attr-defined]
    assert any("Kartoğlu" in m.text for m in marks), [m.text for m in marks]
    assert (
        driver.find_element(By.ID, "id_host_name").get_attribute(  # type: ignore[attr-defined]
            "value"
        )
        == "Başakşehir Belediyesi"
    )
    screenshot(driver, "meeting-review")
    driver.find_element(By.CSS_SELECTOR, ".review-form > button[type=submit]").click()  # type: ignore[attr-defined]

    wait.until(ec.presence_of_element_located((By.ID, "h-topics")))
    assert "Yasin Kartoğlu" in driver.page_source  # type: ignore[attr-defined]
    meeting = Meeting.objects.get(event_index=0, source_document__isnull=False)
    assert meeting.review_status == ReviewStatus.CONFIRMED
    assert meeting.participations.filter(person__family_name="Kartoğlu").exists()

    driver.get(f"{url}/meetings/campaigns/{campaign.pk}/")  # type: ignore[attr-defined]
    stats = driver.find_element(By.CSS_SELECTOR, ".stats").text  # type: ignore[attr-defined]
    assert "36 / 39" in stats
    assert driver.find_elements(By.CSS_SELECTOR, "figure svg[role=img]")  # type: ignore[attr-defined]
    screenshot(driver, "campaign-dashboard")
