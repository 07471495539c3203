"""Round 21 of issue 15 (written from dev9 and dev15): a person named right
after the office they were elected or appointed to ("Derepazarı Belediye
Başkanlığına seçilen A", "Rize Valiliğine atanan A"); two chambers' newly
elected chairs in one sentence.

The sentences are our own, with invented names."""

import pytest

from tests.textengine.helpers import posts


@pytest.mark.parametrize(
    "text, post",
    [
        (
            "Vali, Derepazarı Belediye Başkanlığına seçilen Ali Kaya'yı ziyaret etti.",
            ("Belediye Başkanı", "Derepazarı Belediyesi"),
        ),
        ("Rize Valiliğine atanan Ali Kaya görevine başladı.", ("Vali", "Rize Valiliği")),
        (
            "Emet Kaymakamlığına atanan Ali Kaya görevine başladı.",
            ("Kaymakam", "Emet Kaymakamlığı"),
        ),
        (
            "Gazi Üniversitesi rektörlüğüne yeniden atanan Ali Kaya törene katıldı.",
            ("Rektör", "Gazi Üniversitesi"),
        ),
    ],
)
def test_the_office_before_the_person_is_their_post(text: str, post: tuple[str, str]) -> None:
    assert posts(text)["Ali Kaya"] == post


def test_two_chambers_chairs_elected_in_one_sentence() -> None:
    text = (
        "Malatya Kunduracılar Odası Başkanlığına seçilen Ali Kaya ve Malatya Terziler "
        "Odası Başkanlığına seçilen Veli Koç ziyaret edildi."
    )
    got = posts(text)
    assert got["Ali Kaya"] == ("Başkan", "Malatya Kunduracılar Odası")
    assert got["Veli Koç"] == ("Başkan", "Malatya Terziler Odası")


def test_the_elected_is_the_subject_of_a_finite_verb() -> None:
    text = (
        "Seçimde Ali Kaya 66 oy alarak Terme Kent Konseyi Başkanlığı'na seçilirken "
        "Veli Koç 47 oy aldı."
    )
    got = posts(text)
    assert got["Ali Kaya"] == ("Başkan", "Terme Kent Konseyi")
    assert got["Veli Koç"] == (None, None)
