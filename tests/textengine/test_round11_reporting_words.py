"""Reporting language of Turkish news written from general knowledge
(issue 15, round 11): verbs, participles, converbs, colon intros and
reporting nouns that say a quote was spoken, and by whom.

Every sentence here is our own.  Each case names a person besides the
speaker, so that only the reporting word can tell who said the quote.
"""

import pytest

from ortakmasa.textengine.pipeline import extract


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q["text"], q.get("speaker")) for q in extract(text)["quotes"]]


SPEECH = "Mahallemizin bütün sokaklarını bu yıl içinde yeniden yapacağız"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a participle after the quote: the person right after it says it
        (
            f'Vali Ayşe Kara ile görüşen, "{SPEECH}" diye uyaran Başkan Ali Demir, '
            "toplantıdan ayrıldı.",
            "Ali Demir",
        ),
        (
            f'Vali Ayşe Kara\'nın ziyaretinde "{SPEECH}" açıklamasını yapan Başkan '
            "Ali Demir, projeleri anlattı.",
            "Ali Demir",
        ),
        (
            f'Vali Ayşe Kara\'nın ziyaretinde "{SPEECH}" müjdesini veren Başkan '
            "Ali Demir, projeleri anlattı.",
            "Ali Demir",
        ),
        (
            f'Vali Ayşe Kara\'nın ziyaretinde "{SPEECH}" sözlerini sarf eden Başkan '
            "Ali Demir, projeleri anlattı.",
            "Ali Demir",
        ),
        (
            f'Vali Ayşe Kara\'nın ziyaretinde "{SPEECH}" diye konuşan Başkan Ali Demir, '
            "projeleri anlattı.",
            "Ali Demir",
        ),
        (
            f'Vali Ayşe Kara\'nın ziyaretinde "{SPEECH}" şeklinde konuşan Başkan '
            "Ali Demir, projeleri anlattı.",
            "Ali Demir",
        ),
        (
            f'Vali Ayşe Kara\'nın ziyaretinde "{SPEECH}" diye hatırlatan Başkan '
            "Ali Demir, projeleri anlattı.",
            "Ali Demir",
        ),
        (
            f'Vali Ayşe Kara\'nın ziyaretinde "{SPEECH}" iddiasında bulunan Başkan '
            "Ali Demir, projeleri anlattı.",
            "Ali Demir",
        ),
        (
            f'Vali Ayşe Kara\'nın ziyaretinde "{SPEECH}" müjdesinde bulunan Başkan '
            "Ali Demir, projeleri anlattı.",
            "Ali Demir",
        ),
        (
            f'Vali Ayşe Kara\'nın ziyaretinde "{SPEECH}" çağrıda bulunan Başkan '
            "Ali Demir, projeleri anlattı.",
            "Ali Demir",
        ),
        # a finite verb after the quote: the subject of the sentence says it
        (f'Başkan Ali Demir, "{SPEECH}" diye müjdeledi.', "Ali Demir"),
        (f'Başkan Ali Demir, "{SPEECH}" şeklinde yanıt verdi.', "Ali Demir"),
        (f'Başkan Ali Demir, "{SPEECH}" sözlerini sarf etti.', "Ali Demir"),
        (f'Başkan Ali Demir, "{SPEECH}" diye sözlerini tamamladı.', "Ali Demir"),
        (f'Başkan Ali Demir, "{SPEECH}" uyarısını yaptı.', "Ali Demir"),
        (f'Başkan Ali Demir, "{SPEECH}" müjdesini verdi.', "Ali Demir"),
        # a converb before the quote, then a comma
        (
            f'Başkan Ali Demir, yolların eskidiğini öne sürerek, "{SPEECH}" dedi.',
            "Ali Demir",
        ),
    ],
)
def test_reporting_word_gives_speaker(text: str, speaker: str) -> None:
    assert (SPEECH, speaker) in quotes(text)


@pytest.mark.parametrize(
    "intro",
    [
        "şunları vurguladı",
        "şöyle seslendi",
        "açıklamasında şunları söyledi",
        "şu açıklamayı yaptı",
    ],
)
def test_colon_intro_gives_speaker(intro: str) -> None:
    # the site lost the marks: the paragraph after the colon is the speech
    text = (
        f"Başkan Ali Demir, Vali Ayşe Kara'nın katıldığı törende {intro}:\n"
        f"{SPEECH}. Komşularımızın desteğiyle her sokağa ulaşacağız.\n"
    )
    assert any(SPEECH in said and who == "Ali Demir" for said, who in quotes(text))


def test_cited_saying_is_not_speech() -> None:
    # an impersonal passive after the marks cites a saying: the person who
    # recalls it did not say the quoted words
    text = (
        'Eski bir sözde "Komşu komşunun külüne muhtaçtır" dendiğini hatırlatan '
        "Başkan Ali Demir, herkesi dayanışmaya çağırdı."
    )
    assert not any("külüne" in said for said, _ in quotes(text))


def test_participle_without_quote_is_no_speech() -> None:
    # a reporting participle with nothing quoted before it is no quote
    text = "Projeleri anlatan Başkan Ali Demir, Vali Ayşe Kara ile görüştü."
    assert quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'Başkan Ali Demir, "Temiz Sokak Günleri" projesini anlatan Vali Ayşe Kara ile görüştü.',
        'Başkan Ali Demir, "Temiz Sokak Günleri" projesini açıkladı.',
        'Başkan Ali Demir, "Yeşil Kent Parkı" kampanyasını açıklayan Vali Ayşe Kara ile görüştü.',
        'Başkan Ali Demir, "Kentin Hafızası Sokaklar" adlı kitabı hatırlatan Vali Ayşe Kara '
        "ile görüştü.",
    ],
)
def test_quoted_name_before_reporting_verb_is_no_speech(text: str) -> None:
    # the marks name a project or a book that a noun after them owns; the
    # reporting participle tells what the person did with it, not a speech
    assert quotes(text) == []
