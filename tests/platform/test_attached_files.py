"""One attached-file mechanism: every attachment, document and piece of
evidence is a ``kernel.files.AttachedFile`` with the same fields, checked
by content when it is saved (whoever saves it) and downloaded under the
name it was uploaded with."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from django.urls import reverse

from ortakmasa.accounts.models import User
from ortakmasa.kernel.files import AttachedFile, backfill
from ortakmasa.proposals.models import ProposalAttachment
from tests.permission_cases.meetings import basaksehir_meeting
from tests.permission_cases.proposals import basaksehir_proposal

FIELDS = {
    "title",
    "file",
    "original_name",
    "content_type",
    "size",
    "sha256",
    "uploaded_by",
    "uploaded_at",
}


def _attached_models() -> list[type[AttachedFile]]:
    return [m for m in apps.get_models() if issubclass(m, AttachedFile)]


def test_every_upload_model_is_an_attached_file() -> None:
    found = {m._meta.label for m in _attached_models()}
    assert found == {
        "meetings.Attachment",
        "proposals.ProposalAttachment",
        "cooperation.CooperationDocument",
        "monitoring.ValueEvidence",
    }
    # No other model of the project keeps uploads in a model of its own
    # kind (issued reports and survey photos are fields of their records).
    for model in found:
        names = {f.name for f in apps.get_model(model)._meta.get_fields()}
        assert names >= FIELDS, model


@pytest.fixture
def media(tmp_path: Path) -> object:
    with override_settings(MEDIA_ROOT=str(tmp_path)):
        yield tmp_path


@pytest.mark.django_db
def test_a_program_named_pdf_is_refused_on_save(media: Path) -> None:
    proposal = basaksehir_proposal()
    fake = SimpleUploadedFile("rapor.pdf", b"MZ\x90\x00 program")
    with pytest.raises(ValidationError):
        ProposalAttachment.objects.create(proposal=proposal, file=fake)
    assert not ProposalAttachment.objects.exists()
    assert not any(media.rglob("rapor*"))


@pytest.mark.django_db
def test_a_good_upload_is_described_and_downloaded_under_its_name(media: Path) -> None:
    content = b"%PDF-1.4 rapor"
    upload = SimpleUploadedFile("Kadıköy raporu.pdf", content, content_type="text/html")
    item = ProposalAttachment.objects.create(proposal=basaksehir_proposal(), file=upload)
    item.refresh_from_db()
    assert item.original_name == "Kadıköy raporu.pdf"
    # The media type is told from the content, not from the browser.
    assert item.content_type == "application/pdf"
    assert item.size == len(content)
    assert item.sha256 == hashlib.sha256(content).hexdigest()
    assert item.file.name == f"proposals/{item.proposal_id}/Kadıköy_raporu.pdf"
    assert str(item) == "Kadıköy raporu.pdf"
    response = item.download()
    assert "Kad%C4%B1k%C3%B6y%20raporu.pdf" in response["Content-Disposition"]
    assert b"".join(response.streaming_content) == content  # type: ignore[arg-type]


@pytest.mark.django_db
def test_backfill_describes_files_stored_before_the_fields(media: Path) -> None:
    content = b"liste: Kadikoy, Uskudar\n"
    item = ProposalAttachment.objects.create(
        proposal=basaksehir_proposal(), file=SimpleUploadedFile("liste.txt", content)
    )
    ProposalAttachment.objects.filter(pk=item.pk).update(
        original_name="", content_type="", size=0, sha256=""
    )
    backfill(ProposalAttachment)
    item.refresh_from_db()
    assert item.sha256 == hashlib.sha256(content).hexdigest()
    assert (item.size, item.content_type, item.original_name) == (
        len(content),
        "text/plain",
        "liste.txt",
    )


@pytest.mark.django_db
def test_the_meeting_page_records_the_uploader_and_refuses_a_disguised_program(
    media: Path, users: dict[str, User], client_for: Callable[[str], Client]
) -> None:
    meeting = basaksehir_meeting()
    office = client_for("office")
    url = reverse("meetings:attachment_add", args=[meeting.pk])
    refused = office.post(
        url, {"title": "Tutanak", "file": SimpleUploadedFile("tutanak.pdf", b"MZ\x90\x00")}
    )
    assert refused.status_code == 200
    assert not meeting.attachments.exists()
    good = office.post(
        url, {"title": "Tutanak", "file": SimpleUploadedFile("tutanak.pdf", b"%PDF-1.4 t")}
    )
    assert good.status_code == 302
    attachment = meeting.attachments.get()
    assert (attachment.uploaded_by, attachment.content_type) == (users["office"], "application/pdf")
