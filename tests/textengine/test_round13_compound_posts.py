"""Posts written as a whole noun phrase before their head noun (issue 15,
round 13): acting posts abbreviated "V.", a municipality's acting mayor,
the presidencies of a health directorate, a field before "Başkanı" or
"Uzmanı", numbered chairs, two posts written as one compound, a post
stacked on another before one name, and numbered chairs of council minutes.

Every sentence here is our own, with invented names. The guards check that
a body known by its own name, a body's head word and a person's surname are
not read into a post.
"""

import pytest

from ortakmasa.textengine.pipeline import extract


def people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p["name"]: (p.get("title"), p.get("institution")) for p in extract(text)["people"]}


@pytest.mark.parametrize(
    ("text", "name", "title", "institution"),
    [
        # "V." for "Vekili" after a post
        (
            "Toplantıya İlçe Emniyet Müdür V. Selin Oruç katıldı.",
            "Selin Oruç",
            "İlçe Emniyet Müdür Vekili",
            "İlçe Emniyet Müdürlüğü",
        ),
        (
            "Törene İl Jandarma Komutan V. J. Yzb. Kerem Tunalı da katıldı.",
            "Kerem Tunalı",
            "İl Jandarma Komutan Vekili",
            "İl Jandarma Komutanlığı",
        ),
        (
            "Kadıköy Belediye Başkan V. Nehir Aslan açıklama yaptı.",
            "Nehir Aslan",
            "Belediye Başkan Vekili",
            "Kadıköy Belediyesi",
        ),
        # "Yrd." for "Yardımcısı"
        (
            "Genel Müdür Yrd. Kaan Öztürk toplantıya katıldı.",
            "Kaan Öztürk",
            "Genel Müdür Yardımcısı",
            None,
        ),
        # a word of the sentence before a governor's post is no province
        (
            "Sivas'ta düzenlenen programa Vali Yrd. İnci Baran katıldı.",
            "İnci Baran",
            "Vali Yardımcısı",
            "Sivas Valiliği",
        ),
        # a municipality's acting mayor, in either spelling
        (
            "Tepebaşı Belediye Başkanvekili Oya Demirkol çiçek verdi.",
            "Oya Demirkol",
            "Belediye Başkan Vekili",
            "Tepebaşı Belediyesi",
        ),
        # the presidencies of a province's health directorate
        (
            "Vali, Halk Sağlığı Hizmetleri Başkanı Dr. Pelin Soylu ile görüştü.",
            "Pelin Soylu",
            "Halk Sağlığı Hizmetleri Başkanı",
            "İl Sağlık Müdürlüğü",
        ),
        (
            "Programa Kamu Hastane Hizmetleri Başkanı Umut Kalkan katıldı.",
            "Umut Kalkan",
            "Kamu Hastane Hizmetleri Başkanı",
            "İl Sağlık Müdürlüğü",
        ),
        # a field written before the head noun
        (
            "Söyleşiye Ege Üniversitesi Bankacılık Kürsü Başkanı Doruk Ilgaz konuk oldu.",
            "Doruk Ilgaz",
            "Bankacılık Kürsü Başkanı",
            "Ege Üniversitesi",
        ),
        (
            "Çalıştayı İmar Mevzuatı Uzmanı Tolga Sezer yönetti.",
            "Tolga Sezer",
            "İmar Mevzuatı Uzmanı",
            None,
        ),
        # a numbered chair of an association's branch
        (
            "Etkinliğe Kızılay Edirne Şubesi 2. Başkanı Melis Eren de katıldı.",
            "Melis Eren",
            "2. Başkan",
            "Kızılay Edirne Şubesi",
        ),
        # two posts written as one compound
        (
            "Ziyarete Bölge Koordinatör Başkanı Yavuz Tekin de katıldı.",
            "Yavuz Tekin",
            "Bölge Koordinatör Başkanı",
            None,
        ),
        (
            "Panelde Rektör Danışmanı Ahu Köroğlu konuştu.",
            "Ahu Köroğlu",
            "Rektör Danışmanı",
            None,
        ),
        # a district's special administration
        (
            "Yemeğe Kaymakam Ece Tan, Özel İdare Müdürü Recai Polat katıldı.",
            "Recai Polat",
            "Özel İdare Müdürü",
            "Özel İdare Müdürlüğü",
        ),
        # boards from general knowledge
        (
            "Ege Vakfı Mütevelli Heyeti Başkanı Sena Yücel konuştu.",
            "Sena Yücel",
            "Mütevelli Heyeti Başkanı",
            "Ege Vakfı",
        ),
    ],
)
def test_compound_post(text: str, name: str, title: str, institution: str | None) -> None:
    assert people(text)[name] == (title, institution)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Programa Tarım ve Orman İl Müdürü Eda Kılınç katıldı.",
            "Eda Kılınç",
            "Tarım ve Orman İl Müdürü",
        ),
        ("Açılışa İl Jandarma Komutanı Eda Kılınç katıldı.", "Eda Kılınç", "İl Jandarma Komutanı"),
        ("Yemeğe Kaymakam Eda Kılınç da katıldı.", "Eda Kılınç", "Kaymakam"),
    ],
)
def test_event_opener_is_no_word_of_the_post(text: str, name: str, title: str) -> None:
    title_, institution = people(text)[name]
    assert title_ == title
    assert institution is None or not institution.startswith(("Programa", "Açılışa", "Yemeğe"))


