"""Realistic synthetic proposals from the bundled need pool (``data/needs.json``).

Used by the demo data and by ``bench/cluster_100k.py``.  Every proposal
records the need it was drawn from, so clustering can be scored against it.
The variation mimics what districts send: the district named in different
ways (or not at all), opening and closing formulae, text typed without
Turkish letters, all lower or upper case, and the odd typo.
"""

from __future__ import annotations

import functools
import json
import random
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ortakmasa.lib.turkish import ascii_fold, lower, upper

__all__ = ["SyntheticProposal", "dative", "generate", "istanbul_districts", "locative", "need_pool"]

_VOWELS = "aıoueiöü"
_BACK = "aıou"
_VOICELESS = "fstkçşhp"


@dataclass(frozen=True)
class SyntheticProposal:
    text: str
    district: str
    need_id: str
    theme: str


@functools.lru_cache(maxsize=1)
def need_pool() -> dict[str, Any]:
    """The parsed ``needs.json``."""
    ref = resources.files("ortakmasa.proposals").joinpath("data", "needs.json")
    data: dict[str, Any] = json.loads(ref.read_text(encoding="utf-8"))
    return data


@functools.lru_cache(maxsize=1)
def istanbul_districts() -> tuple[str, ...]:
    """İstanbul's 39 district names as written, from the shared reference file."""
    import csv

    ref = resources.files("ortakmasa.data").joinpath("districts.csv")
    with ref.open(encoding="utf-8") as fh:
        return tuple(row["name"] for row in csv.DictReader(fh) if row["plate"] == "34")


def _last_vowel(word: str) -> str:
    for ch in reversed(lower(word)):
        if ch in _VOWELS:
            return ch
    return "e"


def dative(name: str) -> str:
    """``name`` in the dative case with its apostrophe: Kadıköy'e, Esenyurt'a, Şile'ye."""
    front = _last_vowel(name) not in _BACK
    vowel = "e" if front else "a"
    buffer = "y" if lower(name)[-1] in _VOWELS else ""
    return f"{name}'{buffer}{vowel}"


def locative(name: str) -> str:
    """``name`` in the locative case: Kadıköy'de, Beşiktaş'ta, Tuzla'da."""
    front = _last_vowel(name) not in _BACK
    consonant = "t" if lower(name)[-1] in _VOICELESS else "d"
    return f"{name}'{consonant}{'e' if front else 'a'}"


def _typo(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    long_words = [k for k, w in enumerate(words) if len(w) > 4]
    if not long_words:
        return text
    k = rng.choice(long_words)
    w = words[k]
    pos = rng.randrange(1, len(w) - 1)
    words[k] = w[:pos] + w[pos + 1 :] if rng.random() < 0.5 else w[:pos] + w[pos] + w[pos:]
    return " ".join(words)


def _lower_first(text: str) -> str:
    return lower(text[:1]) + text[1:] if text else text


def _upper_first(text: str) -> str:
    return upper(text[:1]) + text[1:] if text else text


def generate(n: int, seed: int = 0, typo_rate: float = 0.08) -> list[SyntheticProposal]:
    """``n`` proposals drawn from the pool across İstanbul's districts;
    ``typo_rate`` of them carry a typo."""
    rng = random.Random(seed)
    pool = need_pool()
    needs = pool["needs"]
    weights = [need["weight"] for need in needs]
    districts = istanbul_districts()
    out: list[SyntheticProposal] = []
    for need in rng.choices(needs, weights=weights, k=n):
        district = rng.choice(need.get("districts") or districts)
        variant = rng.choice(need["variants"])
        form = rng.choice(pool["place_forms"])
        body = form.format(
            dat=dative(district),
            loc=locative(district),
            name=district,
            need=_lower_first(variant),
        )
        opener = rng.choice(pool["openers"])
        closer = rng.choice(pool["closers"])
        # Only a leading need phrase is lowered after an opener: a leading
        # district name keeps its capital.
        lead = _lower_first(body) if opener and form.startswith("{need}") else body
        text = _upper_first(opener + lead + closer)
        roll = rng.random()
        if roll < 0.15:
            text = ascii_fold(lower(text))
        elif roll < 0.25:
            text = lower(text)
        elif roll < 0.28:
            text = upper(text)
        if rng.random() < typo_rate:
            text = _typo(text, rng)
        out.append(SyntheticProposal(text, district, need["id"], need["theme"]))
    return out
