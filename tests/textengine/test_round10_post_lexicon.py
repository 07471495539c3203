"""Posts of Turkish public administration and civil society written from
general knowledge (issue 15, round 10): the title lexicon covers posts no
development text was needed to find.

Every sentence here is our own. A sample from each domain is read with the
canonical title the gold conventions write; words that are posts and also
common words or given names are not read as posts where they are not.
"""

import pytest

from ortakmasa.textengine.pipeline import extract


def people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p["name"]: (p.get("title"), p.get("institution")) for p in extract(text)["people"]}


@pytest.mark.parametrize(
    ("text", "name", "title", "institution"),
    [
        # central and provincial administration, justice, religious affairs
        (
            "Toplantıya İstanbul Defterdarı Nurettin Sarı katıldı.",
            "Nurettin Sarı",
            "Defterdar",
            "İstanbul Defterdarlığı",
        ),
        (
            "Törene Kadıköy Kaymakam Vekili Ufuk Demir de katıldı.",
            "Ufuk Demir",
            "Kaymakam Vekili",
            "Kadıköy Kaymakamlığı",
        ),
        (
            "Ankara Cumhuriyet Başsavcısı Leyla Kuru açıklama yaptı.",
            "Leyla Kuru",
            "Cumhuriyet Başsavcısı",
            "Ankara Cumhuriyet Başsavcılığı",
        ),
        (
            "Üsküdar Müftüsü Hasan Ekin ziyarette bulundu.",
            "Hasan Ekin",
            "Müftü",
            "Üsküdar Müftülüğü",
        ),
        ("Eski Başbakan Yardımcısı Tuncay Er konuştu.", "Tuncay Er", None, None),
        # municipalities
        (
            "Belediyenin Özel Kalem Müdürü Seda Tan çiçek verdi.",
            "Seda Tan",
            "Özel Kalem Müdürü",
            None,
        ),
        ("Toplantıda Encümen Üyesi Bora Kılıç söz aldı.", "Bora Kılıç", "Encümen Üyesi", None),
        # health and education
        (
            "Başhekim Yardımcısı Dr. Murat Aslan servisleri gezdi.",
            "Murat Aslan",
            "Başhekim Yardımcısı",
            None,
        ),
        ("Aile Hekimi Dr. Nesrin Uçar aşı çağrısı yaptı.", "Nesrin Uçar", "Aile Hekimi", None),
        (
            "Dicle Üniversitesi'ndeki törende Öğretim Görevlisi Elif Yurt konuştu.",
            "Elif Yurt",
            "Öğretim Görevlisi",
            "Dicle Üniversitesi",
        ),
        (
            "Selçuk Üniversitesi Tıp Fakültesi Dekan Yardımcısı Prof. Dr. Ayla Koç konuştu.",
            "Ayla Koç",
            "Dekan Yardımcısı",
            "Selçuk Üniversitesi",
        ),
        # associations, chambers, councils
        (
            "Genel kurulda Divan Başkanı Hakan Erdem oylamayı yönetti.",
            "Hakan Erdem",
            "Divan Başkanı",
            None,
        ),
        (
            "Odanın Sekreter-Muhasibi Kemal Duru ziyarete katıldı.",
            "Kemal Duru",
            "Sekreter-Muhasip",
            None,
        ),
        ("Dernek Saymanı Gül Aksoy raporu okudu.", "Gül Aksoy", "Sayman", None),
        (
            "Kızılay Bölge Koordinatörü Ahmet Kurt bağışçılara teşekkür etti.",
            "Ahmet Kurt",
            "Bölge Koordinatörü",
            None,
        ),
        ("Vakfın Onursal Başkanı Suat Ay plaket aldı.", "Suat Ay", "Onursal Başkan", None),
        (
            "Toplantıda Disiplin Kurulu Üyesi Oya Kır da vardı.",
            "Oya Kır",
            "Disiplin Kurulu Üyesi",
            None,
        ),
        # parties and elections
        (
            "AK Parti İl Gençlik Kolları Başkanı Burak Çelik gençlerle buluştu.",
            "Burak Çelik",
            "İl Gençlik Kolları Başkanı",
            None,
        ),
        (
            "CHP Dalaman Belediye Başkan Adayı Ali Veli projelerini anlattı.",
            "Ali Veli",
            "Belediye Başkan Adayı",
            "Dalaman Belediyesi",
        ),
        # media and sport
        (
            "Gazetenin Genel Yayın Yönetmeni Cem Ersoy ödül aldı.",
            "Cem Ersoy",
            "Genel Yayın Yönetmeni",
            None,
        ),
        (
            "Takımın Teknik Direktörü Şenol Ateş maçı değerlendirdi.",
            "Şenol Ateş",
            "Teknik Direktör",
            None,
        ),
    ],
)
def test_a_post_of_each_domain_is_read_with_its_canonical_title(
    text: str, name: str, title: str | None, institution: str | None
) -> None:
    assert people(text)[name] == (title, institution)


def test_candidates_for_president_and_muhtar_are_candidates_not_office_holders():
    got = people("Cumhurbaşkanı Adayı Kemal Er ve Muhtar Adayı Ayten Su mitinge katıldı.")
    assert got["Kemal Er"] == ("Cumhurbaşkanı Adayı", None)
    assert got["Ayten Su"] == ("Muhtar Adayı", None)


def test_a_metropolitan_candidate_keeps_no_body_the_text_does_not_write():
    # a mayor without his province is the province's; a candidate is not yet
    got = people("AK Parti Büyükşehir Belediye Başkan Adayı Deniz Kara Muğla'da konuştu.")
    assert got["Deniz Kara"] == ("Belediye Başkan Adayı", None)


def test_a_plural_post_list_ends_where_the_next_post_begins():
    got = people(
        "Ziyarette Başkan Yardımcıları Ahmet Başaran ve Çınar Ulusoy, Sayman Ali Er ile "
        "Yönetim Kurulu Üyeleri İbrahim Yel ve Nur Ay yer aldı."
    )
    assert got["Çınar Ulusoy"][0] == "Başkan Yardımcısı"
    assert got["Ali Er"][0] == "Sayman"
    assert got["Nur Ay"][0] == "Yönetim Kurulu Üyesi"
    assert not any(n.startswith(("Sayman", "Yönetim")) for n in got)


def test_only_the_written_hakim_with_its_circumflex_is_the_judge():
    # "hakim" is also an adjective ("dominant") and a given name; the post
    # is read only where the text writes "hâkim"
    got = people("Saha Hakim Takım Ali Kaya ile güçlendi. Duruşmada Hâkim Selma Öz karar verdi.")
    assert got["Selma Öz"][0] == "Hâkim"
    assert all(title != "Hâkim" for name, (title, _) in got.items() if name != "Selma Öz")


def test_a_post_word_in_running_text_names_nobody():
    text = (
        "Bu sekreter Ali Bey'e haber verdi. Müşavir olarak görev yapan kişi yoktu. "
        "Kapıya bir danışma bir sekreter oturtup onlarla işleri yönetmeyeceğiz."
    )
    assert people(text) == {} or all(t is None for t, _ in people(text).values())


def test_the_plural_noun_uyeler_does_not_open_a_name():
    got = people("Dernek Başkanı Taner Öz.\nÜyeler Veli Akarsu ve Ece Nur oldu.")
    assert "Üyeler Veli Akarsu" not in got
