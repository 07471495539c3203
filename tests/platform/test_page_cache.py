"""Whole pages served from the shared cache (``kernel.page_cache``): a write
shows at once, nobody is served a page rendered for someone else, forms
carry the asker's own CSRF token, flash messages are never stored or
skipped, and a hit costs no more than the session and the user."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import Any

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from rest_framework.authtoken.models import Token

from ortakmasa.accounts.models import User
from ortakmasa.kernel.cache import Gen
from ortakmasa.kernel.page_cache import TOKEN_HOLE, cached_page, punch_tokens
from ortakmasa.meetings.models import Campaign, Meeting, ReviewStatus
from ortakmasa.registry.models import Institution
from tests.conftest import IBB, KADIKOY, confirmed_visit, inst

pytestmark = pytest.mark.django_db

Capture = Callable[..., Any]
TOKEN_IN_FORM = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def get(client: Client, url: str, **extra: Any) -> tuple[str, int]:
    """The page's text and the number of queries it took."""
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, **extra)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode(), len(ctx.captured_queries)


#: A hit's queries for a signed-in user: the middleware's own lookups of
#: the user, and of the session unless the cache holds sessions too.
SIGNED_IN_HIT = 1 if settings.SESSION_ENGINE.endswith("cached_db") else 2

PAGES = [
    "/meetings/",
    "/meetings/?kind=visit",
    "/meetings/institutions/{kadikoy}/",
    "/meetings/campaigns/{campaign}/",
    "/api/v1/meetings/",
]


def _campaign() -> Campaign:
    campaign = Campaign.objects.create(name="Dinleme turu", owner=inst(IBB), is_public=True)
    campaign.targets.set([inst(KADIKOY)])
    return campaign


@pytest.mark.parametrize("path", PAGES)
def test_a_warm_page_costs_the_session_and_the_user_only(
    path: str, client_for: Callable[[str], Client]
) -> None:
    confirmed_visit(inst(KADIKOY), "Ulaşım görüşmesi", is_public=True)
    url = path.format(kadikoy=inst(KADIKOY).pk, campaign=_campaign().pk)
    office = client_for("office")
    first, cold_queries = get(office, url)
    again, warm_queries = get(office, url)
    assert warm_queries == SIGNED_IN_HIT, warm_queries
    assert cold_queries > warm_queries
    strip = (lambda t: TOKEN_IN_FORM.sub("", t)) if not path.startswith("/api/") else str
    assert strip(again) == strip(first)
    public = Client()
    get(public, url)
    _, anonymous_queries = get(public, url)
    assert anonymous_queries == 0  # no session, no user


def test_a_write_shows_at_once(
    client_for: Callable[[str], Client], django_capture_on_commit_callbacks: Capture
) -> None:
    office = client_for("office")
    before, _ = get(office, "/meetings/")
    assert "Yeni ulaşım toplantısı" not in before
    with django_capture_on_commit_callbacks(execute=True):
        confirmed_visit(inst(KADIKOY), "Yeni ulaşım toplantısı", date=datetime.date.today())
    after, queries = get(office, "/meetings/")
    assert "Yeni ulaşım toplantısı" in after
    assert queries > 2  # rendered again, not served from the entry


def test_a_registry_write_shows_on_the_institution_page(
    client_for: Callable[[str], Client], django_capture_on_commit_callbacks: Capture
) -> None:
    kadikoy = inst(KADIKOY)
    confirmed_visit(kadikoy, "Kıyı görüşmesi", is_public=True)
    office = client_for("office")
    url = f"/meetings/institutions/{kadikoy.pk}/"
    assert "Kadıköy Belediye Başkanlığı" not in get(office, url)[0]
    with django_capture_on_commit_callbacks(execute=True):
        Institution.objects.filter(pk=kadikoy.pk).update(name="Kadıköy Belediye Başkanlığı")
        Institution.objects.get(pk=kadikoy.pk).save()  # the signal bumps the registry
    assert "Kadıköy Belediye Başkanlığı" in get(office, url)[0]


