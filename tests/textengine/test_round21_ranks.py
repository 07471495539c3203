"""Round 21 of issue 15 (written from dev12, dev15): a military rank written
after the words of a unit ("Tank Kurmay Albay A", "Personel Albay A") opens
the name; the unit's words are no part of it.

The sentences are our own, with invented names."""

from tests.textengine.helpers import names_in


def test_unit_words_before_a_rank_are_no_name() -> None:
    text = (
        "Törene Garnizon Komutan Vekili Tank Kurmay Albay Kemal Tunç ile Personel Albay "
        "Hüseyin Ekin katıldı."
    )
    assert names_in(text) == {"Kemal Tunç", "Hüseyin Ekin"}


def test_a_corporal_s_name() -> None:
    assert "Yusuf Tunç" in names_in("Şehit Onbaşı Yusuf Tunç'un ailesi ziyaret edildi.")


def test_a_surname_that_is_a_calling_stays() -> None:
    assert names_in("Toplantıya Ali Yazar Kaya da katıldı.") == {"Ali Yazar Kaya"}


def test_an_oglu_surname_s_case_without_the_apostrophe() -> None:
    text = "Oturum Meclis Başkanı Celal Tunçoğlunun açılış konuşmasıyla başladı."
    assert names_in(text) == {"Celal Tunçoğlu"}
