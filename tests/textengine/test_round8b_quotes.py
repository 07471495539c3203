"""Quote shapes of real news, round 8b: quoted headings in capitals and
reporting nouns closed by "bulundu" (issue 15; pooled misses of the news in
dev, dev2, dev3, dev4 and dev7, a rule only for a shape two or more
publishers showed).

Every sentence here is our own; the shapes are those the texts showed.
"""

from tests.textengine.helpers import quotes, speakers


def test_a_heading_in_capitals_takes_the_subject_of_the_paragraph_below():
    text = (
        "CHP Sinop İl Başkanı Orhan Yazıcı, belediyenin otopark ihalesini eleştirdi.\n\n"
        '"HALKIN PARASI PEŞKEŞ ÇEKİLİYOR"\n\n'
        "Başkan Yazıcı, ihalenin tek firmaya verildiğini belirterek şu ifadeleri kullandı:\n\n"
        '"İhale ilanı bir gün önce asıldı. Kimse başvuramadı. Bunu kamuoyunun takdirine '
        'bırakıyoruz."'
    )
    got = speakers(text)
    assert got["HALKIN PARASI PEŞKEŞ ÇEKİLİYOR"] == "Orhan Yazıcı"


def test_a_heading_in_capitals_in_single_marks_repeating_a_later_quote():
    text = (
        "Niğde Ticaret Odası'nın aylık meclis toplantısı yapıldı.\n\n"
        "‘İHRACATÇIMIZ ZOR BİR YILI GERİDE BIRAKIYOR’\n\n"
        "Kur ve faiz baskısına dikkat çeken Oda Başkanı Kemal Erdem, “Zor bir yılı "
        "geride bırakıyoruz ama ihracatçımız yine de pazarlarını korudu” diye konuştu."
    )
    got = speakers(text)
    assert got["İHRACATÇIMIZ ZOR BİR YILI GERİDE BIRAKIYOR"] == "Kemal Erdem"


def test_a_heading_in_capitals_glued_into_the_paragraph():
    text = (
        "İYİ Parti Datça İlçe Başkanı Serkan Oral, belediye yönetimine seslendi. Oral, "
        "“Söz verdiğiniz kreşler nerede? Bir tanesi bile açılmadı” diye sordu.“PAZAR YERİ "
        "NE ZAMAN BİTECEK?”Oral, pazar yerinin iki yıldır bitmediğini ileri sürerek, "
        "“Esnafımız yağmurda, çamurda tezgâh açıyor. Bu ayıp size yeter” dedi."
    )
    got = speakers(text)
    assert got["PAZAR YERİ NE ZAMAN BİTECEK?"] == "Serkan Oral"
    assert len(got) == 3


def test_capitals_in_marks_inside_a_sentence_are_no_heading():
    text = (
        "Kartal Belediye Başkanı Ayşe Demir, “ATIK YOK” kampanyasını başlattı. Demir, "
        "“Bu kampanyaya bütün mahallelerimizi davet ediyoruz” dedi."
    )
    got = quotes(text)
    assert [t for _, t in got] == ["Bu kampanyaya bütün mahallelerimizi davet ediyoruz"]


def test_a_heading_in_capitals_with_nobody_to_say_it_is_dropped():
    text = (
        "Kent meydanında yılbaşı hazırlıkları sürüyor.\n\n"
        '"MEYDAN IŞIKLARLA DONATILDI"\n\n'
        "Süsleme çalışmaları hafta sonuna kadar tamamlanacak."
    )
    assert quotes(text) == []


def test_a_quote_closed_by_a_warning_noun_and_bulundu():
    text = (
        "Bartın İl Sağlık Müdürü Elif Sarı, sosyal medya hesabından yaptığı paylaşımda, "
        "“Aşı olmayan yaşlılarımız risk altında. Lütfen aile hekiminize gidin” "
        "uyarısında bulundu."
    )
    assert quotes(text) == [
        ("Elif Sarı", "Aşı olmayan yaşlılarımız risk altında. Lütfen aile hekiminize gidin")
    ]


def test_a_quote_closed_by_an_assessment_noun_and_bulundu():
    text = (
        "Muş Valisi Hakan Önal, yeni okul binasının açılışında yaptığı konuşmada "
        "“Çocuklarımız artık taşımalı eğitime mahkûm olmayacak” değerlendirmesinde "
        "bulundu."
    )
    assert quotes(text) == [("Hakan Önal", "Çocuklarımız artık taşımalı eğitime mahkûm olmayacak")]


def test_a_warning_noun_and_bulunan_names_the_speaker_after_it():
    text = (
        "“Sahildeki kaçak yapıların yıkımı pazartesi başlıyor” uyarısında bulunan "
        "Kaymakam Murat Ekinci, vatandaşlardan anlayış beklediklerini söyledi."
    )
    assert quotes(text) == [("Murat Ekinci", "Sahildeki kaçak yapıların yıkımı pazartesi başlıyor")]


def test_a_heading_naming_the_news_is_no_quote():
    text = (
        "Aydın Büyükşehir Belediyesi'nde devir teslim töreni yapıldı.\n"
        "“İKİ BAŞKANDAN DAYANIŞMA MESAJI”\n"
        "Törende ilk konuşmayı yapan Belediye Başkanı Ahmet Er, “Bu şehre birlikte "
        "hizmet edeceğiz” dedi."
    )
    got = quotes(text)
    assert [t for _, t in got] == ["Bu şehre birlikte hizmet edeceğiz"]


def test_an_unclosed_quote_opened_with_a_stray_space():
    text = (
        "Kırşehir Ticaret Borsası Başkanı Selim Aksoy, genel kurulda yaptığı konuşmada şu "
        'sözlere yer verdi; " Değerli üyelerimiz, hububat fiyatları bu yıl da üreticimizi '
        "zorladı. Borsamız olarak lisanslı depoculuğu büyütmeye devam edeceğiz. Bu"
    )
    got = quotes(text)
    assert len(got) == 1
    assert got[0][0] == "Selim Aksoy"
    assert got[0][1].startswith("Değerli üyelerimiz, hububat")


def test_a_closing_mark_after_a_space_still_closes():
    text = (
        "Muhtar Ali Kurt, yolun yapılmasını istedi. Yol bir yıldır bekliyor, kış gelmeden "
        'bitsin " dedi.'
    )
    assert all(not t.startswith("dedi") for _, t in quotes(text))


def test_a_heading_over_a_paragraph_naming_another_person_first():
    text = (
        "Sendika Başkanı Cem Uslu, okul müdürü hakkındaki şikâyetleri anlattı.\n\n"
        '"DİLEKÇELERİMİZ CEVAPSIZ KALIYOR"\n\n'
        "Müdür ve öğretmenler arasındaki sorunların aylardır sürdüğünü belirten Uslu şunları "
        'söyledi: "Öğretmenlerimiz her hafta dilekçe veriyor. Hiçbirine cevap gelmedi."'
    )
    got = speakers(text)
    assert got["DİLEKÇELERİMİZ CEVAPSIZ KALIYOR"] == "Cem Uslu"


def test_a_colon_intro_after_a_participle_names_its_speaker():
    text = (
        "Okul Müdürü Derya Kılıç ile velileri temsil eden Sinan Aydın görüştü. Müdür ve "
        "veliler arasındaki sorunların sürdüğünü belirten Aydın şunları söyledi: "
        '"Servis ücretleri iki kat arttı. Velilerimiz bu yükü taşıyamıyor."'
    )
    assert quotes(text) == [
        ("Sinan Aydın", "Servis ücretleri iki kat arttı. Velilerimiz bu yükü taşıyamıyor.")
    ]
