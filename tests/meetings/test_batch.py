"""Batches: a failed text never stops the batch and is listed with its
reason; progress is counted; the same task runs in-process and on Celery."""

from __future__ import annotations

import io
import os
from collections.abc import Callable

import docx
import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from ortakmasa.meetings.batch import create_batch, run_batch
from ortakmasa.meetings.models import ImportBatch, ImportStatus, Meeting, SourceDocument
from tests.meetings.helpers import SEED_EU, SEED_VISIT

pytestmark = pytest.mark.django_db


def docx_bytes(text: str) -> bytes:
    document = docx.Document()
    for paragraph in text.split("\n\n"):
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


BAD_TEXTS = [
    ("empty.txt", b""),
    ("binary.bin", bytes(range(256)) * 40),
    ("no-meeting.txt", "Bugün hava güneşli ve ılık olacak.".encode()),
]


def test_bad_texts_are_listed_and_the_batch_goes_on() -> None:
    files = [
        BAD_TEXTS[0],
        ("visit.txt", SEED_VISIT.read_bytes()),
        *BAD_TEXTS[1:],
        ("eu.txt", SEED_EU.read_bytes()),
    ]
    batch = create_batch(files)
    run_batch(batch.pk)
    batch.refresh_from_db()
    assert (batch.total, batch.processed, batch.created, batch.failed) == (5, 5, 2, 3)
    assert batch.status == ImportStatus.DONE
    reasons = dict(batch.items.filter(status="failed").values_list("source", "error"))
    assert set(reasons) == {"empty.txt", "binary.bin", "no-meeting.txt"}
    assert all(reasons.values())
    assert Meeting.objects.filter(source_document__isnull=False).count() == 4


def test_a_docx_and_a_windows_1254_text_are_read() -> None:
    text = SEED_VISIT.read_text(encoding="utf-8")
    batch = create_batch(
        [
            ("visit.docx", docx_bytes(text)),
            ("eu-1254.txt", SEED_EU.read_text(encoding="utf-8").encode("cp1254")),
        ]
    )
    run_batch(batch.pk)
    batch.refresh_from_db()
    assert batch.created == 2, list(batch.items.values_list("source", "error"))


def test_upload_page_imports_and_shows_progress(client_for: Callable[[str], Client]) -> None:
    client = client_for("office")
    upload = [
        SimpleUploadedFile("visit.txt", SEED_VISIT.read_bytes()),
        SimpleUploadedFile("empty.txt", b""),
    ]
    response = client.post("/meetings/imports/", {"texts": upload})
    assert response.status_code == 302
    batch = ImportBatch.objects.get()
    page = client.get(response["Location"]).content.decode()
    assert batch.status == ImportStatus.DONE  # no REDIS_URL in this test: in-process
    assert "2 metinden 2" in page or "2 of 2" in page
    assert "empty.txt" in page
    # The same upload again is recognised.
    again = client.post(
        "/meetings/imports/", {"texts": [SimpleUploadedFile("copy.txt", SEED_VISIT.read_bytes())]}
    )
    assert again.status_code == 302
    assert ImportBatch.objects.order_by("-pk").first().duplicates == 1
    assert SourceDocument.objects.count() == 1


@pytest.mark.transactional
@pytest.mark.redis
def test_batch_runs_on_a_celery_worker_over_redis(committed_base_data: None) -> None:
    redis_url = os.environ.get("REDIS_URL") or settings.REDIS_URL
    if not redis_url:
        pytest.skip("REDIS_URL is not set: the Celery-on-Redis path is tested in CI")
    from celery.contrib.testing.worker import start_worker

    from ortakmasa.celery import app
    from ortakmasa.meetings.tasks import import_batch

    app.conf.update(broker_url=redis_url, result_backend=redis_url, task_always_eager=False)
    batch = create_batch([("visit.txt", SEED_VISIT.read_bytes()), ("empty.txt", b"")])
    try:
        with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=30):
            result = import_batch.delay(batch.pk)
            result.get(timeout=60)
    finally:
        app.conf.update(
            task_always_eager=settings.CELERY_TASK_ALWAYS_EAGER,
            broker_url=settings.CELERY_BROKER_URL,
            result_backend=settings.CELERY_RESULT_BACKEND,
        )
    batch.refresh_from_db()
    assert (batch.status, batch.created, batch.failed) == (ImportStatus.DONE, 1, 1)
