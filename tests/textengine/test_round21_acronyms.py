"""Round 21 of issue 15 (written from dev16): an acronym the lexicon gives one
body ("TBB", the union of municipalities) names another body the text writes
in full with the same initials ("Türkiye Barolar Birliği").

The sentences are our own, with invented names."""

from ortakmasa.textengine.institutions import initials
from ortakmasa.textengine.pipeline import extract
from tests.textengine.helpers import posts


def test_initials_skip_lower_case_words() -> None:
    assert initials("Türkiye Barolar Birliği") == "TBB"
    assert initials("Ege ve Marmara Çevre Belediyeler Birliği") == "EMÇBB"


def test_an_acronym_names_the_body_the_text_spells_out() -> None:
    text = (
        "Türkiye Barolar Birliği baro başkanlarını Ankara'da topladı. "
        "TBB Başkanı Kerem Tunç toplantıyı açtı."
    )
    got = extract(text)
    assert got["people"][0]["institution"] == "Türkiye Barolar Birliği"
    assert "Türkiye Belediyeler Birliği" not in {i["name"] for i in got["institutions"]}


def test_without_a_body_spelled_out_the_lexicon_decides() -> None:
    text = "TBB Başkanı Kerem Tunç belediye başkanlarıyla Ankara'da buluştu."
    assert posts(text)["Kerem Tunç"][1] == "Türkiye Belediyeler Birliği"


def test_two_bodies_with_the_same_initials_leave_the_acronym_alone() -> None:
    text = (
        "Türkiye Barolar Birliği ile Türkiye Bilişim Birliği bir protokol imzaladı. "
        "TBB Başkanı Kerem Tunç imzayı attı."
    )
    assert posts(text)["Kerem Tunç"][1] != "Türkiye Barolar Birliği"
