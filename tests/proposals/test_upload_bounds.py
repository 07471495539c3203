"""Bulk upload bounds: a workbook is refused from its ZIP directory and tag
counts before openpyxl parses it; CSV by bytes, rows and columns; the
format is told from the content, not the name."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError
from django.test import Client
from django.utils import translation

from ortakmasa.proposals import services, upload
from ortakmasa.proposals.models import Proposal
from ortakmasa.proposals.upload import COLUMNS, MAX_COLUMNS, MAX_ROWS, UploadError, read_rows
from tests.proposals.conftest import workbook

HEADER = [h for h, _n in COLUMNS]
GOOD = ["Okul önüne yaya geçidi", "", "öneri", "transport", "", "Başakşehir"]


@pytest.fixture(autouse=True)
def english() -> object:
    # The messages are checked in English here; the page test reads Turkish.
    with translation.override("en"):
        yield


def replace_entry(data: bytes, name: str, content: bytes) -> bytes:
    """The workbook with one part replaced (or added)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename != name:
                dst.writestr(info, src.read(info))
        dst.writestr(name, content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def refused(data: bytes) -> str:
    with pytest.raises(UploadError) as caught:
        read_rows(io.BytesIO(data), "oneriler.xlsx")
    return str(caught.value)


def test_a_normal_workbook_is_read() -> None:
    rows = read_rows(io.BytesIO(workbook([HEADER, GOOD])), "x.xlsx")
    assert rows[0][:3] == HEADER[:3]
    assert rows[1][0] == GOOD[0]


def test_zip_bomb_sheet_is_refused_from_the_directory() -> None:
    # 30 MB of spaces deflate to about 30 KB: over the per-part bound.
    bomb = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    bomb += b" " * (30 * 1024 * 1024) + b"<sheetData/></worksheet>"
    data = replace_entry(workbook([HEADER]), "xl/worksheets/sheet1.xml", bomb)
    assert len(data) < 200_000
    assert "too large once unpacked" in refused(data)


def test_highly_compressed_part_is_refused_by_ratio() -> None:
    data = replace_entry(workbook([HEADER]), "xl/media/image1.png", b"\0" * (4 * 1024 * 1024))
    assert "too large once unpacked" in refused(data)


def test_too_many_shared_strings_are_refused() -> None:
    count = upload.MAX_SHARED_STRINGS + 1
    xml = (
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + b"<si><t>x</t></si>" * count
        + b"</sst>"
    )
    data = replace_entry(workbook([HEADER]), "xl/sharedStrings.xml", xml)
    assert "too large once unpacked" in refused(data)


def test_a_cell_in_column_16384_is_refused() -> None:
    message = refused(workbook([HEADER], {"XFD2": "uzak"}))
    assert f"beyond column {MAX_COLUMNS}" in message


def test_too_many_cells_are_refused() -> None:
    count = upload.MAX_CELLS // 40 + 1
    rows: list[list[object]] = [HEADER] + [[f"r{i}"] * 40 for i in range(count)]
    assert "too large once unpacked" in refused(workbook(rows))


def test_entity_declarations_are_refused() -> None:
    xml = b'<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaa">]><sst>&a;</sst>'
    data = replace_entry(workbook([HEADER]), "xl/sharedStrings.xml", xml)
    assert "could not be read as an XLSX" in refused(data)


def test_old_excel_and_binary_files_are_named() -> None:
    assert ".xls" in refused(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert "neither an XLSX workbook nor a CSV" in refused(b"%PDF-1.4 whatever")
    assert "could not be read as an XLSX" in refused(b"PK\x03\x04 not really a zip")


def test_format_is_told_from_the_content_not_the_name() -> None:
    csv_bytes = ("Başlık;İlçe\nOkul önüne yaya geçidi;Başakşehir\n").encode()
    assert read_rows(io.BytesIO(csv_bytes), "oneriler.xlsx")[1] == [
        "Okul önüne yaya geçidi",
        "Başakşehir",
    ]
    rows = read_rows(io.BytesIO(workbook([HEADER, GOOD])), "oneriler.csv")
    assert rows[1][0] == GOOD[0]


def test_csv_bounds_columns_rows_and_cells() -> None:
    wide = ";".join(["x"] * (MAX_COLUMNS + 1)).encode()
    assert f"more than {MAX_COLUMNS} columns" in refused(b"Ba\xc5\x9fl\xc4\xb1k\n" + wide)
    huge_cell = b'Baslik\n"' + b"x" * (200 * 1024) + b'"\n'
    assert "cell is too long" in refused(huge_cell)
    many = b"Baslik\n" + b"satir\n" * (MAX_ROWS + 10)
    # Reading stops after MAX_ROWS + 1 data rows; the checker then refuses the file.
    assert len(read_rows(io.BytesIO(many))) == MAX_ROWS + 2
    with pytest.raises(UploadError, match="more than 5000 rows"):
        upload.check_rows(read_rows(io.BytesIO(many)), None)


def test_file_over_the_byte_bound_is_refused_without_reading_it_all() -> None:
    class Endless(io.RawIOBase):
        served = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
            self.served += len(buffer)
            buffer[:] = b"a" * len(buffer)
            return len(buffer)

    stream = Endless()
    with pytest.raises(UploadError, match="larger than 10 MB"):
        read_rows(io.BufferedReader(stream), "x.csv")
    assert stream.served <= upload.MAX_FILE_BYTES + 1024 * 1024


@pytest.mark.django_db
def test_the_page_shows_the_refusal_and_saves_nothing(
    client_for: Callable[[str], Client],
) -> None:
    data = workbook([HEADER, GOOD], {"XFD3": "uzak"})
    before = Proposal.objects.count()
    response = client_for("liaison").post(
        "/proposals/upload/",
        {"file": SimpleUploadedFile("oneriler.xlsx", data), "mode": "keep_good"},
    )
    assert response.status_code == 200
    assert "16384" not in response.content.decode()
    assert response.context["error"]
    assert "sütun" in response.context["error"]  # in Turkish
    assert Proposal.objects.count() == before


@pytest.mark.django_db
def test_an_upload_racing_an_identical_one_answers_already_uploaded(
    monkeypatch: pytest.MonkeyPatch, users: dict[str, object]
) -> None:
    """Two identical uploads at once: the one that saves second used to hit
    the unique constraint (a 500 on PostgreSQL); it now checks again and
    reports the rows as already uploaded."""
    liaison = users["liaison"]
    rows = read_rows(io.BytesIO(workbook([HEADER, GOOD])))
    original = upload._mark_duplicates
    calls = []

    def racing(parsed: list[object]) -> None:
        if not calls:
            calls.append(1)
            # Our save loses the race on the unique constraint …
            raise IntegrityError("unique_proposal_upload_row")
        # … to the other upload, whose rows are there when we check again.
        other = upload.check_rows(rows, liaison)[0].proposal
        assert other is not None
        services.create_proposal(other, liaison, [])
        original(parsed)  # type: ignore[arg-type]

    monkeypatch.setattr(upload, "_mark_duplicates", racing)
    report = upload.import_rows(rows, liaison, keep_good=True)
    assert [r.outcome for r in report.rows] == ["duplicate"]
    assert Proposal.objects.filter(title=GOOD[0]).count() == 1
