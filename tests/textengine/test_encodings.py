"""Mixed and broken encodings are repaired where the bytes survive and
reported where they do not, never drafted silently as mojibake (issue 16)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from ortakmasa.textengine.encoding import lost_letters, repair_mojibake
from ortakmasa.textengine.pipeline import extract

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs" / "extract-schema.json").read_text("utf-8"))

TEXT = (
    "İstanbul Büyükşehir Belediye Başkanı Ahmet Yılmaz, Kadıköy Belediyesi’ni ziyaret etti. "
    "Ziyarette “ulaşım ve çevre sorunları” konuşuldu. Ğ ğ Ş ş Ö ö Ü ü Ç ç İ ı – …"
)


def garble(text: str, code_page: str) -> str:
    """UTF-8 bytes read in a wrong code page, as a careless program saves
    them (bytes the code page leaves undefined kept as C1 characters)."""
    raw = text.encode("utf-8")
    if code_page == "latin-1":
        return raw.decode("latin-1")
    return "".join(
        _one(bytes([b]), code_page) for b in raw
    )  # one byte at a time: the code page's character or a C1 control


def _one(byte: bytes, code_page: str) -> str:
    try:
        return byte.decode(code_page)
    except UnicodeDecodeError:
        return byte.decode("latin-1")


def codes(record: dict[str, object]) -> list[str]:
    return [w["code"] for w in record["warnings"]]  # type: ignore[attr-defined, index]


@pytest.mark.parametrize("code_page", ["cp1252", "cp1254", "latin-1"])
def test_utf8_read_as_a_code_page_is_repaired_exactly(code_page: str) -> None:
    garbled = garble(TEXT, code_page)
    assert "Ä°" in garbled and "Å" in garbled
    repaired, count = repair_mojibake(garbled)
    assert repaired == TEXT
    assert count > 10


def test_twice_garbled_text_is_repaired() -> None:
    twice = garble(garble(TEXT, "cp1252"), "cp1252")
    assert repair_mojibake(twice)[0] == TEXT


def test_closing_quote_lost_by_a_replacing_program_is_restored() -> None:
    garbled = TEXT.encode("utf-8").decode("cp1252", "replace")
    assert "â€\ufffd" in garbled
    assert repair_mojibake(garbled)[0] == TEXT


def test_mojibake_record_is_repaired_and_warned() -> None:
    record = extract(garble(TEXT, "cp1254").encode("utf-8"), source="x.txt")
    assert record["error"] is None
    assert "Ä" not in record["text"] and "İstanbul Büyükşehir" in record["text"]
    assert [p["name"] for p in record["people"]] == ["Ahmet Yılmaz"]
    assert codes(record) == ["mojibake"]
    assert record["warnings"][0]["count"] > 10
    jsonschema.validate(record, SCHEMA)


def test_a_file_mixing_utf8_and_windows_1254_reads_both_parts() -> None:
    data = "Başkan Ahmet Yılmaz geldi. ".encode() + "Şişli'de ağaç dikildi.".encode("cp1254")
    record = extract(data)
    assert "Başkan Ahmet Yılmaz geldi. Şişli'de ağaç dikildi." in record["text"]
    assert "mixed_encoding" in codes(record)
    jsonschema.validate(record, SCHEMA)


def test_letters_replaced_by_question_marks_are_reported_not_guessed() -> None:
    text = "?stanbul Büyük?ehir Belediye Ba?kan? Ahmet Y?lmaz geldi. Neden? Bilmiyoruz."
    record = extract(text.encode("utf-8"))
    assert "Ba?kan?" in record["text"]  # kept as it is: the letters are gone
    assert codes(record) == ["lost_letters"]
    # "Ba?kan?": the last "?" cannot be told from a question mark
    assert record["warnings"][0]["count"] == 4
    jsonschema.validate(record, SCHEMA)


def test_replacement_characters_are_reported() -> None:
    record = extract("Ba\ufffdkan Ahmet Y\ufffdlmaz geldi.")
    assert codes(record) == ["lost_letters"]
    assert record["warnings"][0]["count"] == 2


@pytest.mark.parametrize(
    "text",
    [
        TEXT,
        "GENÇ’in hâlâ kâr ettiği ÇÖ° ölçümü; Âşık Veysel.",
        "Ayrıntılar: https://ornek.gov.tr/haber.php?id=3&s=2 adresinde. Ne zaman? Yarın!",
        "Soru: \"?\" işareti ve '?' tırnakta; 3 ? 4 ne demek?",
    ],
)
def test_clean_turkish_text_has_no_warning(text: str) -> None:
    assert repair_mojibake(text) == (text, 0)
    assert lost_letters(text) == 0
    assert extract(text.encode("utf-8"))["warnings"] == []


def test_windows_1254_file_alone_is_not_a_mixed_file() -> None:
    record = extract(TEXT.encode("cp1254", "replace"))
    assert "İstanbul Büyükşehir" in record["text"]
    assert "mixed_encoding" not in codes(record)


def test_an_error_record_has_an_empty_warnings_list() -> None:
    record = extract(b"")
    assert record["error"] == "empty input" and record["warnings"] == []
    jsonschema.validate(record, SCHEMA)
