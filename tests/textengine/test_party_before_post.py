"""A party of two words before a post ("AK Parti İl Başkanı", "İYİ Parti
Milletvekili") gives the person's party, and the post keeps its body.
Our own texts, invented names."""

from __future__ import annotations

from ortakmasa.textengine.pipeline import extract


def test_a_two_word_party_before_a_post_is_the_persons_party() -> None:
    text = (
        "Heyette Kestel AK Parti İl Başkanı Ali Veli ve İYİ Parti Milletvekili "
        "Ayşe Kara yer aldı.\n"
    )
    record = extract(text, source="t.txt")
    people = {p["name"]: p for p in record["people"]}
    assert people["Ali Veli"]["party"] == "AKP"
    assert people["Ayşe Kara"]["party"] == "İYİ Parti"
    assert people["Ayşe Kara"]["institution"] == "Türkiye Büyük Millet Meclisi"
    assert "Türkiye Büyük Millet Meclisi" in {i["name"] for i in record["institutions"]}
