"""Round 21 of issue 15 (written from dev, dev8 and dev15): a paragraph that
closes a quote it never opened (a title opened with one kind of mark and
closed with another) no longer shifts the pairing of every later quote; an
opening mark with a space on both sides before a number opens.

The sentences are our own, with invented names."""

from ortakmasa.textengine.pipeline import extract


def _quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q["speaker"], q["text"]) for q in extract(text)["quotes"]]


def test_a_stray_closing_mark_leaves_the_later_quotes_alone() -> None:
    text = (
        "Vali Ece Tan, OSB'nin 'Kentin Ekonomisi\" konulu konferansı öncesi kahvaltıda "
        "konuştu. Vali Tan, “Kentimiz deri ve tekstil üretiminin merkezi. Birlikte "
        "çalışacağız” dedi. OSB Başkanı Ali Kaya da, “Aynı masada büyürüz” dedi."
    )
    got = _quotes(text)
    assert ("Ece Tan", "Kentimiz deri ve tekstil üretiminin merkezi. Birlikte çalışacağız") in got
    assert ("Ali Kaya", "Aynı masada büyürüz") in got
    assert len(got) == 2


def test_a_spaced_opening_mark_before_a_number() -> None:
    text = (
        "Başkan Ali Kaya deftere yazdığı metinde “ 23. Dönem Meclis'te beraber görev "
        "yaptığım dostumu ziyaret ettim” ifadelerini kullandı."
    )
    got = _quotes(text)
    assert len(got) == 1
    assert got[0][1].startswith("23. Dönem")


def test_an_intro_phrase_ended_by_a_full_stop() -> None:
    text = (
        "Belediye Başkanı Ali Kaya, muhtarlara teşekkür ederek şu sözlere yer verdi.\n"
        "“Değerli mesai arkadaşlarım, bu kentin ihtiyaçlarını birlikte karşılıyoruz. "
        "Hepinize teşekkür ediyorum.”"
    )
    assert _quotes(text) == [
        (
            "Ali Kaya",
            "Değerli mesai arkadaşlarım, bu kentin ihtiyaçlarını birlikte karşılıyoruz. "
            "Hepinize teşekkür ediyorum.",
        )
    ]


def test_an_intro_phrase_glued_to_doubled_apostrophes() -> None:
    text = (
        "Başkan Ali Kaya şunları kaydetti.''Burası bir yılda bitecekti ancak biz bu süreyi "
        "kısalttık. Yakında açıyoruz.''"
    )
    got = _quotes(text)
    assert got and got[0][0] == "Ali Kaya"


def test_a_name_right_before_the_mark_introduces_whole_sentences() -> None:
    text = (
        "Açılışta konuşan Rektör Ekrem Tan “Üniversitemizin açılış törenine hoş geldiniz. "
        "Bu yıl yeni bölümler açıyoruz"
    )
    assert _quotes(text)[0][0] == "Ekrem Tan"


def test_a_name_before_a_teaser_or_a_broken_apostrophe_introduces_nothing() -> None:
    teaser = "Başkan Ekrem Tan “Bir ilçeyi yönetmek için, o kenti..."
    broken = 'Emniyet Müdürü bu davranışından dolayı Başkan Tan"na teşekkür etti. -iha'
    assert _quotes(teaser) == []
    assert _quotes(broken) == []


def test_da_written_as_a_case_ending_before_the_mark() -> None:
    text = (
        "Ali Kaya teşekkür etti. Belediye Başkanı Ece Tan'da “Kentimiz hızla gelişiyor. "
        "Hepinize teşekkür ederim” dedi."
    )
    assert _quotes(text)[0][0] == "Ece Tan"


def test_a_single_mark_after_the_speaker_s_comma() -> None:
    text = (
        "Ziyarette konuşan Dernek Başkanı Ali Kaya, 'Yeni Kaymakamımıza hayırlı olsun "
        "demek için geldik. Her zaman yardıma hazırız."
    )
    assert _quotes(text)[0][0] == "Ali Kaya"


def test_single_and_double_marks_that_do_not_pair_introduce_nothing() -> None:
    text = (
        "- İl Müdürü Ali Kaya, 'Sizi bizim köyümüzde de görmek istiyoruz\" diyen "
        "vatandaşların çağrısına kayıtsız kalmadı"
    )
    assert all(q[0] != "Ali Kaya" for q in _quotes(text))


def test_a_saying_reported_as_a_soylem() -> None:
    text = 'Salondan çıkarken üye Ali Kaya "Hep yalan söylüyor" şeklinde söylemde bulundu.'
    assert _quotes(text) == [("Ali Kaya", "Hep yalan söylüyor")]


def test_diyerek_reports_the_name_before_the_quote() -> None:
    text = (
        'Söz alan meclis üyesi Ali Kaya, "Elinde belge olan açıklasın." diyerek sert bir '
        "çıkış yaptı. Meclis Başkanı Veli Koç oturumu kapattı."
    )
    assert _quotes(text) == [("Ali Kaya", "Elinde belge olan açıklasın.")]


def test_a_semicolon_between_the_speaker_and_the_mark() -> None:
    text = (
        'Söz alan Grup Başkanvekili Ali Kaya;"Bu süreçte usulsüzlük yok" diyerek cevap '
        "verdi. Muhalefet sözcüsü Veli Koç itiraz etti."
    )
    assert _quotes(text)[0][0] == "Ali Kaya"