@pytest.mark.parametrize("path", ["/meetings/", "/api/v1/meetings/"])
def test_nobody_is_served_a_page_rendered_for_someone_else(
    path: str, client_for: Callable[[str], Client], users: dict[str, User | None]
) -> None:
    liaison = users["liaison"]
    assert liaison is not None
    draft = Meeting.objects.create(
        kind="visit",
        title="Taslak gizli toplantı",
        host=liaison.institution,
        date=datetime.date(2024, 6, 3),
        review_status=ReviewStatus.DRAFT,
        created_by=liaison,
    )
    assert draft.pk
    mine, _ = get(client_for("liaison"), path)
    assert "Taslak gizli toplantı" in mine
    for other in ("other_liaison", "stakeholder", "public", "office"):
        page, _ = get(client_for(other), path)
        if other != "office":  # the office sees drafts with no creator only
            assert "Taslak gizli toplantı" not in page, other
        if not path.startswith("/api/"):
            assert "liaison ·" not in page.replace("other_liaison ·", ""), other
    # The liaison's own page again, from the cache: still theirs.
    again, queries = get(client_for("liaison"), path)
    assert "Taslak gizli toplantı" in again and queries == SIGNED_IN_HIT


def test_a_change_to_the_user_shows_at_once(
    client_for: Callable[[str], Client], users: dict[str, User | None]
) -> None:
    office = client_for("office")
    assert "Ayşe Yılmaz" not in get(office, "/meetings/")[0]
    user = users["office"]
    assert user is not None
    user.first_name, user.last_name = "Ayşe", "Yılmaz"
    user.save()
    assert "Ayşe Yılmaz" in get(office, "/meetings/")[0]


def test_an_api_client_with_a_token_never_shares_the_sessions_entry(
    users: dict[str, User | None],
) -> None:
    liaison = users["liaison"]
    assert liaison is not None
    Meeting.objects.create(
        kind="visit",
        title="Belirteçle görülen taslak",
        host=liaison.institution,
        date=datetime.date(2024, 6, 3),
        review_status=ReviewStatus.DRAFT,
        created_by=liaison,
    )
    token = Token.objects.create(user=liaison).key
    with_token = Client(HTTP_AUTHORIZATION=f"Token {token}")
    for _ in range(2):
        page, _ = get(with_token, "/api/v1/meetings/")
        assert "Belirteçle görülen taslak" in page
    # The middleware sees no user in a token request: stored, the answer
    # would have gone under the anonymous visitors' key.
    anonymous, _ = get(Client(), "/api/v1/meetings/")
    assert "Belirteçle görülen taslak" not in anonymous


def test_every_visitor_gets_a_csrf_token_of_their_own() -> None:
    """The layout's forms (sign out, language) in a page from the cache
    carry a token that the asker's own cookie accepts."""
    first = Client(enforce_csrf_checks=True)
    page_one, _ = get(first, "/meetings/")
    second = Client(enforce_csrf_checks=True)
    page_two, queries = get(second, "/meetings/")
    assert queries == 0  # from the cache
    assert TOKEN_HOLE not in page_two
    tokens_one = set(TOKEN_IN_FORM.findall(page_one))
    tokens_two = set(TOKEN_IN_FORM.findall(page_two))
    assert tokens_two and not tokens_one & tokens_two
    response = second.post(
        "/i18n/setlang/",
        {"language": "en", "next": "/meetings/", "csrfmiddlewaretoken": tokens_two.pop()},
    )
    assert response.status_code == 302


def test_the_campaign_exclude_button_works_after_a_new_sign_in(
    users: dict[str, User | None], django_capture_on_commit_callbacks: Capture
) -> None:
    """The dashboard's exclude buttons sat in a cached fragment with the
    token of the sign-in that rendered it; a new sign-in rotates the secret
    and the button answered 403 until the next write."""
    office = users["office"]
    assert office is not None
    campaign = _campaign()
    meeting = confirmed_visit(inst(KADIKOY), "Kampanya görüşmesi", campaign=campaign)
    url = f"/meetings/campaigns/{campaign.pk}/"
    client = Client(enforce_csrf_checks=True)
    client.force_login(office)
    get(client, url)
    client.logout()
    client.force_login(office)  # rotates the CSRF secret
    page, _ = get(client, url)
    form = page[page.index(f'value="{meeting.pk}"') - 400 :]
    token = TOKEN_IN_FORM.findall(form)[0]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/meetings/campaigns/{campaign.pk}/exclude/",
            {"meeting": meeting.pk, "csrfmiddlewaretoken": token},
        )
    assert response.status_code == 302
    assert campaign.excluded_meetings.filter(pk=meeting.pk).exists()


