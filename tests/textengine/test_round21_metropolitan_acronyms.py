"""Round 21 of issue 15 (written from dev9 and dev13): a metropolitan
municipality written as its province's initial and "BB" ("HBB" in a text
about Hatay); a department named after an office's noun ("Muhtarlık Dairesi
Başkanı") read as the department, not as the title "Muhtar".

The sentences are our own, with invented names."""

from ortakmasa.textengine.pipeline import extract
from tests.textengine.helpers import posts


def test_the_province_s_initial_and_bb() -> None:
    text = "Hatay'da düzenlenen törene HBB Genel Sekreter Yardımcısı Ali Kaya katıldı."
    assert posts(text)["Ali Kaya"] == ("Genel Sekreter Yardımcısı", "Hatay Büyükşehir Belediyesi")


def test_another_initial_is_no_metropolitan_municipality() -> None:
    text = "Hatay'da düzenlenen törene KBB Genel Sekreteri Ali Kaya katıldı."
    bodies = {i["name"] for i in extract(text)["institutions"]}
    assert "Hatay Büyükşehir Belediyesi" not in bodies


def test_a_department_named_after_an_office() -> None:
    text = "Törene Hatay Büyükşehir Belediyesi Muhtarlık İşleri Dairesi Başkanı Ali Kaya katıldı."
    person = next(p for p in extract(text)["people"] if p["name"] == "Ali Kaya")
    assert person["title"] == "Daire Başkanı"
    assert person["unit"] == "Muhtarlık İşleri Dairesi Başkanlığı"
    assert person["institution"] == "Hatay Büyükşehir Belediyesi"


def test_an_office_noun_after_a_name_still_ends_it() -> None:
    text = "Toplantıya Silifke Kaymakamı Namık Kemal Nazlı Başkanlık etti."
    names = {p["name"] for p in extract(text)["people"]}
    assert names == {"Namık Kemal Nazlı"}
