"""Turkish-aware normalisation of proposal texts for duplicate detection.

A proposal is reduced to an :class:`Analysis`: the words that carry its need
(folded to ASCII, inflection cut, municipal synonyms collapsed into one
concept term), the actions it asks for (build, repair, clean...), and the
places it names, kept apart so that the same need raised by two districts
still matches.

Pure Python: no Django, no I/O beyond reading the package's own data files.
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources

from ortakmasa.lib.turkish import APOSTROPHES, ascii_fold, lower, normalize_punctuation

__all__ = [
    "ACTION_PREFIX",
    "CONCEPT_PREFIX",
    "GROUP_PREFIX",
    "Analysis",
    "Analyzer",
    "Vocabulary",
    "default_analyzer",
    "district_names",
    "fold_words",
    "root",
    "stem",
]

#: Terms produced by the synonym file are marked so they never collide with a
#: stem that happens to be spelled the same.
CONCEPT_PREFIX = "c:"
ACTION_PREFIX = "a:"
GROUP_PREFIX = "g:"
#: The generic "build / do" action; a light verb when another action is named
#: ("bakımının yapılması" asks for maintenance, not for building).
GENERIC_ACTION = ACTION_PREFIX + "add"

#: Roots are cut to this many letters (see :func:`stem`).
STEM_PREFIX = 6

_TOKEN_RE = re.compile(r"[0-9a-z]+(?:-[0-9a-z]+)?")

# Words that introduce a street, neighbourhood or landmark name: the
# capitalised word(s) before them are a place, not part of the need.
_PLACE_MARKERS = (
    "mahallesi|mahallesinde|mahallesine|mahallesinin|mah|mh|caddesi|caddesine|caddesinde|"
    "caddesinin|cad|cd|sokak|sokağı|sokağa|sokakta|sk|sok|bulvarı|bulvarına|bulvarında|"
    "meydanı|meydanına|meydanında|köyü|köyüne|köyünde|semti|semtine|semtinde"
)
_NAMED_PLACE_RE = re.compile(
    rf"(?:(?<=\s)|^)(?:[A-ZÇĞİÖŞÜ][\w{APOSTROPHES}]*\s+){{1,3}}(?i:{_PLACE_MARKERS})\b\.?",
    re.UNICODE,
)


# Inflectional endings as they look once Turkish letters are folded to ASCII
# (case, possession, plural, copula, and the verbal-noun ending of requests:
# "yapıl-ması"), and the verbal endings of requests and complaints
# ("yapıl-sın", "yapıl-malı", "kesil-iyor").  Snowball's Turkish stemmer
# cannot be used on folded text:
# it reads vowel harmony from ı/i and ü/u and so cuts "kadın" and "kadin"
# differently.  Stripping repeatedly, down to three letters, brings every
# inflected form of a word to the same (sometimes over-cut) root.
_SUFFIXES = tuple(
    sorted(
        """
        larindan lerinden larinin lerinin larina lerine larini lerini larinda lerinde
        larimiz lerimiz lari leri lar ler
        mizin miz muz niz nuz imiz umuz
        ndaki ndeki daki deki taki teki ndan nden nda nde dan den tan ten da de ta te
        inin unun nin nun ina ine una une ini unu yla yle yi yu ya ye
        masi mesi ma me si su in un i u a e
        malidir melidir mali meli iyor uyor sin sun
        """.split(),
        key=len,
        reverse=True,
    )
)
_MIN_ROOT = 3


def _min_root(suffix: str) -> int:
    # The possessive "-sı" follows a vowel, but once "ş" is folded to "s" a
    # root ending in ş looks the same ("kreşi" → "kresi"): only cut "si"
    # when a root of four letters or more remains ("deposu" → "depo").
    return _MIN_ROOT + 1 if suffix[0] == "s" else _MIN_ROOT


@functools.lru_cache(maxsize=200_000)
def root(folded_word: str) -> str:
    """A lower-case, ASCII-folded word with its inflectional endings cut.

    The vocabulary is matched on roots: they are precise enough to keep
    "kaldırım" (pavement) apart from "kaldırılması" (removal).
    """
    if folded_word.isdigit():
        return folded_word
    # Every root reachable by cutting endings one after another; the
    # shortest wins, so the result does not depend on which ending was cut
    # first ("kaplamasının" and "kaplaması" both reach "kapl").
    reachable = {folded_word}
    frontier = [folded_word]
    while frontier:
        current = frontier.pop()
        for suffix in _SUFFIXES:
            if current.endswith(suffix) and len(current) - len(suffix) >= _min_root(suffix):
                shorter = current[: -len(suffix)]
                if shorter not in reachable:
                    reachable.add(shorter)
                    frontier.append(shorter)
    word = min(reachable, key=lambda w: (len(w), w))
    if len(word) > 2 and word[-1] == "y" and word[-2] in "aeiou":
        word = word[:-1]  # buffer letter: "suyu" → "su"
    if len(word) > 3 and word[-1] in _SOFTENED and (word[-1] != "d" or word[-2] in "aeiour"):
        # "sokağa" → "sokak", "geçidi" → "geçit", "yurdu" → "yurt"
        word = word[:-1] + _SOFTENED[word[-1]]
    return word


def stem(folded_word: str) -> str:
    """The root cut to a fixed prefix, which also merges derivations
    ("genisletilmesi", "genisletme"); studies of Turkish retrieval found a
    5-7 letter prefix as good as a full morphological analysis."""
    return root(folded_word)[:STEM_PREFIX]


_SOFTENED = {"g": "k", "b": "p", "d": "t"}


def fold_words(text: str) -> list[str]:
    """Lower-case by Turkish rules, fold to ASCII and split into words.

    The part of a word after an apostrophe is an inflection of a proper name
    ("Başakşehir'e") and is dropped.
    """
    text = normalize_punctuation(text)
    text = re.sub(r"'\w*", " ", text)
    return _TOKEN_RE.findall(ascii_fold(lower(text)))


@functools.lru_cache(maxsize=8)
def district_names(plate: int = 34) -> tuple[str, ...]:
    """ASCII-folded, lower-case names of one province's districts, from the
    shared reference file, plus the province's own name."""
    names: set[str] = set()
    ref = resources.files("ortakmasa.data").joinpath("districts.csv")
    with ref.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if int(row["plate"]) == plate:
                names.add(" ".join(fold_words(row["name"])))
    if plate == 34:
        # Eyüpsultan was called Eyüp until 2017 and still is in speech.
        names.update({"istanbul", "eyup"})
    return tuple(sorted(names, key=len, reverse=True))


