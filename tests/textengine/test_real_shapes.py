"""Shapes met in real published texts (issue 15, Deliver 3–5), each in a
sentence of our own: a quoted sub-heading, a post written after the name,
members of parliament speaking in turns, a labelled date, a council named
after its municipality, a member of parliament's fixed body."""

from __future__ import annotations

import pytest

from ortakmasa.textengine.pipeline import extract
from tests.textengine.helpers import people_fields


def _people(text: str) -> dict[str, dict]:
    return {p["name"]: p for p in extract(text)["people"]}


def test_quoted_sub_heading_takes_the_speaker_below() -> None:
    text = (
        "Belediye Başkanı Ayla Demir, Kartal'ı ziyaret etti.\n\n"
        '"Kent için birlikte çalışacağız"\n\n'
        'Ziyarette konuşan Demir, "Kent için birlikte çalışacağız, sorunları çözeceğiz" dedi.'
    )
    quotes = [(q["speaker"], q["text"]) for q in extract(text)["quotes"]]
    assert quotes[0] == ("Ayla Demir", "Kent için birlikte çalışacağız")
    assert quotes[1][0] == "Ayla Demir"


def test_a_lone_quoted_line_without_a_speaker_below_is_not_a_quote() -> None:
    text = 'Proje tanıtıldı.\n\n"Yeşil kent ödülü"\n\nÖdül töreni yapıldı.'
    assert extract(text)["quotes"] == []


def test_a_title_followed_by_a_name_is_not_an_apposition() -> None:
    people = _people("Müftü Yusuf Kara, Başkan Demir'i makamında ziyaret etti.")
    assert people["Yusuf Kara"]["title"] != "Başkan"


def test_member_of_parliament_speaking_in_a_turn() -> None:
    text = (
        "TÜRKİYE BÜYÜK MİLLET MECLİSİ\n\n"
        "AHMET KORKMAZ (Konya) - Teşekkür ederim Sayın Başkan, önergemizi açıklamak istiyorum.\n\n"
        "MURAT ÇINAR (CHP) - Sayın Başkan, bu konuda söz istiyorum efendim, lütfen."
    )
    people = _people(text)
    assert people["Ahmet Korkmaz"]["title"] == "Milletvekili"
    assert people["Ahmet Korkmaz"]["institution"] == "Türkiye Büyük Millet Meclisi"
    assert people["Murat Çınar"]["title"] != "Milletvekili"


def test_labelled_date_is_the_document_date() -> None:
    text = "Konu: 31 Mart 2016 günü yapılan toplantı\nBirleşim: 82\nTarih: 27/04/2016\n\nMetin."
    assert extract(text)["date"] == "2016-04-27"


def test_council_named_after_its_municipality() -> None:
    text = (
        "Edirne Belediye Meclisinin 04.06.2014 tarihli toplantısına ait karar özetidir.\n"
        "TOPLANTIDA BULUNANLAR\n"
        "Mahmut TEKİN, Çiğdem ALTAN, Türker ORAL.\n"
        "1- Tutanak okundu ve oybirliği ile kabul edildi.\n"
    )
    rec = extract(text)
    assert rec["council_session"]["body"] == "Edirne Belediyesi"
    assert {p["institution"] for p in rec["people"]} == {"Edirne Belediyesi"}


def test_a_name_stops_before_the_places_of_the_next_post() -> None:
    people = _people(
        "Belediye Başkanı Vahit Kara Muğla Milas Belediye Başkanı Fevzi Topuz'u ziyaret etti."
    )
    assert "Vahit Kara" in people and "Fevzi Topuz" in people


def test_lower_case_plural_is_a_group_not_a_post() -> None:
    people = _people("Köy muhtarları Vali Ahmet Erol'u ziyaret etti.")
    assert "Ahmet Erol" in people and people["Ahmet Erol"]["title"] == "Vali"


def test_honorific_glued_to_the_name() -> None:
    people = _people("Büyükşehir Belediye Başkanı Dr.Cemil Tugay muhtarlarla buluştu.")
    assert "Cemil Tugay" in people


