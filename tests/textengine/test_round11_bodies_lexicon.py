"""Bodies of Turkish public life written from general knowledge (issue 15,
round 11): head words of bodies (``lexicon.json`` ``org_heads``) and national
acronyms (``acronyms.csv``) that no development text was needed to find.

Every sentence here is our own. A sample per domain is read as a body, a
person heading one takes it as institution, and words that are also common
words are not read as bodies where they are not.
"""

import pytest

from ortakmasa.textengine.pipeline import extract


def bodies(text: str) -> list[str]:
    return [i["name"] for i in extract(text)["institutions"]]


def people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p["name"]: (p.get("title"), p.get("institution")) for p in extract(text)["people"]}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # sport and civil society
        ("Törene Karşıyaka Spor Kulübü oyuncuları da katıldı.", "Karşıyaka Spor Kulübü"),
        # health and education
        (
            "Hasta dün Kızılcahamam Devlet Hastanesi'ne sevk edildi.",
            "Kızılcahamam Devlet Hastanesi",
        ),
        ("Ödülü bu yıl Bornova Anadolu Koleji öğrencileri aldı.", "Bornova Anadolu Koleji"),
        ("Kurs yarın Polatlı Halk Eğitimi Merkezi'nde açılacak.", "Polatlı Halk Eğitimi Merkezi"),
        # central administration in the provinces, diplomacy
        (
            "Toplantıya Çankaya Müftülüğü ve Ankara Defterdarlığı katıldı.",
            "Çankaya Müftülüğü",
        ),
        (
            "Törende Almanya İstanbul Başkonsolosluğu temsilcileri vardı.",
            "Almanya İstanbul Başkonsolosluğu",
        ),
        # economy
        (
            "Fuarda Tepebaşı Organize Sanayi Bölgesi firmaları yer aldı.",
            "Tepebaşı Organize Sanayi Bölgesi",
        ),
        ("Kredi yalnızca Ziraat Bankası üzerinden verilecek.", "Ziraat Bankası"),
        # national acronyms written in full
        ("Sınav takvimini ÖSYM açıkladı.", "Ölçme, Seçme ve Yerleştirme Merkezi Başkanlığı"),
        ("Hat TCDD tarafından yenilenecek.", "Türkiye Cumhuriyeti Devlet Demiryolları"),
        ("Doğal gaz hattını BOTAŞ döşeyecek.", "Boru Hatları ile Petrol Taşıma Anonim Şirketi"),
        ("Faiz kararını TCMB verdi.", "Türkiye Cumhuriyet Merkez Bankası"),
        ("Kararı YSK verdi.", "Yüksek Seçim Kurulu"),
        ("Tarihi çeşmeyi VGM onaracak.", "Vakıflar Genel Müdürlüğü"),
        ("Bağışı LÖSEV aldı.", "Lösemili Çocuklar Vakfı"),
        ("Eyleme DİSK ve KESK üyeleri katıldı.", "Devrimci İşçi Sendikaları Konfederasyonu"),
        ("Eyleme DİSK ve KESK üyeleri katıldı.", "Kamu Emekçileri Sendikaları Konfederasyonu"),
        ("Memur-Sen temsilcileri görüş bildirdi.", "Memur Sendikaları Konfederasyonu"),
    ],
)
def test_body_of_each_domain_is_read(text: str, body: str) -> None:
    assert body in bodies(text)


def test_acronym_shared_by_provinces_is_the_text_provinces() -> None:
    # ESKİ is Eskişehir's and Erzurum's water utility
    assert bodies("Erzurum'da ESKİ ekipleri arızayı giderdi.") == [
        "Erzurum Su ve Kanalizasyon İdaresi Genel Müdürlüğü"
    ]


@pytest.mark.parametrize(
    ("text", "name", "title", "institution"),
    [
        (
            "Toplantıya Karşıyaka Spor Kulübü Başkanı Ali Demir katıldı.",
            "Ali Demir",
            "Başkan",
            "Karşıyaka Spor Kulübü",
        ),
        (
            "Tepebaşı Organize Sanayi Bölgesi Yönetim Kurulu Başkanı Selin Kaya konuştu.",
            "Selin Kaya",
            "Yönetim Kurulu Başkanı",
            "Tepebaşı Organize Sanayi Bölgesi",
        ),
        (
            "Kızılcahamam Devlet Hastanesi Başhekimi Nur Ay servisleri gezdi.",
            "Nur Ay",
            "Başhekim",
            "Kızılcahamam Devlet Hastanesi",
        ),
        (
            "Programa RTÜK Başkanı Merve Acar katıldı.",
            "Merve Acar",
            "Başkan",
            "Radyo ve Televizyon Üst Kurulu",
        ),
        (
            "Programa TÜBİTAK Başkanı Orhan Yıldız katıldı.",
            "Orhan Yıldız",
            "Başkan",
            "Türkiye Bilimsel ve Teknolojik Araştırma Kurumu",
        ),
    ],
)
def test_head_of_a_body_takes_it(text: str, name: str, title: str, institution: str) -> None:
    assert people(text)[name] == (title, institution)


@pytest.mark.parametrize(
    "text",
    [
        # lower-case head words and an acronym's letters in lower case
        "Eski disk kayıtları incelendi ve şirketin bankası değişti.",
        "Mahalledeki kulübü yenilenen gençler hastanesi uzak köylere gitti.",
        # "Tim", "Spk" written as words, not in capitals
        "Tim arkadaşlarıyla maça gitti.",
    ],
)
def test_common_words_are_no_bodies(text: str) -> None:
    assert bodies(text) == []
