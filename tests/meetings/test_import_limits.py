"""Meeting import: each file, all files together and the request as a whole
are bounded, and texts are told from their content, not their names."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from django.utils import translation

from ortakmasa.meetings import forms as meeting_forms
from ortakmasa.meetings.models import ImportBatch, ImportItem

pytestmark = pytest.mark.django_db

TEXT = "Başakşehir Belediyesi ile İBB ortak masa toplantısı yaptı.".encode()


def post(client: Client, *files: SimpleUploadedFile) -> object:
    # The interface is Turkish unless the user picked English (the cookie).
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client.post("/meetings/imports/", {"texts": list(files)}, HTTP_ACCEPT_LANGUAGE="en")


def errors(response: object) -> list[str]:
    return list(response.context["form"].errors["texts"])  # type: ignore[attr-defined]


def test_a_file_over_the_per_file_bound_is_refused(client_for: Callable[[str], Client]) -> None:
    big = SimpleUploadedFile("big.txt", b"a" * (meeting_forms.MAX_IMPORT_FILE_BYTES + 1))
    with translation.override("en"):
        response = post(client_for("office"), big, SimpleUploadedFile("ok.txt", TEXT))
    assert response.status_code == 200  # type: ignore[attr-defined]
    assert any("big.txt" in e and "larger than 8 MB" in e for e in errors(response))
    assert not ImportBatch.objects.exists() and not ImportItem.objects.exists()


@override_settings(MAX_REQUEST_BYTES=200 * 1024 * 1024)
def test_files_over_the_total_bound_are_refused(
    client_for: Callable[[str], Client], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(meeting_forms, "MAX_IMPORT_TOTAL_BYTES", 3 * 1024 * 1024)
    files = [SimpleUploadedFile(f"t{i}.txt", b"b" * (1024 * 1024)) for i in range(4)]
    with translation.override("en"):
        response = post(client_for("office"), *files)
    # The lazy message is read after the request, in whichever language is
    # active then; the bound it names is the same in both.
    assert any("3 MB" in e for e in errors(response)), errors(response)
    assert not ImportBatch.objects.exists()


def test_binary_content_with_a_text_name_is_refused(client_for: Callable[[str], Client]) -> None:
    with translation.override("en"):
        response = post(client_for("office"), SimpleUploadedFile("minutes.txt", b"%PDF-1.7 x"))
    assert any("minutes.txt" in e and "not a text" in e for e in errors(response))


def test_a_docx_bomb_is_refused_from_its_directory(client_for: Callable[[str], Client]) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * (40 * 1024 * 1024))
    assert len(out.getvalue()) < 100_000
    with translation.override("en"):
        response = post(client_for("office"), SimpleUploadedFile("bomb.docx", out.getvalue()))
    assert any("bomb.docx" in e and "not a readable DOCX" in e for e in errors(response))


def test_a_request_over_the_bound_is_refused_before_it_is_read(
    client_for: Callable[[str], Client],
) -> None:
    client = client_for("office")
    # The body is small; the declared length is what the guard reads.
    response = client.generic(
        "POST",
        "/meetings/imports/",
        b"--x--\r\n",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(10 * 20 * 1024 * 1024),
        HTTP_ACCEPT_LANGUAGE="tr",
    )
    assert response.status_code == 413
    assert "MB" in response.content.decode()
    assert not ImportBatch.objects.exists()
    api = client.generic(
        "POST",
        "/api/v1/meetings/",
        b"{}",
        content_type="application/json",
        CONTENT_LENGTH=str(100 * 1024 * 1024),
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert api.status_code == 413
    assert "larger than 48 MB" in api.json()["error"]


def test_a_normal_import_still_works(client_for: Callable[[str], Client]) -> None:
    response = post(client_for("office"), SimpleUploadedFile("ok.txt", TEXT))
    assert response.status_code == 302  # type: ignore[attr-defined]
    assert ImportBatch.objects.get().total == 1
