"""Issue 15, round 13: the institution of people (branch ``text18``).

Chambers written as a place and an acronym, sister-city associations, a
governor in a text calling its province its own, a muhtar heading a muhtar association, a
mufti's office, unions by their short names, and posts listed after a
governor or another office.  All sentences are invented."""

from __future__ import annotations

from ortakmasa.textengine.pipeline import extract


def people(text: str, source: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    out = extract(text, source=source) if source else extract(text)
    return {p["name"]: (p["title"], p["institution"]) for p in out["people"]}


def bodies(text: str) -> list[str]:
    return [i["name"] for i in extract(text)["institutions"]]


# -- a place and a chamber's acronym ----------------------------------------
def test_place_and_chamber_acronym_is_the_places_chamber():
    got = people(
        "Toplantıya Lüleburgaz TSO Yönetim Kurulu Başkanı Kemal Durmaz ve Genel Sekreter "
        "Sevda Ilgın katıldı."
    )
    assert got["Kemal Durmaz"] == ("Yönetim Kurulu Başkanı", "Lüleburgaz Ticaret ve Sanayi Odası")
    assert got["Sevda Ilgın"] == ("Genel Sekreter", "Lüleburgaz Ticaret ve Sanayi Odası")
    assert "Lüleburgaz Tso" not in got  # the acronym is no surname


def test_exchange_and_professional_chambers_after_a_place():
    got = people(
        "Ziyarete Edremit TB Başkanı Oya Kınık, Manisa SMMMO Başkanı Rıza Toprak ve "
        "Kırşehir ESOB Başkanı Ferda Uslu katıldı."
    )
    assert got["Oya Kınık"][1] == "Edremit Ticaret Borsası"
    assert got["Rıza Toprak"][1] == "Manisa Serbest Muhasebeci Mali Müşavirler Odası"
    assert got["Ferda Uslu"][1] == "Kırşehir Esnaf ve Sanatkarlar Odaları Birliği"


def test_acronym_after_a_word_that_is_no_place_is_not_read():
    assert not any("Ticaret" in b for b in bodies("Yeni TSO binası için Ahmet Ak konuştu."))


# -- names cut at a break word ----------------------------------------------
def test_sister_city_association_keeps_its_whole_name():
    got = people("Toplantıya Gent-Eskişehir Kardeş Şehir Derneği Başkanı Lale Turan katıldı.")
    assert got["Lale Turan"] == ("Başkan", "Gent-Eskişehir Kardeş Şehir Derneği")


def test_sister_city_words_before_a_municipality_stay_out():
    assert "Kardeş Şehir Lyon Belediyesi" not in bodies(
        "Meclis, Kardeş Şehir Lyon Belediyesi heyetini ağırladı."
    )


def test_yesterday_opens_no_body_name():
    got = people("Dün Balkan Göçmenleri Derneği Başkanı Nuri Ersoy açıklama yaptı.")
    assert got["Nuri Ersoy"][1] == "Balkan Göçmenleri Derneği"


# -- a governor without his province ----------------------------------------
def test_governor_in_a_text_calling_the_province_its_own():
    got = people("Vali Necati Oral, Sivasımıza yapılan yatırımları anlattı.")
    assert got["Necati Oral"] == ("Vali", "Sivas Valiliği")


def test_sentence_word_before_governor_is_no_place():
    got = people("Törene Kaymakam Veli Sarı katıldı.")
    assert got["Veli Sarı"] == ("Kaymakam", None)


# -- stacked posts, offices, unions -----------------------------------------
def test_muhtar_heading_a_muhtar_association_is_named_by_the_association():
    got = people(
        "Ziyarette Bolu Muhtarlar Derneği Başkanı Yıldız Mahallesi Muhtarı Cemal Er konuştu."
    )
    assert got["Cemal Er"] == ("Başkan", "Bolu Muhtarlar Derneği")


def test_district_mufti_is_of_the_district_mufti_office():
    got = people("İlçe Müftüsü Hasan Ilgaz ile Kaymakam Selim Öz görüştü.")
    assert got["Hasan Ilgaz"] == ("İlçe Müftüsü", "İlçe Müftülüğü")
    assert got["Selim Öz"][1] is None  # not the mufti's office


def test_union_by_its_short_name():
    got = people("Açıklamayı Diyanet-Sen Genel Başkan Yardımcısı Orhan Kılınç yaptı.")
    assert got["Orhan Kılınç"] == ("Genel Başkan Yardımcısı", "Diyanet-Sen")


def test_board_post_listed_after_a_governor_is_not_the_governorships():
    got = people("Denizli Valisi Ali Başar, Toplum Hizmetleri Başkanı Nermin Aktaş ile görüştü.")
    assert got["Ali Başar"][1] == "Denizli Valiliği"
    assert got["Nermin Aktaş"][1] != "Denizli Valiliği"


def test_lower_case_member_list_does_not_take_a_governor():
    got = people(
        "Derneğin başkanı Ayla Demir ve yönetim kurulu üyeleri Vali Ferit Kaya'yı ziyaret etti."
    )
    assert "Vali Ferit Kaya" not in got
    assert got["Ferit Kaya"][0] == "Vali"


def test_bar_association_is_a_body():
    got = people("Törene Niğde Barosu Başkanı Ayten Polat katıldı.")
    assert got["Ayten Polat"] == ("Başkan", "Niğde Barosu")


def test_bare_head_word_post_takes_no_neighbours_body():
    got = people(
        "Törene Ahi Evran Üniversitesi Rektörü Selim Tan, Baro Başkanı Ayten Polat ve "
        "Oda Başkanı Cem Uz katıldı."
    )
    assert got["Selim Tan"][1] == "Ahi Evran Üniversitesi"
    assert got["Ayten Polat"][1] != "Ahi Evran Üniversitesi"
    assert got["Cem Uz"][1] != "Ahi Evran Üniversitesi"


def test_bare_head_word_post_refers_back_to_its_body():
    got = people(
        "Aksaray Barosu yeni hizmet binasını açtı. Törene Vali Ekin Sarp, Baro Başkanı "
        "Ayten Polat katıldı."
    )
    assert got["Ayten Polat"][1] == "Aksaray Barosu"


def test_a_date_in_a_bodys_name_stays_in_it():
    got = people("Toplantıya Kilis 7 Aralık Üniversitesi Rektörü Emel Sönmez katıldı.")
    assert got["Emel Sönmez"] == ("Rektör", "Kilis 7 Aralık Üniversitesi")
    assert "12 Ekim Belediye Meclisi" not in bodies(
        "Meclis 12 Ekim Belediye Meclisi toplantısını yaptı."
    )
