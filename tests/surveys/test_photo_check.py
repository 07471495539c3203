"""A citizen's photo is checked by its content (a real JPEG, PNG or WebP
image read by Pillow) and its size, not by its name."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from PIL import Image

from ortakmasa.registry.models import District
from ortakmasa.surveys import forms
from ortakmasa.surveys.models import CitizenProposal

pytestmark = pytest.mark.django_db


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(out, "PNG")
    return out.getvalue()


def post(photo: SimpleUploadedFile) -> object:
    return Client().post(
        reverse("surveys:citizen_new"),
        {
            "title": "Kaldırım",
            "description": "Kaldırımlar kırık.",
            "district": District.objects.get(name="Kadıköy", province__plate=34).pk,
            "email": "ali@example.org",
            "consent": "on",
            "photo": photo,
        },
    )


def test_a_real_image_is_kept_under_its_real_type() -> None:
    response = post(SimpleUploadedFile("kaldirim.jpg", png(), content_type="image/jpeg"))
    assert response.status_code == 302  # type: ignore[attr-defined]
    item = CitizenProposal.objects.get()
    assert item.photo.name.endswith(".png")


@pytest.mark.parametrize(
    "content",
    [b"<script>alert(1)</script>", b"GIF89a\x01\x00", b"\x89PNG\r\n\x1a\nkirik"],
)
def test_a_file_that_is_not_an_image_is_refused(content: bytes) -> None:
    response = post(SimpleUploadedFile("foto.png", content, content_type="image/png"))
    assert response.status_code == 400  # type: ignore[attr-defined]
    assert "photo" in response.context["form"].errors  # type: ignore[attr-defined]
    assert not CitizenProposal.objects.exists()


def test_a_too_large_photo_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forms, "MAX_PHOTO_BYTES", 10)
    response = post(SimpleUploadedFile("foto.png", png(), content_type="image/png"))
    assert response.status_code == 400  # type: ignore[attr-defined]
    assert not CitizenProposal.objects.exists()
