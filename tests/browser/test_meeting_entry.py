"""In a real browser: a whole meeting entered in one save — five
participants, three topics, two quotes, a decision and a follow-up action —
with institutions and people chosen from the registry by keyboard; then the
edit page shows every field as entered, and saving it again changes nothing."""

from __future__ import annotations

import datetime

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import Select, WebDriverWait

from ortakmasa.meetings.models import Meeting
from ortakmasa.registry.models import Institution, Person
from ortakmasa.themes.models import Theme
from tests.browser.conftest import office_user, pick, screenshot, sign_in

pytestmark = [pytest.mark.transactional, pytest.mark.browser]

PARTICIPANTS = [
    ("Yasin Kartoğlu", "Belediye Başkanı", "Başakşehir Belediyesi"),
    ("Ayşe Çınar", "Strateji Müdürü", "Başakşehir Belediyesi"),
    ("Mehmet Alkanalka", "Daire Başkanı", "İstanbul Büyükşehir Belediyesi"),
    ("Şule Işık", "Meclis Üyesi", "Başakşehir Belediyesi"),
    ("Ömer Güneş", "Uzman", "İstanbul Büyükşehir Belediyesi"),
]
TYPED = {
    "Başakşehir Belediyesi": "basaksehir bel",
    "İstanbul Büyükşehir Belediyesi": "istanbul büy",
}
QUOTES = [
    ("Yasin Kartoğlu", "Ulaşım ilçemizin ilk önceliğidir."),
    ("Mehmet Alkanalka", "AB fonlarına birlikte başvuralım."),
]


def _type(driver: object, field_id: str, text: str) -> None:
    el = driver.find_element(By.ID, field_id)  # type: ignore[attr-defined]
    el.clear()
    el.send_keys(text)


def _value(driver: object, field_id: str) -> str:
    el = driver.find_element(By.ID, field_id)  # type: ignore[attr-defined]
    return str(el.get_attribute("value"))


