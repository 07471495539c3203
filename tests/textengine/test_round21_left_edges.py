"""Round 21 of issue 15 (written from dev11, dev15 and dev16): a person's
name read into the left edge of the body named after it, once the people are
known; a list of posts whose comma follows a person; "Hacı" as a given name
before a lone surname.

The sentences are our own, with invented names."""

import pytest

from ortakmasa.textengine.pipeline import extract
from tests.textengine.helpers import bodies_in, posts


def test_a_surname_and_ve_before_a_body() -> None:
    text = (
        "Protokolü Yalova Belediye Başkanı Kemal B. Tosun ve Yalova Üniversitesi Rektörü "
        "Prof. Dr. Ayla Ekin imzaladı. Kemal Tosun törende konuştu."
    )
    got = posts(text)
    assert got["Ayla Ekin"] == ("Rektör", "Yalova Üniversitesi")
    assert "Tosun ve Yalova Üniversitesi" not in bodies_in(text)


def test_a_surname_in_capitals_before_a_place_s_body() -> None:
    text = (
        "Rektör Ayla Ekin'i andık. Prof. Dr. EKİN Sinop Üniversitesi'ne çok emek verdi, "
        "dedi Genel Sekreter Okan Tuz."
    )
    assert "Sinop Üniversitesi" in bodies_in(text)
    assert "Ekin Sinop Üniversitesi" not in bodies_in(text)


@pytest.mark.parametrize(
    "text, body",
    [
        ("Mimar Sinan Güzel Sanatlar Üniversitesi'nde Mimar Sinan anıldı.", None),
        ("Abdullah Gül Üniversitesi'ni Abdullah Gül ziyaret etti.", "Abdullah Gül Üniversitesi"),
    ],
)
def test_a_body_named_after_a_person_keeps_the_name(text: str, body: str | None) -> None:
    bodies = bodies_in(text)
    assert "Güzel Sanatlar Üniversitesi" not in bodies
    if body:
        assert body in bodies


def test_a_post_a_person_then_a_comma_ends_the_body_s_name() -> None:
    text = (
        "Kahveciler Odası Başkanı Selim Karaca, Malatya Terziler ve Gömlekçiler Odası "
        "Başkanı Ömer Sezer ile görüşüldü."
    )
    assert posts(text)["Ömer Sezer"] == ("Başkan", "Malatya Terziler ve Gömlekçiler Odası")


def test_haci_before_a_lone_surname_is_a_given_name() -> None:
    text = (
        "Ziyarette Kahveciler Odası Başkanı Hacı Karaca, Bakkallar Odası Başkanı "
        "Ömer Sezer ile görüşüldü."
    )
    names = {p["name"] for p in extract(text)["people"]}
    assert "Hacı Karaca" in names
    assert "Karaca" not in names


def test_haci_before_a_full_name_stays_with_it() -> None:
    names = {p["name"] for p in extract("Oda Başkanı Hacı Osman Kaya törene katıldı.")["people"]}
    assert names == {"Hacı Osman Kaya"}


def test_haci_before_a_surname_that_is_a_place_in_a_case() -> None:
    text = "Başkan, Kovancılar Belediye Başkanı Hacı Akpınar'ı ziyaret etti."
    assert posts(text)["Hacı Akpınar"] == ("Belediye Başkanı", "Kovancılar Belediyesi")
