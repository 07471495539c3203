"""An imported text with broken encoding is drafted from the repaired text
and the review page says so in Turkish (issue 16: mojibake was drafted
without a warning)."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client

from ortakmasa.meetings.importer import CREATED, import_text
from tests.meetings.helpers import SEED_VISIT

pytestmark = pytest.mark.django_db


def garbled_seed() -> bytes:
    """The seed as a program that read its UTF-8 as Windows-1252 saved it."""
    text = SEED_VISIT.read_text("utf-8")
    raw = text.encode("utf-8")
    return "".join(bytes([b]).decode("cp1252", "replace") for b in raw).encode("utf-8")


def test_mojibake_is_repaired_and_the_review_page_warns_in_turkish(
    client_for: Callable[[str], Client],
) -> None:
    data = garbled_seed()
    assert "Ä°stanbul".encode() in data
    result = import_text(data, "garbled.txt")
    assert result.status == CREATED and result.document is not None
    document = result.document
    assert "İstanbul Büyükşehir Belediye Başkanı Ekrem İmamoğlu" in document.text
    assert "Ä" not in document.text
    assert [w["code"] for w in document.extraction["warnings"]] == ["mojibake"]
    meeting = result.meetings[0]
    assert meeting.host is not None and meeting.host.name == "Başakşehir Belediyesi"
    page = client_for("office").get(f"/meetings/{meeting.pk}/edit/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "yanlış kodlamayla kaydedilmişti" in html
    assert 'class="messages encoding-warnings"' in html


def test_lost_letters_are_shown_on_the_review_page(client_for: Callable[[str], Client]) -> None:
    text = (
        SEED_VISIT.read_text("utf-8").replace("Başkanı", "Ba?kan?").replace("İstanbul", "?stanbul")
    )
    result = import_text(text.encode("utf-8"), "lost.txt")
    assert result.status == CREATED and result.meetings
    page = client_for("office").get(f"/meetings/{result.meetings[0].pk}/edit/")
    assert "“?” ile değiştirilmiş ve geri getirilemiyor" in page.content.decode()


def test_a_clean_text_shows_no_encoding_warning(client_for: Callable[[str], Client]) -> None:
    result = import_text(SEED_VISIT.read_bytes(), "clean.txt")
    assert result.document is not None and result.document.extraction["warnings"] == []
    page = client_for("office").get(f"/meetings/{result.meetings[0].pk}/edit/")
    assert page.status_code == 200 and "encoding-warnings" not in page.content.decode()


def test_the_import_command_prints_the_warning_on_stderr(tmp_path: Path) -> None:
    (tmp_path / "garbled.txt").write_bytes(garbled_seed())
    out, err = io.StringIO(), io.StringIO()
    call_command("import", str(tmp_path), stdout=out, stderr=err)
    assert "1 imported" in out.getvalue()
    assert "garbled.txt: UTF-8 text read as Windows-1252/1254 was repaired" in err.getvalue()
