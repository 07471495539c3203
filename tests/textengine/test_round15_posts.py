"""Issue 15, round 15 (branch text32): co-mayors, the President's advisers,
development agencies, provincial council chairs outside a sitting, and words
that are no part of a body's name. Sentences invented for these tests."""

from __future__ import annotations

from ortakmasa.textengine.pipeline import extract


def people(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    rec = extract(text)
    return {p["name"]: (p["title"], p["institution"], p["unit"]) for p in rec["people"]}


def bodies(text: str) -> set[str]:
    return {i["name"] for i in extract(text)["institutions"]}


# -- co-mayors ----------------------------------------------------------------


def test_co_mayors_written_with_a_space_after_the_municipality():
    got = people(
        "Kartepe Belediyesi Eş Başkanları Ayşe Demir ve Ali Kaya, mahalle sakinleriyle buluştu."
    )
    assert got["Ayşe Demir"][:2] == ("Belediye Eş Başkanı", "Kartepe Belediyesi")
    assert got["Ali Kaya"][:2] == ("Belediye Eş Başkanı", "Kartepe Belediyesi")


def test_a_co_mayor_written_as_one_word():
    got = people("Tatvan Belediye Eşbaşkanı Rojda Ekin yeni parkı açtı.")
    assert got["Rojda Ekin"][:2] == ("Belediye Eş Başkanı", "Tatvan Belediyesi")


def test_an_associations_co_chair_is_no_co_mayor():
    got = people("Kadın Dayanışma Derneği Eş Başkanı Ayşe Kaya açıklama yaptı.")
    assert got["Ayşe Kaya"][:2] == ("Eş Başkan", "Kadın Dayanışma Derneği")


def test_a_partys_co_chair_is_no_body():
    got = people("Yeşil Parti Eş Genel Başkanı Deniz Arı basın toplantısı düzenledi.")
    assert got["Deniz Arı"][:2] == ("Eş Genel Başkan", None)


# -- the President's advisers -------------------------------------------------------


def test_a_presidential_adviser_holds_a_post_of_the_presidency():
    text = "Cumhurbaşkanı Başdanışmanı Kemal Tuna, Vali Ece Ak'ı makamında ziyaret etti."
    assert people(text)["Kemal Tuna"][:2] == ("Başdanışman", "Cumhurbaşkanlığı")
    assert "Cumhurbaşkanlığı" in bodies(text)


# -- development agencies -----------------------------------------------------------


def test_a_governor_chairing_an_agencys_board_is_named_by_the_governorship():
    got = people(
        "Toplantıda konuşan Ege Kalkınma Ajansı Yönetim Kurulu Başkanı Denizli Valisi Ali "
        "Veli, kararları anlattı."
    )
    assert got["Ali Veli"][:2] == ("Vali", "Denizli Valiliği")


def test_a_district_governor_chairing_a_foundations_board_is_named_by_his_office():
    got = people("Vakıf Mütevelli Heyeti Başkanı Çine Kaymakamı Onur Tan, yardımları dağıttı.")
    assert got["Onur Tan"][:2] == ("Kaymakam", "Çine Kaymakamlığı")


def test_an_agencys_acronym_names_the_agency():
    got = people("ZEKA Genel Sekreteri Selim Oral projeleri tanıttı.")
    assert got["Selim Oral"][:2] == ("Genel Sekreter", "Zafer Kalkınma Ajansı")


def test_the_development_councils_chair_is_of_the_agency_the_text_names():
    got = people(
        "Güney Ege Kalkınma Ajansı toplantısında Kalkınma Kurulu Başkanı Doç. Dr. Ali Veli "
        "açılış konuşmasını yaptı."
    )
    assert got["Ali Veli"] == (
        "Kalkınma Kurulu Başkanı",
        "Güney Ege Kalkınma Ajansı",
        "Kalkınma Kurulu",
    )


def test_the_development_councils_deputy_chair_after_the_agencys_acronym():
    got = people("Seçimde MARKA Kalkınma Kurulu Başkan Vekili Ece Ak oldu.")
    assert got["Ece Ak"] == (
        "Kalkınma Kurulu Başkan Vekili",
        "Doğu Marmara Kalkınma Ajansı",
        "Kalkınma Kurulu",
    )


# -- provincial council chairs ---------------------------------------------------------


def test_provincial_council_chairs_among_guests_keep_the_post_whole():
    text = (
        "Vali Ali Veli, Bolu İl Genel Meclis Başkanı Ece Ak ve Düzce İl Genel Meclisi Başkanı "
        "Zeki Uzun ile bir araya geldi."
    )
    got = people(text)
    assert got["Ece Ak"][:2] == ("İl Genel Meclisi Başkanı", "Bolu İl Özel İdaresi")
    assert got["Zeki Uzun"][:2] == ("İl Genel Meclisi Başkanı", "Düzce İl Özel İdaresi")
    names = bodies(text)
    assert {"Bolu İl Özel İdaresi", "Düzce İl Özel İdaresi"} <= names
    assert "Bolu İl Genel Meclisi" not in names


def test_the_chair_of_a_sitting_is_its_meclis_baskani():
    got = people(
        "Sinop İl Genel Meclisi ekim ayı toplantısı yapıldı. Yoklamanın ardından İl Genel "
        "Meclisi Başkanı Rıza Bulut gündem maddelerini okuttu."
    )
    assert got["Rıza Bulut"][:2] == ("Meclis Başkanı", "Sinop İl Özel İdaresi")


# -- words before a body ------------------------------------------------------------------


def test_a_sister_city_is_no_word_of_the_municipalitys_name():
    got = people(
        "Osmangazi Belediyesi'nin kardeş şehri Lidya Belediyesi Başkanı Ali Veli ziyarette bulundu."
    )
    assert got["Ali Veli"][:2] == ("Belediye Başkanı", "Lidya Belediyesi")


def test_a_word_with_our_possessive_is_no_word_of_a_bodys_name():
    text = "Başkan, 'Sayın Hocamız Kuzey Üniversitesi adına çok çalıştı' dedi."
    assert "Kuzey Üniversitesi" in bodies(text)
    assert not any(n.startswith("Hocamız") for n in bodies(text))


def test_a_name_ending_like_a_possessive_stays():
    assert "Temiz Enerji Derneği" in bodies("Temiz Enerji Derneği Başkanı Ece Ak konuştu.")


# -- a body in the genitive before a post; a chamber's glued acronym -------------------


def test_a_body_in_the_genitive_before_a_post_is_the_posts_body():
    got = people(
        "Sözleşme, Kaya Belediye Başkanı Ali Veli, Kamu İşverenleri Sendikası'nın (KAMUSEN) "
        "Genel Sekreteri Cem Ak ve Deniz Derneği'nin Başkanı Ece Tan arasında imzalandı."
    )
    assert got["Cem Ak"][:2] == ("Genel Sekreter", "Kamu İşverenleri Sendikası")
    assert got["Ece Tan"][:2] == ("Başkan", "Deniz Derneği")


def test_a_body_written_by_an_acronym_ending_in_a_consonant_in_the_genitive():
    # the genitive after a consonant ("TOBB'un") was read only after a vowel,
    # because a second pattern of the same name replaced the one meant here
    got = people("Toplantıya TOBB'un Genel Sekreteri Mert Akın da katıldı.")
    assert got["Mert Akın"][:2] == ("Genel Sekreter", "Türkiye Odalar ve Borsalar Birliği")


def test_a_chambers_acronym_glued_to_the_places_initial():
    got = people("Gezide Sivas STSO Başkanı Ali Veli ve Kayseri KTO Başkanı Ece Ak konuştu.")
    assert got["Ali Veli"][:2] == ("Başkan", "Sivas Ticaret ve Sanayi Odası")
    assert got["Ece Ak"][:2] == ("Başkan", "Kayseri Ticaret Odası")
