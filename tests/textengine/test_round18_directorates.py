"""Provincial bodies written without the place, and directorates written with
it (issue 15, round 18): a chamber named bare in a text about one province
is that province's; "Aydın Emniyet Müdürü" is the province's police director
as gold/real writes one; a sentence adverb opens no post.

The sentences are our own, with invented names."""

import pytest

from ortakmasa.textengine.pipeline import extract
from tests.textengine.helpers import posts


def test_a_bare_chamber_is_the_province_s() -> None:
    text = (
        "Giresun Valisi Kamil Oruç bayramlaşma programına katıldı. Programa Ticaret ve "
        "Sanayi Odası Başkanı Nuri Kalkan ile Ticaret Borsası Başkanı Sefa Dal da katıldı."
    )
    got = posts(text)
    assert got["Nuri Kalkan"] == ("Başkan", "Giresun Ticaret ve Sanayi Odası")
    assert got["Sefa Dal"] == ("Başkan", "Giresun Ticaret Borsası")


def test_a_bare_chamber_stays_bare_without_a_province() -> None:
    text = "Ticaret ve Sanayi Odası Başkanı Nuri Kalkan, üyelerle bir araya geldi."
    assert posts(text)["Nuri Kalkan"] == ("Başkan", "Ticaret ve Sanayi Odası")


@pytest.mark.parametrize(
    ("written", "post"),
    [
        ("Aydın Emniyet Müdürü", "İl Emniyet Müdürü"),
        ("Kırkağaç Emniyet Müdürü", "İlçe Emniyet Müdürü"),
        ("Kocaeli Milli Eğitim Müdürü", "İl Milli Eğitim Müdürü"),
    ],
)
def test_a_directorate_written_after_its_place(written: str, post: str) -> None:
    text = f"Törene {written} Yusuf Çınar da katıldı."
    body = post.removesuffix("Müdürü") + "Müdürlüğü"
    assert posts(text)["Yusuf Çınar"] == (post, body)


def test_a_sentence_adverb_opens_no_post() -> None:
    text = "Özellikle İlçe Emniyet Müdürü Sadi Güler'e teşekkür etti."
    assert posts(text)["Sadi Güler"] == ("İlçe Emniyet Müdürü", "İlçe Emniyet Müdürlüğü")
    names = [
        i["name"]
        for i in extract("Özellikle Karaman Organize Sanayi Bölgesi büyüyor.")["institutions"]
    ]
    assert names == ["Karaman Organize Sanayi Bölgesi"]


def test_district_officials_of_the_one_district_municipality_named() -> None:
    text = (
        "Ladik Belediye Başkanı Cem Ural törene katıldı. Törende Kaymakam Emre Tan ve "
        "Cumhuriyet Başsavcısı Faruk Gök de hazır bulundu."
    )
    got = posts(text)
    assert got["Emre Tan"] == ("Kaymakam", "Ladik Kaymakamlığı")
    assert got["Faruk Gök"] == ("Cumhuriyet Başsavcısı", "Ladik Cumhuriyet Başsavcılığı")


def test_a_prosecutor_without_a_district_keeps_no_body() -> None:
    text = "Cumhuriyet Başsavcısı Faruk Gök açıklama yaptı."
    assert posts(text)["Faruk Gök"] == ("Cumhuriyet Başsavcısı", None)


def test_an_addressed_post_is_not_stacked_on_the_next_name() -> None:
    text = "Kabul eden Sayın Bakanımıza ve Milletvekilimiz Nuri Kaplan'a teşekkür ederim dedi."
    assert posts(text)["Nuri Kaplan"] == ("Milletvekili", "Türkiye Büyük Millet Meclisi")


def test_an_honorific_names_no_ministry() -> None:
    text = "Sayın Bakanımız Hikmet Oral'a teşekkür ederiz."
    assert posts(text)["Hikmet Oral"] == ("Bakan", None)
