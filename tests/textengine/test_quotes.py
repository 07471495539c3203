from ortakmasa.textengine.pipeline import extract


def quotes(text: str) -> list[tuple[str | None, str]]:
    return [(q["speaker"], q["text"]) for q in extract(text)["quotes"]]


def test_reporting_verb_after_quote():
    assert quotes('Başkan Ali Kaya, "Bu yıl çok çalışacağız" dedi.') == [
        ("Ali Kaya", "Bu yıl çok çalışacağız")
    ]


def test_participle_names_speaker():
    q = quotes(
        'Kartoğlu\'na, "Hayırlı olsun dileklerimi iletirim" dileğini ileten '
        'Belediye Başkanı Ekrem Yıldız, "İkinci söz burada" ifadelerini kullandı.'
    )
    assert [s for s, _ in q] == ["Ekrem Yıldız", "Ekrem Yıldız"]


def test_colon_paragraph():
    text = (
        "Belediye Başkanı Ekrem Yıldız, sözlerini şöyle sürdürdü:\n\n"
        '"Her ilçeyle görüştük. Öneriler aldık."'
    )
    assert quotes(text) == [("Ekrem Yıldız", "Her ilçeyle görüştük. Öneriler aldık.")]


def test_name_colon_quote():
    text = 'Müdür Canan Aydın katıldı.\n\nCanan Aydın: "Ankete 2.400 kişi katıldı."'
    assert quotes(text) == [("Canan Aydın", "Ankete 2.400 kişi katıldı.")]


def test_broken_closing_mark():
    q = quotes('Müdür Koray Tan da "Mahallede 340 bina riskli. Öncelik okullarda dedi.')
    assert q == [("Koray Tan", "Mahallede 340 bina riskli. Öncelik okullarda")]


def test_single_quote_marks():
    q = quotes(
        "Başkan Yardımcısı Ayhan Sarıgül, 'Kardeş şehirle proje yapacağız' ifadelerini kullandı."
    )
    assert q == [("Ayhan Sarıgül", "Kardeş şehirle proje yapacağız")]


def test_title_in_quotes_is_not_speech():
    assert quotes('Belediye "Sıfır Atık" projesini başlattı.') == []


def test_minutes_turns_and_chair():
    text = (
        "Meclis Başkanı : Cemal ARSLANTAŞ\n\n"
        "BAŞKAN - Toplantıyı açıyorum, gündeme geçiyoruz arkadaşlar.\n\n"
        "Derya KOÇAK (CHP) - Sayın Başkanım, taslakta takvim yok."
    )
    assert quotes(text) == [
        ("Cemal Arslantaş", "Toplantıyı açıyorum, gündeme geçiyoruz arkadaşlar."),
        ("Derya Koçak", "Sayın Başkanım, taslakta takvim yok."),
    ]
