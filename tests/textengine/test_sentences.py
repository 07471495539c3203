from ortakmasa.textengine.sentences import split


def sents(text: str) -> list[str]:
    return [text[s:e] for s, e in split(text)]


def test_abbreviations_do_not_split():
    assert sents("Rektör Prof. Dr. Ali Veli geldi. Sonra gitti.") == [
        "Rektör Prof. Dr. Ali Veli geldi.",
        "Sonra gitti.",
    ]


def test_ordinals_and_numbers():
    assert len(sents("Bu 36. İlçe ziyaretiydi. Tarih 31.05.2024 idi.")) == 2


def test_quote_stays_in_its_sentence():
    text = 'Başkan, "Bu bir başlangıç. Devamı gelecek." dedi. Toplantı bitti.'
    assert sents(text) == ['Başkan, "Bu bir başlangıç. Devamı gelecek." dedi.', "Toplantı bitti."]


def test_lines_are_boundaries():
    assert sents("BAŞLIK\nGövde cümlesi") == ["BAŞLIK", "Gövde cümlesi"]
