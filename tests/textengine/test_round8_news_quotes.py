"""Quote shapes of real news and press releases (issue 15, round 8: the
quote misses of the news in dev, dev2, dev3, dev4 and half of dev7,
grouped by shape and fixed when two or more publishers showed one).

Every sentence here is our own; the shapes are those the texts showed.
"""

from tests.textengine.helpers import quotes, speakers


def test_a_quote_inside_a_quote_stays_inside():
    text = (
        "Kırklareli Belediye Başkanı Ayten Oral, konuklarına teşekkür etti. Oral, "
        "“Kentimiz, “Göller Diyarı” adıyla anılmayı hak ediyor. Bu unvanı birlikte "
        "taşıyacağız” dedi."
    )
    got = quotes(text)
    assert len(got) == 1
    assert got[0][0] == "Ayten Oral"
    assert got[0][1].startswith("Kentimiz,") and got[0][1].endswith("taşıyacağız")


def test_an_inner_quote_opened_with_a_stray_space():
    text = (
        "Oda Başkanı Cemil Taş, “Geçen ay bize “ Yol yapılacak” dediniz. Bir ay geçti, "
        "yol hâlâ yapılmadı. Bunun hesabını kim verecek?” diye sordu."
    )
    got = quotes(text)
    assert got == [
        (
            "Cemil Taş",
            'Geçen ay bize " Yol yapılacak" dediniz. Bir ay geçti, yol hâlâ yapılmadı. '
            "Bunun hesabını kim verecek?",
        )
    ]


def test_a_sub_heading_in_single_marks_takes_the_speaker_of_the_quote_it_repeats():
    text = (
        "Tokat Valisi Nurcan Ece köylülerle buluştu.\n\n"
        "‘Suyumuz yine gelmedi’\n\n"
        "Toplantı öncesinde muhtarlar kendi aralarında görüştü.\n\n"
        'Yeşilyurt Köyü Muhtarı Hakan Çam, "Yazın üç ay suyumuz yine gelmedi. Kime '
        'gidelim?" dedi.'
    )
    got = speakers(text)
    assert got["Suyumuz yine gelmedi"] == "Hakan Çam"


def test_a_sub_heading_followed_by_an_ellipsis():
    text = (
        "Bölge toplantısı Ordu'da yapıldı.\n\n"
        "‘Projeleri birlikte değerlendirdik’…\n\n"
        'Ordu Büyükşehir Belediye Başkanı Selim Kaya, "Bugün projeleri birlikte '
        'değerlendirdik ve takvimi belirledik" dedi.'
    )
    got = speakers(text)
    assert got["Projeleri birlikte değerlendirdik"] == "Selim Kaya"


def test_a_sub_heading_repeating_a_later_quote_not_the_paragraph_below():
    text = (
        "Başkan Tuna Er muhtarları makamında kabul etti.\n"
        '"Bu görev benim için büyük bir onur"\n'
        "Merkez Mahallesi Muhtarı Ali Kum da Başkan Er'e teşekkür etti.\n"
        'Başkan Er, "Bu kentte görev yapmak benim için her zaman büyük bir onur oldu. '
        'Çalışmaya devam edeceğiz" dedi.'
    )
    got = speakers(text)
    assert got["Bu görev benim için büyük bir onur"] == "Tuna Er"


def test_a_semicolon_written_for_the_colon_of_an_intro():
    text = (
        'Toplantıda konuşan Oda Başkanı Murat Gül, şunları söyledi; " İhracatımız bu yıl '
        'arttı. Hedefimizi aştık."\n'
        "Ardından Başkan Nil Ay'ın konuşması şöyle; \"Değerli üyelerimiz, hoş geldiniz. "
        'Bu yıl yeni bir dönem başlıyor."'
    )
    got = quotes(text)
    assert ("Murat Gül", "İhracatımız bu yıl arttı. Hedefimizi aştık.") in got
    assert ("Nil Ay", "Değerli üyelerimiz, hoş geldiniz. Bu yıl yeni bir dönem başlıyor.") in got


