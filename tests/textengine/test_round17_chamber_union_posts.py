"""Issue 15, round 17: posts of people in chambers, unions and public offices
(branch ``text38``). Every sentence is invented, in the shapes that several
publishers print: a chamber's own page listing its board and council, a
union of municipalities known by its acronym electing its council's chair,
a trade union branch's officers, the Vice President, a district governor in
a report told district by district, a provincial council's chair among a
ceremony's guests."""

from __future__ import annotations

import pytest

from ortakmasa.textengine.pipeline import extract


def _post(text: str, name: str) -> tuple[str | None, str | None]:
    for person in extract(text)["people"]:
        if person["name"] == name:
            return person["title"], person["institution"]
    return ("<not found>", None)


def _bodies(text: str) -> list[str]:
    return [i["name"] for i in extract(text)["institutions"]]


CHAMBER = (
    "Ödemiş Ticaret Odası Üyelerle Buluştu\n\n"
    " Üyeler Ticaret Odası Yönetim Kurulu Başkanı Kemal ARAS ile Meclis Başkanı Fikret "
    "DURAN tarafından karşılandı.\n\n"
    "Ticaret Odası Yönetim Kurulu ile Oda Meclisini temsilen Başkan Kemal ARAS, Meclis "
    "Başkanı Fikret DURAN ile Başkan Yrd. Sinan OKUR, Yönetim Krl. Üyesi Nesrin ALTAY ile "
    "Meclis ve Komite Üyeleri Cemal BOZ, Tuncay ERGİN ile Selda KOCA hazır bulundular.\n"
)

UNIONS = (
    "Levent Saygın, BATIKAB meclis başkanlığına seçildi. Birliğin toplantısı "
    "belediye binasında yapıldı.\n"
)

BRANCH = (
    "Toplu sözleşme törenine Diyanet-Sen Samsun Şube Başkanı Hülya Erdem, Şube Mali "
    "Sekreteri Aydın Tokgöz ve Şube Örgütlenme Sekreteri Melek Yavuz katıldı.\n"
)

DISTRICTS = (
    "BOLU - Bolu'nun Mudurnu, Göynük ve Seben ilçelerinde anma törenleri düzenlendi.\n\n"
    "Göynük Anadolu Lisesi bahçesinde düzenlenen törende saygı duruşunda bulunuldu.\n\n"
    "Törenin ardından Kaymakam Orhan Yeşil muhtarları makamında kabul etti.\n"
)

GUESTS = (
    "Muhtarlar Günü töreni Bolu'da yapıldı. Törene Bolu Belediye Başkanı Tarık Uslu, "
    "İl Genel Meclis Başkanı Nazmi Toker ve muhtarlar katıldı.\n"
)

VISITORS = (
    "Kastamonu'dan gelen heyette Kastamonu Belediye Başkanı Recai Güler ve İl Genel "
    "Meclis Başkanı Sedat Yurt yer aldı. Bolu Belediye Başkanı Tarık Uslu konukları "
    "ağırladı.\n"
)

ROWS: list[tuple[str, str, str | None, str | None]] = [
    (CHAMBER, "Kemal Aras", "Yönetim Kurulu Başkanı", "Ödemiş Ticaret Odası"),
    (CHAMBER, "Fikret Duran", "Meclis Başkanı", "Ödemiş Ticaret Odası"),
    (CHAMBER, "Nesrin Altay", "Yönetim Kurulu Üyesi", "Ödemiş Ticaret Odası"),
    (CHAMBER, "Cemal Boz", "Meclis Üyesi", "Ödemiş Ticaret Odası"),
    (CHAMBER, "Selda Koca", "Meclis Üyesi", "Ödemiş Ticaret Odası"),
    (UNIONS, "Levent Saygın", "Meclis Başkanı", "BATIKAB"),
    (BRANCH, "Hülya Erdem", "Şube Başkanı", "Diyanet-Sen"),
    (BRANCH, "Aydın Tokgöz", "Şube Mali Sekreteri", "Diyanet-Sen"),
    (BRANCH, "Melek Yavuz", "Şube Örgütlenme Sekreteri", "Diyanet-Sen"),
    (
        "Cumhurbaşkanı Yardımcısı Nail Durmaz kente geldi.",
        "Nail Durmaz",
        "Cumhurbaşkanı Yardımcısı",
        "Cumhurbaşkanlığı",
    ),
    (
        "Eğitim-Sen Genel Eğitim Sekreteri Ozan Kaya basın açıklaması yaptı.",
        "Ozan Kaya",
        "Genel Eğitim Sekreteri",
        "Eğitim-Sen",
    ),
    (DISTRICTS, "Orhan Yeşil", "Kaymakam", "Göynük Kaymakamlığı"),
    (GUESTS, "Nazmi Toker", "İl Genel Meclisi Başkanı", "Bolu İl Özel İdaresi"),
    (VISITORS, "Sedat Yurt", "İl Genel Meclisi Başkanı", "Kastamonu İl Özel İdaresi"),
]


@pytest.mark.parametrize(("text", "name", "title", "institution"), ROWS)
def test_post(text: str, name: str, title: str | None, institution: str | None) -> None:
    assert _post(text, name) == (title, institution)


def test_plural_members_and_the_chambers_own_council_name_no_body() -> None:
    bodies = _bodies(CHAMBER)
    assert "Ödemiş Ticaret Odası" in bodies
    assert not any(b.startswith(("Üyeler", "Oda ")) for b in bodies)


def test_the_assembly_of_a_union_known_by_acronym_is_the_union() -> None:
    text = "BATIKAB Meclisi'nin dünkü toplantısında başkanlığına Levent Saygın seçildi.\n"
    assert "BATIKAB" in _bodies(text)
    assert _post(text, "Levent Saygın") == ("Meclis Başkanı", "BATIKAB")


def test_the_vice_president_names_the_presidency() -> None:
    assert "Cumhurbaşkanlığı" in _bodies("Cumhurbaşkanı Yardımcısı Nail Durmaz kente geldi.")


def test_a_provincial_council_member_keeps_no_body() -> None:
    """Members listed among guests stay without a body, as the gold has them."""
    text = (
        "Muhtarlar Günü töreni Bolu'da yapıldı. Programa İl Genel Meclis Üyesi Derya "
        "Kanat da katıldı.\n"
    )
    assert _post(text, "Derya Kanat") == ("İl Genel Meclis Üyesi", None)
