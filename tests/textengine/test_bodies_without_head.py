"""Posts and bodies written across a line end or without a head word.

"Muğla Büyükşehir Belediye\\nBaşkanı" hard-wrapped by the page is one post;
"Yeşilay Şube Başkanı": a body known by its own name, before a post only
an organisation has, is that body.  Our own texts, invented names.
"""

from __future__ import annotations

from ortakmasa.textengine.pipeline import extract


def _people(text: str) -> dict[str, dict[str, object]]:
    return {p["name"]: p for p in extract(text, source="t.txt")["people"]}


def test_a_hard_wrapped_title_is_read() -> None:
    text = (
        "Dernek yönetimi ziyarette bulundu. Dernek Başkanı teşekkür etti ve Kestel Belediye\n"
        "Başkanı Ali Veli’ye ziyaretleri için teşekkür etti.\n"
    )
    p = _people(text)["Ali Veli"]
    assert (p["title"], p["institution"]) == ("Belediye Başkanı", "Kestel Belediyesi")


def test_a_proper_name_before_an_organisation_post_is_the_body() -> None:
    text = (
        "Yeşilay Genel Başkanı Ali Veli kenti ziyaret etti. Ziyarete Yeşilay Bursa "
        "Şube Başkanı Ayşe Kara da eşlik etti.\n"
    )
    people = _people(text)
    assert people["Ali Veli"]["institution"] == "Yeşilay"
    assert people["Ayşe Kara"]["institution"] == "Yeşilay"
    bodies = {i["name"] for i in extract(text, source="t.txt")["institutions"]}
    assert "Yeşilay" in bodies


def test_a_place_before_a_post_is_no_body() -> None:
    people = _people("Kestel Şube Başkanı Ali Veli konuştu.\n")
    assert people["Ali Veli"]["institution"] != "Kestel"
