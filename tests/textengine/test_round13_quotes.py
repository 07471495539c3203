"""Quote shapes of real news, round 13: speeches over several paragraphs,
quotes with no reporting verb after a sentence about their speaker, names
of things and voting formulas in marks, a title word as the speaker
(issue 15; the left-overs of rounds 8 and 8b and Turkish news style).

Every sentence here is our own; the shapes are those of Turkish news.
"""

from tests.textengine.helpers import quotes, speakers


def test_later_paragraphs_of_a_speech_open_with_a_mark_and_keep_the_speaker():
    text = (
        "Niğde Belediye Başkanı Oktay Serin, yeni dönemin ilk meclis toplantısında konuştu. "
        'Serin, "Bu kente hizmet etmek bizim için bir onurdur. Daha çok çalışacağız" dedi.\n\n'
        '"Ulaşımda önemli adımlar attık. Yeni otobüsler yola çıktı."\n\n'
        '"Bütün meclis üyelerimize teşekkür ediyorum."\n\n'
        "Toplantı gündem maddelerinin görüşülmesiyle sürdü."
    )
    got = speakers(text)
    assert got["Ulaşımda önemli adımlar attık. Yeni otobüsler yola çıktı."] == "Oktay Serin"
    assert got["Bütün meclis üyelerimize teşekkür ediyorum."] == "Oktay Serin"
    assert len(got) == 3


def test_paragraphs_of_a_speech_after_a_colon_each_opened_by_a_mark():
    text = (
        "Vali Kerem Soylu, şehit ailelerini ziyaret etti. Soylu şunları söyledi:\n"
        '"Şehitlerimizin emanetine sahip çıkmak hepimizin görevidir. Bu aileler başımızın '
        "tacıdır.\n"
        '"Devletimiz her zaman ailelerimizin yanındadır. İhtiyaçlarını karşılamaya devam '
        'edeceğiz."'
    )
    got = quotes(text)
    assert [s for s, _ in got] == ["Kerem Soylu", "Kerem Soylu"]
    assert got[1][1].startswith("Devletimiz her zaman")


def test_a_paragraph_quote_after_someone_else_is_named_is_not_continued():
    text = (
        "Belediye Başkanı Gül Aksoy, Vali Kerem Soylu'yu ağırladı. Vali Soylu, "
        '"Başkanımıza teşekkür ediyorum. Kentimiz için birlikte çalışacağız" dedi. '
        "Aksoy ise belediyenin yatırımlarını anlattı.\n"
        '"Bu yıl otuz kilometre yol yaptık. Gelecek yıl bunu ikiye katlayacağız."'
    )
    got = speakers(text)
    assert got["Bu yıl otuz kilometre yol yaptık. Gelecek yıl bunu ikiye katlayacağız."] == (
        "Gül Aksoy"
    )


def test_a_quote_without_a_verb_after_a_sentence_about_its_speaker():
    text = (
        "Kaymakam Selim Ozan, ilçedeki okulları gezdi. Öğretmenlerle sohbet eden Ozan, "
        'eğitimin önemine değindi. "Eğitim her şeyin başıdır. Öğretmenlerimize güveniyoruz."'
    )
    assert speakers(text) == {
        "Eğitim her şeyin başıdır. Öğretmenlerimize güveniyoruz.": "Selim Ozan"
    }


def test_highlights_of_a_speech_owned_in_the_genitive():
    text = (
        "Belediye Başkanı Nuri Kalkan meclis toplantısında konuştu. Başkan Kalkan'ın "
        "konuşmasından satır başları...\n\n"
        '"Bu yıl yirmi kilometre yol yaptık. Yeni yollar da yolda."'
    )
    assert speakers(text) == {
        "Bu yıl yirmi kilometre yol yaptık. Yeni yollar da yolda.": "Nuri Kalkan"
    }


def test_a_quoted_heading_without_a_stop_stays_a_heading():
    text = (
        "Belediye Başkanı Nuri Kalkan, esnaf ziyaretinde bulundu.\n\n"
        '"Esnafımızın Her Zaman Yanındayız"\n\n'
        'Kalkan, "Esnafımızın her zaman yanındayız. Sorunlarını biliyoruz" dedi.'
    )
    got = speakers(text)
    assert got["Esnafımızın Her Zaman Yanındayız"] == "Nuri Kalkan"
    assert len(got) == 2


def test_a_colon_intro_followed_by_a_blank_line_and_a_bullet():
    text = (
        "Meclis Başkanı Derya Tunç gelen itirazlara şu yanıtı verdi:\n\n"
        '  • "Önergede gerekçe yok, tarih yok. Bu haliyle oylanamaz."'
    )
    assert speakers(text) == {
        "Önergede gerekçe yok, tarih yok. Bu haliyle oylanamaz.": "Derya Tunç"
    }


