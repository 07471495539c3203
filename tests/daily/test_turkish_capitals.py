"""No English capitalisation of Turkish words: rendered pages (for every
role) and exports must not contain "Ilçe", "Il ", "Işbirliği", "Ihtiyaç",
"Izleme" … — a dotless capital I where Turkish writes "İ".

The words checked are every word the Turkish catalogues (ours and
Django's) and the place names write with a lower-case "i" or a capital
"İ" first: their English-capitalised form ("I" + the rest) is the error.
Words that really begin with "ı" ("ışık" → "Işık") are left alone.
"""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Callable
from pathlib import Path

import django
import polib
import pytest
from django.conf import settings
from django.test import Client

from ortakmasa.meetings.models import FollowUp
from ortakmasa.plans.sample import make_plan
from ortakmasa.registry.models import District, Province
from tests.conftest import BASAKSEHIR, IBB, confirmed_visit, inst, public_proposal

pytestmark = pytest.mark.django_db

WORD = re.compile(r"[^\W\d_]+")
# Whole words only: letter runs inside tokens ("x3Il9…" in a CSRF token)
# are not words.
WHOLE_WORD = re.compile(r"(?<!\w)[^\W\d_]+(?!\w)")


def _catalogue_words() -> set[str]:
    files = [Path(settings.LOCALE_PATHS[0]) / "tr/LC_MESSAGES/django.po"]
    django_root = Path(django.__file__).parent
    files += [
        django_root / "conf/locale/tr/LC_MESSAGES/django.po",
        django_root / "contrib/admin/locale/tr/LC_MESSAGES/django.po",
        django_root / "contrib/auth/locale/tr/LC_MESSAGES/django.po",
    ]
    words: set[str] = set()
    for path in files:
        for entry in polib.pofile(str(path)):
            words.update(WORD.findall(entry.msgstr))
            for text in entry.msgstr_plural.values():
                words.update(WORD.findall(text))
    for name in list(Province.objects.values_list("name", flat=True)) + list(
        District.objects.values_list("name", flat=True)
    ):
        words.update(WORD.findall(name))
    return words


def _wrong_forms() -> set[str]:
    wrong = set()
    dotless = set()
    for w in _catalogue_words():
        if w[:1] in ("ı", "I") and not w[:1] == "I":
            dotless.add("I" + w[1:])
    for w in _catalogue_words():
        if w[:1] in ("i", "İ") and len(w) > 1 and w[1:].islower():
            bad = "I" + w[1:]
            if bad not in dotless:
                wrong.add(bad)
    # Words also spelt with a real dotless I (Işık, Irmak) are not errors.
    return {w for w in wrong if w not in dotless}


@pytest.fixture(scope="module")
def wrong_words(django_db_setup: None, django_db_blocker: object) -> set[str]:
    with django_db_blocker.unblock():  # type: ignore[attr-defined]
        words = _wrong_forms()
    assert {"Ilçe", "Işbirliği", "Izleme", "Istanbul"} <= words
    assert "Işık" not in words
    return words


def _errors(text: str, wrong: set[str]) -> list[str]:
    return sorted({w for w in WHOLE_WORD.findall(text) if w in wrong})


@pytest.fixture
def data() -> dict[str, object]:
    ibb = inst(IBB)
    meeting = confirmed_visit(inst(BASAKSEHIR), "İlçe ziyareti", is_public=True)
    FollowUp.objects.create(
        meeting=meeting, text="İzleme raporu", due_date=datetime.date(2024, 7, 1)
    )
    proposal = public_proposal(inst(BASAKSEHIR), "İhtiyaç analizi")
    plan = make_plan(ibb, goals=1, objectives=2, indicators=2)
    return {"meeting": meeting, "proposal": proposal, "plan": plan}


PAGES = [
    "/",
    "/meetings/",
    "/meetings/new/",
    "/meetings/campaigns/",
    "/meetings/follow-ups/",
    "/registry/institutions/",
    "/registry/institutions/new/",
    "/registry/people/",
    "/registry/provinces/34/",
    "/proposals/",
    "/proposals/new/",
    "/proposals/public/",
    "/proposals/heatmap/",
    "/plans/",
    "/cooperation/",
    "/monitoring/",
    "/portal/",
    "/search/?q=ilçe",
    "/accounts/users/",
    "/accounts/users/new/",
    "/admin/",
    "/admin/registry/institution/add/",
    "/admin/meetings/meeting/",
]
EXPORTS = [
    "/meetings/export.csv",
    "/meetings/export.xlsx",
    "/proposals/export.csv",
    "/proposals/export.xlsx",
    "/cooperation/export.csv",
    "/cooperation/export.xlsx",
]


def _text_of(response: object) -> str:
    content = (
        b"".join(response.streaming_content)
        if getattr(response, "streaming", False)
        else response.content
    )  # type: ignore[attr-defined]
    kind = response.get("Content-Type", "")  # type: ignore[attr-defined]
    if "spreadsheet" in kind:
        import openpyxl

        book = openpyxl.load_workbook(io.BytesIO(content))
        return "\n".join(
            str(cell.value)
            for sheet in book.worksheets
            for row in sheet.iter_rows()
            for cell in row
            if cell.value is not None
        )
    return content.decode("utf-8", errors="replace")


@pytest.mark.parametrize("role", ["admin", "office", "liaison", "stakeholder", "public"])
def test_pages_and_exports_capitalise_by_turkish_rules(
    client_for: Callable[[str], Client],
    role: str,
    data: dict[str, object],
    wrong_words: set[str],
) -> None:
    client = client_for(role)
    plan = data["plan"]
    urls = [
        *PAGES,
        f"/meetings/{data['meeting'].pk}/",  # type: ignore[attr-defined]
        f"/meetings/{data['meeting'].pk}/edit/",  # type: ignore[attr-defined]
        f"/proposals/{data['proposal'].pk}/",  # type: ignore[attr-defined]
        f"/plans/{plan.pk}/",  # type: ignore[attr-defined]
        f"/plans/{plan.pk}/export.xlsx",  # type: ignore[attr-defined]
        *EXPORTS,
    ]
    checked = 0
    found: dict[str, list[str]] = {}
    for url in urls:
        response = client.get(url)
        if response.status_code != 200:
            continue
        checked += 1
        errors = _errors(_text_of(response), wrong_words)
        if errors:
            found[url] = errors
    assert checked >= 8
    assert found == {}
