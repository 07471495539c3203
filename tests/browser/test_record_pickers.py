"""In a real browser under the site's CSP: an institution is chosen by
keyboard (type, arrow down, Enter) on a cooperation form and on a proposal
form, with the meeting forms' picker, and the chosen records are saved; the
decision form's plan objective is chosen the same way."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import Select, WebDriverWait

from ortakmasa.cooperation.models import Cooperation
from ortakmasa.plans.models import Objective
from ortakmasa.plans.sample import make_plan
from ortakmasa.proposals.models import Proposal
from ortakmasa.registry.models import Institution
from tests.browser.conftest import office_user, pick, screenshot, sign_in

pytestmark = [pytest.mark.transactional, pytest.mark.browser]


def test_pick_institutions_by_keyboard(url: str, browser: object) -> None:
    ibb = Institution.objects.get(reference_key="municipality:province:34")
    uskudar = Institution.objects.get(reference_key="municipality:district:34:Üsküdar")
    besiktas = Institution.objects.get(reference_key="municipality:district:34:Beşiktaş")
    office = office_user("ofis-secici", "x-browser-3")
    plan = make_plan(ibb, goals=2, objectives=2, indicators=1)
    objective = Objective.objects.filter(goal__plan=plan).order_by("goal__position", "position")[2]
    objective.title = "Toplu taşımaya erişimi artırmak"
    objective.save()
    driver = browser
    wait = WebDriverWait(driver, 20)  # type: ignore[arg-type]
    sign_in(driver, url, office)

    # A cooperation: two parties and a commitment's owner chosen by keyboard.
    driver.get(f"{url}/cooperation/new/")  # type: ignore[attr-defined]
    driver.find_element(By.ID, "id_title").send_keys(  # type: ignore[attr-defined]
        "Üsküdar–Beşiktaş sahil bisiklet yolu işbirliği"
    )
    pick(driver, wait, "id_party-0-institution_name", "üsküdar bel")
    pick(driver, wait, "id_party-1-institution_name", "besiktas bel")
    driver.find_element(By.ID, "id_commitment-0-text").send_keys(  # type: ignore[attr-defined]
        "Güzergâh etüdünü ortak hazırlamak ve çalıştay düzenlemek"
    )
    pick(driver, wait, "id_commitment-0-owner_name", "üsküdar bel")
    screenshot(driver, "picker-cooperation")
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()  # type: ignore[attr-defined]
    wait.until(ec.url_matches(r"/cooperation/\d+/$"))
    coop = Cooperation.objects.get(title="Üsküdar–Beşiktaş sahil bisiklet yolu işbirliği")
    assert [p.institution for p in coop.parties.order_by("position")] == [uskudar, besiktas]
    assert coop.commitments.get().owner_institution == uskudar

    # A proposal: the institution chosen by keyboard.
    driver.get(f"{url}/proposals/new/")  # type: ignore[attr-defined]
    driver.find_element(By.ID, "id_title").send_keys("Çamlıca'ya kreş ve oyun parkı")  # type: ignore[attr-defined]
    driver.find_element(By.ID, "id_text").send_keys(  # type: ignore[attr-defined]
        "Mahallede çalışan ebeveynler için gündüz bakımevi yok; en yakın kreş 4 km uzakta."
    )
    pick(driver, wait, "id_institution", "uskudar bel")
    Select(driver.find_element(By.ID, "id_urgency")).select_by_value("3")  # type: ignore[attr-defined]
    screenshot(driver, "picker-proposal")
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()  # type: ignore[attr-defined]
    wait.until(ec.url_matches(r"/proposals/\d+/$"))
    proposal = Proposal.objects.get(title="Çamlıca'ya kreş ve oyun parkı")
    assert proposal.institution == uskudar

    # Its decision: the plan objective chosen by keyboard, by a word of its title.
    driver.get(f"{url}/proposals/{proposal.pk}/decision/")  # type: ignore[attr-defined]
    Select(driver.find_element(By.ID, "id_status")).select_by_value("accepted")  # type: ignore[attr-defined]
    driver.find_element(By.ID, "id_reason").send_keys("Plana alındı.")  # type: ignore[attr-defined]
    pick(driver, wait, "id_plan_objective", "taşımaya")
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()  # type: ignore[attr-defined]
    wait.until(ec.url_matches(r"/proposals/\d+/$"))
    proposal.refresh_from_db()
    assert proposal.plan_objective == objective
