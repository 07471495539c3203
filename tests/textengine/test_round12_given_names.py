"""Given names written from general knowledge (issue 15, round 12).

A listed given name lets a person named without a title be found.  Every
sentence here is our own.  Names that are also common words (umut,
barış) or common surnames were left out of the list on purpose, so a
word at a sentence start must not become a person.
"""

import pytest

from ortakmasa.textengine.pipeline import extract


def people(text: str) -> list[str]:
    return [p["name"] for p in extract(text)["people"]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mahalle toplantısına Nazife Karaca da katıldı.", "Nazife Karaca"),
        ("Parkın açılışında Şehmus Ertan bir konuşma yaptı.", "Şehmus Ertan"),
        ("Kooperatifin kurucusu Mihriban Sarıkaya, üretimi anlattı.", "Mihriban Sarıkaya"),
        ("Dernek adına Ebubekir Toprakçı söz aldı.", "Ebubekir Toprakçı"),
        ("Festivali Berivan Oruç ile Zelal Karataş düzenledi.", "Berivan Oruç"),
        ("Festivali Berivan Oruç ile Zelal Karataş düzenledi.", "Zelal Karataş"),
        ("Yarışmayı Kürşat Yalvaç kazandı.", "Kürşat Yalvaç"),
        ("Ödülü Tayfur Gençalp ile Hümeyra Uzun aldı.", "Hümeyra Uzun"),
    ],
)
def test_untitled_person_with_listed_given_name(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Umut verici gelişmeler yaşandığını söyleyen yetkililer sevindi.",
        "Barış için yürüyüş yapan gençler meydanda toplandı.",
        "Mahallede umut ve barış için yürüyüş yapıldı.",
        "Yağmur Suyu Kanalı projesi bu yıl bitecek.",
        "Kader Birliği Derneği yeni üyelerini ağırladı.",
    ],
)
def test_common_word_is_no_person(text: str) -> None:
    assert people(text) == []


def test_common_surname_is_a_later_mention() -> None:
    # Dinçer and the like are left out of the list: as surnames they are far
    # more common, and a listed word would start a new name after "Başkan".
    text = (
        "Belediye Başkanı Evren Dinçer, Vali Ali Kara'yı ziyaret etti. "
        "Ziyarette Başkan Dinçer Konya valisine bir maket verdi."
    )
    assert people(text) == ["Evren Dinçer", "Ali Kara"]
