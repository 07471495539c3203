from ortakmasa.textengine.dates import find_dates
from ortakmasa.textengine.pipeline import extract


def values(text: str) -> list[str]:
    return [d.value for d in find_dates(text.lower())]


def test_written_forms():
    assert values("21 haziran 2024") == ["2024-06-21"]
    assert values("31.05.2024 - cuma 13:47") == ["2024-05-31"]
    assert values("haziran 2024") == ["2024-06"]


def test_suffixed_month_without_year():
    assert values("31 mart'ta") == ["--03-31"]


def test_year_from_context():
    rec = extract(
        "Kartal Belediyesi 8 Temmuz'da festival yapacak. Festival 2023 yılında da yapıldı."
    )
    assert rec["date"] == "2023-07-08"


def test_header_date_wins():
    rec = extract("date 2024-06 Başlık\n\nMetin 31 Mart'ta yazıldı.")
    assert rec["date"] == "2024-06"
    assert rec["title"] == "Başlık"


def test_no_date():
    assert extract("Şu an bir tarih yok.")["date"] is None
