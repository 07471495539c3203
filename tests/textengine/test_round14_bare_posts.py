"""Posts and bodies of people named by a bare role in news (issue 15, round
14): a mayor written "Başkan Ali Veli" in a text about one municipality, a
municipality's acting mayor, and a ministry's provincial director written
without the province.

Every sentence here is our own, with invented names; the shapes are those
several publishers showed.
"""

from tests.textengine.helpers import posts

# --- a mayor named by the bare post --------------------------------------


def test_bare_mayor_of_the_municipality_the_headline_names() -> None:
    text = (
        "ÇAMLIYAYLA'YA KONUK OLDULAR\n\n"
        "Bölge toplantısı için gelen belediye başkanları Çamlıyayla'da buluştu. "
        "Çamlıyayla Belediyesi, Tarsus Belediye Başkanı Kemal Durmaz ve Erdemli Belediye "
        "Başkanı Nesrin Aksoy'u ağırladı. Konukları ağırlayan Başkan Orhan Telli, ilçenin "
        "doğasını anlattı."
    )
    assert posts(text)["Orhan Telli"] == ("Belediye Başkanı", "Çamlıyayla Belediyesi")


def test_bare_mayor_when_the_text_names_one_municipality() -> None:
    text = (
        "Gerçekleştirilen meclis toplantısında 12 madde görüşüldü. Kütahya Belediyesi "
        "Meclis Toplantısı'nın bir sonraki oturumu ay sonunda yapılacak. Söz alan Başkan "
        "Halil Demirtaş, maddeleri tek tek okudu."
    )
    assert posts(text)["Halil Demirtaş"] == ("Belediye Başkanı", "Kütahya Belediyesi")


def test_our_mayor_named_in_a_quote_of_the_acting_mayor() -> None:
    text = (
        "Mahalle muhtarları Ordu Büyükşehir Belediye Başkan Vekili Sevgi Aslan'ı makamında "
        "ziyaret etti. Aslan, \u201cBaşkanımız Dr. Cemal Yalçın'ın öncülüğünde kentimize "
        "hizmet etmeye devam edeceğiz. Herkese teşekkür ederim\u201d dedi."
    )
    got = posts(text)
    assert got["Sevgi Aslan"] == ("Belediye Başkan Vekili", "Ordu Büyükşehir Belediyesi")
    assert got["Cemal Yalçın"] == ("Belediye Başkanı", "Ordu Büyükşehir Belediyesi")


def test_bare_mayor_of_the_domestic_municipality_in_a_sister_city_text() -> None:
    text = (
        "Ohrid ile Bolu kardeş şehir oldu\n\n"
        "Başkan Tarık Önal ile meclis üyelerinden oluşan heyet Ohrid'i ziyaret etti. "
        "Bolu Belediyesi ile Ohrid Belediyesi arasında kardeş şehir protokolü imzalandı. "
        "Ohrid Belediye Başkanı Goran Petrovski tarafından karşılanan Başkan Önal, "
        "\u201cProtokolümüz hayırlı olsun\u201d dedi."
    )
    assert posts(text)["Tarık Önal"] == ("Belediye Başkanı", "Bolu Belediyesi")


def test_acting_mayor_written_in_one_word_after_the_municipality() -> None:
    text = (
        "Konuk heyeti Manisa Büyükşehir Belediye Başkanvekili Yunus Kılınç karşıladı. "
        "Başkanvekili Kılınç kentin tarihini anlattı."
    )
    assert posts(text)["Yunus Kılınç"] == (
        "Belediye Başkan Vekili",
        "Manisa Büyükşehir Belediyesi",
    )


# --- where a bare "Başkan" is not a mayor ---------------------------------


def test_head_of_a_kent_konseyi_keeps_no_municipality() -> None:
    text = (
        "Aydın Büyükşehir Belediyesi Kent Konseyi genel kurulunu yaptı. Kent Konseyi "
        "Başkanı Fikret Sarı açılış konuşması yaptı. Toplantı Başkan Fikret Sarı'nın "
        "teşekkürüyle sona erdi."
    )
    title, institution = posts(text)["Fikret Sarı"]
    assert title != "Belediye Başkanı"
    assert institution != "Aydın Büyükşehir Belediyesi"


def test_bare_chair_in_a_text_opened_by_a_chamber() -> None:
    text = (
        "Ereğli Ticaret Odası meclis toplantısı yapıldı. Toplantıda Ereğli Belediyesi'nin "
        "projeleri konuşuldu. Başkan Nazım Koç, üyelere bilgi verdi."
    )
    title, institution = posts(text)["Nazım Koç"]
    assert (title, institution) != ("Belediye Başkanı", "Ereğli Belediyesi")


def test_bare_chair_with_two_municipalities_and_neither_in_the_lead() -> None:
    text = (
        "Toplantıda yeni dönem planları konuşuldu. Çorlu Belediyesi ve Ergene Belediyesi "
        "temsilcileri katıldı. Başkan Şahin Yurt, planları anlattı."
    )
    title, institution = posts(text)["Şahin Yurt"]
    assert institution is None
    assert title == "Başkan"


def test_a_board_deputy_chair_is_no_acting_mayor() -> None:
    text = (
        "Toplantıya Sinop Belediye Başkanı Ayten Kul ve Yerel Yönetimler Kurulu Başkanvekili "
        "Mert Ilgaz katıldı."
    )
    assert posts(text)["Mert Ilgaz"][0] != "Belediye Başkan Vekili"


# --- a ministry's provincial director without the province -----------------


def test_provincial_director_without_province_keeps_the_directorate_as_written() -> None:
    text = (
        "Vali Sinan Kurt, Niğde Belediyesi'ni ziyaret etti. Ziyarete Tarım ve Orman İl "
        "Müdürü Ercan Yalın ve İl Sağlık Müdürü Dr. Filiz Tunç da katıldı."
    )
    got = posts(text)
    assert got["Ercan Yalın"] == ("Tarım ve Orman İl Müdürü", "Tarım ve Orman İl Müdürlüğü")
    assert got["Filiz Tunç"] == ("İl Sağlık Müdürü", "İl Sağlık Müdürlüğü")


def test_provincial_director_with_the_province_written_keeps_it() -> None:
    text = "Toplantıya Sivas İl Sağlık Müdürü Dr. Kerem Öz katıldı."
    assert posts(text)["Kerem Öz"] == ("İl Sağlık Müdürü", "Sivas İl Sağlık Müdürlüğü")
