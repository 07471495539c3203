"""Attachments, evidence and documents are checked by size and by content
(magic bytes), not by their names."""

from __future__ import annotations

import pytest
from django import forms
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from ortakmasa.kernel.files import MAX_UPLOAD_BYTES, check_upload, sniff


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"%PDF-1.7\n", "pdf"),
        (b"PK\x03\x04\x14\x00", "zip"),
        (b"\x89PNG\r\n\x1a\n\0\0", "png"),
        (b"\xff\xd8\xff\xe0", "jpeg"),
        (b"RIFF\0\0\0\0WEBPVP8 ", "webp"),
        (b"MZ\x90\x00\x03\x00\x00\x00", "binary"),
        ("Toplantı tutanağı: İBB".encode(), "text"),
        ("Toplantı tutanağı: İBB".encode("cp1254"), "text"),
    ],
)
def test_sniff(head: bytes, kind: str) -> None:
    assert sniff(head) == kind


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("rapor.pdf", b"MZ\x90\x00 a program", "is not a .pdf file"),
        ("liste.txt", b"\x7fELF\x02\x01\x01\x00\x00", "is not a .txt file"),
        ("sayfa.html", b"<script>alert(1)</script>", "accepted files are"),
        ("program.exe", b"MZ\x90\x00", "accepted files are"),
        ("resim.png", b"%PDF-1.4", "is not a .png file"),
    ],
)
def test_content_must_match_the_name(name: str, content: bytes, message: str) -> None:
    with translation.override("en"), pytest.raises(forms.ValidationError) as caught:
        check_upload(SimpleUploadedFile(name, content))
    assert message in caught.value.messages[0]


def test_size_is_bounded() -> None:
    upload = SimpleUploadedFile("rapor.pdf", b"%PDF-1.4")
    upload.size = MAX_UPLOAD_BYTES + 1
    with translation.override("en"), pytest.raises(forms.ValidationError, match="larger than 20"):
        check_upload(upload)


def test_good_files_pass() -> None:
    for name, content in [
        ("rapor.pdf", b"%PDF-1.4 rapor"),
        ("kanit.txt", "liste: İBB, Kadıköy".encode()),
        ("foto.JPG", b"\xff\xd8\xff\xe0 jpeg"),
        ("tablo.xlsx", b"PK\x03\x04 zip"),
    ]:
        check_upload(SimpleUploadedFile(name, content))
