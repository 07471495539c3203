"""The import page says in Turkish why a file could not be imported; the
text engine's English reasons stay in the logs (issue 12: "binary input:
unsupported file format" reached the page)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

pytestmark = pytest.mark.django_db


def test_failed_files_are_explained_in_turkish(client_for: Callable[[str], Client]) -> None:
    client = client_for("office")
    upload = [
        SimpleUploadedFile("tutanak.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 20),
        SimpleUploadedFile("bos.txt", b""),
    ]
    response = client.post("/meetings/imports/", {"texts": upload})
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "tutanak.pdf" in page and "bos.txt" in page
    assert "binary input" not in page and "empty input" not in page
    assert "Dosya okuyabildiğimiz bir metin değil" in page or "metin dosyası değil" in page
    assert "Dosya boş." in page