def test_names_of_campaigns_projects_and_visits_are_no_speech():
    text = (
        'Belediye Başkanı Nuri Kalkan, "Her Çocuğa Bir Fidan" kampanyasına destek verdi. '
        'Vali Kerem Soylu\'ya "hayırlı olsun" ziyareti için geldiklerini belirten Kalkan, '
        '"Sıfır Atık Kent" projesinde gelinen noktayı anlattı. Kalkan, "kentin su sorunu" '
        "konusunda da bilgi verdi."
    )
    assert quotes(text) == []


def test_a_voting_formula_in_marks_is_no_quote():
    text = (
        'Meclis Başkanı Derya Tunç, maddeyi oylamaya sunarak "Kabul edenler... '
        'Etmeyenler... Oybirliğiyle kabul edilmiştir" dedi. Tunç, "Bu karar ilçemize '
        'hayırlı olsun. Emeği geçenlere teşekkür ederim" diye konuştu.'
    )
    got = speakers(text)
    assert got == {"Bu karar ilçemize hayırlı olsun. Emeği geçenlere teşekkür ederim": "Derya Tunç"}


def test_an_order_quoted_word_for_word_with_the_giver_in_the_genitive():
    text = (
        "İddiaya göre Kaymakam Selim Ozan'ın, İlçe Müftüsü Hakan Er'e, \"Toplantıya "
        'gelmeden önce beni ara, bekle" talimatı verdi.'
    )
    assert speakers(text) == {"Toplantıya gelmeden önce beni ara, bekle": "Selim Ozan"}


def test_words_said_owned_in_the_genitive():
    text = (
        'Belediye Başkanı Nuri Kalkan\'ın "Bu kent hepimizin. Birlikte büyüteceğiz" '
        "sözleri salonda alkışlandı."
    )
    assert speakers(text) == {"Bu kent hepimizin. Birlikte büyüteceğiz": "Nuri Kalkan"}


def test_a_bare_baskan_is_not_the_person_thanked_in_its_sentence():
    text = (
        "Belediye Başkanı Nuri Kalkan, Esnaf Odası Başkanı Cem Ulu'yu ziyaret etti. "
        "Ulu'ya teşekkür eden Başkan, \"Esnafımız bu kentin can damarıdır. Her zaman "
        'yanlarındayız" dedi.'
    )
    got = speakers(text)
    assert got["Esnafımız bu kentin can damarıdır. Her zaman yanlarındayız"] == "Nuri Kalkan"


def test_speech_without_marks_after_konusmasinda():
    text = (
        "Kongrede kürsüye Oda Başkanı Levent Sarı geldi. Sarı konuşmasında iki dönemdir bu "
        "odada görev yapıyorum. Üyelerimizin haklarını her yerde savunduk dedi."
    )
    got = quotes(text)
    assert got == [
        (
            "Levent Sarı",
            "iki dönemdir bu odada görev yapıyorum. Üyelerimizin haklarını her yerde savunduk",
        )
    ]


def test_diye_before_any_verb_reports_the_quote():
    text = (
        'Muhtar Eren Bulut, "Bu yol ne zaman bitecek? Mahallemiz bekliyor" diye sitem etti. '
        '"Kışın okula gidemiyoruz. Bir çözüm bulunsun" diye dert yanan veli Aslı Kurt da '
        "belediyeye çağrıda bulundu."
    )
    got = speakers(text)
    assert got["Bu yol ne zaman bitecek? Mahallemiz bekliyor"] == "Eren Bulut"
    assert got["Kışın okula gidemiyoruz. Bir çözüm bulunsun"] == "Aslı Kurt"


def test_diye_that_names_a_thing_is_no_speech():
    text = (
        'Belediye Başkanı Nuri Kalkan, "Kentimizde Temiz Hava Yılı" diye bir proje başlattı. '
        'Kalkan, "Dünyanın en güzel kenti" diye bilinen ilçeyi de gezdi.'
    )
    assert quotes(text) == []


def test_a_reporting_participle_opening_the_next_sentence_names_the_speaker():
    text = (
        "Belediye Başkanı Nuri Kalkan, Vali Kerem Soylu'yu ziyaret etti.\n"
        '"Kentimiz için çok çalışıyoruz. Yeni yatırımlar yolda."\n'
        "Bu sözleri söyleyen Vali Soylu, başkana teşekkür etti."
    )
    assert speakers(text) == {
        "Kentimiz için çok çalışıyoruz. Yeni yatırımlar yolda.": "Kerem Soylu"
    }


def test_a_headline_in_capitals_naming_its_speaker_before_a_colon():
    text = (
        'VALİ SOYLU: "İLİMİZDE ASAYİŞ SORUNU YOK"\n'
        'Niğde Valisi Kerem Soylu, il güvenlik toplantısında konuştu. Soylu, "İlimizde '
        'asayiş sorunu yok. Güvenlik güçlerimize teşekkür ederim" dedi.'
    )
    got = speakers(text)
    assert got["İLİMİZDE ASAYİŞ SORUNU YOK"] == "Kerem Soylu"
    assert len(got) == 2
