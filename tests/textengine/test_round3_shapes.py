"""Shapes met in real published texts (issue 15, round 3), written anew.

Every sentence here is our own; the shapes are those the real development
texts showed: a byline above the lead, a post after an inflected word, a
bare head word referring back to a body, a consulate's country, a quote
owned by a genitive or reported two sentences after its speaker.
"""

from ortakmasa.textengine.pipeline import extract


def people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p["name"]: (p.get("title"), p.get("institution")) for p in extract(text)["people"]}


def quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q["speaker"], q["text"]) for q in extract(text)["quotes"]]


def test_byline_above_the_lead_is_not_the_place():
    text = (
        "Kaymakamlıkta muhtarlarla toplantı yapıldı\n\n"
        "Toplantı Akyazı Kaymakamı Selim Öz başkanlığında yapıldı.\n\n"
        "DERYA BULUT\n\n"
        "Belediye Başkanı Kemal Ersoy ve muhtarlar toplantıya katıldı."
    )
    got = people(text)
    assert got["Kemal Ersoy"] == ("Belediye Başkanı", "Akyazı Belediyesi")


def test_inflected_word_before_the_post_is_not_a_place():
    text = (
        "Tarsus Belediyesi stratejik planı için çalışmalar sürüyor. Eğitim "
        "Toplantısına Belediye Başkan Vekili Aylin Sarı ve müdürler katıldı."
    )
    assert people(text)["Aylin Sarı"][1] == "Tarsus Belediyesi"


def test_kind_of_municipality_is_skipped():
    text = "Çamlıca Belde Belediye Başkanı Orhan Tekin ilçeyi ziyaret etti."
    assert people(text)["Orhan Tekin"] == ("Belediye Başkanı", "Çamlıca Belediyesi")


def test_bare_head_word_refers_back_to_the_body():
    text = (
        "Belediye Başkanı Murat Koç, Sivas Gazeteciler Cemiyeti'ni ziyaret etti. "
        "Koç, Cemiyet Başkanı Hande Yurt ve üyelerle görüştü."
    )
    assert people(text)["Hande Yurt"][1] == "Sivas Gazeteciler Cemiyeti"


def test_consulate_keeps_its_country_and_its_staff():
    text = (
        "Başkan Mert Aydın konukları ağırladı.\n\n"
        "Gürcistan Trabzon Başkonsolosu Nino Beridze, Misyon Şefi Yardımcısı "
        "Konsolos Levan Kapanadze ile belediyeyi ziyaret etti."
    )
    got = people(text)
    assert got["Nino Beridze"][1] == "Gürcistan Trabzon Başkonsolosluğu"
    assert got["Levan Kapanadze"][1] == "Gürcistan Trabzon Başkonsolosluğu"


def test_genitive_owner_of_the_quoted_note():
    text = (
        "Belediye Başkanı Cem Uslu şeref defterini imzaladı. Uslu'nun defterdeki "
        "notunda, “Bu ziyaret bizim için çok anlamlıydı, teşekkür ederim.” ifadeleri yer aldı."
    )
    assert quotes(text) == [("Cem Uslu", "Bu ziyaret bizim için çok anlamlıydı, teşekkür ederim.")]


def test_speaker_named_two_sentences_earlier():
    text = (
        "Belediye Başkanı Cem Uslu muhtarlarla bir araya geldi. Toplantıda "
        "mahallelerin sorunları ele alındı. “Her mahalleye eşit hizmet götüreceğiz, "
        "kimse geride kalmayacak.” diye konuştu."
    )
    assert quotes(text)[0][0] == "Cem Uslu"


def test_earlier_speaker_is_the_subject_not_the_one_visited():
    text = (
        "Vali Deniz Ak, Belediye Başkanı Cem Uslu'yu makamında ziyaret etti. "
        "“Kentimizin bütün projelerine destek vermeye devam edeceğiz.” diye konuştu."
    )
    assert quotes(text)[0][0] == "Deniz Ak"


def test_office_one_is_elected_to_is_a_post_not_a_body():
    text = (
        "Kent konseyinin genel kurulu yapıldı. Avukat Selin Oral, 62 oy alarak Kaş "
        "Kent Konseyi Başkanlığı'na seçildi."
    )
    rec = extract(text)
    got = {p["name"]: (p.get("title"), p.get("institution")) for p in rec["people"]}
    assert got["Selin Oral"] == ("Başkan", "Kaş Kent Konseyi")
    names = [i["name"] for i in rec["institutions"]]
    assert "Kaş Kent Konseyi Başkanlığı" not in names


