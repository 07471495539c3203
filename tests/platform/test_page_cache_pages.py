"""The page cache on the monitoring dashboard, the portal's plan, goal and
consultation pages and the cooperation network and matches: a warm page
costs the session and the user only (nothing for a visitor), every visitor
shares one entry, a write to what the page shows is seen at once, and
nobody is served a page rendered for someone else."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from django.test import Client

from ortakmasa.accounts.models import Role, User
from ortakmasa.monitoring import services
from ortakmasa.monitoring.models import ValueStatus
from ortakmasa.plans.models import PlanStatus
from ortakmasa.proposals.models import Proposal, Status
from ortakmasa.registry.models import Institution
from ortakmasa.themes.models import Theme
from tests.conftest import BASAKSEHIR, IBB, KADIKOY, inst
from tests.cooperation.helpers import make_cooperation
from tests.monitoring.conftest import HAND_VALUES, Monitored, approve_all, make_monitored
from tests.platform.test_page_cache import SIGNED_IN_HIT, TOKEN_IN_FORM, get


def enter_year_end(monitored: Monitored) -> Any:
    """The unit's 2026 year-end value for the first indicator, waiting for approval."""
    return services.enter_value(
        monitored.indicators[0],
        monitored.unit_user,
        year=2026,
        end_month=12,
        value=Decimal(160),
        explanation="Yıl sonu değeri",
        today=datetime.date(2026, 12, 3),
    )


pytestmark = pytest.mark.django_db

Capture = Callable[..., Any]


def same(a: str, b: str) -> bool:
    """Equal but for the CSRF tokens, which are each asker's own."""
    return TOKEN_IN_FORM.sub("", a) == TOKEN_IN_FORM.sub("", b)


@pytest.fixture
def published(db: None) -> Monitored:
    m = make_monitored(status=PlanStatus.PUBLISHED)
    approve_all(m, HAND_VALUES)
    return m


def _portal_pages(m: Monitored) -> list[str]:
    pk = m.plan.pk
    goal = m.plan.goals.get()
    return [
        f"/portal/plans/{pk}/",
        f"/portal/plans/{pk}/?year=2025",
        f"/portal/plans/{pk}/goals/{goal.pk}/",
        f"/portal/plans/{pk}/consultation/",
    ]


def test_portal_visitors_share_one_entry(
    published: Monitored, client_for: Callable[[str], Client]
) -> None:
    for url in _portal_pages(published):
        first, cold = get(Client(), url)
        # Another visitor's first request: served from the first one's entry.
        second, warm = get(Client(), url)
        assert warm == 0 and cold > 0, (url, cold, warm)
        assert same(first, second)
        # Signed in: an entry of one's own, with one's name on it.
        office = client_for("office")
        mine, _ = get(office, url)
        assert "office ·" in mine and "office ·" not in first
        again, queries = get(office, url)
        assert queries == SIGNED_IN_HIT and same(mine, again)
        # And the visitors still get theirs.
        theirs, queries = get(Client(), url)
        assert queries == 0 and "office ·" not in theirs


def test_portal_pages_show_an_approved_value_at_once(
    published: Monitored, django_capture_on_commit_callbacks: Capture
) -> None:
    goal = published.plan.goals.get()
    urls = [
        f"/portal/plans/{published.plan.pk}/?year=2026",
        f"/portal/plans/{published.plan.pk}/goals/{goal.pk}/?year=2026",
    ]
    before = [get(Client(), url)[0] for url in urls]
    assert all(get(Client(), url)[1] == 0 for url in urls)
    with django_capture_on_commit_callbacks(execute=True):
        item = enter_year_end(published)
    # Waiting for approval: not counted, and the entry still current.
    for url, page in zip(urls, before, strict=True):
        assert same(get(Client(), url)[0], page)
    with django_capture_on_commit_callbacks(execute=True):
        item.status = ValueStatus.APPROVED
        item.save()
    for url, page in zip(urls, before, strict=True):
        after, queries = get(Client(), url)
        assert queries > 0 and not same(after, page), url
    plan_page = get(Client(), urls[0])[0]
    section = plan_page.split(f'id="goal-{goal.pk}"')[1]
    assert 'class="band band-incomplete"' in section  # was no_data


def test_portal_plan_shows_a_renamed_institution_at_once(
    published: Monitored, django_capture_on_commit_callbacks: Capture
) -> None:
    assert not published.plan.title  # the title is the institution's name
    url = f"/portal/plans/{published.plan.pk}/"
    assert "Büyükkent Belediyesi" not in get(Client(), url)[0]
    with django_capture_on_commit_callbacks(execute=True):
        ibb = Institution.objects.get(reference_key=IBB)
        ibb.name = "Büyükkent Belediyesi"
        ibb.save()
    assert "Büyükkent Belediyesi" in get(Client(), url)[0]


