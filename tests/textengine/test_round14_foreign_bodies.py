"""Issue 15, round 14: foreign and international bodies (branch ``text26``).

Embassies and consulates with their country however the text gives it (at
the start, in the genitive, as an adjective, an acronym, or Türkiye's own
ambassador named by a foreign capital), a foreign town's municipality without
its country, the KKTC assembly and its chair, international organisations
written without a head word, and unions of municipalities by their acronyms.
All sentences and names are invented."""

from __future__ import annotations

from ortakmasa.textengine.foreign import countries, foreign_municipality, leading_country

from .helpers import posts
from .test_round13_institutions import bodies


def test_country_in_the_genitive_opens_the_consulates_name():
    got = posts(
        "Heyette Azerbaycan’ın Kars Başkonsolosu Elvin Memmedli ve Vali Orhan Tekin yer aldı."
    )
    assert got["Elvin Memmedli"] == ("Başkonsolos", "Azerbaycan Kars Başkonsolosluğu")


def test_country_acronym_in_the_genitive_is_written_out():
    got = posts("Grup adına konuşan Ayla Sert, ABD'nin Ankara Büyükelçisi John Parker'ı eleştirdi.")
    assert got["John Parker"] == (
        "Büyükelçi",
        "Amerika Birleşik Devletleri Ankara Büyükelçiliği",
    )


def test_turkiyes_ambassador_named_by_the_capital():
    got = posts("Programa Türkiye'nin Bakü Büyükelçisi Selim Aydan da katıldı.")
    assert got["Selim Aydan"] == ("Büyükelçi", "Türkiye Bakü Büyükelçiliği")
    got = posts("Programa Bakü Büyükelçisi Selim Aydan da katıldı.")
    assert got["Selim Aydan"] == ("Büyükelçi", "Türkiye Bakü Büyükelçiliği")


def test_adjective_of_nationality_names_the_country():
    got = posts("Toplantıya Alman Büyükelçi Hans Keller de katıldı.")
    assert got["Hans Keller"] == ("Büyükelçi", "Almanya Büyükelçiliği")


def test_post_listed_after_a_consul_takes_nothing_from_the_consulate():
    got = posts(
        "Heyette Gürcistan’ın Trabzon Başkonsolosu Levan Abashidze, KTÜ Rektörü Prof. Dr. "
        "Kemal Oran ve Trabzon Tabip Odası Başkanı Ayhan Sezer vardı."
    )
    assert got["Levan Abashidze"][1] == "Gürcistan Trabzon Başkonsolosluğu"
    assert got["Kemal Oran"][1] != "Gürcistan Trabzon Başkonsolosluğu"


def test_foreign_town_without_its_country():
    found = bodies("Ordu, geçen hafta Macaristan Sopron Belediyesi ile kardeş şehir oldu.")
    assert "Sopron Belediyesi" in found
    assert foreign_municipality("Bosna Hersek Visoko Belediyesi") == "Visoko Belediyesi"
    assert foreign_municipality("Kuşadası Belediyesi") == "Kuşadası Belediyesi"


def test_kktc_assembly_and_its_chair():
    got = posts(
        "KKTC Meclis Başkanı Hüseyin Kalkan kente geldi. Kuzey Kıbrıs Türk Meclisi Başkanı "
        "Kalkan, Vali Yurt'u ziyaret etti."
    )
    assert got["Hüseyin Kalkan"] == ("Meclis Başkanı", "Kuzey Kıbrıs Türk Cumhuriyeti Meclisi")
    got = posts("Kuzey Kıbrıs Türk Cumhuriyeti Meclisi Başkanı Hüseyin Kalkan kente geldi.")
    assert got["Hüseyin Kalkan"] == ("Meclis Başkanı", "Kuzey Kıbrıs Türk Cumhuriyeti Meclisi")


def test_international_organisations_without_a_head_word():
    found = bodies(
        "Kentin UNESCO listesine girmesi ve Birleşmiş Milletler toplantısındaki kararlar konuşuldu."
    )
    assert "UNESCO" in found
    assert "Birleşmiş Milletler" in found


def test_union_of_municipalities_by_its_acronym():
    found = bodies("Toplantıya EMARCEB adına Genel Sekreter Ali Bilgin katıldı.")
    assert "Ege ve Marmara Çevre Belediyeler Birliği" in found


def test_country_table():
    table = countries()
    assert leading_country(["Bosna", "Hersek", "Visoko"]) == (2, "Bosna Hersek")
    assert leading_country(["ABD", "Ankara"]) == (1, "Amerika Birleşik Devletleri")
    assert leading_country(["Türkiye", "Cumhuriyeti", "Rodos"]) == (2, "Türkiye Cumhuriyeti")
    assert table.adjectives["gürcü"] == "Gürcistan"
    assert table.capitals["tiflis"] == "Gürcistan"
    assert "ankara" not in table.capitals  # Türkiye's own capital names no foreign country