def test_enter_a_meeting_in_one_save_and_edit_it(url: str, browser: object) -> None:
    ibb = Institution.objects.get(reference_key="municipality:province:34")
    basaksehir = Institution.objects.get(reference_key="municipality:district:34:Başakşehir")
    office = office_user("ofis")
    themes = list(Theme.objects.order_by("position")[:3])
    driver = browser
    wait = WebDriverWait(driver, 20)  # type: ignore[arg-type]
    sign_in(driver, url, office)
    driver.get(f"{url}/meetings/new/")  # type: ignore[attr-defined]

    Select(driver.find_element(By.ID, "id_kind")).select_by_value("visit")  # type: ignore[attr-defined]
    _type(driver, "id_title", "Başakşehir ortak masa toplantısı")
    driver.execute_script(  # type: ignore[attr-defined]
        "document.getElementById('id_date').value = '2024-06-03'"
    )
    _type(driver, "id_place", "Başakşehir Belediyesi meclis salonu")
    _type(driver, "id_summary", "Ulaşım ve yeşil alan talepleri görüşüldü.")
    pick(driver, wait, "id_host_name", "başakşehir bel")
    pick(driver, wait, "id_guest_names", "istanbul büyükşehir")

    # Five blank participant rows are there without JavaScript; the fifth
    # participant goes into a row added with the button.
    driver.find_element(  # type: ignore[attr-defined]
        By.CSS_SELECTOR, "[data-formset=p] .formset-add"
    ).click()
    for i, (name, title, where) in enumerate(PARTICIPANTS):
        if name in ("Yasin Kartoğlu", "Mehmet Alkanalka"):
            pick(driver, wait, f"id_p-{i}-name", name.split()[-1])
        else:
            _type(driver, f"id_p-{i}-name", name)
        _type(driver, f"id_p-{i}-title", title)
        pick(driver, wait, f"id_p-{i}-institution_name", TYPED[where])
    for i, theme in enumerate(themes):
        Select(driver.find_element(By.ID, f"id_t-{i}-theme")).select_by_value(str(theme.pk))  # type: ignore[attr-defined]
        _type(driver, f"id_t-{i}-rank", str(i + 1))
    for i, (speaker, text) in enumerate(QUOTES):
        _type(driver, f"id_q-{i}-speaker", speaker)
        _type(driver, f"id_q-{i}-text", text)
    _type(driver, "id_d-0-text", "Metrobüs hattı için ortak çalışma grubu kurulacak.")
    _type(driver, "id_f-0-text", "Fizibilite raporunu hazırlamak")
    pick(driver, wait, "id_f-0-owner_name", "başakşehir bel")
    driver.execute_script(  # type: ignore[attr-defined]
        "document.getElementById('id_f-0-due_date').value = '2024-09-30'"
    )
    screenshot(driver, "meeting-entry-filled")
    driver.find_element(By.CSS_SELECTOR, "form.review-form button[type=submit]").click()  # type: ignore[attr-defined]
    wait.until(ec.url_matches(r"/meetings/\d+/$"))

    meeting = Meeting.objects.get(title="Başakşehir ortak masa toplantısı")
    assert meeting.host_id == basaksehir.pk
    assert list(meeting.guests.all()) == [ibb]
    rows = list(meeting.participations.order_by("position"))
    assert [r.name_as_written for r in rows] == [p[0] for p in PARTICIPANTS]
    assert [r.title_as_written for r in rows] == [p[1] for p in PARTICIPANTS]
    kartoglu = Person.objects.get(family_name="Kartoğlu")
    assert rows[0].person_id == kartoglu.pk
    assert rows[2].person_id == Person.objects.get(family_name="Alkanalka").pk
    assert [r.institution.top_level() for r in rows] == [
        basaksehir,
        basaksehir,
        ibb,
        basaksehir,
        ibb,
    ]
    assert [t.theme_id for t in meeting.topics.order_by("rank")] == [t.pk for t in themes]
    assert [(q.speaker_as_written, q.text) for q in meeting.quotes.order_by("position")] == QUOTES
    assert meeting.quotes.order_by("position").first().speaker_id == kartoglu.pk  # type: ignore[union-attr]
    assert [d.text for d in meeting.decisions.all()] == [
        "Metrobüs hattı için ortak çalışma grubu kurulacak."
    ]
    action = meeting.follow_ups.get()
    assert action.due_date == datetime.date(2024, 9, 30)
    assert action.owner_institution_id == basaksehir.pk

    # The edit page shows every field as entered.
    driver.get(f"{url}/meetings/{meeting.pk}/edit/")  # type: ignore[attr-defined]
    assert _value(driver, "id_date") == "2024-06-03"
    assert _value(driver, "id_host_name") == "Başakşehir Belediyesi"
    assert _value(driver, "id_guest_names") == "İstanbul Büyükşehir Belediyesi"
    for i, (name, title, where) in enumerate(PARTICIPANTS):
        assert _value(driver, f"id_p-{i}-name") == name
        assert _value(driver, f"id_p-{i}-title") == title
        assert _value(driver, f"id_p-{i}-institution_name") == where
    for i, theme in enumerate(themes):
        assert _value(driver, f"id_t-{i}-theme") == str(theme.pk)
    for i, (speaker, text) in enumerate(QUOTES):
        assert _value(driver, f"id_q-{i}-speaker") == speaker
        assert _value(driver, f"id_q-{i}-text") == text
    assert _value(driver, "id_f-0-due_date") == "2024-09-30"
    assert _value(driver, "id_f-0-owner_name") == "Başakşehir Belediyesi"
    screenshot(driver, "meeting-entry-edit")

    # Saved again untouched: nothing lost, nothing duplicated.
    driver.find_element(By.CSS_SELECTOR, "form.review-form button[type=submit]").click()  # type: ignore[attr-defined]
    wait.until(ec.url_matches(r"/meetings/\d+/$"))
    assert meeting.participations.count() == 5
    assert meeting.topics.count() == 3 and meeting.quotes.count() == 2
    assert meeting.decisions.count() == 1
    action = meeting.follow_ups.get()
    assert action.due_date == datetime.date(2024, 9, 30)
    assert Person.objects.filter(family_name="Kartoğlu").count() == 1
