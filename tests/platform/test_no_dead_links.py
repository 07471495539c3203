"""No link a role is shown leads to a page that refuses it (issue 12: the
NGO user got 44 such links, a published plan showed edit buttons)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.test import Client

from ortakmasa.plans.models import PlanStatus
from ortakmasa.plans.sample import make_plan
from tests.conftest import BASAKSEHIR, IBB, confirmed_visit, inst, public_proposal

pytestmark = pytest.mark.django_db

HREF = re.compile(r'href="(/[^"#]*)"')
# Not pages: files, the API browser, sign-out and language forms.
SKIP = ("/static/", "/media/", "/api/", "/admin/", "/accounts/logout/")


@pytest.fixture
def records() -> dict[str, object]:
    meeting = confirmed_visit(inst(BASAKSEHIR), "Başakşehir ziyareti", is_public=True)
    meeting.guests.set([inst(IBB)])
    proposal = public_proposal(inst(BASAKSEHIR), "Kreş")
    draft_plan = make_plan(inst(IBB), goals=1, objectives=1, indicators=1)
    published = make_plan(inst(IBB), goals=1, objectives=1, indicators=1)
    published.status = PlanStatus.PUBLISHED
    published.save()
    return {"meeting": meeting, "proposal": proposal, "plan": draft_plan, "published": published}


@pytest.mark.parametrize("role", ["admin", "office", "liaison", "stakeholder", "public"])
def test_every_link_on_the_main_pages_answers(
    client_for: Callable[[str], Client], role: str, records: dict[str, object]
) -> None:
    client = client_for(role)
    pages = [
        "/",
        "/meetings/",
        f"/meetings/{records['meeting'].pk}/",  # type: ignore[attr-defined]
        "/meetings/campaigns/",
        "/registry/institutions/",
        f"/registry/institutions/{inst(BASAKSEHIR).pk}/",
        "/proposals/" if role != "public" else "/proposals/public/",
        f"/proposals/{records['proposal'].pk}/",  # type: ignore[attr-defined]
        "/plans/",
        f"/plans/{records['published'].pk}/",  # type: ignore[attr-defined]
        "/cooperation/",
        "/portal/",
    ]
    links: dict[str, str] = {}
    for page in pages:
        response = client.get(page)
        if response.status_code != 200:
            continue
        for href in HREF.findall(response.content.decode()):
            href = href.replace("&amp;", "&")
            if not href.startswith(SKIP):
                links.setdefault(href, page)
    assert len(links) > 10
    refused = {}
    for href, page in sorted(links.items()):
        status = client.get(href).status_code
        if status == 403:
            refused[href] = page
    assert refused == {}, f"{role} is shown links that answer 403: {refused}"


def test_a_published_plan_offers_no_edit_link(
    client_for: Callable[[str], Client], records: dict[str, object]
) -> None:
    """Issue 12: a published plan showed edit buttons that led to a refusal."""
    office = client_for("office")
    published = records["published"]
    draft = records["plan"]
    html = office.get(f"/plans/{published.pk}/").content.decode()  # type: ignore[attr-defined]
    assert f"/plans/{published.pk}/edit/" not in html  # type: ignore[attr-defined]
    html = office.get(f"/plans/{draft.pk}/").content.decode()  # type: ignore[attr-defined]
    assert f"/plans/{draft.pk}/edit/" in html  # type: ignore[attr-defined]