def test_a_flash_message_is_shown_once_and_never_stored(
    client_for: Callable[[str], Client],
) -> None:
    campaign = _campaign()
    meeting = confirmed_visit(inst(KADIKOY), "Sayılmayacak görüşme", campaign=campaign)
    office = client_for("office")
    url = f"/meetings/campaigns/{campaign.pk}/"
    get(office, url)
    get(office, url)  # stored
    # The write's generation bump waits for a commit that never comes in
    # this test: the stored page is still current for the cache, yet the
    # message must show.
    posted = office.post(f"/meetings/campaigns/{campaign.pk}/exclude/", {"meeting": meeting.pk})
    assert posted.status_code == 302, posted.status_code
    shown, _ = get(office, url)
    assert "no longer counts" in shown or "kampanyada sayılmıyor" in shown
    after, _ = get(office, url)
    assert "no longer counts" not in after and "kampanyada sayılmıyor" not in after


def test_what_is_not_a_plain_200_is_not_stored() -> None:
    calls: list[int] = []

    @cached_page(Gen.MEETINGS)
    def view(request: HttpRequest) -> HttpResponse:
        calls.append(1)
        status = int(request.GET.get("status", "200"))
        response = HttpResponse("sayfa", status=status)
        if request.GET.get("cookie"):
            response.set_cookie("seen", "1")
        return response

    def ask(query: str) -> None:
        request = RequestFactory().get("/p/", dict(q.split("=") for q in query.split("&") if q))
        request.user = AnonymousUser()
        view(request)

    for query in ("status=404", "cookie=1", "status=302"):
        ask(query)
        ask(query)
    assert len(calls) == 6
    ask("")
    ask("")
    assert len(calls) == 7


def test_only_the_askers_tokens_are_cut_out() -> None:
    request = RequestFactory().get("/")
    from django.middleware.csrf import get_token

    mine = get_token(request)
    others = "a" * 64
    form = '<input type="hidden" name="csrfmiddlewaretoken" value="{}">'
    content = (form.format(mine) + form.format(others)).encode()
    punched = punch_tokens(request, content)
    assert punched is not None
    assert punched[1] is True
    assert punched[0].decode() == form.format(TOKEN_HOLE) + form.format(others)
    # A token issued but written where no form carries it: not stored.
    assert punch_tokens(request, f'<div data-token="{mine}"></div>'.encode()) is None


def test_a_page_rendered_across_a_write_is_not_kept_as_current() -> None:
    """A write that commits while the page renders: what was rendered may
    be the former data, so the next request renders again."""
    from ortakmasa.kernel.cache import bump_now

    renders: list[int] = []

    @cached_page(Gen.MEETINGS)
    def view(request: HttpRequest) -> HttpResponse:
        renders.append(1)
        if len(renders) == 1:
            bump_now(Gen.MEETINGS)  # another request's write commits meanwhile
        return HttpResponse("sayfa")

    def ask() -> None:
        request = RequestFactory().get("/p/")
        request.user = AnonymousUser()
        view(request)

    ask()
    ask()
    assert len(renders) == 2
    ask()
    assert len(renders) == 2  # the second render was kept


def test_the_htmx_rows_and_the_whole_page_are_kept_apart(
    client_for: Callable[[str], Client],
) -> None:
    office = client_for("office")
    rows, _ = get(office, "/meetings/?kind=visit", HTTP_HX_REQUEST="true")
    assert "<html" not in rows and "<table" in rows
    page, _ = get(office, "/meetings/?kind=visit")
    assert "<html" in page
    again, queries = get(office, "/meetings/?kind=visit", HTTP_HX_REQUEST="true")
    assert again == rows and queries == SIGNED_IN_HIT
