"""Quoted headings (issue 15, round 18): "BAŞKAN X, “…”" with a comma, and
sub-headings "X: “…”" whose line breaks the site lost, glued to the
paragraphs around them.

The sentences are our own, with invented names."""

from ortakmasa.textengine.normalize import normalize
from ortakmasa.textengine.pipeline import extract


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q["speaker"], q["text"]) for q in extract(text)["quotes"]]


def test_a_headline_with_a_comma_before_the_saying() -> None:
    text = (
        "BAŞKAN TOPRAK, “KENTİMİZİ BİRLİKTE KALKINDIRACAĞIZ”\n\n"
        "Kırşehir Belediye Başkanı Yavuz Toprak, ilçe başkanlarını ağırladı."
    )
    assert ("Yavuz Toprak", "KENTİMİZİ BİRLİKTE KALKINDIRACAĞIZ") in _quotes(text)


def test_a_name_in_marks_with_its_suffix_is_no_saying() -> None:
    text = (
        "TOPRAK, ‘KENT KONSEYİ GENEL KURULU’NA KATILDI\n\n"
        "Kırşehir Belediye Başkanı Yavuz Toprak genel kurula katıldı."
    )
    assert _quotes(text) == []


def test_glued_sub_headings_are_split_from_their_paragraphs() -> None:
    glued = (
        "Protokol imzalandı.TOPRAK: “BİRLİKTE GÜÇLÜYÜZ”Törende konuşan Toprak, "
        "“Bu protokol iki kentin dostluğudur.”SARAN: “YENİ BİR DÖNEM”Saran da konuştu."
    )
    text = normalize(glued)
    assert '"BİRLİKTE GÜÇLÜYÜZ"\nTörende' in text
    assert 'dostluğudur."\nSARAN' in text


def test_an_opening_mark_after_a_stop_is_not_split() -> None:
    text = normalize("Bunu sordu.“ESNAF NEREDE?”Kaya devam etti.")
    assert 'sordu."ESNAF' in text


def test_a_surname_differing_only_by_turkish_letters_is_the_same_person() -> None:
    text = (
        "Kaymakam Mahmut Yılmazcı'da programa katıldı. Projeyi destekleyen Yılmazçı, "
        "“Diğer illere de örnek olmasını diliyorum.” dedi."
    )
    assert _quotes(text) == [("Mahmut Yılmazçı", "Diğer illere de örnek olmasını diliyorum.")]
    names = [p["name"] for p in extract(text)["people"]]
    assert names == ["Mahmut Yılmazçı"]
