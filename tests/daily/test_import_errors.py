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
    # The upload form checks files by content and refuses the PDF at once
    # (issue 16); either way the reasons reach the page in Turkish.
    if response.status_code == 302:
        page = client.get(response["Location"]).content.decode()
    else:
        assert response.status_code == 200
        page = response.content.decode()
    assert "tutanak.pdf" in page
    assert "binary input" not in page and "empty input" not in page
    assert "unsupported" not in page
