"""Four identical uploads of one text at the same moment, on PostgreSQL
with real threads and real transactions: every request answers the same
way (a redirect to its import, whose page shows the one drafted record),
none answers 500, and the text is stored once (issue 16: 3 of 4 answered
500).  SQLite serialises writers, so the race needs DATABASE_URL pointing
at PostgreSQL; CI runs the suite there."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, connections
from django.test import Client

from ortakmasa.meetings.models import (
    ImportBatch,
    ImportItem,
    ImportStatus,
    ItemStatus,
    Meeting,
    SourceDocument,
)
from tests.meetings.helpers import SEED_VISIT

pytestmark = pytest.mark.transactional

THREADS = 4


@pytest.fixture
def postgres(committed_base_data: None) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (DATABASE_URL): SQLite cannot run writers at once")


def race(clients: list[Client], data: bytes) -> list[Any]:
    start = threading.Barrier(len(clients))
    outcome: list[Any] = [None] * len(clients)

    def run(index: int) -> None:
        try:
            upload = SimpleUploadedFile("ziyaret.txt", data, content_type="text/plain")
            start.wait()
            outcome[index] = clients[index].post("/meetings/imports/", {"texts": [upload]})
        except Exception as exc:  # what each request ended with is the test's subject
            outcome[index] = exc
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(clients))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return outcome


def test_four_identical_uploads_at_once_store_one_import(
    postgres: None, client_for: Callable[[str], Client]
) -> None:
    clients = [client_for("office") for _ in range(THREADS)]
    clients[0].raise_request_exception = False
    outcome = race(clients, SEED_VISIT.read_bytes())

    assert all(not isinstance(o, Exception) for o in outcome), outcome
    assert [r.status_code for r in outcome] == [302] * THREADS
    batch_ids = [int(re.search(r"/imports/(\d+)/", r["Location"]).group(1)) for r in outcome]
    assert len(set(batch_ids)) == THREADS

    # one text stored, its meetings drafted once
    assert SourceDocument.objects.count() == 1
    document = SourceDocument.objects.get()
    drafted = list(Meeting.objects.filter(source_document=document).order_by("event_index"))
    assert drafted

    # every import finished, one created the text, the others found it
    batches = ImportBatch.objects.filter(pk__in=batch_ids)
    assert {b.status for b in batches} == {ImportStatus.DONE}
    assert sorted((b.created, b.duplicates, b.failed) for b in batches) == [
        (0, 1, 0),
        (0, 1, 0),
        (0, 1, 0),
        (1, 0, 0),
    ]
    items = ImportItem.objects.filter(batch_id__in=batch_ids)
    assert sorted(i.status for i in items) == sorted(
        [ItemStatus.CREATED] + [ItemStatus.DUPLICATE] * (THREADS - 1)
    )
    assert {i.document_id for i in items} == {document.pk}

    # and every answer's page leads to the same drafted meetings
    links = {f"/meetings/{m.pk}/edit/" for m in drafted}
    for client, batch_id in zip(clients, batch_ids, strict=True):
        page = client.get(f"/meetings/imports/{batch_id}/")
        assert page.status_code == 200
        assert links <= set(re.findall(r'href="(/meetings/\d+/edit/)"', page.content.decode()))
