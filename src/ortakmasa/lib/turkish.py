"""Turkish-aware string helpers.

Python's own case mapping follows the default Unicode rules, which are wrong
for Turkish: ``"I".lower()`` is ``"i"`` (Turkish wants ``"ı"``) and
``"İ".lower()`` is ``"i̇"`` (``i`` plus a combining dot).  Everything in
Ortak Masa that compares, searches or sorts Turkish names goes through this
module so that the rules live in one place.

Pure functions only: no Django, no I/O.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "ALPHABET",
    "ascii_fold",
    "capfirst",
    "lower",
    "normalize_punctuation",
    "search_key",
    "sort_key",
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