def test_portal_consultation_shows_a_proposal_and_its_decision_at_once(
    published: Monitored, django_capture_on_commit_callbacks: Capture
) -> None:
    url = f"/portal/plans/{published.plan.pk}/consultation/"
    assert "Kavşağa üst geçit" not in get(Client(), url)[0]
    with django_capture_on_commit_callbacks(execute=True):
        proposal = Proposal.objects.create(
            title="Kavşağa üst geçit",
            institution=inst(BASAKSEHIR),
            status=Status.NEW,
            is_public=True,
        )
    assert "Kavşağa üst geçit" in get(Client(), url)[0]
    assert "H1.1 hedefine alındı." not in get(Client(), url)[0]
    with django_capture_on_commit_callbacks(execute=True):
        proposal.status, proposal.status_reason = Status.ACCEPTED, "H1.1 hedefine alındı."
        proposal.save()
    assert "H1.1 hedefine alındı." in get(Client(), url)[0]


def test_an_unpublished_plan_is_never_served_from_the_portals_entry(
    published: Monitored, django_capture_on_commit_callbacks: Capture
) -> None:
    url = f"/portal/plans/{published.plan.pk}/"
    get(Client(), url)
    with django_capture_on_commit_callbacks(execute=True):
        published.plan.status = PlanStatus.APPROVED
        published.plan.save()
    assert Client().get(url).status_code == 404


COUNT = re.compile(r"<li><strong>(\d+)</strong>")


def test_monitoring_dashboard_warm_write_and_roles(
    client_for: Callable[[str], Client],
    users: dict[str, User | None],
    django_capture_on_commit_callbacks: Capture,
) -> None:
    m = make_monitored()
    approve_all(m, HAND_VALUES)
    url = f"/monitoring/plans/{m.plan.pk}/"
    review = f"/monitoring/plans/{m.plan.pk}/review/"
    office = client_for("office")
    first, cold = get(office, url)
    again, warm = get(office, url)
    assert warm == SIGNED_IN_HIT and cold > warm
    assert same(first, again) and review in first
    approved, submitted, _returned = (int(n) for n in COUNT.findall(first)[:3])
    # A liaison of the province reads the dashboard, without the office's
    # buttons and name.
    liaison = client_for("liaison")
    theirs, _ = get(liaison, url)
    assert review not in theirs and "office ·" not in theirs and "liaison ·" in theirs
    assert client_for("public").get(url).status_code == 302  # to the sign-in
    # A value entered shows at once as waiting, then as approved.
    with django_capture_on_commit_callbacks(execute=True):
        item = enter_year_end(m)
    page, queries = get(office, url)
    assert queries > SIGNED_IN_HIT
    assert [int(n) for n in COUNT.findall(page)[:2]] == [approved, submitted + 1]
    with django_capture_on_commit_callbacks(execute=True):
        item.status = ValueStatus.APPROVED
        item.save()
    page, _ = get(office, url)
    assert [int(n) for n in COUNT.findall(page)[:2]] == [approved + 1, submitted]
    # The office's rights follow its role: made a liaison, no buttons.
    user = users["office"]
    assert user is not None
    user.role = Role.LIAISON
    user.save()
    assert review not in get(office, url)[0]


@pytest.mark.parametrize("role", ["public", "office"])
def test_network_warm_and_a_new_cooperation_shows_at_once(
    role: str, client_for: Callable[[str], Client], django_capture_on_commit_callbacks: Capture
) -> None:
    make_cooperation([inst(IBB), inst(BASAKSEHIR)], ["transport"])
    url = "/cooperation/network/"
    client = client_for(role)
    first, cold = get(client, url)
    again, warm = get(client, url)
    hit = 0 if role == "public" else SIGNED_IN_HIT
    assert warm == hit and cold > warm and same(first, again)
    if role == "public":
        assert get(Client(), url)[1] == 0  # every visitor, one entry
    kadikoy = inst(KADIKOY)
    assert kadikoy.name not in first
    with django_capture_on_commit_callbacks(execute=True):
        make_cooperation([inst(IBB), kadikoy], ["transport"])
    assert kadikoy.name in get(client, url)[0]


def test_network_hidden_cooperations_stay_with_who_may_see_them(
    client_for: Callable[[str], Client],
) -> None:
    make_cooperation([inst(IBB), inst(KADIKOY)], ["transport"], public=False)
    url = "/cooperation/network/"
    office_page, _ = get(client_for("office"), url)
    assert inst(KADIKOY).name in office_page
    public_page, _ = get(client_for("public"), url)
    assert inst(KADIKOY).name not in public_page
    assert get(client_for("office"), url)[1] == SIGNED_IN_HIT


@pytest.mark.parametrize(
    "path", ["/cooperation/network/", "/cooperation/institutions/{ibb}/matches/"]
)
def test_a_renamed_theme_shows_at_once(
    path: str, client_for: Callable[[str], Client], django_capture_on_commit_callbacks: Capture
) -> None:
    make_cooperation([inst(IBB), inst(BASAKSEHIR)], ["transport"])
    url = path.format(ibb=inst(IBB).pk)
    office = client_for("office")
    assert "Kentiçi ulaşım ağı" not in get(office, url)[0]
    assert get(office, url)[1] == SIGNED_IN_HIT
    with django_capture_on_commit_callbacks(execute=True):
        theme = Theme.objects.get(code="transport")
        theme.name_tr = "Kentiçi ulaşım ağı"
        theme.save()
    assert "Kentiçi ulaşım ağı" in get(office, url)[0]
