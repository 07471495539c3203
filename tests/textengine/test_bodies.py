"""Bodies the reference data lacks or writes differently: utility acronyms,
faculties, branches, comma-containing directorates, "Büyükşehir" alone,
institutions in parentheses and venue hosts (invented strings)."""

from typing import Any

from ortakmasa.textengine.pipeline import extract


def people(text: str) -> dict[str, dict[str, Any]]:
    return {p["name"]: p for p in extract(text)["people"]}


def bodies(text: str) -> list[str]:
    return [i["name"] for i in extract(text)["institutions"]]


def test_utility_acronym_has_its_full_name() -> None:
    p = people("BUSKİ Genel Müdürü Rana Toprak, Gemlik'te incelemede bulundu.")
    assert p["Rana Toprak"]["institution"] == "Bursa Su ve Kanalizasyon İdaresi Genel Müdürlüğü"


def test_shared_acronym_follows_the_province_of_the_text() -> None:
    text = "Yeşilyurt Belediye Başkanı Cem Ova, MASKİ Genel Müdürü Nil Sarp ile görüştü."
    assert people(text)["Nil Sarp"]["institution"] == (
        "Malatya Su ve Kanalizasyon İdaresi Genel Müdürlüğü"
    )
    text = "Şehzadeler Belediye Başkanı Cem Ova, MASKİ Genel Müdürü Nil Sarp ile görüştü."
    assert people(text)["Nil Sarp"]["institution"] == (
        "Manisa Su ve Kanalizasyon İdaresi Genel Müdürlüğü"
    )


def test_faculty_is_the_unit_of_its_university() -> None:
    p = people("Pamukkale Üniversitesi Tıp Fakültesi Dekanı Prof. Dr. Oya Berk konuştu.")
    assert p["Oya Berk"]["title"] == "Dekan"
    assert p["Oya Berk"]["unit"] == "Tıp Fakültesi"
    assert p["Oya Berk"]["institution"] == "Pamukkale Üniversitesi"


def test_branch_of_a_chamber_is_one_body() -> None:
    text = "Mimarlar Odası Kütahya Şubesi Başkanı Eren Kılıç açıklama yaptı."
    assert "Mimarlar Odası Kütahya Şubesi" in bodies(text)
    assert people(text)["Eren Kılıç"]["title"] == "Şube Başkanı"


def test_cooperative_head_word() -> None:
    text = "Yazıköy Süt Üreticileri Kooperatifi Başkanı Halil Eren konuştu."
    assert people(text)["Halil Eren"]["institution"] == "Yazıköy Süt Üreticileri Kooperatifi"


def test_directorate_name_with_commas_is_kept_as_written() -> None:
    # gold/real's convention (round 14): a ministry's provincial directorate
    # written without its province is the directorate as written
    text = (
        "Tepebaşı Belediyesi'ni ziyaret eden Çevre, Şehircilik ve İklim Değişikliği "
        "İl Müdürü Deniz Ulu bilgi verdi."
    )
    assert people(text)["Deniz Ulu"]["institution"] == (
        "Çevre, Şehircilik ve İklim Değişikliği İl Müdürlüğü"
    )


def test_bare_buyuksehir_is_the_metropolitan_municipality_of_the_text() -> None:
    text = "Karşıyaka Belediyesi ile Büyükşehir Belediyesi ortak çalışma yürütüyor."
    assert "İzmir Büyükşehir Belediyesi" in bodies(text)


def test_institution_in_parentheses_after_the_name() -> None:
    p = people("Çalıştayda Doç. Dr. Sevim Aksu (Akdeniz Üniversitesi) sunum yaptı.")
    assert p["Sevim Aksu"]["institution"] == "Akdeniz Üniversitesi"


def test_host_is_the_body_whose_premises_held_the_meeting() -> None:
    record = extract(
        "Kepez Belediyesinde düzenlenen koordinasyon toplantısına Kepez Belediye Başkanı "
        "Tolga Er ve Antalya Valisi Suat Kaya katıldı."
    )
    assert record["events"]
    assert record["events"][0]["host"]["name"] == "Kepez Belediyesi"
