"""Quote shapes of real news, round 15: quotes in single marks with an
apostrophe or a quote inside them, speech without marks that a converb
opens or a participle closes, a converb with a semicolon, a minister named
by the surname (issue 15; the freshest unseen part's quote misses).

Every sentence here is our own; the shapes are those of Turkish news.
"""

from tests.textengine.helpers import quotes, speakers


def test_single_marks_with_an_apostrophe_and_an_inner_quote_are_one_quote():
    text = (
        "Kaymakam Selim Ozan, Ilgaz'daki okulu ziyaret etti. Ziyaretten memnun kalan "
        "Okul Müdürü Derya Tan, 'Sayın Kaymakamımız Ilgaz'a geldiği günden beri okulumuzla "
        "ilgileniyor. Her ay 'veli' olarak toplantımıza katılıyor. Kendisine teşekkür "
        "ediyorum' diye konuştu."
    )
    got = quotes(text)
    assert len(got) == 1
    speaker, said = got[0]
    assert speaker == "Derya Tan"
    assert said.startswith("Sayın Kaymakamımız Ilgaz'a geldiği")
    assert said.endswith("teşekkür ediyorum")


def test_a_single_marked_quote_may_open_with_a_digit():
    text = (
        "Belediye Başkanı Gül Aksoy, yeni parkın temelini attı. "
        "Aksoy, '2027 yılının başında parkı halkımızın hizmetine açmış olacağız' dedi."
    )
    assert speakers(text) == {
        "2027 yılının başında parkı halkımızın hizmetine açmış olacağız": "Gül Aksoy"
    }


def test_an_apostrophe_alone_is_not_a_quote():
    text = "Vali Kerem Soylu, Sinop'ta Ankara'dan gelen heyeti kabul etti ve Ayancık'a geçti."
    assert quotes(text) == []


def test_unmarked_speech_starts_after_a_reporting_converb():
    text = (
        "Vali Kerem Soylu, kurul toplantılarını her ay başka ilçede yaptıklarını belirterek "
        "Kurul olarak ilçelerimizin ihtiyaçlarını yerinde görüyoruz. Bu ay Ayancık bize ev "
        "sahipliği yaptı dedi."
    )
    got = quotes(text)
    assert got == [
        (
            "Kerem Soylu",
            "Kurul olarak ilçelerimizin ihtiyaçlarını yerinde görüyoruz. "
            "Bu ay Ayancık bize ev sahipliği yaptı",
        )
    ]


def test_unmarked_speech_closed_by_diyen_and_the_speaker_after_it():
    text = (
        "Ziraat Odası Başkanı Ferit Kaya, Vali Kerem Soylu'yu makamında ziyaret etti. "
        "Sinop, balıkçılıkta öne çıkan bir şehirdir. Son yıllarda tarımımız da "
        "gelişiyor diyen Vali Kerem Soylu, ziyaretten memnun olduğunu söyledi."
    )
    got = quotes(text)
    assert len(got) == 1
    speaker, said = got[0]
    assert speaker == "Kerem Soylu"
    assert said.startswith("Sinop, balıkçılıkta öne çıkan")
    assert said.endswith("tarımımız da gelişiyor")


def test_unmarked_speech_closed_by_ifadelerini_kullanan():
    text = (
        "Ferit Kaya heyetiyle kente geldi.\n\n"
        "Üyelerimizin son yıllardaki çalışmalarından çok memnunuz. Kooperatiflerimiz büyüdü "
        "ifadelerini kullanan Ziraat Odası Başkanı Ferit Kaya, "
        '"Çiftçimizin yanındayız" dedi.'
    )
    got = speakers(text)
    assert (
        got["Üyelerimizin son yıllardaki çalışmalarından çok memnunuz. Kooperatiflerimiz büyüdü"]
        == "Ferit Kaya"
    )
    assert got["Çiftçimizin yanındayız"] == "Ferit Kaya"


def test_a_participle_after_narration_is_not_speech():
    text = (
        "Vali Kerem Soylu, kentteki yatırımları inceledi. Yapılan yolları gezdi ve "
        "yetkililerden bilgi aldı diyen Ayşe Er, ziyaretin iki saat sürdüğünü aktardı."
    )
    assert quotes(text) == []


def test_a_converb_before_a_semicolon_introduces_the_quote():
    text = (
        "Ziyaretten memnun olduğunu dile getiren Ticaret Borsası Başkanı Ferit Kaya, kentin "
        'uzun süre ihmal edildiğini anlatarak; "Oysa ilimiz huzurlu ve güvenlidir. '
        'Yatırımcıları bekliyoruz."'
    )
    assert speakers(text) == {
        "Oysa ilimiz huzurlu ve güvenlidir. Yatırımcıları bekliyoruz.": "Ferit Kaya"
    }


def test_a_minister_named_by_the_surname_says_a_headline():
    text = (
        "Vali Kerem Soylu, heyeti makamında kabul etti.\n\n"
        "Sağlık Bakanı Demirtaşlı: 'Yeni hastane yıl sonunda açılacak'\n\n"
        "Ziyaret bir saat sürdü."
    )
    assert speakers(text) == {"Yeni hastane yıl sonunda açılacak": "Demirtaşlı"}
