"""False people and cut names (issue 15, round 13).

Headlines and sub-headings in title case or capitals read as names; a
given name written as an initial was dropped from the name; a given name
that is also a common surname started a new name where it was a later
mention.  Every sentence here is our own, in the shapes seen in news.
"""

import pytest

from ortakmasa.textengine.commonwords import common_word, finite_verb, past_or_future
from ortakmasa.textengine.pipeline import extract


def people(text: str) -> list[str]:
    return [p["name"] for p in extract(text)["people"]]


@pytest.mark.parametrize(
    "word",
    [
        "Mesajı",
        "Hocamızla",
        "Taşıdır",
        "Sarayı'na",
        "Dağı",
        "İlçemizde",
        "Bize",
        "Nedir",
        "Cumhurbaşkanlığı",
        "Soruşturma",
        "Mevcut",
    ],
)
def test_common_words(word: str) -> None:
    assert common_word(word.split("'")[0])


@pytest.mark.parametrize(
    "word",
    [
        "Sena",
        "İlkin",
        "Seniye",
        "Taş",
        "Gün",
        "Temel",
        "Deniz",
        "Kalaycı",
        "Demirci",
        "Günay",
        "Saraylı",
        "Dağlı",
        "Kaleli",
        "Bilgin",
        "Yazıcı",
        "Işık",
    ],
)
def test_names_are_no_common_words(word: str) -> None:
    assert not common_word(word)


def test_verbs() -> None:
    assert finite_verb("Bilmiyor") and finite_verb("Yapılmıştır")
    assert past_or_future("Çözdü") and past_or_future("Yapılacak")
    for surname in ("Aydoğdu", "Tanrıverdi", "Uzunbacak", "Durdu"):
        assert not past_or_future(surname)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural post before a headline's nouns
        (
            "Başkan Eren Sarıgül'den Muhtarlar Günü Mesajı\n\nMuhtarlar Mahallenin Sesidir\n\n"
            "Belediye Başkanı Eren Sarıgül, muhtarları kutladı.",
            ["Eren Sarıgül"],
        ),
        # a name, then a noun and a verb closing the headline
        (
            "SONUNDA KEMAL ARSLANOĞLU SORUNU ÇÖZDÜ\nKemal Arslanoğlu dün açıklama yaptı.",
            ["Kemal Arslanoğlu"],
        ),
        # a quoted sub-heading after a post in capitals
        (
            'Ziyaret tartışma yarattı.\n\n"MÜDÜR KURAL NEDİR BİLMİYOR"\n\n'
            "Sendika başkanı açıklama yaptı.",
            [],
        ),
        # posts in a case name no holder after them
        ("İL MÜDÜRÜNDEN MUHTARA DESTEK\n\nYardımlar sürüyor.", []),
        (
            "Aksaray Valisi Ali Kurt, Bursa Valisine Cumalıkızık Evleri'nin tablosunu verdi.",
            ["Ali Kurt"],
        ),
        # a place and a common word after a name
        ("Vali Ali Kurt Şile İlçemizde incelemelerde bulundu.", ["Ali Kurt"]),
        # page furniture and a palace
        ("Bize Ulaşın BİZE ULAŞIN\n\nHaberler", []),
        ("Oda başkanları Cumhurbaşkanlığı Sarayı'na çıktı.", []),
        ("Gençler Hasan Dağı'na tırmandı.", []),
        ("Semineri Cem Hocamızla başlattık.", []),
    ],
)
def test_headline_words_are_no_person(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ticaret Odası Başkanı H. Kemal Yurtsever, toplantıya katıldı.", "H. Kemal Yurtsever"),
        ("Belediye Başkan Yardımcısı Nikos T. Papadakis ile görüştü.", "Nikos T. Papadakis"),
        ("Borsa Başkanı S. Kaya ÜNSAL toplantıda konuştu.", "S. Kaya Ünsal"),
    ],
)
def test_initial_is_part_of_the_name(text: str, name: str) -> None:
    assert name in people(text)


