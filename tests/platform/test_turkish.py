"""Turkish case, search and sort rules (ortakmasa.lib.turkish)."""

from hypothesis import given
from hypothesis import strategies as st

from ortakmasa.lib import turkish


def test_lower_uses_turkish_dotless_and_dotted_i() -> None:
    assert turkish.lower("IĞDIR") == "ığdır"
    assert turkish.lower("İSTANBUL") == "istanbul"
    assert "\u0307" not in turkish.lower("İzmit")


def test_upper_uses_turkish_dotted_capital_i() -> None:
    assert turkish.upper("istanbul") == "İSTANBUL"
    assert turkish.upper("ılıca") == "ILICA"


def test_title_case() -> None:
    assert turkish.title("İSTANBUL BÜYÜKŞEHİR BELEDİYESİ") == "İstanbul Büyükşehir Belediyesi"


def test_search_key_cuts_apostrophe_suffixes_of_every_kind() -> None:
    for written in ["Başakşehir’e", "Başakşehir'imize", "BAŞAKŞEHİR‘DE", "başakşehir`in"]:
        assert turkish.search_key(written) == "başakşehir"


def test_search_key_drops_circumflex_and_punctuation() -> None:
    assert turkish.search_key("Hâkimiyet-i  Milliye") == "hakimiyet i milliye"


def test_search_key_ascii_fold() -> None:
    assert turkish.search_key("Gaziosmanpaşa", fold_ascii=True) == "gaziosmanpasa"
    assert turkish.search_key("KÖPRÜ", fold_ascii=True) == "kopru"


def test_sort_key_orders_in_turkish_alphabet() -> None:
    names = [
        "Zeytinburnu",
        "Üsküdar",
        "Şişli",
        "Şile",
        "Çatalca",
        "Çekmeköy",
        "Esenler",
        "Ataşehir",
        "Adalar",
        "Arnavutköy",
        "Ümraniye",
        "Sultangazi",
        "Silivri",
        "Ilgaz",
        "İnegöl",
        "Ordu",
        "Ödemiş",
    ]
    expected = [
        "Adalar",
        "Arnavutköy",
        "Ataşehir",
        "Çatalca",
        "Çekmeköy",
        "Esenler",
        "Ilgaz",
        "İnegöl",
        "Ordu",
        "Ödemiş",
        "Silivri",
        "Sultangazi",
        "Şile",
        "Şişli",
        "Ümraniye",
        "Üsküdar",
        "Zeytinburnu",
    ]
    assert sorted(names, key=turkish.sort_key) == expected


def test_sort_key_places_shorter_prefix_first() -> None:
    assert turkish.sort_key("Ada") < turkish.sort_key("Ada Köy") < turkish.sort_key("Adalar")


@given(st.text(alphabet="abcçdefgğhıijklmnoöprsştuüvyzABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZ ", min_size=1))
def test_sort_key_uses_only_digits_and_is_case_insensitive(text: str) -> None:
    key = turkish.sort_key(text)
    assert key.isdigit()
    assert key == turkish.sort_key(turkish.upper(text)) == turkish.sort_key(turkish.lower(text))


@given(st.text(min_size=0, max_size=40))
def test_lower_is_idempotent(text: str) -> None:
    lowered = turkish.lower(text)
    assert turkish.lower(lowered) == lowered
