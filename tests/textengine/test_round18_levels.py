"""State offices written without their level (issue 15, round 18): a
district's text names its police director and gendarmerie commander bare
next to the district governor; a province's names its directors bare at the
governor's board.

The sentences are our own, with invented names."""

from tests.textengine.helpers import posts


def test_a_district_s_offices_next_to_the_district_governor() -> None:
    text = (
        "Törene Kaymakam Onur Er, Jandarma Komutanı J. Tğm. Ege Tan, Emniyet Müdürü Can "
        "Yurt ve Milli Eğitim Müdürü Sevgi Kılıç katıldı."
    )
    got = posts(text)
    assert got["Ege Tan"] == ("İlçe Jandarma Komutanı", "İlçe Jandarma Komutanlığı")
    assert got["Can Yurt"] == ("İlçe Emniyet Müdürü", "İlçe Emniyet Müdürlüğü")
    assert got["Sevgi Kılıç"] == ("İlçe Milli Eğitim Müdürü", "İlçe Milli Eğitim Müdürlüğü")


def test_a_province_s_offices_at_the_governor_s_board() -> None:
    text = (
        "Vali Nihat Ünlü başkanlığında toplanan kurula Milli Eğitim Müdürü Fikri Oral ve "
        "Sağlık Müdürü Deniz Aslan katıldı."
    )
    got = posts(text)
    assert got["Fikri Oral"] == ("İl Milli Eğitim Müdürü", "İl Milli Eğitim Müdürlüğü")
    assert got["Deniz Aslan"] == ("İl Sağlık Müdürü", "İl Sağlık Müdürlüğü")


def test_a_text_naming_both_levels_is_left_as_written() -> None:
    text = (
        "Vali Nihat Ünlü ve Kaymakam Onur Er törene katıldı. Emniyet Müdürü Can Yurt da "
        "hazır bulundu."
    )
    assert posts(text)["Can Yurt"] == ("Müdür", None)


def test_a_party_s_officers_listed_after_its_mp() -> None:
    text = (
        "Törene CHP Milletvekili Sedat Karan, İl Başkanı Oya Ersoy, Merkez İlçe Başkanı "
        "Tarık Gül ve Piraziz Belediye Başkanı Hakan Oral katıldı."
    )
    from ortakmasa.textengine.pipeline import extract

    people = {p["name"]: p for p in extract(text)["people"]}
    assert (people["Oya Ersoy"]["title"], people["Oya Ersoy"]["institution"]) == (
        "İl Başkanı",
        None,
    )
    assert people["Oya Ersoy"]["party"] == "CHP"
    assert people["Tarık Gül"]["party"] == "CHP"
    assert people["Hakan Oral"]["institution"] == "Piraziz Belediyesi"
