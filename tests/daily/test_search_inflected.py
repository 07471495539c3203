"""Search finds inflected Turkish words written without an apostrophe:
"kadıköyde", "üsküdardaki", "parkları", "kreşler" find Kadıköy, Üsküdar,
park and kreş — in the meeting list and the platform search, from stored
keys that carry Snowball-Turkish stems, the same on SQLite and PostgreSQL
(run with DATABASE_URL set to a PostgreSQL database for the latter)."""

from __future__ import annotations

import datetime
from collections.abc import Callable

import pytest
from django.test import Client

from ortakmasa.lib.turkish import search_terms, stemmed_search_text
from ortakmasa.meetings.models import Meeting
from ortakmasa.proposals.models import Proposal
from ortakmasa.registry.models import Institution
from tests.conftest import confirmed_visit, public_proposal

pytestmark = pytest.mark.django_db


def _district(name: str) -> Institution:
    return Institution.objects.get(reference_key=f"municipality:district:34:{name}")


def _meeting(host: Institution, title: str) -> Meeting:
    return confirmed_visit(host, title, date=datetime.date(2024, 5, 1), is_public=True)


def _proposal(district: str, title: str, **fields: object) -> Proposal:
    return public_proposal(_district(district), title, **fields)


def links_only(html: str, records: dict, key: str, kind: type[Meeting | Proposal]) -> None:
    """The page links the record ``key`` and no other record of its kind."""
    folder = "meetings" if kind is Meeting else "proposals"
    assert f'href="/{folder}/{records[key].pk}/"' in html
    others = [r for k, r in records.items() if k != key and isinstance(r, kind)]
    assert not any(f'href="/{folder}/{r.pk}/"' in html for r in others)


@pytest.fixture
def records() -> dict[str, object]:
    return {
        "kadikoy": _meeting(_district("Kadıköy"), "Sahil düzenlemesi görüşmesi"),
        "uskudar": _meeting(_district("Üsküdar"), "İlçe ziyareti"),
        "esenler": _meeting(_district("Esenler"), "Ortak masa"),
        "esenyurt": _meeting(_district("Esenyurt"), "Mahalle buluşması"),
        "park": _proposal("Şişli", "Mahalle parkı yenilensin", text="Çocuk oyun alanı eskidi."),
        "kres": _proposal("Beykoz", "Yeni kreş açılması", text="Çalışan anneler için."),
        "kitap": _proposal("Beykoz", "Halk kütüphanesine kitabı bağışlama kampanyası"),
    }


def test_terms_are_word_and_stem() -> None:
    assert search_terms("kadıköyde parkları") == [("kadikoyde", "kadikoy"), ("parklari", "park")]
    # A place name keeps its ending-free form, not Snowball's shorter stem
    # ("esen", which Esenyurt also starts with).
    assert search_terms("esenlerde") == [("esenlerde", "esenler")]
    assert "kitap" in stemmed_search_text("Kitabı getir").split()


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("kadıköyde", "kadikoy"),
        ("KADIKÖYDEKİ", "kadikoy"),
        ("üsküdardaki", "uskudar"),
        ("uskudardaki", "uskudar"),
        ("esenlerde", "esenler"),
    ],
)
def test_meeting_list_finds_inflected_places(
    client_for: Callable[[str], Client], records: dict[str, Meeting], query: str, key: str
) -> None:
    html = client_for("office").get("/meetings/", {"q": query}).content.decode()
    links_only(html, records, key, Meeting)


@pytest.mark.parametrize(
    ("query", "key"),
    [("parkları", "park"), ("kreşler", "kres"), ("KREŞLERİN", "kres"), ("kitap", "kitap")],
)
def test_platform_search_finds_inflected_words(
    client_for: Callable[[str], Client], records: dict[str, Proposal], query: str, key: str
) -> None:
    html = client_for("office").get("/search/", {"q": query}).content.decode()
    links_only(html, records, key, Proposal)


def test_platform_search_finds_institutions_and_meetings_inflected(
    client_for: Callable[[str], Client], records: dict[str, object]
) -> None:
    html = client_for("office").get("/search/", {"q": "üsküdardaki"}).content.decode()
    assert "Üsküdar Belediyesi" in html
    assert f'href="/meetings/{records["uskudar"].pk}/"' in html  # type: ignore[attr-defined]
