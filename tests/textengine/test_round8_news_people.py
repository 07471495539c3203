"""Posts and bodies of people in news (issue 15, round 8: the misses of the
news of `dev`–`dev4` and half of `dev6`, grouped by shape and counted by
publisher), written anew.

Every sentence here is our own; the shapes are those several publishers
showed.
"""

from ortakmasa.textengine.pipeline import extract
from tests.textengine.helpers import posts as people


def test_a_regional_director_heads_the_regional_directorate():
    text = (
        "Toplantıya Erzincan Orman Bölge Müdürü Kemal Sarı ile Karayolları 9. Bölge Müdürü "
        "Fatma Gök katıldı."
    )
    got = people(text)
    assert got["Kemal Sarı"] == ("Bölge Müdürü", "Erzincan Orman Bölge Müdürlüğü")
    assert got["Fatma Gök"] == ("Bölge Müdürü", "Karayolları 9. Bölge Müdürlüğü")


def test_an_acting_director_keeps_the_whole_post():
    text = (
        "Vali Cem Akın, Gençlik ve Spor İl Müdür Vekili Derya Tan ve İl Emniyet Müdür Vekili "
        "Selim Koç ile görüştü."
    )
    got = people(text)
    assert got["Derya Tan"][0] == "Gençlik ve Spor İl Müdür Vekili"
    assert got["Derya Tan"][1] is not None and got["Derya Tan"][1].endswith(
        "Gençlik ve Spor İl Müdürlüğü"
    )
    assert got["Selim Koç"] == ("İl Emniyet Müdür Vekili", "İl Emniyet Müdürlüğü")


def test_a_director_without_vekil_is_unchanged():
    got = people("Toplantıya İlçe Emniyet Müdürü Oğuz Er de katıldı.")
    assert got["Oğuz Er"] == ("İlçe Emniyet Müdürü", "İlçe Emniyet Müdürlüğü")


def test_a_district_governor_of_the_district_visited_before():
    text = (
        "Vali Ahmet Öz, ilçe ziyaretleri kapsamında önce Gölhisar İlçesi'ni ziyaret etti. "
        "Kaymakam Leyla Çetin, Vali Öz'e brifing verdi. Vali Öz ardından Çavdır İlçesi'ne geçti. "
        "Burada Kaymakam Ömer Bulut ile görüştü."
    )
    got = people(text)
    assert got["Leyla Çetin"] == ("Kaymakam", "Gölhisar Kaymakamlığı")
    assert got["Ömer Bulut"] == ("Kaymakam", "Çavdır Kaymakamlığı")


def test_a_district_governor_written_as_the_districts():
    text = (
        "Kastamonu'nun Cide ilçesinde bayram programı yapıldı.\n\n"
        "İlçe Kaymakamı Aslı Tekin, vatandaşlarla bayramlaştı."
    )
    assert people(text)["Aslı Tekin"] == ("Kaymakam", "Cide Kaymakamlığı")


def test_a_named_governorship_still_wins_over_a_district_word():
    text = (
        "Heyet Gölhisar İlçesi'nden geldi. Bucak Kaymakamlığı'nı ziyaret eden heyeti "
        "Kaymakam Emre Yurt karşıladı."
    )
    assert people(text)["Emre Yurt"] == ("Kaymakam", "Bucak Kaymakamlığı")


def test_a_province_with_the_word_for_district_names_no_district():
    # a province is no district: "Burdur ilçesinde" is a slip, not a district
    text = "Burdur ilçesinde tören yapıldı. Kaymakam Nur Ay konuştu."
    assert people(text)["Nur Ay"] == ("Kaymakam", None)


def test_a_city_councils_assembly_is_a_unit_of_the_city_council():
    text = (
        "Toplantıda Tepebaşı Kent Konseyi Gençlik Meclisi Başkanı Ayla Su konuştu. Tepebaşı Kent "
        "Konseyi Engelli Meclisi Başkanı Cem Kaya da söz aldı."
    )
    got = extract(text)
    found = {p["name"]: (p["title"], p["unit"], p["institution"]) for p in got["people"]}
    assert found["Ayla Su"] == ("Başkan", "Gençlik Meclisi", "Tepebaşı Kent Konseyi")
    assert found["Cem Kaya"] == ("Başkan", "Engelli Meclisi", "Tepebaşı Kent Konseyi")


def test_an_assembly_named_alone_stays_the_body():
    got = people("Gençlik Meclisi Başkanı Eda Nur açılış konuşmasını yaptı.")
    assert got["Eda Nur"] == ("Başkan", "Gençlik Meclisi")


def test_a_portfolio_before_a_post_names_no_body():
    text = (
        "Toplantıya MHP Dış İlişkilerden Sorumlu Genel Başkan Yardımcısı Nail Kurt ve "
        "Sosyal İşlerden Sorumlu İl Başkan Yardımcısı Ece Tan katıldı."
    )
    got = extract(text)
    found = {p["name"]: (p["title"], p["institution"], p["party"]) for p in got["people"]}
    assert found["Nail Kurt"] == ("Genel Başkan Yardımcısı", None, "MHP")
    assert found["Ece Tan"] == ("İl Başkan Yardımcısı", None, None)
    assert not any("Sorumlu" in i["name"] for i in got["institutions"])


def test_a_portfolio_after_a_municipality_keeps_the_municipality():
    text = (
        "Törene Kayseri Büyükşehir Belediyesi Kültür İşlerinden Sorumlu Başkan Yardımcısı "
        "Ece Nur katıldı."
    )
    assert people(text)["Ece Nur"] == ("Başkan Yardımcısı", "Kayseri Büyükşehir Belediyesi")


def test_a_partys_provincial_deputy_chair():
    got = people("Programa CHP İl Başkan Yardımcısı Selin Ak de katıldı.")
    assert got["Selin Ak"] == ("İl Başkan Yardımcısı", None)
