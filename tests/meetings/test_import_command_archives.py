"""``ortakmasa import`` refuses DOCX/ZIP bombs with the same bounded reader
as the import form: an English reason on stderr, the other texts imported,
and an exit status that says some failed (issue 16)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from ortakmasa.meetings.models import ImportItem, ItemStatus, SourceDocument
from tests.meetings.helpers import SEED_VISIT
from tests.textengine.test_cli_archives import docx_bomb, many_entries_zip, xlsx_bomb

pytestmark = pytest.mark.django_db


def test_bombs_are_refused_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a_bomb.docx").write_bytes(docx_bomb())
    (tmp_path / "b_entries.docx").write_bytes(many_entries_zip())
    (tmp_path / "c_sheet.docx").write_bytes(xlsx_bomb())
    (tmp_path / "d_visit.txt").write_bytes(SEED_VISIT.read_bytes())
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("import", str(tmp_path), stdout=out, stderr=err)
    assert raised.value.returncode == 1
    assert "3 of 4 text(s) could not be imported" in str(raised.value)
    assert "4 text(s): 1 imported, 0 already imported (nothing new), 3 failed." in out.getvalue()
    errors = err.getvalue()
    assert "a_bomb.docx: refused archive: word/document.xml inflates" in errors
    assert "b_entries.docx: refused archive: 2002 entries (limit 2000)" in errors
    assert "c_sheet.docx: refused archive: " in errors
    assert SourceDocument.objects.count() == 1
    failed = ImportItem.objects.filter(status=ItemStatus.FAILED)
    assert failed.count() == 3
    # the refused bytes are not kept once the item is processed
    assert all(bytes(item.content) == b"" for item in failed)


def test_a_batch_without_failures_exits_normally(tmp_path: Path) -> None:
    out = io.StringIO()
    call_command("import", str(SEED_VISIT), stdout=out)
    assert "1 imported" in out.getvalue()
