from ortakmasa.textengine.normalize import lower_same_length, normalize


def test_quotes_and_apostrophes_unified():
    assert (
        normalize("Başakşehir’e “hoş geldiniz” «dedi» ‘x’")
        == 'Başakşehir\'e "hoş geldiniz" "dedi" \'x\''
    )


def test_double_apostrophe_becomes_quote():
    assert normalize("''Evet'' dedi") == '"Evet" dedi'


def test_glued_dateline_split():
    assert normalize("konuşulduMUĞLA (İGFA) - Başkan") == "konuşuldu\nMUĞLA (İGFA) - Başkan"


def test_lost_space_after_stop():
    assert normalize("ziyaret etti.Başkan geldi") == "ziyaret etti. Başkan geldi"


def test_html_leftovers_and_entities():
    assert normalize("a&nbsp;b &amp; c<br>d <b>e</b>") == "a b & c\nd e"


def test_page_noise_lines_dropped():
    assert normalize("Paylaş\nTweet\nAsıl metin.\nOkunma: 120\nEtiketler: a, b") == "Asıl metin."


def test_turkish_lowercase_keeps_length():
    text = "İSTANBUL Işık"
    low = lower_same_length(text)
    assert low == "istanbul ışık"
    assert len(low) == len(text)