def test_quote_introduced_by_its_speaker_without_a_verb() -> None:
    """A text cut before the reporting verb: "X ise \"…" is still X's."""
    text = (
        "Konuk heyet Kuşadası'nı gezdi.\n\n"
        'Kuşadası Belediye Başkanı Ömer Tan ise "Ziyaretinizden oldukça mutlu oldum. '
        "Başka ülkelerden dostlarımız geldiğinde"
    )
    quotes = [(q["speaker"], q["text"][:20]) for q in extract(text)["quotes"]]
    assert quotes == [("Ömer Tan", "Ziyaretinizden olduk")]


def test_term_in_marks_is_not_a_quote() -> None:
    text = 'Belediye Başkanı Ali Kaya, "kardeş belediye" protokolünü imzaladı.'
    assert extract(text)["quotes"] == []


def test_short_speech_turn() -> None:
    text = (
        "Meclis Başkanı : Ayla DEMİR\n\nÜyeler : Can EREN - Ali KAYA\n\n"
        "BAŞKAN- Hoş geldiniz.\n\nCan EREN- Teşekkür ederim."
    )
    quotes = [(q["speaker"], q["text"]) for q in extract(text)["quotes"]]
    assert ("Ayla Demir", "Hoş geldiniz.") in quotes
    assert ("Can Eren", "Teşekkür ederim.") in quotes


# Each text, and what the engine must read of its people: (name, field) -> value.
PEOPLE_FIELDS = [
    pytest.param(
        "Toplantıya Sayın Can Erdem, Cumhuriyet Halk Partisi Grup Başkan Vekili; "
        "Sayın Ayşe Tan, Türkiye Büyük Millet Meclisi Başkan Vekili katıldı.",
        {("Can Erdem", "title"): "Grup Başkan Vekili", ("Can Erdem", "party"): "CHP"},
        id="post_after_the_name",
    ),
    pytest.param(
        "Konya Milletvekili Ahmet Korkmaz, belediyeyi ziyaret etti.",
        {("Ahmet Korkmaz", "institution"): "Türkiye Büyük Millet Meclisi"},
        id="milletvekili_belongs_to_the_parliament",
    ),
    pytest.param(
        "Mersin Büyükşehir Belediye Başkanı ve Türkiye Belediyeler Birliği Başkan Vekili "
        "Ali Deniz Kaya, Milas Belediye Başkanı Veli Topuz'u ziyaret etti.",
        {
            ("Ali Deniz Kaya", "title"): "Belediye Başkanı",
            ("Ali Deniz Kaya", "institution"): "Mersin Büyükşehir Belediyesi",
            ("Veli Topuz", "institution"): "Milas Belediyesi",
        },
        id="two_posts_joined_by_ve_keep_the_first",
    ),
    pytest.param(
        "Heyete, Kuşadası Belediye Meclis Üyeleri Emre Fazlı ile Hasan Çelik eşlik etti.",
        {
            (name, field): value
            for name in ("Emre Fazlı", "Hasan Çelik")
            for field, value in (("title", "Meclis Üyesi"), ("institution", "Kuşadası Belediyesi"))
        },
        id="plural_title_before_several_names",
    ),
    pytest.param(
        "Törene Belçika Krallığı Bodrum Fahri Konsolosu Ayla Tan ve Hindistan "
        "Başkonsolosu Ravi Mehta katıldı.",
        {
            ("Ayla Tan", "title"): "Fahri Konsolos",
            ("Ayla Tan", "institution"): "Belçika Krallığı Bodrum Fahri Konsolosluğu",
            ("Ravi Mehta", "institution"): "Hindistan Başkonsolosluğu",
        },
        id="consuls_and_their_consulates",
    ),
    pytest.param(
        "Isparta Muhtarlar Derneği Başkanı Gökhan Ece ve Türkiye Muhtarlar Konfederasyonu "
        "Genel Başkanı Kadir Dal geldi.",
        {
            ("Gökhan Ece", "institution"): "Isparta Muhtarlar Derneği",
            ("Kadir Dal", "institution"): "Türkiye Muhtarlar Konfederasyonu",
        },
        id="body_whose_name_holds_a_title_word",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE_FIELDS)
def test_people_fields(text: str, expected: dict[tuple[str, str], str]) -> None:
    assert people_fields(text, expected) == expected