def test_a_converb_and_a_comma_introduce_the_quote():
    text = (
        'Çayır Köyü Muhtarı Emre Tan, yolun yapılmadığını söyleyerek, "Üç yıldır '
        'bekliyoruz" diye tepki gösterdi.'
    )
    assert quotes(text) == [("Emre Tan", "Üç yıldır bekliyoruz")]


def test_a_speaker_the_text_does_not_name():
    text = (
        "Belediye Başkanı Ozan Işık pazar yerini gezdi. Başkanın ziyareti sırasında bir "
        'vatandaş, elindeki fileyi göstererek "Fiyatlar çok yükseldi" dedi.\n'
        'Başkan Işık\'a çiçek veren çiftçiler, "Bu yıl hasat iyi geçti" dedi.'
    )
    assert quotes(text) == [(None, "Fiyatlar çok yükseldi"), (None, "Bu yıl hasat iyi geçti")]


def test_reporting_words_after_a_quote():
    text = (
        'Toplantıda Bucak Köyü Muhtarı Sami Öz\'ün "Yolumuz yine yapılmadı" demesi dikkat '
        'çekti. Meclis Üyesi Eda Gök ise "Bu yıl bütçe yok" diye sordu.\n'
        '"Muhtarlarımız devletin kapısıdır" ifadelerini kullanan Kaymakam Orhan Kılıç, '
        "muhtarlara teşekkür etti.\n"
        'Başkan Tuna Al\'ın "Her mahalleye park yapacağız" sözlerine tepki geldi.'
    )
    got = speakers(text)
    assert got["Yolumuz yine yapılmadı"] == "Sami Öz"
    assert got["Bu yıl bütçe yok"] == "Eda Gök"
    assert got["Muhtarlarımız devletin kapısıdır"] == "Orhan Kılıç"
    assert got["Her mahalleye park yapacağız"] == "Tuna Al"


def test_a_term_in_marks_after_a_name_is_no_quote():
    text = 'Prof. Dr. Deniz Ak "Kent, Göç ve Gelecek" başlıklı bir sunum yaptı.'
    assert quotes(text) == []


def test_speech_without_marks_over_hard_wrapped_lines():
    text = (
        "Vali Kemal Us, toplantıda bütçeyi anlattı.\n"
        "Yatırımların sürdüğünü ifade eden Us, Ajansımız bu yıl 40\n"
        "projeye destek verdi. 12 kuruma da eğitim verildi.\n"
        "Bunun iyi bir sonuç olduğunu düşünüyorum dedi.\n"
    )
    got = quotes(text)
    assert len(got) == 1 and got[0][0] == "Kemal Us"
    assert got[0][1].startswith("Ajansımız bu yıl 40")


def test_speech_without_marks_cut_by_the_excerpt():
    text = (
        "Rektör Ayla Su belediyeyi ziyaret etti.\n"
        "Ziyaretten duyduğu memnuniyeti dile getiren Başkan Okan Er, Rektörümüz "
        "göreve geldiği günden beri kentimize değer kattı. Kendisine teşekkür ediyorum. "
        "Üniversitemiz"
    )
    got = quotes(text)
    assert got and got[0][0] == "Okan Er" and got[0][1].startswith("Rektörümüz göreve")


def test_a_colon_intro_whose_paragraph_lost_its_marks():
    text = (
        "Genel Sekreter Cem Su, çalışmaları anlatarak şunları kaydetti:\n"
        "Geçen yıl 50 işletmeye destek verdik. Bunların 20 tanesi ilçelerde.\n"
        "Eğitimlerimizi sürdürüyoruz.\n"
        "Cem Su, yeni programın mayısta açılacağını da belirtti.\n"
    )
    got = quotes(text)
    assert len(got) == 1 and got[0][0] == "Cem Su"
    assert got[0][1].startswith("Geçen yıl 50 işletmeye") and "mayısta" not in got[0][1]


def test_an_intro_without_speech_after_it_is_no_quote():
    text = "Başkan Ali Tok şunları söyledi:\nToplantıya Vali Ece Kar ve muhtarlar katıldı.\n"
    assert quotes(text) == []
