"""At 390 px (a phone) the ten main pages do not scroll sideways: wide
tables and charts scroll inside their own frame.  Screenshots for people
to look at go to var/screenshots/narrow-*.png."""

from __future__ import annotations

import datetime

import pytest

from ortakmasa.accounts.models import Role, User
from ortakmasa.meetings.models import Campaign, Meeting, ReviewStatus
from ortakmasa.plans.models import Indicator
from ortakmasa.proposals import services
from ortakmasa.proposals.models import Proposal
from ortakmasa.registry.models import Institution
from tests.browser.conftest import SCREENSHOTS, load_demo_portal, office_user, sign_in

pytestmark = [pytest.mark.transactional, pytest.mark.browser]

PAGES = [
    "/",
    "/meetings/",
    "/meetings/campaigns/",
    "/registry/institutions/",
    "/registry/people/",
    "/proposals/",
    "/proposals/heatmap/",
    "/plans/",
    "/cooperation/",
    "/portal/",
    # Its party rows' fieldset was 16 px wider than the phone (min-content).
    "/cooperation/new/",
]


def test_main_pages_fit_390_px(url: str, browser: object) -> None:
    for name in ("Kadıköy", "Üsküdar", "Başakşehir", "Şişli"):
        district = Institution.objects.get(reference_key=f"municipality:district:34:{name}")
        Meeting.objects.create(
            kind="joint_table_meeting",
            title=f"{name} Belediyesi ile ulaşım ve yeşil alan ortak masa toplantısı",
            host=district,
            date=datetime.date(2024, 5, 2),
            review_status=ReviewStatus.CONFIRMED,
            is_public=True,
        )
        services.create_proposal(
            Proposal(
                institution=district,
                title=f"{name} sahil şeridi bisiklet yolu ve yaya bağlantısı",
                is_public=True,
            ),
            None,
            [],
        )
    # A long campaign name made the meeting filter's select wider than the
    # phone (the demo's campaign did).
    Campaign.objects.create(
        name="2024 ilçe ziyaretleri — 2025–2029 stratejik planı için otuz dokuz ilçe "
        "belediyesiyle ortak masa toplantıları",
        owner=Institution.objects.get(reference_key="municipality:province:34"),
        is_public=True,
    )
    ngo = Institution.objects.create(name="Kent Gönüllüleri Derneği", kind="ngo")
    people = {
        "office": office_user("ofis390"),
        "liaison": User.objects.create_user(
            "kadikoy390",
            password="x-browser-1",
            role=Role.LIAISON,
            institution=Institution.objects.get(reference_key="municipality:district:34:Kadıköy"),
        ),
        "ngo": User.objects.create_user(
            "stk390", password="x-browser-1", role=Role.STAKEHOLDER, institution=ngo
        ),
        "citizen": None,
    }
    driver = browser
    driver.set_window_size(390, 844)  # type: ignore[attr-defined]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    too_wide = {}
    for role, user in people.items():
        driver.delete_all_cookies()  # type: ignore[attr-defined]
        if user is not None:
            sign_in(driver, url, user)
        for page in PAGES:
            if role == "citizen" and page == "/proposals/":
                page = "/proposals/public/"
            driver.get(f"{url}{page}")  # type: ignore[attr-defined]
            assert driver.find_element("css selector", "html").get_attribute("lang") == "tr"  # type: ignore[attr-defined]
            width = driver.execute_script(  # type: ignore[attr-defined]
                "return [document.documentElement.scrollWidth, window.innerWidth]"
            )
            name = page.strip("/").replace("/", "-") or "home"
            driver.save_screenshot(str(SCREENSHOTS / f"narrow-{role}-{name}.png"))  # type: ignore[attr-defined]
            if width[0] > width[1]:
                too_wide[(role, page)] = width
    assert too_wide == {}


def test_plan_and_monitoring_pages_fit_390_px(url: str, browser: object) -> None:
    # Their fact lists (a long term beside a short figure) pushed the page
    # 45-115 px sideways.
    plan = load_demo_portal()
    indicator = Indicator.objects.filter(objective__goal__plan=plan).order_by("pk").first()
    assert indicator is not None
    driver = browser
    driver.set_window_size(390, 844)  # type: ignore[attr-defined]
    sign_in(driver, url, office_user("ofis390plan"))
    too_wide = {}
    for page in (
        f"/plans/{plan.pk}/",
        f"/plans/{plan.pk}/trace/",
        f"/plans/objectives/{indicator.objective_id}/",
        f"/monitoring/indicators/{indicator.pk}/",
    ):
        driver.get(f"{url}{page}")  # type: ignore[attr-defined]
        width = driver.execute_script(  # type: ignore[attr-defined]
            "return [document.documentElement.scrollWidth, window.innerWidth]"
        )
        if width[0] > width[1]:
            too_wide[page] = width
    assert too_wide == {}


def test_review_page_fits_390_px(url: str, browser: object) -> None:
    # Below 60rem the review grid's one column was "1fr", whose minimum is
    # its widest content: the seed's review page scrolled 87 px sideways.
    from ortakmasa.meetings.importer import CREATED, import_text
    from tests.meetings.helpers import SEED_VISIT

    result = import_text(SEED_VISIT.read_bytes(), SEED_VISIT.name)
    assert result.status == CREATED, result.error
    meeting = result.document.meetings.order_by("pk").first()
    assert meeting is not None
    driver = browser
    driver.set_window_size(390, 844)  # type: ignore[attr-defined]
    sign_in(driver, url, office_user("ofis390review"))
    driver.get(f"{url}/meetings/{meeting.pk}/edit/")  # type: ignore[attr-defined]
    assert "review-form" in driver.page_source  # type: ignore[attr-defined]
    width = driver.execute_script(  # type: ignore[attr-defined]
        "return [document.documentElement.scrollWidth, window.innerWidth]"
    )
    assert width[0] <= width[1]