def test_province_glued_to_a_listed_name_is_dropped():
    text = (
        "Toplantıya milletvekilleri Ahmet Kaya-Bursa, Ayşe Demir-İzmir ve "
        "Mehmet Tekin-Sivas katıldı."
    )
    names = [p["name"] for p in extract(text)["people"]]
    assert names == ["Ahmet Kaya", "Ayşe Demir", "Mehmet Tekin"]


def _members(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {
        p["name"]: (p.get("title"), p.get("institution"), p.get("party"))
        for p in extract(text)["people"]
    }


def test_attendance_column_under_the_chairs_line():
    text = (
        "SARAY BELEDİYE MECLİSİ 2021 YILI NİSAN AYI TOPLANTI TUTANAĞI\n\n"
        "TOPLANTIYA KATILANLAR:\n"
        "Meclis Başkanı: Kemal SOYLU\n"
        "Derya AK\n"
        "Hüseyin TOPRAK\n"
        "Sibel ÖZTÜRK\n\n"
        "KATILMAYANLAR:\n"
        "Nuri BAŞ\n\n"
        "BAŞKAN- Toplantıyı açıyorum."
    )
    got = _members(text)
    assert got["Kemal Soylu"][0] == "Meclis Başkanı"
    for name in ("Derya Ak", "Hüseyin Toprak", "Sibel Öztürk", "Nuri Baş"):
        assert got[name][:2] == ("Meclis Üyesi", "Saray Belediyesi")


def test_signature_table_with_party_cells():
    text = (
        "SARAY BELEDİYE MECLİSİ TOPLANTI TUTANAĞI\n\n"
        "Adı Soyadı\tParti\tİmza\n"
        "Derya AK\tAK Parti\t\n"
        "Hüseyin TOPRAK\tCHP\t\n"
    )
    got = _members(text)
    assert got["Derya Ak"] == ("Meclis Üyesi", "Saray Belediyesi", "AKP")
    assert got["Hüseyin Toprak"] == ("Meclis Üyesi", "Saray Belediyesi", "CHP")


def test_governor_named_without_the_province_is_the_provinces():
    text = "Bolu Muhtarlar Derneği Başkanı Salim Kurt ve muhtarlar Vali Ece Ak'ı ziyaret etti."
    assert people(text)["Ece Ak"] == ("Vali", "Bolu Valiliği")


def test_commander_with_a_rank_and_the_next_post_kept_apart():
    text = (
        "Toplantıya Zara Kaymakamı Ali Er, İl Jandarma Komutanı Tuğgeneral Veli Kaya "
        "ve İl Sağlık Müdürü Ayşe Gül katıldı."
    )
    got = people(text)
    assert got["Veli Kaya"] == ("İl Jandarma Komutanı", "İl Jandarma Komutanlığı")
    assert got["Ayşe Gül"] == ("İl Sağlık Müdürü", "İl Sağlık Müdürlüğü")


def test_mayor_listed_after_an_associations_head_is_not_its_post():
    text = (
        "Bolu Ticaret ve Sanayi Odası Yönetim Kurulu Başkanı Kadir Sel, "
        "Belediye Başkanı Murat Ay'ı ziyaret etti."
    )
    assert people(text)["Murat Ay"][1] != "Bolu Ticaret ve Sanayi Odası"


def test_rector_belongs_to_the_one_university_named():
    text = (
        "Kırşehir Belediyesi ile Ahi Evran Üniversitesi arasında protokol imzalandı. "
        "Protokolü Rektör Prof. Dr. Selim Aka ve Belediye Başkanı Murat Ay imzaladı."
    )
    assert people(text)["Selim Aka"] == ("Rektör", "Ahi Evran Üniversitesi")


def test_saying_cut_by_the_excerpt_before_a_sentence_ends_is_dropped():
    text = (
        "SARAY BELEDİYE MECLİSİ TOPLANTI TUTANAĞI\n\n"
        "BAŞKAN- Gündemin birinci maddesine geçiyoruz. Söz isteyen var mı?\n\n"
        "Derya AK- Sayın Başkanım gündemdeki madde"
    )
    got = [q["text"] for q in extract(text)["quotes"]]
    assert got and all(not t.startswith("Sayın Başkanım") for t in got)


def test_head_word_without_its_ending_names_the_body_before_it():
    text = (
        "Muhtarlardan Başkana Ziyaret\n"
        "Sivas Köy ve Mahalle Muhtarları Dernek Başkanı Ahmet Tuncel belediyeyi ziyaret etti."
    )
    assert people(text)["Ahmet Tuncel"] == ("Başkan", "Sivas Köy ve Mahalle Muhtarları Derneği")
