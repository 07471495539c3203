"""Tokens: words split at the apostrophe that Turkish puts before a suffix
on a proper name, and light suffix handling for words written without one.
"""

from __future__ import annotations

import re

from ortakmasa.lib.turkish import lower

from .document import Token

# A word with at most one apostrophe suffix ("İBB'nin"), a number with its
# separators ("2,5", "31.05.2024"), or one other visible character.
_TOKEN_RE = re.compile(r"[^\W\d_]+(?:[-.][^\W\d_]+)*(?:'[^\W\d_]+)?|\d+(?:[.,:/]\d+)*|[^\w\s]")


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens with their offsets.

    >>> [t.base + "|" + t.suffix for t in tokenize("Başakşehir'imize")]
    ['Başakşehir|imize']
    """
    out: list[Token] = []
    append = out.append
    for m in _TOKEN_RE.finditer(text):
        word = m.group()
        base, sep, suffix = word.partition("'")
        append(Token(m.start(), m.end(), word, base, suffix if sep else ""))
    return out


#: the genitive endings, after a consonant or a vowel ("Ak'ın", "Belediyesinin")
GENITIVE_ENDINGS = frozenset(("ın", "in", "un", "ün", "nın", "nin", "nun", "nün"))

# Case and possessive endings that follow a noun without an apostrophe,
# longest first.  Used on common nouns of institution names
# ("Belediyesine" → "Belediye") and as a light stemmer.
_SUFFIXES = sorted(
    {
        "lerinin",
        "larının",
        "lerine",
        "larına",
        "lerini",
        "larını",
        "lerinde",
        "larında",
        "lerinden",
        "larından",
        "leriyle",
        "larıyla",
        "ler",
        "lar",
        "leri",
        "ları",
        "sinin",
        "sının",
        "sunun",
        "sünün",
        "sine",
        "sına",
        "suna",
        "süne",
        "sini",
        "sını",
        "sunu",
        "sünü",
        "sinde",
        "sında",
        "sunda",
        "sünde",
        "sinden",
        "sından",
        "sundan",
        "sünden",
        "siyle",
        "sıyla",
        "suyla",
        "süyle",
        "si",
        "sı",
        "su",
        "sü",
        "nin",
        "nın",
        "nun",
        "nün",
        "ine",
        "ına",
        "una",
        "üne",
        "ini",
        "ını",
        "unu",
        "ünü",
        "inde",
        "ında",
        "unda",
        "ünde",
        "inden",
        "ından",
        "undan",
        "ünden",
        "iyle",
        "ıyla",
        "uyla",
        "üyle",
        "imiz",
        "ımız",
        "umuz",
        "ümüz",
        "imizin",
        "ımızın",
        "umuzun",
        "ümüzün",
        "imize",
        "ımıza",
        "umuza",
        "ümüze",
        "nde",
        "nda",
        "ndan",
        "nden",
        "na",
        "ne",
        "ya",
        "ye",
        "yı",
        "yi",
        "yu",
        "yü",
        "da",
        "de",
        "ta",
        "te",
        "dan",
        "den",
        "tan",
        "ten",
        "ın",
        "in",
        "un",
        "ün",
        "la",
        "le",
        "yla",
        "yle",
    },
    key=len,
    reverse=True,
)


def strip_case_suffix(word: str, *, min_stem: int = 3) -> tuple[str, str]:
    """Split a noun into (stem, suffix) by the longest known ending.

    An apostrophe, where written, wins: "İBB'nin" → ("İBB", "nin").
    Otherwise the longest ending that leaves ``min_stem`` letters is cut:
    "Belediyesine" → ("Belediye", "sine").  This is deliberately shallow
    (no vowel-harmony check); callers compare the stem with a lexicon.
    """
    base, sep, suffix = word.partition("'")
    if sep:
        return base, suffix
    low = lower(word)
    for suf in _SUFFIXES:
        if low.endswith(suf) and len(low) - len(suf) >= min_stem:
            return word[: len(word) - len(suf)], word[len(word) - len(suf) :]
    return word, ""


def stem(word: str) -> str:
    """A light stem for topic matching: lower-cased, apostrophe suffix cut,
    one case/possessive ending removed ("depremin" → "deprem")."""
    base, _ = strip_case_suffix(word, min_stem=4)
    return lower(base)
