"""Evidence files are judged by their bytes, not by their names."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from ortakmasa.kernel.files import EVIDENCE, MAX_UPLOAD_BYTES, check_upload, kind_of
from ortakmasa.monitoring.models import IndicatorValue, ValueEvidence
from tests.monitoring.conftest import Monitored, enter_first


def _docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("payload.exe", b"MZ")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"%PDF-1.7\n...", "pdf"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "png"),
        (b"\xff\xd8\xff\xe0JFIF", "jpeg"),
        (b"GIF89a....", "gif"),
        ("Liste: İstanbul, Şişli; çocuk sayısı 120\n".encode(), "text"),
        (_docx(), "docx"),
    ],
)
def test_accepted(content: bytes, kind: str) -> None:
    assert kind_of(io.BytesIO(content)) == kind
    assert check_upload(SimpleUploadedFile("kanit", content), EVIDENCE) == kind


@pytest.mark.parametrize(
    "content",
    [
        b"MZ\x90\x00\x03\x00\x00\x00",  # a Windows program
        b"\x7fELF\x02\x01\x01",  # a Linux program
        b"<!DOCTYPE html><script>alert(1)</script>",
        _zip(),
        b"\x00\x01\x02binary",
    ],
)
def test_refused(content: bytes) -> None:
    with pytest.raises(ValidationError):
        check_upload(SimpleUploadedFile("kanit.pdf", content), EVIDENCE)


def test_size_limit_and_empty() -> None:
    big = SimpleUploadedFile("a.pdf", b"%PDF-" + b"0" * 10)
    big.size = MAX_UPLOAD_BYTES + 1
    with pytest.raises(ValidationError):
        check_upload(big, EVIDENCE)
    with pytest.raises(ValidationError):
        check_upload(SimpleUploadedFile("empty.pdf", b""), EVIDENCE)


@pytest.mark.django_db
def test_a_program_named_pdf_is_refused_and_nothing_is_saved(monitored: Monitored) -> None:

    fake = SimpleUploadedFile("rapor.pdf", b"MZ\x90\x00 program", content_type="application/pdf")
    with pytest.raises(ValidationError) as info:
        enter_first(monitored, 2025, 12, 150, files=[fake])
    assert "rapor.pdf" in str(info.value)
    assert IndicatorValue.objects.count() == 0
    assert ValueEvidence.objects.count() == 0
