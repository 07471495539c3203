"""Officers of unions and of organisations' branches (issue 15, round 18):
a union's name written with a spaced dash, and a branch's officers, whom
``gold/real`` gives the organisation with "Şube" in the post.

Every sentence here is our own, with invented names; the shapes are those
several publishers showed.
"""

import pytest

from tests.textengine.helpers import posts


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "Sağlık – Sen Genel Başkanı Kemal Oruç, şube kongresinde konuştu.",
            "Kemal Oruç",
            ("Genel Başkan", "Sağlık-Sen"),
        ),
        (
            "Toplantıya Memur - Sen Genel Başkan Yardımcısı Aydın Tekin de katıldı.",
            "Aydın Tekin",
            ("Genel Başkan Yardımcısı", "Memur Sendikaları Konfederasyonu"),
        ),
    ],
)
def test_a_union_written_with_a_spaced_dash(text: str, name: str, post: tuple[str, str]) -> None:
    assert posts(text)[name] == post


@pytest.mark.parametrize(
    ("text", "name", "post"),
    [
        (
            "MÜSİAD Van Şubesi Yönetim Kurulu Başkanı Oğuz Er, odayı ziyaret etti.",
            "Oğuz Er",
            ("Şube Başkanı", "Müstakil Sanayici ve İşadamları Derneği"),
        ),
        (
            "Mimarlar Odası Bursa Şubesi Başkanı Selin Acar, projeyi eleştirdi.",
            "Selin Acar",
            ("Şube Başkanı", "Mimarlar Odası"),
        ),
        (
            "Türkiye Harp Malulü Gaziler Vakfı Çanakkale Şubesi Genel Sekreteri Nail Gök konuştu.",
            "Nail Gök",
            ("Genel Sekreter", "Türkiye Harp Malulü Gaziler Vakfı"),
        ),
    ],
)
def test_a_branch_officer_holds_a_post_of_the_organisation(
    text: str, name: str, post: tuple[str, str]
) -> None:
    assert posts(text)[name] == post


def test_a_numbered_chair_keeps_the_branch() -> None:
    # as gold/real writes a branch's "2. Başkan" (dev6)
    text = "Kızılay Samsun Şubesi 2. Başkanı Hale Uz, bağışçılara teşekkür etti."
    assert posts(text)["Hale Uz"] == ("2. Başkan", "Kızılay Samsun Şubesi")


def test_a_numbered_branch_is_no_body() -> None:
    text = "Eğitim-Bir-Sen Konya 1 Nolu Şube Başkanı Adem Tan açıklama yaptı."
    assert posts(text)["Adem Tan"] in (("Şube Başkanı", None), ("Şube Başkanı", "Eğitim-Bir-Sen"))


@pytest.mark.parametrize(
    ("written", "post"),
    [
        ("Aile Sosyal Hizmetler İl Müdürü", "Aile ve Sosyal Hizmetler İl Müdürü"),
        ("Gençlik Spor İl Müdürü", "Gençlik ve Spor İl Müdürü"),
        ("Kültür Turizm İl Müdürü", "Kültür ve Turizm İl Müdürü"),
        ("Tarım ve Orman İl Müdürü", "Tarım ve Orman İl Müdürü"),
    ],
)
def test_a_directorate_written_without_ve_takes_the_ministry_s_name(
    written: str, post: str
) -> None:
    text = f"Törene {written} Kamil Sezer de katıldı."
    assert posts(text)["Kamil Sezer"] == (post, post.removesuffix("Müdürü") + "Müdürlüğü")


def test_posts_of_a_general_assembly_s_board_name_no_body() -> None:
    text = (
        "Genel kurulda Divan Başkanlığına Genel Başkanımız Remzi Akın, Divan Başkan "
        "Vekilliklerine Genel Başkan Yardımcımız Okan Tuna ve Genel Sekreterimiz Ece Tan seçildi."
    )
    got = posts(text)
    assert got["Remzi Akın"] == ("Genel Başkan", None)
    assert got["Okan Tuna"] == ("Genel Başkan Yardımcısı", None)
    assert got["Ece Tan"] == ("Genel Sekreter", None)


def test_an_acronym_in_parentheses_names_the_body_before_it() -> None:
    # STB also spells the ministry of industry and technology
    text = "Sakarya Ticaret Borsası (STB) Başkanı Naci Ertan ziyarette bulundu."
    assert posts(text)["Naci Ertan"] == ("Başkan", "Sakarya Ticaret Borsası")


def test_a_hall_in_the_locative_is_no_part_of_the_council_s_name() -> None:
    text = (
        "İl Genel Meclisi ekim ayı toplantısı, İl Özel İdaresi Meclis Toplantı Salonunda "
        "İl Genel Meclisi Başkanı Hamdi Usta başkanlığında yapıldı."
    )
    from ortakmasa.textengine.pipeline import extract

    names = [i["name"] for i in extract(text)["institutions"]]
    assert not any("Salonunda" in n for n in names), names


@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        (
            "Toplantıya Taraklı Belediye Cemal Oruç Adapazarı Ziraat Odası Başkanı Hamza Er "
            "katıldı.",
            "Hamza Er",
            "Adapazarı Ziraat Odası",
        ),
        (
            "Rektör Prof. Dr. Okan Uysal GAP Bölge Kalkınma İdaresi Başkanı Dr. Nuh Ak'ı "
            "ziyaret etti.",
            "Nuh Ak",
            "GAP Bölge Kalkınma İdaresi",
        ),
        (
            "Abdullah Gül Üniversitesi Rektörü Ekrem Kara konuştu.",
            "Ekrem Kara",
            "Abdullah Gül Üniversitesi",
        ),
    ],
)
def test_a_person_listed_before_a_body_is_no_part_of_its_name(
    text: str, name: str, body: str
) -> None:
    assert posts(text)[name][1] == body
