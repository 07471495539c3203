"""The left edge of a body's name (issue 15, round 17).

A body's name read leftwards from its head word ran into the sentence
before it: a finite verb closing a heading above, a possessed noun in the
accusative, a genitive before a place, a person's name before a council's
organ; a bare "Meclis" before another noun was read as a council.  Every
sentence here is our own, in the shapes seen in news and council texts.
"""

from ortakmasa.textengine.pipeline import extract


def bodies(text: str) -> list[str]:
    return [i["name"] for i in extract(text)["institutions"]]


def people(text: str) -> list[str]:
    return [p["name"] for p in extract(text)["people"]]


def test_finite_verb_above_ends_the_name() -> None:
    text = (
        "Vekil Ak: Bolulu Bir Rektörün Atanmasını Çok İsteriz\n"
        "Bolu Üniversitesi Rektörlüğü için başvurular sürüyor."
    )
    assert bodies(text) == ["Bolu Üniversitesi"]


def test_genitive_before_place_ends_the_name() -> None:
    text = "Ayten Bolulu Bir İsmin Bolu Üniversitesi Rektörlüğüne Atanmasından Yanadır"
    assert bodies(text) == ["Bolu Üniversitesi"]


def test_bare_council_noun_before_noun_is_no_council() -> None:
    text = "Kartepe Belediyesi 2019 Yılının İlk Meclis Toplantısını Yaptı"
    assert bodies(text) == ["Kartepe Belediyesi"]


def test_person_before_council_committee() -> None:
    text = "Seçimde Ayla Kaya, Tahsin Ak ve Veli Toz Meclis Denetim Komisyonu'na üye seçildi."
    assert "Veli Toz" in people(text)
    assert bodies(text) == ["Meclis Denetim Komisyonu"]


def test_council_post_after_bare_noun_still_names_the_council() -> None:
    text = "Toplantıya Bolu İl Genel Meclis Başkanı Ali Uzun katıldı."
    assert bodies(text) == ["Bolu İl Özel İdaresi"]


def test_object_of_verbal_noun_stays_in_the_name() -> None:
    text = "Toplantıya Bolu Yaşlılara Yardım Derneği Başkanı Ali Uzun katıldı."
    assert any("Yaşlılara Yardım Derneği" in b for b in bodies(text))
