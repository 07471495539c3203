from ortakmasa.textengine.tokens import stem, strip_case_suffix, tokenize


def test_apostrophe_split():
    t = tokenize("Başakşehir'imize İBB'nin")
    assert [(x.base, x.suffix) for x in t] == [("Başakşehir", "imize"), ("İBB", "nin")]


def test_offsets_point_into_text():
    text = "İstanbul'umuzun 2-2,5 saat"
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.text


def test_suffix_without_apostrophe():
    assert strip_case_suffix("Belediyesine") == ("Belediye", "sine")
    assert strip_case_suffix("Kartoğlu'na") == ("Kartoğlu", "na")


def test_stem_for_topics():
    assert stem("depremin") == "deprem"
    assert stem("Ulaşımda") == "ulaşım"
