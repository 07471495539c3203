"""Quotations hard-wrapped by the page over several lines, and a speaker
introduced with a semicolon ("Başkan Veli; “…”").  Our own texts."""

from __future__ import annotations

from ortakmasa.textengine.pipeline import extract

WRAPPED = (
    "Kestel Belediye Başkanı Ali Veli derneği ziyaret etti.\n"
    "Başkan Veli; “Gençlerimizin geleceği için çalışan bütün kurumların\n"
    "her zaman yanındayız, bu çalışmaları desteklemeye devam\n"
    "edeceğiz” dedi.\n"
    "Ziyarette dernek üyeleri de hazır bulundu.\n"
)

UNCLOSED = (
    "Ali Veli “Bu yıl yeni parklar açacağız dedi.\n"
    "Kestel'de hava güzeldi.\n"
    "Ayşe Kara ise “Çocuklar için oyun alanları yapılacak” diye konuştu.\n"
)


def test_a_quotation_wrapped_over_lines_is_one_quote() -> None:
    quotes = extract(WRAPPED, source="t.txt")["quotes"]
    assert len(quotes) == 1
    assert quotes[0]["text"].startswith("Gençlerimizin geleceği")
    assert quotes[0]["text"].rstrip(".").endswith("edeceğiz")
    assert quotes[0]["speaker"] == "Ali Veli"


def test_an_unclosed_mark_does_not_swallow_the_next_lines() -> None:
    quotes = extract(UNCLOSED, source="t.txt")["quotes"]
    texts = [q["text"] for q in quotes]
    assert any(t.startswith("Çocuklar için oyun alanları") for t in texts)
    assert not any("Kestel'de hava" in t for t in texts)
