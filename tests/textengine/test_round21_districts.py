"""Round 21 of issue 15 (written from dev15 and dev16): a district's mayor
written with the noun "ilçesi" between the place and the post; the central
district's offices ("Merkez İlçe …") written without the place, as every
other district's are.

The sentences are our own, with invented names."""

import pytest

from tests.textengine.helpers import posts


@pytest.mark.parametrize(
    "text, body",
    [
        ("Erzincan'ın İliç İlçesi Belediye Başkanı Ali Kaya geldi.", "İliç Belediyesi"),
        ("Kemah ilçesi Belediye Başkanı Ali Kaya geldi.", "Kemah Belediyesi"),
        ("Emet ilçesi Kaymakamı Ali Kaya geldi.", "Emet Kaymakamlığı"),
    ],
)
def test_the_noun_after_a_district_names_no_body(text: str, body: str) -> None:
    assert posts(text)["Ali Kaya"][1] == body


def test_two_districts_mayors_each_keep_their_own() -> None:
    text = (
        "İliç İlçesi Belediye Başkanı Ali Kaya ve Kemah ilçesi Belediye Başkanı "
        "Veli Koç toplantıya katıldı."
    )
    got = posts(text)
    assert got["Ali Kaya"] == ("Belediye Başkanı", "İliç Belediyesi")
    assert got["Veli Koç"] == ("Belediye Başkanı", "Kemah Belediyesi")


def test_the_central_district_s_office_is_written_without_merkez() -> None:
    text = "Merkez İlçe Nüfus Müdürü Ali Kaya ve Karatay İlçe Nüfus Müdürü Veli Koç geldi."
    got = posts(text)
    assert got["Ali Kaya"] == ("İlçe Nüfus Müdürü", "İlçe Nüfus Müdürlüğü")
    assert got["Veli Koç"] == ("İlçe Nüfus Müdürü", "İlçe Nüfus Müdürlüğü")


@pytest.mark.parametrize(
    "text",
    [
        "Akkuş Belediye Başkanı Ali Kaya Ordu merkezinde temaslarda bulundu.",
        "Akkuş Belediye Başkanı Ali Kaya Ordu'da temaslarda bulundu.",
    ],
)
def test_a_place_after_a_full_name_is_where_not_who(text: str) -> None:
    assert posts(text)["Ali Kaya"] == ("Belediye Başkanı", "Akkuş Belediyesi")
