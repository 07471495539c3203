"""Round 22 of issue 15 (written from dev15 and dev17): a name followed by a
venue's or a paper's head word names the thing, not a person ("Umut Gazetesi",
"Mehmet Akif Ersoy Parkı", with a word the name reader left out before the
head).

The sentences are our own, with invented names."""

import pytest

from tests.textengine.helpers import names_in


@pytest.mark.parametrize(
    "text",
    [
        "Törene Umut Gazetesi sahibi Yakup Tan de katıldı.",
        "Dün Mehmet Akif Ersoy Parkı yeniden açıldı, Yakup Tan da katıldı.",
        "Ziyarette Selim Kaya Vakfı adına Yakup Tan konuştu.",
    ],
)
def test_a_head_word_after_a_name_names_a_thing(text: str) -> None:
    assert names_in(text) == {"Yakup Tan"}


def test_a_person_before_an_unrelated_word_stays() -> None:
    assert names_in("Dün Selim Kaya Ankara'ya gitti.") == {"Selim Kaya"}


def test_common_given_names_added_in_round_22() -> None:
    text = "Encümene Dr. Ali Ünsal, İsmail Kahveci ve Erol Tan seçildi. Barbaros Dilek de katıldı."
    assert {"Erol Tan", "Barbaros Dilek"} <= names_in(text)


def test_a_club_s_name_is_no_person() -> None:
    assert names_in("Heyet daha sonra Barbaros Gençlik Kulübü'nü ziyaret etti.") == set()


def test_a_district_s_name_in_the_genitive_after_given_names_is_a_surname() -> None:
    text = "Toplantıda Cumhuriyet Savcısı Mehmet Selim Kiraz'ın anısına dua edildi."
    assert names_in(text) == {"Mehmet Selim Kiraz"}


def test_a_place_in_the_locative_after_a_full_name_is_still_where() -> None:
    assert names_in("Başkan Yasin Tan Başakşehir'de konuştu.") == {"Yasin Tan"}


def test_ve_glued_to_the_next_name() -> None:
    text = "Başkan Yardımcıları Remzi Çınar, Adem Vural veZafer Yıldız da yer aldı."
    assert names_in(text) == {"Remzi Çınar", "Adem Vural", "Zafer Yıldız"}


def test_a_given_name_that_is_a_word_right_after_a_post() -> None:
    text = (
        "Ziyarette Parti Genel Başkanı Dr. Devlet Tunç'u ziyaret eden Tuşba Belediyesi "
        "Eşbaşkanları Hanım Akkaya ve Ümit Keser halkla buluştu."
    )
    assert {"Devlet Tunç", "Hanım Akkaya", "Ümit Keser"} <= names_in(text)


def test_such_a_word_without_a_post_is_no_name() -> None:
    assert names_in("Devlet Bahçesi'nde fidan dikildi.") == set()


def test_another_person_s_surname_in_the_dative_after_a_full_name() -> None:
    text = (
        "Belediye Başkanı Menderes Tunç muhtarlarla buluştu. Akkoçlar Mahalle Muhtarı "
        "Osman Şahin Tunç'a selamlarını iletti."
    )
    assert names_in(text) == {"Menderes Tunç", "Osman Şahin"}


def test_the_same_person_s_surname_in_the_dative_stays() -> None:
    text = (
        "Üyeler Genel Başkan Ş.Şemsi Tunç'u ziyaret etti. Heyet Genel Başkan Ş. Şemsi "
        "Tunç'a teşekkür etti."
    )
    assert "Ş. Şemsi" not in names_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "Uğur Mumcu Mahalle Muhtarı Yakup Tan da geldi.",
        "Toplantı Nihat Zeybekci Kongre ve Kültür Merkezi'nde yapıldı, Yakup Tan konuştu.",
        "Berat Kandili programında Yakup Tan konuştu.",
    ],
)
def test_a_neighbourhood_a_hall_or_a_holy_night_named_after_a_person(text: str) -> None:
    assert names_in(text) == {"Yakup Tan"}