def test_acting_post_and_rank_are_no_initials() -> None:
    text = (
        "Toplantıya İl Emniyet Müdür V. Ali Kurt ve İl Jandarma Komutan V. J. Alb. "
        "Sami Yalın katıldı."
    )
    names = people(text)
    assert "Ali Kurt" in names
    assert not any(n.startswith(("V.", "J.")) for n in names)


def test_verb_shaped_surnames_stay() -> None:
    text = "Toplantıya Sami Karandı, Nuri Aydoğdu ve Mert Ali Sorandı katıldı."
    assert people(text) == ["Sami Karandı", "Nuri Aydoğdu", "Mert Ali Sorandı"]


def test_given_name_that_is_a_surname() -> None:
    # "Dinçer" is listed as a given name: alone before a place it is the
    # surname of the person named in full; before another name word it
    # opens a name
    text = (
        "Belediye Başkanı Evren Dinçer, Vali Ali Kara'yı ziyaret etti. "
        "Ziyarette Başkan Dinçer Antalya halkı adına teşekkür etti. "
        "Toplantıya Dinçer Yalçınkaya da katıldı."
    )
    assert people(text) == ["Evren Dinçer", "Ali Kara", "Dinçer Yalçınkaya"]


def test_short_forms_of_a_three_word_name() -> None:
    # cut before a surname that is also a place with a case ending, and
    # written without the middle name: one person
    text = (
        "Kaymakam Ali Kurt, Belediye Başkanı Hasan Oktay Aksu'ya iade-i ziyarette bulundu. "
        "Belediye Başkanı Hasan Oktay Aksu, ziyaretten memnun kaldı. "
        "Kaymakam Kurt, Başkan Hasan Aksu'ya başarılar diledi."
    )
    assert people(text) == ["Ali Kurt", "Hasan Oktay Aksu"]


def test_place_before_an_acronym_is_no_person() -> None:
    text = "Toplantıda Bafra TSO'yu temsilen Meclis Başkanı Ali KURTOĞLU katıldı."
    assert people(text) == ["Ali Kurtoğlu"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Park hizmete açıldı.\n\nMuhabir: SELİM KARTALOĞLU", "Selim Kartaloğlu"),
        ("Park hizmete açıldı.\nKaynak:Esra Günden", "Esra Günden"),
    ],
)
def test_byline_names_a_person(text: str, name: str) -> None:
    assert people(text) == [name]


def test_agency_credit_is_no_person() -> None:
    assert people("Park hizmete açıldı.\nKaynak: İHA") == []


def test_acting_posts_and_ranks() -> None:
    text = (
        "Toplantıya İl Emniyet Müdür V. Cengiz Aydoğan ile İl Jandarma Komutan V. J. Alb. "
        "Nurettin Sağlam katıldı."
    )
    got = {p["name"]: p["title"] for p in extract(text)["people"]}
    assert got == {
        "Cengiz Aydoğan": "İl Emniyet Müdür Vekili",
        "Nurettin Sağlam": "İl Jandarma Komutan Vekili",
    }


def test_name_wrapped_before_a_surname_in_capitals() -> None:
    text = (
        "Mazeretleri nedeniyle katılamayan üyelerden Kenan\nKARAKUŞ ile Sevgi ÖZLÜ'nün "
        "mazeretleri kabul edildi."
    )
    assert people(text) == ["Kenan Karakuş", "Sevgi Özlü"]


def test_line_break_after_a_name_still_ends_it() -> None:
    assert people("Toplantıya Kenan Karakuş\nKATILDI") == ["Kenan Karakuş"]


def test_foreign_honorific_is_no_name_word() -> None:
    text = "Hindistan Başkonsolosu Shri Rajesh Kumar, Vali Ali Kurt'u ziyaret etti."
    assert people(text) == ["Rajesh Kumar", "Ali Kurt"]


def test_director_named_by_surname() -> None:
    text = "Çalışmaları yerinde inceleyen Bölge Müdürü Tanrıkulu, bilgi aldı."
    assert people(text) == ["Tanrıkulu"]


def test_muhtar_house_is_no_person() -> None:
    assert people("Toplantı Mahalle Muhtar Evi'nde yapıldı.") == []