def test_stacked_posts_keep_the_first() -> None:
    text = (
        "Ziyarette Edirne Muhtarlar Derneği Başkanı Çamlık Mahallesi Muhtarı "
        "Nuri Bayram Başkan'a çiçek verdi."
    )
    assert people(text)["Nuri Bayram"] == ("Başkan", "Edirne Muhtarlar Derneği")


def test_stacked_mayor_keeps_the_mayors_post() -> None:
    text = (
        "Türkiye Belediyeler Birliği Başkanı Konya Büyükşehir Belediye Başkanı "
        "Selim Aydoğan toplantıya katıldı."
    )
    assert people(text)["Selim Aydoğan"] == ("Belediye Başkanı", "Konya Büyükşehir Belediyesi")


def test_numbered_council_deputy_chair_in_minutes() -> None:
    text = (
        "BAYRAMLI BELEDİYE MECLİSİNİN 2019 YILI MART AYI TOPLANTISINA AİT TUTANAK\n\n"
        "Meclis I. Başkan V.      : Gökay KILIÇ\n"
        "Üyeler                   : Arda TUNÇ - Bora SEVİM - Cem ULUDAĞ\n\n"
        "Gökay KILIÇ (Meclis I. Başkan Vekili)- Toplantıyı açıyorum.\n"
    )
    assert people(text)["Gökay Kılıç"][0] == "Meclis Başkan Vekili"


def test_acting_mayor_label_in_parentheses() -> None:
    text = (
        "KARAYAKA BELEDİYE MECLİSİNİN 2018 YILI NİSAN AYI TOPLANTISINA AİT TUTANAK\n\n"
        "MECLİS BAŞKANI\n\n"
        "(Belediye Başkan V.)      : Tarık ÖZKAN\n\n"
        "ÜYELER                    : Arda TUNÇ - Bora SEVİM - Cem ULUDAĞ\n"
    )
    assert people(text)["Tarık Özkan"][0] == "Belediye Başkan Vekili"


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # a body known by its own name is no field of the post
        ("Galatasaray Başkanı Mert Yaman açıklama yaptı.", "Mert Yaman", "Başkan"),
        # a body's head word is no field either
        ("Karşıyaka Kent Konseyi Başkanı Mert Yaman konuştu.", "Mert Yaman", "Başkan"),
        ("Yüksek Seçim Kurulu Başkanı Mert Yaman konuştu.", "Mert Yaman", "Başkan"),
        # a post after a place is the place's
        ("Ankara Barosu Bursa Şube Başkanı Mert Yaman konuştu.", "Mert Yaman", "Şube Başkanı"),
        # a compound row of the lexicon stays itself
        ("Karayolları 1. Bölge Müdürü Mert Yaman konuştu.", "Mert Yaman", "Bölge Müdürü"),
    ],
)
def test_not_a_compound(text: str, name: str, title: str) -> None:
    assert people(text)[name][0] == title


def test_surname_before_a_post_is_not_stacked() -> None:
    text = (
        "Belediye Başkanı Ozan Subaşı konuştu. Başkan Subaşı Bilecik Belediyeler "
        "Birliği Başkanı Nil Tekin ile görüştü."
    )
    assert people(text)["Nil Tekin"] == ("Başkan", "Bilecik Belediyeler Birliği")
