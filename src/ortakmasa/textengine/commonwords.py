"""Words that name no person: common nouns, pronouns and adjectives of
headlines and page furniture, inflected or not, and finite verbs.

A capitalised word in a headline or a sub-heading ("Muhtarlar Günü
Mesajı", "… Sorunu Çözdü", "Müdür Kural Nedir Bilmiyor") looks like a
name word; these tests reject it.  The word lists are in ``lexicon.json``
(``common_words``), written from general knowledge of Turkish; the endings
are Turkish morphology, read shallowly (no vowel-harmony check).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from ortakmasa.lib.turkish import lower

from .resources import lexicon

_PLURAL = ("", "lar", "ler")
_POSSESSIVE = ("", *"ı i u ü sı si su sü m ım im um üm mız miz muz müz ımız imiz umuz ümüz".split())
_CASE = (
    "",
    *"ın in un ün nın nin nun nün a e ya ye na ne yı yi yu yü nı ni nu nü da de ta te nda nde"
    " dan den tan ten ndan nden la le yla yle".split(),
)
_COPULA = ("", "dır", "dir", "dur", "dür", "tır", "tir", "tur", "tür")

#: every ending a noun may take in a headline: plural, possessive, case, copula
_ENDINGS = frozenset(
    "".join(parts) for parts in itertools.product(_PLURAL, _POSSESSIVE, _CASE, _COPULA)
)
#: the endings with a plural or a possessive: a case alone may end a
#: surname made of a noun ("Günden", "Taşa" are no "Günü", "Taşıdır")
_OWNED_ENDINGS = frozenset(
    "".join(parts)
    for parts in itertools.product(_PLURAL, _POSSESSIVE, _CASE, _COPULA)
    if parts[0] or parts[1]
)
_LONGEST = max(len(e) for e in _ENDINGS)
#: a final consonant softened before a vowel ("ağaç" → "ağacı")
_SOFTENED = {"b": "p", "c": "ç", "d": "t", "ğ": "k", "g": "k"}

#: finite verbs no name ends like: the present continuous ("bilmiyor",
#: "geliyorlar") and the reported past with the copula ("yapılmıştır")
_FINITE_RE = re.compile(r"\w{2,}(?:[ıiuü]yor(?:lar|du|muş|sa)?|m[ıiuü]ş(?:lar|ler)?t[ıiuü]r)")
#: a plural with a case ending written without an apostrophe
#: ("dedikodulardan", "muhtarlara"): a common noun, since a proper name
#: takes its case ending after an apostrophe
_PLURAL_CASE_RE = re.compile(r"\w{3,}l[ae]r(?:[dt][ae]n?|[ae]|[ıi]n)")
#: the past tense ("çözdü", "yapıldılar") and the future of a passive or a
#: stem in a vowel ("yapılacak", "başlayacak"): also the shape of surnames
#: ("Aydoğdu", "Sorandı"), so they only end a name read in full
_PAST_RE = re.compile(r"\w{3,}[dt][ıiuü](?:lar|ler)?|\w{2,}[ylnd][ae]c[ae][kğ](?:lar|ler)?")


#: the softened "-lık" of a body's name before its possessive
#: ("Cumhurbaşkanlığı", "Müdürlüğüne")
_BODY_STEM = ("lığ", "liğ", "luğ", "lüğ")


def _stem_listed(low: str, words: frozenset[str], *, bare: bool) -> bool:
    """Whether ``low`` is a word of ``words`` with an ending (or bare, when
    ``bare``); a bare word's stem has four letters or more ("Sena" is no
    "sen" + "a", "İlkin" no "ilk" + "in")."""
    if bare and low in words:
        return True
    shortest = 4 if bare else 2
    for cut in range(max(shortest, len(low) - _LONGEST), len(low)):
        stem, ending = low[:cut], low[cut:]
        if ending not in (_ENDINGS if bare else _OWNED_ENDINGS):
            continue
        if stem in words or (stem[-1] in _SOFTENED and stem[:-1] + _SOFTENED[stem[-1]] in words):
            return True
        if bare and len(stem) >= 6 and stem.endswith(_BODY_STEM):
            return True
    return False


def _listed_common(word: str, *, bare: bool) -> bool:
    """A listed common word, with any ending (``bare``) or only with a
    plural or possessive one; a listed given name never is."""
    low = lower(word)
    lex = lexicon()
    if low in lex.given_names:
        return False
    if bare and low in lex.common_exact:
        return True
    return _stem_listed(low, lex.common_words, bare=bare) or _stem_listed(
        low, lex.common_inflected, bare=False
    )


@lru_cache(maxsize=1 << 14)
def common_word(word: str) -> bool:
    """Whether ``word`` is a common word of ``common_words``, bare or
    inflected ("Mesajı", "Hocamızla", "Taşıdır"), and no listed given name."""
    return _listed_common(word, bare=True)


@lru_cache(maxsize=1 << 14)
def compound_head(word: str) -> bool:
    """Whether ``word`` is a listed common noun with a plural or possessive
    ending: the head of a compound noun whose modifier is written before it
    ("Atatürk Anıtı", "Kurban Bayramı", "Şeref Defteri")."""
    return _listed_common(word, bare=False)


@lru_cache(maxsize=1 << 14)
def finite_verb(word: str) -> bool:
    """Whether ``word`` reads as a finite verb no name ends like
    ("Bilmiyor", "Yapılmıştır"), or as a plural noun in a case
    ("Dedikodulardan")."""
    low = lower(word)
    return bool(_FINITE_RE.fullmatch(low) or _PLURAL_CASE_RE.fullmatch(low))


@lru_cache(maxsize=1 << 14)
def past_or_future(word: str) -> bool:
    """Whether ``word`` may be a verb in the past or the future ("Çözdü",
    "Yapılacak"), not a given name nor a surname shaped like one."""
    low = lower(word)
    lex = lexicon()
    if low in lex.given_names or low.endswith(lex.past_surnames):
        return False
    return bool(_PAST_RE.fullmatch(low))


def no_name_word(word: str) -> bool:
    """Whether ``word`` is a common word or a finite verb."""
    return common_word(word) or finite_verb(word)
