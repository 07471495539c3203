"""Turkish-aware string helpers.

Python's own case mapping follows the default Unicode rules, which are wrong
for Turkish: ``"I".lower()`` is ``"i"`` (Turkish wants ``"ı"``) and
``"İ".lower()`` is ``"i̇"`` (``i`` plus a combining dot).  Everything in
Ortak Masa that compares, searches or sorts Turkish names goes through this
module so that the rules live in one place.

Pure functions only: no Django; the only file read is the package's own
list of place names (for search terms).
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections.abc import Callable
from importlib import resources

__all__ = [
    "ALPHABET",
    "ascii_fold",
    "capfirst",
    "lower",
    "normalize_punctuation",
    "search_key",
    "search_terms",
    "sort_key",
    "stemmed_search_text",
    "stems",
    "strip_circumflex",
    "strip_suffix",
    "title",
    "upper",
]

#: The Turkish alphabet in its dictionary order.  Letters that Turkish does
#: not use (q, w, x) are placed where Turkish dictionaries put them when they
#: occur in foreign names.
ALPHABET = "abcçdefgğhıijklmnoöpqrsştuüvwxyz"

_LOWER_SPECIAL = str.maketrans({"I": "ı", "İ": "i"})
_UPPER_SPECIAL = str.maketrans({"i": "İ", "ı": "I"})
_CIRCUMFLEX = str.maketrans({"â": "a", "Â": "A", "î": "i", "Î": "İ", "û": "u", "Û": "U"})
_ASCII = str.maketrans(
    {
        "ç": "c",
        "ğ": "g",
        "ı": "i",
        "ö": "o",
        "ş": "s",
        "ü": "u",
        "Ç": "C",
        "Ğ": "G",
        "İ": "I",
        "Ö": "O",
        "Ş": "S",
        "Ü": "U",
    }
)

# Every apostrophe-like character that Turkish texts use before a suffix
# ("Başakşehir’e", "İBB'nin", "İstanbul`a").
APOSTROPHES = "'’‘`´ʼ′"
_APOSTROPHE_RE = re.compile(f"[{APOSTROPHES}]")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "″": '"'})


def lower(text: str) -> str:
    """Lower-case ``text`` by Turkish rules (I→ı, İ→i)."""
    return unicodedata.normalize("NFC", text).translate(_LOWER_SPECIAL).lower()


def upper(text: str) -> str:
    """Upper-case ``text`` by Turkish rules (i→İ, ı→I)."""
    return unicodedata.normalize("NFC", text).translate(_UPPER_SPECIAL).upper()


def capfirst(text: str) -> str:
    """Upper-case the first letter by Turkish rules ("ilçe" → "İlçe");
    Django's own ``capfirst`` gives "Ilçe" for "ılık" and "Ilçe"-style
    errors for labels starting with "i"."""
    text = unicodedata.normalize("NFC", str(text))
    return upper(text[:1]) + text[1:]


def title(text: str) -> str:
    """Capitalise each word by Turkish rules ("İSTANBUL" → "İstanbul")."""
    return " ".join(upper(w[:1]) + lower(w[1:]) for w in text.split(" "))


def strip_circumflex(text: str) -> str:
    """Drop the circumflex that Turkish spelling treats as optional (kâr, hâlâ)."""
    return text.translate(_CIRCUMFLEX)


def ascii_fold(text: str) -> str:
    """Write ``text`` without Turkish letters, as people do on keyboards
    without them ("Başakşehir" → "Basaksehir")."""
    return strip_circumflex(text).translate(_ASCII)


def normalize_punctuation(text: str) -> str:
    """Unify apostrophes to ``'`` and double quotes to ``"``."""
    return _APOSTROPHE_RE.sub("'", text).translate(_QUOTES)


def strip_suffix(word: str) -> str:
    """Cut an inflectional suffix written after an apostrophe.

    Turkish separates a case suffix from a proper name with an apostrophe
    ("Başakşehir’e", "İBB'nin"), so what precedes it is the name itself.
    """
    return _APOSTROPHE_RE.split(word, maxsplit=1)[0]


_NON_WORD = re.compile(r"[^\w]+")


def search_key(text: str, *, fold_ascii: bool = False) -> str:
    """The form of ``text`` that searches compare.

    Lower-cased by Turkish rules, circumflex removed, apostrophe suffixes cut
    from every word, punctuation collapsed to single spaces.  With
    ``fold_ascii`` the Turkish letters are also replaced by their ASCII
    look-alikes, so "basaksehir" and "Başakşehir’e" meet.
    """
    words = [strip_suffix(w) for w in normalize_punctuation(text).split()]
    key = lower(strip_circumflex(" ".join(words)))
    key = _NON_WORD.sub(" ", key).strip()
    return ascii_fold(key) if fold_ascii else key


