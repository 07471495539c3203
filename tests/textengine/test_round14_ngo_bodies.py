"""Posts and bodies of people at chambers, associations, foundations,
universities and party organisations in news (issue 15, round 14): a
chamber's assembly is no body of its own, a body written by the initials
of its name, universities known by an acronym, a foundation university's
board of trustees, Türk Ocakları's branches, a party's provincial and
district organisation, long association names, callings written before a
name, and a plural class name ("Muhtarlar Derneği") beside several bodies
of that kind.

Every sentence here is our own, with invented names. The guards check that
the assemblies of youth and women councils, a parliament written by its
acronym, a surname that is also a calling and a class name used alone stay
as they were.
"""

import pytest

from ortakmasa.textengine.pipeline import extract


def people(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {
        p["name"]: (p.get("title"), p.get("institution"), p.get("party"))
        for p in extract(text)["people"]
    }


def bodies(text: str) -> list[str]:
    return [i["name"] for i in extract(text)["institutions"]]


@pytest.mark.parametrize(
    ("text", "name", "title", "institution"),
    [
        # a chamber's assembly: its chair and members are the chamber's
        (
            "Kırşehir Ticaret ve Sanayi Odası (KTSO) heyeti geldi. KTSO Meclis Üyesi Derya "
            "Arıkan da heyetteydi.",
            "Derya Arıkan",
            "Meclis Üyesi",
            "Kırşehir Ticaret ve Sanayi Odası",
        ),
        # an acronym of the initials of a body the text names in full
        (
            "Muş Ticaret Borsası üyeleri toplandı. Toplantıda MTB Başkanı Kenan Yavuz konuştu.",
            "Kenan Yavuz",
            "Başkan",
            "Muş Ticaret Borsası",
        ),
        (
            "Hatay Büyükşehir Belediyesi çalıştay düzenledi. HBB Genel Sekreteri Elif Soylu "
            "açılışı yaptı.",
            "Elif Soylu",
            "Genel Sekreter",
            "Hatay Büyükşehir Belediyesi",
        ),
        # a university known by an acronym of one university only
        (
            "Heyette ODTÜ Rektörü Prof. Dr. Cemre Uslu da yer aldı.",
            "Cemre Uslu",
            "Rektör",
            "Orta Doğu Teknik Üniversitesi",
        ),
        # a foundation university's board of trustees, "Heyet" without its ending
        (
            "Rektör, Bozkır Vakıf Üniversitesinde Mütevelli Heyet Başkanı Dr. Orhan Kılıç ile "
            "görüştü.",
            "Orhan Kılıç",
            "Mütevelli Heyet Başkanı",
            "Bozkır Vakıf Üniversitesi",
        ),
        # a pronoun before a body is no word of its name
        (
            "Muş Ticaret Borsası Başkanı Hilmi Ersoy, “Bizler Muş Ticaret Borsası olarak "
            "hazırız.” dedi.",
            "Hilmi Ersoy",
            "Başkan",
            "Muş Ticaret Borsası",
        ),
        # a commission's chair is "Komisyon Başkanı", at the council's body
        (
            "Kartal Belediye Meclisi toplandı. Yatırım Komisyonu Başkanı Nail Öztürk bilgi verdi.",
            "Nail Öztürk",
            "Komisyon Başkanı",
            "Kartal Belediyesi",
        ),
        # Türk Ocakları's branch: "<Place> Türk Ocağı"
        (
            "Kars Türk Ocakları Şube Başkanı Ayhan Demirci ve Yönetim Kurulu üyelerinden "
            "Selim Akın, Vali Nuri Eren'i ziyaret etti.",
            "Ayhan Demirci",
            "Şube Başkanı",
            "Kars Türk Ocağı",
        ),
        # callings written before a name, alone or two joined by a slash
        (
            "Açılışı Kars Kent Konseyi Genel Sekreteri Yazar/Ressam Okan DURMAZ yaptı.",
            "Okan Durmaz",
            "Genel Sekreter",
            "Kars Kent Konseyi",
        ),
        # an association named with its cemevi, and a long association name
        (
            "Divana Kars Alevi Kültür Derneği ve Cemevi Temsilcisi Zehra Tan seçildi.",
            "Zehra Tan",
            "Temsilci",
            "Kars Alevi Kültür Derneği ve Cemevi",
        ),
        (
            "Ayvalık Kafkas ve Karadeniz Göçmenleri Yardımlaşma, Dayanışma ve Kültür Derneği "
            "Başkanı Mert Uğurlu konuştu.",
            "Mert Uğurlu",
            "Başkan",
            "Ayvalık Kafkas ve Karadeniz Göçmenleri Yardımlaşma, Dayanışma ve Kültür Derneği",
        ),
    ],
)
def test_post_and_body(text: str, name: str, title: str, institution: str | None) -> None:
    found = people(text)
    assert name in found, found
    assert found[name][:2] == (title, institution)


def test_chamber_assembly_is_no_body() -> None:
    text = (
        "Kırşehir Ticaret ve Sanayi Odası (KTSO) Meclis Başkanı Umut Er toplantıyı yönetti. "
        "KTSO Meclis Üyesi Derya Arıkan konuştu."
    )
    assert not [b for b in bodies(text) if b.endswith("Meclisi")]


def test_party_organ_is_no_body() -> None:
    text = "Divana Milliyetçi Hareket Partisi Kars İlçe Teşkilatı Temsilcisi Sevgi Kaplan seçildi."
    found = people(text)
    assert found["Sevgi Kaplan"] == ("Temsilci", None, "MHP")
    assert "Kars İlçe Teşkilatı" not in bodies(text)


def test_class_name_beside_two_bodies_of_its_kind() -> None:
    text = (
        "Kars Muhtarlar Derneği Başkanı Ali Duran ile Ardahan Muhtarlar Derneği Başkanı Can "
        "Tekin bir araya geldi. Diğer Muhtarlar Derneği başkanlarını da ziyaret edecekler."
    )
    assert "Muhtarlar Derneği" not in bodies(text)
    assert {"Kars Muhtarlar Derneği", "Ardahan Muhtarlar Derneği"} <= set(bodies(text))


# -- guards ------------------------------------------------------------------


def test_council_assemblies_stay_bodies() -> None:
    # a women's assembly and a parliament written by its acronym are bodies
    found = bodies("Kadın Meclisi Başkanı Ayşe Er ile KKTC Meclisi Başkanı Ali Tok görüştü.")
    assert "Kadın Meclisi" in found
    assert any(b in ("KKTC Meclisi", "Kuzey Kıbrıs Türk Cumhuriyeti Meclisi") for b in found)


def test_class_name_alone_stays() -> None:
    # one class name and no body of its kind: nothing to drop
    assert "Gazeteciler Cemiyeti" in bodies("Gazeteciler Cemiyeti Başkanı Oya Kurt konuştu.")


def test_calling_as_surname_stays() -> None:
    found = people("Toplantıya Veli Yazar da katıldı.")
    assert "Veli Yazar" in found


def test_acronym_of_two_bodies_names_neither() -> None:
    text = "Muş Ticaret Borsası ile Mardin Tarım Birliği toplandı. MTB Başkanı Kenan Yavuz konuştu."
    assert people(text)["Kenan Yavuz"][1] is None
