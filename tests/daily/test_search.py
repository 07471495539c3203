"""Turkish-aware search: the meeting list and the platform search box find
"üsküdar", "şişli", "izmit", "KADIKÖY", "arnavutkoy" and "Kadıköy'de", the
same on SQLite and PostgreSQL, grouped by kind, with permissions applied."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from django.test import Client

from ortakmasa.meetings.models import Meeting, ReviewStatus
from ortakmasa.proposals import services
from ortakmasa.proposals.models import Proposal
from ortakmasa.registry.models import Institution

pytestmark = pytest.mark.django_db


def _district(name: str, plate: int = 34) -> Institution:
    return Institution.objects.get(reference_key=f"municipality:district:{plate}:{name}")


def _meeting(host: Institution, title: str, **kw: object) -> Meeting:
    return Meeting.objects.create(
        kind="visit",
        title=title,
        host=host,
        date=datetime.date(2024, 5, 1),
        review_status=kw.pop("review_status", ReviewStatus.CONFIRMED),
        is_public=True,
        **kw,
    )


@pytest.fixture
def meetings() -> dict[str, Meeting]:
    return {
        "uskudar": _meeting(_district("Üsküdar"), "İlçe ziyareti"),
        "sisli": _meeting(_district("Şişli"), "Ortak masa"),
        "izmit": _meeting(_district("İzmit", 41), "AB projeleri görüşmesi"),
        "kadikoy": _meeting(_district("Beşiktaş"), "Kadıköy'de sahil düzenlemesi"),
        "arnavutkoy": _meeting(_district("Arnavutköy"), "Havalimanı yolu"),
    }


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("üsküdar", "uskudar"),
        ("ÜSKÜDAR", "uskudar"),
        ("şişli", "sisli"),
        ("sisli", "sisli"),
        ("izmit", "izmit"),
        ("İZMİT", "izmit"),
        ("KADIKÖY", "kadikoy"),
        ("kadıköy'de", "kadikoy"),
        ("arnavutkoy", "arnavutkoy"),
    ],
)
def test_meeting_list_search(
    client_for: Callable[[str], Client], meetings: dict[str, Meeting], query: str, key: str
) -> None:
    response = client_for("office").get("/meetings/", {"q": query})
    html = response.content.decode()
    assert f'href="/meetings/{meetings[key].pk}/"' in html
    others = [m for k, m in meetings.items() if k != key]
    assert not any(f'href="/meetings/{m.pk}/"' in html for m in others)


def test_platform_search_groups_kinds(
    client_for: Callable[[str], Client], meetings: dict[str, Meeting]
) -> None:
    html = client_for("office").get("/search/", {"q": "uskudar"}).content.decode()
    assert 'id="s-meetings"' in html and 'id="s-institutions"' in html
    assert f'href="/meetings/{meetings["uskudar"].pk}/"' in html
    assert "Üsküdar Belediyesi" in html


def test_platform_search_applies_permissions(client_for: Callable[[str], Client]) -> None:
    kadikoy = _district("Kadıköy")
    hidden = services.create_proposal(
        Proposal(institution=kadikoy, title="Moda sahili aydınlatma", is_public=False), None, []
    )
    shown = services.create_proposal(
        Proposal(institution=kadikoy, title="Moda iskelesi onarımı", is_public=True), None, []
    )
    draft = _meeting(kadikoy, "Moda taslak toplantısı", review_status=ReviewStatus.DRAFT)
    public_html = client_for("public").get("/search/", {"q": "moda"}).content.decode()
    assert f"/proposals/{shown.pk}/" in public_html
    assert f"/proposals/{hidden.pk}/" not in public_html
    assert f"/meetings/{draft.pk}/" not in public_html
    office_html = client_for("office").get("/search/", {"q": "MODA"}).content.decode()
    assert f"/proposals/{hidden.pk}/" in office_html


def test_header_has_the_search_box(client_for: Callable[[str], Client]) -> None:
    html = client_for("public").get("/").content.decode()
    assert 'role="search"' in html and 'action="/search/"' in html
