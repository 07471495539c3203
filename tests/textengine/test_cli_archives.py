"""``ortakmasa extract`` refuses DOCX/ZIP bombs from their directory, with
the same bounds as the import form, and goes on with the batch (issue 16)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from ortakmasa.textengine.cli import main
from ortakmasa.textengine.inputs import DOCX_LIMITS, decode


def docx_bomb() -> bytes:
    """A DOCX whose document part inflates 40 MiB from about 40 KB."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b" " * (40 * 1024 * 1024))
    return out.getvalue()


def many_entries_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        for n in range(DOCX_LIMITS.max_entries + 1):
            archive.writestr(f"x/{n}", b"")
    return out.getvalue()


def xlsx_bomb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<c>0</c>" * (8 * 1024 * 1024))
    return out.getvalue()


@pytest.mark.parametrize("make", [docx_bomb, many_entries_zip, xlsx_bomb])
def test_bombs_are_refused_before_inflating(make: object) -> None:
    data = make()  # type: ignore[operator]
    assert len(data) < 2 * 1024 * 1024
    decoded = decode(data)
    assert decoded.text is None
    assert decoded.error is not None and decoded.error.startswith("refused archive: ")


def test_extract_refuses_a_bomb_in_english_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a_bomb.docx").write_bytes(docx_bomb())
    (tmp_path / "b_sheet.docx").write_bytes(xlsx_bomb())
    (tmp_path / "c_good.txt").write_text("İBB Başkanı Ali Veli, Kartal'ı ziyaret etti.", "utf-8")
    code = main([str(tmp_path)])
    captured = capsys.readouterr()
    assert code == 1
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert [Path(r["source"]).name for r in records] == [
        "a_bomb.docx",
        "b_sheet.docx",
        "c_good.txt",
    ]
    assert records[0]["error"].startswith("refused archive: word/document.xml inflates")
    assert records[1]["error"].startswith("refused archive: ")
    assert records[2]["error"] is None and records[2]["people"][0]["name"] == "Ali Veli"
    assert "a_bomb.docx: refused archive: word/document.xml inflates" in captured.err
    assert "b_sheet.docx: refused archive" in captured.err
