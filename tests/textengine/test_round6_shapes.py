"""Shapes met in real published texts (issue 15, round 6: council minutes
of unions of municipalities on the development parts), written anew.

Every sentence here is our own; the shapes are those the texts showed: a
union's council whose union is never named in full (its minutes name only
member municipalities), and the sitting's posts printed as one column with
the names after colons in the next.
"""

from ortakmasa.textengine.pipeline import extract
from ortakmasa.textengine.publisher import publisher_of


def people(text: str, source: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    got = extract(text, source=source) if source else extract(text)
    return {p["name"]: (p.get("title"), p.get("institution")) for p in got["people"]}


UNNAMED_UNION = (
    "Birliğin 2023 Yılı Olağan Toplantısı: Meclis Başkanı Ali Kaya başkanlığında Can Tekin "
    "ve Ece Sönmez'in kâtip üyeliğinde 12 Mart 2023 günü Bursa'da yapıldı.\n\n"
    "Gündem Maddesi 1-\n\nBirlik Meclisinin önceki toplantısına ait tutanak özeti kabul edildi.\n\n"
    "Gündem Maddesi 2-\n\nManisa iline bağlı Saruhanlı Belediyesi ile Gölmarmara Belediyesi "
    "üyeliğe kabul edildi."
)


def test_a_member_municipality_is_not_the_body_of_an_unnamed_unions_council():
    got = people(UNNAMED_UNION)
    assert got["Ali Kaya"] == ("Meclis Başkanı", None)
    assert got["Can Tekin"] == ("Kâtip Üye", None)
    assert got["Ece Sönmez"] == ("Kâtip Üye", None)


def test_the_unions_own_site_names_the_body_of_its_council():
    source = "https://www.marmarabelediyelerbirligi.org.tr/duyuru/meclis-karari"
    pub = publisher_of(source)
    assert pub is not None and (pub.name, pub.kind) == ("Marmara Belediyeler Birliği", "union")
    got = people(UNNAMED_UNION, source)
    union = "Marmara Belediyeler Birliği"
    assert got["Ali Kaya"] == ("Meclis Başkanı", union)
    assert got["Ece Sönmez"] == ("Kâtip Üye", union)
    # a news site is no union, and a union's host spells its whole name
    assert publisher_of("https://www.birlikhaber.com/marmara-belediyeler") is None
    assert publisher_of("https://marmarabirlik.org/") is None


def test_posts_in_one_column_and_names_after_colons_in_the_next_are_paired_in_order():
    text = (
        "T.C.\nMARMARA BELEDİYELER BİRLİĞİ\nMECLİS KARARLARI\nTARİH: 5 Mart 2021\n"
        "TOPLANTIYA KATILANLAR :\nBirlik Meclis Başkanı\nKâtip Üye\nKâtip Üye\n"
        "Katılan Meclis Üyeleri\n: Ahmet ÇINAR\n: Selin KORKMAZ\n: Mert AYDEMİR\n: Ekli Liste.\n"
        "KARAR NO: 4 – Birlik 2021 yılı bütçesi okundu ve oybirliği ile kabul edildi.\n"
    )
    union = "Marmara Belediyeler Birliği"
    got = people(text)
    assert got["Ahmet Çınar"] == ("Meclis Başkanı", union)
    assert got["Selin Korkmaz"] == ("Kâtip Üye", union)
    assert got["Mert Aydemir"] == ("Kâtip Üye", union)


def test_a_column_of_posts_without_as_many_names_pairs_nothing():
    text = (
        "MECLİS KARARLARI\nTOPLANTIYA KATILANLAR :\nMeclis Başkanı\nKâtip Üye\nKâtip Üye\n"
        ": Ahmet ÇINAR\n: Selin KORKMAZ\n"
        "KARAR NO: 4 – Bütçe okundu ve oybirliği ile kabul edildi.\n"
    )
    got = people(text)
    assert got.get("Selin Korkmaz", (None, None))[0] != "Kâtip Üye"


def test_a_quotation_over_whole_paragraphs_with_no_speaker_near_is_a_quote():
    text = (
        "Belediyeler Birliği meclisi dün toplandı ve yeni yönetimini seçti.\n"
        "“Bugün yapılan seçimde görev alan bütün arkadaşlarımı kutluyorum, "
        "hepsine başarılar diliyorum.\n"
        "Kentlerimiz için birlikte çalışmaya devam edeceğiz ve sözümüzü tutacağız.”"
    )
    got = extract(text)["quotes"]
    assert len(got) == 1
    assert got[0]["text"].startswith("Bugün yapılan seçimde")
    assert got[0].get("speaker") is None


def test_a_quotation_that_a_line_goes_on_after_is_no_passage():
    text = (
        "Belediye yeni afişlerini tanıtmak için bir etkinlik düzenledi.\n"
        "“Yeşil bir kent için hep birlikte çalışıyoruz,\n"
        "yarınlar için ağaç dikiyoruz” sloganıyla hazırlanan afişler asıldı."
    )
    assert extract(text)["quotes"] == []


def test_a_surname_misspelt_by_one_letter_is_the_same_person():
    text = (
        "Oturum açıldıktan sonra yoklama yapıldı. Yoklamada meclis üyesi Mehmet KARABULUT’un "
        "hastalığı nedeniyle toplantıya katılamadığı bildirildi. Meclis üyesi Mehmet KARABULT "
        "dışında tüm üyeler hazırdı. Meclis üyesi Mehmet KARABULUT oybirliği ile izinli sayıldı."
    )
    names = [p["name"] for p in extract(text)["people"]]
    assert names == ["Mehmet Karabulut"]


def test_short_surnames_a_letter_apart_and_other_given_names_stay_apart():
    text = (
        "Meclis üyesi Ayşe Kaya ile Ayşe Kara söz aldı. Meclis üyesi Deniz Karabulut ile "
        "Selim Karabulat da konuştu."
    )
    names = {p["name"] for p in extract(text)["people"]}
    assert {"Ayşe Kaya", "Ayşe Kara", "Deniz Karabulut", "Selim Karabulat"} <= names


def test_a_department_with_a_lower_case_word_inside_keeps_its_whole_name_and_body():
    text = (
        "Toplantıya Sinop Valiliği Hukuk işleri ve İdari Denetim Şube Müdürü Selin Ay da katıldı."
    )
    got = extract(text)["people"][0]
    assert (got["name"], got["title"], got["unit"], got["institution"]) == (
        "Selin Ay",
        "Şube Müdürü",
        "Hukuk İşleri ve İdari Denetim Şube Müdürlüğü",
        "Sinop Valiliği",
    )