@dataclass(frozen=True)
class Vocabulary:
    """Concepts, actions and stopwords, each keyed by stemmed token tuples."""

    phrases: dict[tuple[str, ...], str]
    stopwords: frozenset[str]
    max_phrase: int

    @classmethod
    def parse(cls, lines: Iterable[str]) -> Vocabulary:
        phrases: dict[tuple[str, ...], str] = {}
        stopwords: set[str] = set()
        section = ""
        for raw in lines:
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            if line.startswith("[") and line.endswith("]"):
                section = line[1:-1]
                continue
            if section == "stopwords":
                for word in line.split("|"):
                    key = tuple(root(w) for w in fold_words(word))
                    if len(key) == 1:
                        stopwords.add(key[0])
                    elif key:
                        phrases.setdefault(key, "")
                continue
            name, _, variants = line.partition(":")
            prefix = {"actions": ACTION_PREFIX, "groups": GROUP_PREFIX}.get(section, CONCEPT_PREFIX)
            term = prefix + name.strip()
            for variant in [name.strip().replace("_", " "), *variants.split("|")]:
                key = tuple(root(w) for w in fold_words(variant))
                # A variant already claimed keeps its first meaning: the file
                # lists concepts before actions on purpose.
                if key and key not in phrases:
                    phrases[key] = term
        max_phrase = max((len(k) for k in phrases), default=1)
        return cls(phrases, frozenset(stopwords), max_phrase)

    @classmethod
    def default(cls) -> Vocabulary:
        ref = resources.files("ortakmasa.proposals").joinpath("data", "synonyms.txt")
        return cls.parse(ref.read_text(encoding="utf-8").splitlines())


