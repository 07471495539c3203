"""Shapes met in real published texts (issue 15, round 5: the fresh dev3
part of council minutes, parliament news and governors' meetings), written
anew.

Every sentence here is our own; the shapes are those the unseen texts
showed: council and parliament posts written as one word ("Başkanvekili")
or with an ordinal, party-group posts, two posts joined by "ve", clerks
named in a list or in prose, members' tables printed one cell a line,
surnames in capitals, halls named after people, dates of laws referred to,
party adjectives before a name and quotes reported "şeklinde ifadelerle".
"""

from ortakmasa.textengine.pipeline import extract
from ortakmasa.textengine.publisher import publisher_of
from ortakmasa.textengine.resources import lexicon

PARLIAMENT = "Türkiye Büyük Millet Meclisi"


def people(text: str, source: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    got = extract(text, source=source) if source else extract(text)
    return {p["name"]: (p.get("title"), p.get("institution")) for p in got["people"]}


def test_council_deputy_chair_with_an_ordinal_and_group_spokesman_belong_to_the_council():
    text = (
        "Kartal Belediyesi Meclisi ekim ayı toplantısı, Meclis 1. Başkanvekili Orhan Demirel "
        "başkanlığında yapıldı. AK Parti Grup Sözcüsü Nazım Er söz istedi."
    )
    got = people(text)
    assert got["Orhan Demirel"] == ("Meclis Başkan Vekili", "Kartal Belediyesi")
    assert got["Nazım Er"] == ("Grup Sözcüsü", "Kartal Belediyesi")


def test_parliament_posts_written_as_one_word_and_group_chairs_belong_to_parliament():
    text = (
        "TBMM Genel Kurulunu açan TBMM Başkanvekili Kemal Sarıoğlu yeterli sayı olmadığını "
        "belirtti. CHP Grup Başkanı Deniz Tan ile AK Parti Grup Başkanı Oğuz Kaya tartıştı. "
        "TBMM Başkanı Hakan Öz de söz aldı."
    )
    got = people(text)
    assert got["Kemal Sarıoğlu"] == ("Başkan Vekili", PARLIAMENT)
    assert got["Deniz Tan"] == ("Grup Başkanı", PARLIAMENT)
    assert got["Oğuz Kaya"] == ("Grup Başkanı", PARLIAMENT)
    assert got["Hakan Öz"] == ("Meclis Başkanı", PARLIAMENT)


def test_two_posts_joined_by_ve_name_the_person_by_the_first():
    text = (
        "Toplantıya Sinop Valisi Ayhan Kurt'un yanı sıra Vali Yardımcısı ve Kalkınma İzleme "
        "Başkanı Ferit Sönmez katıldı."
    )
    assert people(text)["Ferit Sönmez"] == ("Vali Yardımcısı", "Sinop Valiliği")
    text = "Mecliste Kadıköy Belediye Başkanı ve CHP’li Meclis Üyesi Rıza Tan konuştu."
    rt = extract(text)["people"][0]
    assert (rt["name"], rt["title"], rt["institution"], rt["party"]) == (
        "Rıza Tan",
        "Belediye Başkanı",
        "Kadıköy Belediyesi",
        "CHP",
    )


def test_clerks_joined_by_ve_in_a_label_and_a_labelled_name_is_no_speech():
    text = (
        "MECLİS BAŞKANI : Orhan KOÇ\n\nKATİP ÜYELER : Ayhan TAŞ ve Nuri ERDEM\n\n"
        "Ordu Belediyesi meclis toplantısı yapıldı. Meclis Üyesi Yavuz SAYIN izinli sayıldı."
    )
    got = extract(text)
    posts = {p["name"]: p["title"] for p in got["people"]}
    assert posts["Ayhan Taş"] == posts["Nuri Erdem"] == "Kâtip Üye"
    assert posts["Orhan Koç"] == "Meclis Başkanı"
    # an honorific in capitals after a given name is the surname
    assert posts["Yavuz Sayın"] == "Meclis Üyesi"
    assert got["quotes"] == []


def test_clerks_named_in_prose_belong_to_the_union_whose_council_met():
    text = (
        "Tarihi Yerler Birliğinin toplantısı: Meclis Başkanı Kemal ARIK başkanlığında Selim Ata "
        "EKER ve Gül ÖZ’ün Kâtip üyeliğinde 3 Mart 2021 günü yapıldı. Alınan meclis kararları "
        "oybirliği ile kabul edildi."
    )
    got = people(text)
    assert got["Selim Ata Eker"] == ("Kâtip Üye", "Tarihi Yerler Birliği")
    assert got["Gül Öz"] == ("Kâtip Üye", "Tarihi Yerler Birliği")
    assert got["Kemal Arık"] == ("Meclis Başkanı", "Tarihi Yerler Birliği")


def test_a_name_before_baskanliginda_is_the_chair_not_a_body():
    text = (
        "Belediye Meclisi; Meclis Başkanı Ömer KAYA Başkanlığında; Üyelerden; Muhammet Ali "
        "ASLAN, Hıfsı KURT’un iştiraki ile toplandı."
    )
    got = extract(text)
    names = {p["name"] for p in got["people"]}
    assert "Ömer Kaya" in names
    # "Muhammet" is a spelling of a listed given name ("Muhammed")
    assert "Muhammet Ali Aslan" in names
    assert all("Başkanlığı" not in i["name"] for i in got["institutions"])


def test_given_names_are_known_with_a_final_d_or_t():
    given = lexicon().given_names
    assert "muhammed" in given and "muhammet" in given


def test_a_name_written_with_the_surname_in_capitals_ends_there():
    text = (
        "Gezi programına Tepe Belediye Başkanı Ahmet KARA Semazenler; Ali EROL (Neyzen) katılacak."
    )
    got = people(text)
    assert got["Ahmet Kara"] == ("Belediye Başkanı", "Tepe Belediyesi")
    assert "Ahmet Kara Semazenler" not in got


def test_halls_and_centres_named_after_people_are_no_people():
    text = (
        "Genel kurul Kültürpark Selim Yılmaz Sanat Merkezi’nde yapıldı. Sinop Valiliği Vali "
        "Özer Türk toplantı salonunda bir araya gelindi. Vali Ahmet Kaya toplantı salonunda "
        "konuştu."
    )
    got = people(text)
    assert "Selim Yılmaz" not in got
    assert "Özer Türk" not in got
    assert got["Ahmet Kaya"][0] == "Vali"


def test_the_date_of_a_law_referred_to_is_not_the_documents_date():
    law_only = (
        "Kurul, 4.3.2005 tarih ve 25745 sayılı Resmi Gazete’de yayımlanan kanuna göre kurulur."
    )
    assert extract(law_only)["date"] is None
    both = law_only.replace("kurulur.", "12 Mart 2014 günü toplandı.")
    assert extract(both)["date"] == "2014-03-12"


def test_a_party_adjective_introduces_a_person_and_her_quote():
    text = (
        "İmralı konusunda DEM Parti'den de bir açıklama geldi. DEM Partili Dilvin Kılıç Koçlu, "
        '"Tarih cesurları yazar. Bu bir siyaset meselesi değil." ifadelerini kullandı.'
    )
    got = extract(text)
    person = next(p for p in got["people"] if p["name"] == "Dilvin Kılıç Koçlu")
    assert person["party"] == "DEM Parti"
    assert [q["speaker"] for q in got["quotes"]] == ["Dilvin Kılıç Koçlu"]


def test_a_quote_reported_seklinde_ifadelerle_is_the_speakers_before_it():
    text = (
        "Genel Kurul’da yapılan ilk yoklamada yeter sayı bulunamadı. Deniz Kalkan, yoklamayı "
        "tekrarlattıktan sonra bazı isimleri okudu. “Burada olmayanlar nasıl oy veriyor? Ayıp "
        "oluyor” şeklinde ifadelerle durumu eleştirdi."
    )
    got = extract(text)
    assert [(q["speaker"], q["text"][:17]) for q in got["quotes"]] == [
        ("Deniz Kalkan", "Burada olmayanlar")
    ]


ROSTER = """İL GENEL MECLİSİ

İl Genel Meclisi, seçilmiş üyelerden oluşmaktadır.

2019 – 2024 DÖNEMİ İL GENEL MECLİSİ LİSTESİ

Sıra No

İlçesi

Adı ve Soyadı

Partisi

1

Keskin

Ayhan DEMİRCAN

 CUMHURİYET HALK PARTİSİ

2

Ortaköy

Selim KARAOĞLU

 BAĞIMSIZ

3

Merkez

Nevzat ÖZGÜL

 MİLLİYETÇİ HAREKET PARTİSİ
"""


def test_a_members_table_printed_one_cell_a_line_gives_posts_and_parties():
    source = "http://www.kirikkaleilozelidare.gov.tr/meclis"
    got = {p["name"]: p for p in extract(ROSTER, source=source)["people"]}
    body = "Kırıkkale İl Özel İdaresi"
    expected = {
        "Ayhan Demircan": ("İl Genel Meclis Üyesi", body, "CHP"),
        "Selim Karaoğlu": ("İl Genel Meclis Üyesi", body, None),
        "Nevzat Özgül": ("İl Genel Meclis Üyesi", body, "MHP"),
    }
    assert {n: (p["title"], p["institution"], p["party"]) for n, p in got.items()} == expected


def test_a_provincial_administrations_host_names_its_publisher():
    pub = publisher_of("https://www.konyaozelidare.gov.tr/haber/1")
    assert pub is not None and (pub.name, pub.province) == ("Konya İl Özel İdaresi", "Konya")
    assert publisher_of("https://www.ornekozelidare.gov.tr/") is None


def test_words_that_date_a_sitting_name_no_council():
    text = (
        "Belediyemiz Meclisi, 2022 yılı Olağan Ocak Ayı Meclis Toplantısını yaptı. Dönemi Meclis "
        "Toplantı Karar Özetleri yayımlandı."
    )
    names = {
        i["name"] for i in extract(text, source="https://www.cinarcik.bel.tr/x")["institutions"]
    }
    assert not any(n.endswith("Meclisi") for n in names), names


def test_a_headline_verb_above_ends_a_body_and_an_event_word_is_no_body():
    text = (
        "Muhtarlar Toplantısı Vali Kaya Başkanlığında Yapıldı\n"
        "Vali Ömer Kaya, Derince muhtarlarıyla bir araya geldi.\n\n"
        "Gündem Maddeleri Görüşüldü\n"
        "İl Genel Meclisi Mart ayı toplantısını yaptı. Toplantıya Meclis Başkanı Ali Şen "
        "başkanlık yaptı. Söz alan MHP Meclis Üyesi Oya Dal konuştu."
    )
    got = extract(text)
    names = {i["name"] for i in got["institutions"]}
    assert not any("Toplantısı" in n or "Görüşüldü" in n or "Toplantıya" in n for n in names)
    assert not any(n.startswith("MHP") for n in names)
    by_name = {p["name"]: p for p in got["people"]}
    # a member of a provincial council is not a municipal council member
    assert by_name["Oya Dal"]["title"] == "İl Genel Meclis Üyesi"


def test_a_district_governor_without_the_district_is_the_one_the_text_names():
    text = "Palandöken Kaymakamlığı Toplantı Salonu’nda; Kaymakam Uğur Tan bilgi verdi."
    assert people(text)["Uğur Tan"] == ("Kaymakam", "Palandöken Kaymakamlığı")
    text = "Muhtarlar İlçe Kaymakamı Hasan Kuru'yu ziyaret etti."
    got = extract(text)
    assert (got["people"][0]["title"], got["people"][0]["institution"]) == ("Kaymakam", None)
    assert not any(i["name"] == "İlçe Kaymakamlığı" for i in got["institutions"])


def test_council_member_on_a_municipalitys_site_belongs_to_it():
    text = (
        "Belediyemiz Meclisi toplandı. Yapılan yoklamada meclis üyesi Ali ALTIPARMAK’ın izinli "
        "sayılması oybirliği ile kabul edildi. Başkan: İzin dilekçesi okundu."
    )
    got = extract(text, source="https://www.cinarcik.bel.tr/meclis")
    assert [(p["name"], p["title"], p["institution"]) for p in got["people"]] == [
        ("Ali Altıparmak", "Meclis Üyesi", "Çınarcık Belediyesi")
    ]


def test_an_acronym_in_parentheses_between_body_and_post_and_representatives_of_their_own():
    text = (
        "Toplantıya İzmir İş Dünyası Derneği (İZİD) Başkanı Feyyaz Sungur, STK Temsilcileri "
        "Fatih Sürenkök, Doğan Albayrak katıldı."
    )
    got = people(text)
    assert got["Feyyaz Sungur"] == ("Başkan", "İzmir İş Dünyası Derneği")
    assert got["Fatih Sürenkök"] == got["Doğan Albayrak"] == ("Temsilci", None)


def test_the_deputy_speaker_of_a_genel_kurul_with_members_is_parliaments():
    text = (
        "Genel Kurul’da yoklama yapıldı. Başkanvekili Celal Ozan, bazı milletvekillerinin "
        "adını okudu."
    )
    assert people(text)["Celal Ozan"] == ("Başkan Vekili", PARLIAMENT)


def test_a_headlines_verb_in_capitals_is_no_name():
    text = "VALİ TEPKİ GÖSTERDİ\n\nVali Ali Ozan, muhtarlara seslendi. Hamdi Ferdi Yıldız da geldi."
    assert set(people(text)) == {"Ali Ozan", "Hamdi Ferdi Yıldız"}


def test_one_of_a_partys_council_members_and_the_councils_deputy_chair():
    text = (
        "Yoklama sonucunda Ak Parti Meclis Üyelerinden Ali Rıza KOÇAK’ın toplantıya katılmadığı "
        "görüldü. Belediye Meclis Başkan Vekili Recep ŞAHİN tarafından yazı okundu."
    )
    got = extract(text, source="https://www.ornekkoy.bel.tr/meclis")
    by_name = {p["name"]: (p["title"], p["party"]) for p in got["people"]}
    assert by_name["Ali Rıza Koçak"] == ("Meclis Üyesi", "AKP")
    assert by_name["Recep Şahin"] == ("Meclis Başkan Vekili", None)
    assert not any("Parti" in i["name"] for i in got["institutions"])


def test_haci_before_a_given_name_opens_the_name():
    text = (
        "Köy muhtarları İlçe Kaymakamı Hacı Osman Kartoğlu’nu ziyaret etti. Kartoğlu, "
        '"Muhtarlarımız devletin gözüdür. Hepsine teşekkür ederim" dedi.'
    )
    got = extract(text)
    assert [(p["name"], p["title"]) for p in got["people"]] == [("Hacı Osman Kartoğlu", "Kaymakam")]
    assert [q["speaker"] for q in got["quotes"]] == ["Hacı Osman Kartoğlu"]
