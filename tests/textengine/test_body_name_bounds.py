"""Where a body's name read leftwards from its head word stops.

A heading in capitals above the sentence, a blank line, a post ("Başkan",
"Rektör") or a function word ("tarafından") is no part of the name; a
sentence hard-wrapped by the page goes on over its line end; "Belediye
Meclisi" alone names no particular body.  Our own texts.
"""

from __future__ import annotations

from ortakmasa.textengine.pipeline import extract


def _bodies(text: str) -> set[str]:
    return {i["name"] for i in extract(text, source="t.txt")["institutions"]}


def test_a_heading_in_capitals_is_not_part_of_the_name() -> None:
    text = (
        "Kestel'de protokol imzalandı.\n"
        "REKTÖR YILDIZ TEŞEKKÜR ETTİ\n"
        "Uludağ Üniversitesi Rektörü Veli Yıldız protokolün hayırlı olmasını diledi.\n"
    )
    bodies = _bodies(text)
    assert "Uludağ Üniversitesi" in bodies
    assert not any("Teşekkür" in b or "TEŞEKKÜR" in b for b in bodies)


def test_a_hard_wrapped_sentence_keeps_its_body() -> None:
    text = (
        "5393 Sayılı Belediye Kanununun 20. maddesi hükümlerine uyularak, Kestel\n"
        "Belediye Meclisinin 04.06.2014 tarihli toplantısı yapıldı.\n"
    )
    assert "Kestel Belediye Meclisi" in _bodies(text)


def test_posts_and_function_words_stop_the_name() -> None:
    text = (
        "BAŞKAN - Başkan tarafından Meclisi açıyorum. Bir önceki Meclisi okuyoruz.\n"
        "Büyükşehir Belediye Başkanı ve Marmara Kentler Birliği Başkanı Ali Veli konuştu.\n"
    )
    bodies = {b.lower() for b in _bodies(text)}
    assert not any("tarafından" in b or "önceki" in b for b in bodies)
    assert "marmara kentler birliği" in bodies


def test_a_generic_council_is_no_body() -> None:
    text = "Ali Veli, Belediye Meclisi toplantısında konuştu.\n"
    assert "Belediye Meclisi" not in _bodies(text)