@dataclass(frozen=True)
class Analysis:
    """What the matcher knows about one proposal text."""

    terms: tuple[str, ...]
    """Need-bearing terms: stems and ``c:`` concepts, in text order."""
    actions: frozenset[str] = field(default_factory=frozenset)
    """``a:`` action terms: what the proposal asks to be done."""
    groups: frozenset[str] = field(default_factory=frozenset)
    """``g:`` terms: who the need is for (young people, women, ...)."""
    places: frozenset[str] = field(default_factory=frozenset)
    """Districts named in the text (ASCII-folded), kept as a separate signal."""
    surface: str = ""
    """The need's words as written (folded, places and stopwords removed,
    concepts replaced by their name): the input of character n-grams."""

    @property
    def key(self) -> str:
        """Identical keys mean identical needs as far as the matcher can tell."""
        return " ".join(sorted({*self.terms, *self.actions, *self.groups}))


class Analyzer:
    """Turns proposal texts into :class:`Analysis` objects."""

    def __init__(self, vocabulary: Vocabulary | None = None, plate: int = 34) -> None:
        self.vocabulary = vocabulary or Vocabulary.default()
        self._districts = district_names(plate)
        self._cache: dict[str, Analysis] = {}

    def _district_of(self, word: str) -> str | None:
        for name in self._districts:
            if " " in name:
                continue
            # Inflected names without an apostrophe ("basaksehire",
            # "kadikoydeki") keep a short suffix after the name.
            if word.startswith(name) and len(word) - len(name) <= 5:
                return name
        return None

    def analyze(self, text: str) -> Analysis:
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        result = self._analyze(text)
        if len(self._cache) < 500_000:
            self._cache[text] = result
        return result

    def analyze_many(self, texts: Sequence[str]) -> list[Analysis]:
        return [self.analyze(t) for t in texts]

    def _analyze(self, text: str) -> Analysis:
        vocab = self.vocabulary
        text = _NAMED_PLACE_RE.sub(" ", normalize_punctuation(text))
        words = fold_words(text)
        places: set[str] = set()
        kept: list[str] = []
        for word in words:
            district = self._district_of(word)
            if district is not None:
                places.add(district)
            else:
                kept.append(word)
        roots = [root(w) for w in kept]
        stems = [r[:STEM_PREFIX] for r in roots]
        terms: list[str] = []
        surface: list[str] = []
        actions: set[str] = set()
        groups: set[str] = set()
        i = 0
        while i < len(stems):
            for size in range(min(vocab.max_phrase, len(stems) - i), 0, -1):
                term = vocab.phrases.get(tuple(roots[i : i + size]))
                if term is not None:
                    break
            else:
                size, term = 1, None
                # A compound typed as two words ("oto park", "kat otoparkı"
                # aside): the joined form may be a vocabulary word.
                if i + 1 < len(kept):
                    term = vocab.phrases.get((root(kept[i] + kept[i + 1]),))
                    if term is not None:
                        size = 2
            if term is None:
                if roots[i] not in vocab.stopwords and len(kept[i]) > 1:
                    terms.append(stems[i])
                    surface.append(kept[i])
            elif term.startswith(ACTION_PREFIX):
                actions.add(term)
            elif term.startswith(GROUP_PREFIX):
                groups.add(term)
            elif term:
                terms.append(term)
                surface.append(term[len(CONCEPT_PREFIX) :])
            i += size
        if len(actions) > 1:
            actions.discard(GENERIC_ACTION)
        return Analysis(
            tuple(terms),
            frozenset(actions),
            frozenset(groups),
            frozenset(places),
            " ".join(surface),
        )


@functools.lru_cache(maxsize=1)
def default_analyzer() -> Analyzer:
    """A process-wide analyzer with the bundled vocabulary (İstanbul districts)."""
    return Analyzer()