# Sort keys are strings of two-digit codes.  Digits compare the same way under
# every database collation (SQLite's binary one, PostgreSQL's libc or ICU
# ones), so ordering by the key gives Turkish order everywhere without
# installing a collation.
_SORT_CODES: dict[str, str] = {}
for _i, _ch in enumerate(ALPHABET):
    _SORT_CODES[_ch] = f"{20 + _i:02d}"
for _i, _ch in enumerate("0123456789"):
    _SORT_CODES[_ch] = f"{10 + _i:02d}"
_SPACE_CODE = "01"
_OTHER_CODE = "90"


def sort_key(text: str) -> str:
    """A key that orders strings in Turkish alphabetical order
    (A B C Ç D … H I İ J … S Ş … U Ü) under any collation."""
    folded = lower(strip_circumflex(normalize_punctuation(text)))
    out: list[str] = []
    for ch in folded:
        code = _SORT_CODES.get(ch)
        if code is None:
            if ch.isspace() or ch in "-'.,/()":
                code = _SPACE_CODE
            else:
                # Accented foreign letters sort with their base letter.
                base = unicodedata.normalize("NFD", ch)[0]
                code = _SORT_CODES.get(base, _OTHER_CODE)
        out.append(code)
    return "".join(out)


#: Shorter stems match too much ("an" in every "ankara", "plan", "yan").
MIN_STEM = 3


@functools.lru_cache(maxsize=1)
def _stem_words() -> Callable[[list[str]], list[str]]:
    # PyStemmer (Snowball Turkish) is imported on first use only: most
    # callers of this module never stem.
    import Stemmer

    return Stemmer.Stemmer("turkish").stemWords


def stems(words: list[str]) -> list[str]:
    """Snowball-Turkish stems of lower-cased words (Turkish letters kept):
    "kadıköyde" → "kadıköy", "parkları" → "park", "kitabı" → "kitap".
    A stem shorter than :data:`MIN_STEM` is replaced by its word."""
    found = _stem_words()(words)
    return [s if len(s) >= MIN_STEM else w for w, s in zip(words, found, strict=True)]


def stemmed_search_text(text: str) -> str:
    """The stored search form of ``text``: its ASCII-folded key, followed by
    the folded stems that are not already in it, so that a query word's stem
    (see :func:`search_terms`) is found even where stemming changed a letter
    ("kitabı" is stored with "kitap")."""
    words = search_key(text).split()
    folded = [ascii_fold(w) for w in words]
    extra: list[str] = []
    seen = set(folded)
    for stem in stems(words):
        stem = ascii_fold(stem)
        if stem not in seen:
            seen.add(stem)
            extra.append(stem)
    return " ".join(folded + extra)


#: Case and plural endings after a place name ("esenler-de", "kadıköy-deki"),
#: ASCII-folded.  Snowball cuts "-ler" from "Esenler" itself ("esen", which
#: Esenyurt also starts with), so a word that is a place name and one of
#: these endings is searched by the place name instead of its stem.
_PLACE_ENDINGS = frozenset(
    "a e i u ya ye yi yu yla yle la le na ne ni nu da de ta te dan den tan ten "
    "nda nde ndan nden in un nin nun yin yun daki deki taki teki ndaki ndeki "
    "li lu lar ler lari leri".split()
)
_MIN_PLACE = 4


@functools.lru_cache(maxsize=1)
def place_names() -> tuple[str, ...]:
    """Türkiye's province and district names, ASCII-folded one-word keys,
    longest first (from the package's reference files)."""
    names: set[str] = set()
    data = resources.files("ortakmasa.data")
    for file in ("provinces.csv", "districts.csv"):
        with data.joinpath(file).open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                key = search_key(row["name"], fold_ascii=True)
                if len(key) >= _MIN_PLACE and " " not in key:
                    names.add(key)
    return tuple(sorted(names, key=len, reverse=True))


def _place_in(word: str) -> str | None:
    for place in place_names():
        if word.startswith(place) and word[len(place) :] in ("", *_PLACE_ENDINGS):
            return place
    return None


def search_terms(query: str) -> list[tuple[str, ...]]:
    """Per word of ``query``, the ASCII-folded forms any of which a stored
    key must contain: the word and its Snowball-Turkish stem (or, for a
    place name with an ending, the place name), so that "kadıköyde",
    "üsküdardaki" and "kreşler" find Kadıköy, Üsküdar and kreş without an
    apostrophe.  A form is matched as a substring, as words were before."""
    words = search_key(query).split()
    terms: list[tuple[str, ...]] = []
    for word, stem in zip(words, stems(words), strict=True):
        folded = ascii_fold(word)
        base = _place_in(folded) or ascii_fold(stem)
        terms.append(tuple(dict.fromkeys((folded, base))))
    return terms
