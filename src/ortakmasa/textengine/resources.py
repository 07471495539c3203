"""Loading the engine's word lists and the platform's reference data.

Everything is read once per process and cached; nothing is downloaded.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ortakmasa.lib.turkish import lower

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
ENGINE_DATA_DIR = DATA_DIR / "textengine"


@dataclass(frozen=True)
class TitleSpec:
    stem: str
    canonical: str
    #: how to read the words left of the title, see lexicon.json
    kind: str
    #: the head that names the unit or body the title belongs to
    head: str | None


@dataclass(frozen=True)
class Lexicon:
    titles: tuple[TitleSpec, ...]
    honorifics: frozenset[str]
    abbreviations: frozenset[str]
    reporting_verbs: tuple[str, ...]
    speech_intro: tuple[str, ...]
    org_heads: tuple[tuple[str, str], ...]
    aliases: dict[str, tuple[str, str]]
    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    not_names: frozenset[str]
    given_names: frozenset[str]
    #: words never inside a body's name read leftwards from its head word
    body_name_breaks: frozenset[str] = frozenset()
    #: words naming the kind of a municipality ("belde"), never its place
    municipality_types: frozenset[str] = frozenset()
    #: short head words that refer back to a body named in full earlier
    #: ("Cemiyet Başkanı" after "Kayseri Gazeteciler Cemiyeti"): word -> head
    back_heads: dict[str, str] = field(default_factory=dict)
    #: country names (lower case), and the first words of two-word ones
    countries: frozenset[str] = frozenset()
    #: posts of one holder that may name a person by the surname alone
    #: ("Vali Yerlikaya")
    surname_posts: frozenset[str] = frozenset()
    #: posts of a body's officers, given the body their sentence opens with
    officer_posts: frozenset[str] = frozenset()
    #: words that alone do not name a body ("Belediye Meclisi" is any council)
    generic_body_words: frozenset[str] = frozenset()
    #: honorifics that are surnames when written in capitals after a name
    honorific_surnames: frozenset[str] = frozenset()
    #: honorifics that open a name before a given name ("Hacı Osman Kaya")
    honorific_given_names: frozenset[str] = frozenset()
    #: second words of two-word academic ranks ("Dr. Öğr. Üyesi")
    honorific_second_words: frozenset[str] = frozenset()
    #: words after a name that make it part of a place's name
    venue_heads: tuple[str, ...] = ()
    #: words naming an event, never part of a body's name before a post
    event_words: frozenset[str] = frozenset()
    #: stems of event nouns that open a sentence in the dative or locative
    event_openers: tuple[str, ...] = ()
    #: posts written after a name in a result list (lower case -> post)
    posts_after_names: dict[str, str] = field(default_factory=dict)
    #: verbs that close a result list ("seçildi", "atandı")
    result_words: tuple[str, ...] = ()
    #: common words that name no person, bare or inflected ("Mesajı")
    common_words: frozenset[str] = frozenset()
    #: common words that are also names: only their inflected forms count
    common_inflected: frozenset[str] = frozenset()
    #: common words that count only as written ("Bize", "Nedir")
    common_exact: frozenset[str] = frozenset()
    #: endings of surnames shaped like a past verb ("Aydoğdu", "Tanrıverdi")
    past_surnames: tuple[str, ...] = ()
    #: break words that are a body's name word when capitalised before one of
    #: these words ("Kardeş Şehir Derneği"): break word -> next words
    name_compounds: dict[str, frozenset[str]] = field(default_factory=dict)


_DEVOICED = {"d": "t", "t": "d"}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw: dict[str, Any] = json.loads((ENGINE_DATA_DIR / "lexicon.json").read_text("utf-8"))
    given = frozenset(
        lower(line.strip())
        for line in (ENGINE_DATA_DIR / raw["given_names_file"]).read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )
    # "Muhammed"/"Muhammet", "Hamit"/"Hamid": a final d and t are both written
    given |= frozenset(_DEVOICED.get(n[-1], n[-1]).join((n[:-1], "")) for n in given if n)
    alias_kinds: dict[str, str] = raw["alias_kinds"]
    aliases = {k: (v, alias_kinds.get(k, "public_body")) for k, v in raw["aliases"].items()}
    return Lexicon(
        titles=tuple(TitleSpec(*row) for row in raw["titles"]),
        honorifics=frozenset(raw["honorifics"]),
        abbreviations=frozenset(raw["abbreviations"]),
        reporting_verbs=tuple(raw["reporting_verbs"]),
        speech_intro=tuple(raw["speech_intro"]),
        org_heads=tuple((h, k) for h, k in raw["org_heads"]),
        aliases=aliases,
        months=tuple(raw["months"]),
        weekdays=tuple(raw["weekdays"]),
        not_names=frozenset(raw["not_names"]),
        given_names=given,
        body_name_breaks=frozenset(raw.get("body_name_breaks", ())),
        municipality_types=frozenset(raw.get("municipality_types", ())),
        back_heads=dict(raw.get("back_heads", {})),
        countries=frozenset(
            lower(part) for c in raw.get("countries", ()) for part in (c, c.split()[0])
        ),
        surname_posts=frozenset(raw.get("surname_posts", ())),
        officer_posts=frozenset(raw.get("officer_posts", ())),
        generic_body_words=frozenset(raw.get("generic_body_words", ())),
        honorific_surnames=frozenset(raw.get("honorific_surnames", ())),
        honorific_given_names=frozenset(raw.get("honorific_given_names", ())),
        honorific_second_words=frozenset(raw.get("honorific_second_words", ())),
        venue_heads=tuple(raw.get("venue_heads", ())),
        event_words=frozenset(raw.get("event_words", ())),
        event_openers=tuple(raw.get("event_openers", ())),
        posts_after_names=dict(raw.get("posts_after_names", {}).get("posts", {})),
        result_words=tuple(raw.get("posts_after_names", {}).get("result_words", ())),
        common_words=frozenset(raw.get("common_words", {}).get("plain", ())),
        common_inflected=frozenset(raw.get("common_words", {}).get("inflected", ())),
        common_exact=frozenset(raw.get("common_words", {}).get("exact", ())),
        past_surnames=tuple(raw.get("common_words", {}).get("past_surnames", ())),
        name_compounds={k: frozenset(v) for k, v in raw.get("body_name_compounds", {}).items()},
    )


@lru_cache(maxsize=1)
def post_last_words() -> frozenset[str]:
    """The last word of every post's stem ("müdür", "başkan", "komutan")."""
    return frozenset(spec.stem.split()[-1] for spec in lexicon().titles)


def read_csv(name: str) -> list[dict[str, str]]:
    """Rows of one of the platform's reference CSV files ([] if absent).

    Lines starting with '#' are comments.
    """
    path = DATA_DIR / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(lines))


@lru_cache(maxsize=1)
def themes() -> list[dict[str, Any]]:
    """The platform's shared theme taxonomy (data/themes.json)."""
    data: dict[str, Any] = json.loads((DATA_DIR / "themes.json").read_text("utf-8"))
    return list(data["themes"])
