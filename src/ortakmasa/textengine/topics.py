"""Topics: themes of the shared taxonomy (data/themes.json) found by their
keyword stems, ranked by the priority the text gives them.

Matching: a stem matches at the start of a word and takes any ending
("deprem" → "depremin"); a stem ending in p/ç/t/k also matches its soft
form ("kuraklık" → "kuraklığa").  The engine adds a few rules of its own
(data/textengine/topic_rules.json): extra stems, whole-word keywords
("su"), words that only look like a keyword ("Bursa" is not "burs"), and
*weak* keywords — broad ones such as "park", "kültür", "eğitim" — that
name a theme only with context (a topic noun after them, "park alanı";
an explicit enumeration; another, specific keyword of the theme; or a
second weak mention of it).
Keywords inside a person's name, an institution's name or a capitalised
venue name ("Kültür Merkezi'nde") are not topics.

Ranking, most important first:

1. explicit priority enumerations outside quotes, in their order:
   "deprem konusu başta olmak üzere enerji, ulaşım ve sosyal konularda …",
   "öncelikle X, ardından Y ve Z …";
2. lists of themes the meeting discussed: "X, Y ve Z konularında …
   görüşüldü";
3. themes in a sentence that calls something a priority ("öncelikli",
   "öncelik veriyor", "başında geldi"), outside quotes (a speaker's own
   priorities do not reorder what the meeting was about);
4. the rest in order of first mention.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import ahocorasick

from .document import Doc, Span, TopicHit
from .resources import ENGINE_DATA_DIR, themes

Hit = tuple[int, int, str]

_PRIORITY_RE = re.compile(r"öncelik|başında gel|en önemli|ilk sırada|birinci sırada")
_FIRST_RE = re.compile(r"başta olmak üzere|başta gelmek üzere|başta")
_ORDERED_RE = re.compile(r"\b(?:öncelikle|öncelikli olarak|ilk olarak|ilk etapta)\b")
_THEN_RE = re.compile(r"\b(?:ardından|daha sonra|sonra da|sonrasında|ikinci olarak)\b")
# the noun that closes a list of themes: "… konularında", "… başlıklarında"
_TOPIC_NOUN_RE = re.compile(r"\b(?:konu|alan|başlık|başlığ|husus|mesele)\w*")
# the verb that says the meeting discussed the list
_DISCUSS_RE = re.compile(
    r"görüş|ele al|konuş|fikir alışveriş|görüş alışveriş|değerlendir|masaya yatır"
    r"|istişare|müzakere|tartış|işbirliği"
)
_CLAUSE_END = ".;:!?\n"
_WINDOW = 400
_SOFT = {"p": "b", "ç": "c", "t": "d", "k": "ğ"}


@dataclass(frozen=True)
class _Rules:
    weak: frozenset[str]
    context_only: frozenset[str]
    topic_nouns: tuple[str, ...]
    not_words: tuple[str, ...]
    venue_heads: tuple[str, ...]
    exact: dict[str, str]


@lru_cache(maxsize=1)
def _rules_raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((ENGINE_DATA_DIR / "topic_rules.json").read_text("utf-8"))
    return data


@lru_cache(maxsize=1)
def rules() -> _Rules:
    raw = _rules_raw()
    return _Rules(
        weak=frozenset(raw["weak"]) | frozenset(raw["context_only"]),
        context_only=frozenset(raw["context_only"]),
        topic_nouns=tuple(raw["topic_nouns"]),
        not_words=tuple(raw["not_words"]),
        venue_heads=tuple(raw["venue_heads"]),
        exact=dict(raw["exact_words"]),
    )


def _variants(kw: str) -> list[str]:
    """The stem and, if it ends in p/ç/t/k, its soft form."""
    out = [kw]
    if len(kw) > 3 and kw[-1] in _SOFT:
        if kw.endswith("nk"):
            out.append(kw[:-1] + "g")
        else:
            out.append(kw[:-1] + _SOFT[kw[-1]])
    return out


@lru_cache(maxsize=1)
def _automaton() -> tuple[ahocorasick.Automaton, dict[str, str]]:
    auto = ahocorasick.Automaton()
    labels: dict[str, str] = {}
    keywords: dict[str, tuple[str, str]] = {}
    for theme in themes():
        labels[theme["code"]] = theme["label_tr"]
        for kw in theme["keywords"]:
            keywords.setdefault(kw, (theme["code"], kw))
    for code, kws in _rules_raw()["extra_keywords"].items():
        for kw in kws:
            keywords.setdefault(kw, (code, kw))
    for kw, (code, base) in keywords.items():
        for v in _variants(kw):
            if v not in keywords or v == kw:
                auto.add_word(v, (len(v), code, base))
    auto.make_automaton()
    return auto, labels


def labels() -> dict[str, str]:
    return _automaton()[1]


def _raw_hits(low: str) -> list[tuple[int, int, str, str]]:
    """(start, end, theme, keyword) of keyword matches, longest keyword
    first, no overlaps; ``end`` is the end of the word."""
    auto, _ = _automaton()
    r = rules()
    cands: list[tuple[int, int, int, str, str]] = []
    for end_idx, (klen, code, kw) in auto.iter(low):
        start = end_idx - klen + 1
        if start > 0 and low[start - 1].isalnum():
            continue
        end = end_idx + 1
        limit = min(len(low), end + 40)
        while end < limit and low[end].isalnum():
            end += 1
        if low.startswith(r.not_words, start) and not low.startswith(kw + " ", start):
            continue
        cands.append((start, end, klen, code, kw))
    for m in re.finditer(r"(?<!\w)(\w+)(?!\w)", low):
        code = r.exact.get(m.group(1))
        if code is not None and (m.start() == 0 or low[m.start() - 1] != "'"):
            cands.append((m.start(), m.end(), m.end() - m.start(), code, m.group(1)))
    cands.sort(key=lambda c: (c[0], -c[2], -(c[1] - c[0])))
    out: list[tuple[int, int, str, str]] = []
    last = -1
    for s, e, _klen, code, kw in cands:
        if s >= last:
            out.append((s, e, code, kw))
            last = e
    return out


def find_hits(low: str) -> list[Hit]:
    """(start, end, theme) of keyword matches, longest first, no overlaps
    (no context rules: see ``find_topics`` for those)."""
    return [(s, e, c) for s, e, c, _ in _raw_hits(low)]


_WORD_RE = re.compile(r"\S+")
_GAP_RE = re.compile(r"\s+")


def _in_venue(text: str, low: str, start: int) -> bool:
    """Whether the capitalised word at ``start`` belongs to a venue name
    such as "Beykoz Kültür Merkezi'nde"."""
    if not text[start : start + 1].isupper():
        return False
    heads = rules().venue_heads
    pos = start
    for _ in range(5):
        m = _WORD_RE.match(text, pos)
        if m is None:
            return False
        word = low[pos : m.end()]
        if word.startswith(heads):
            return True
        nxt = _GAP_RE.match(text, m.end())
        if nxt is None:
            return False
        pos = nxt.end()
        if not text[pos : pos + 1].isupper() and not low.startswith("ve ", pos):
            return False
    return False


def _has_topic_noun(low: str, end: int) -> bool:
    m = re.match(r"\s+(\w+)", low[end : end + 40])
    return m is not None and m.group(1).startswith(rules().topic_nouns)


def _clause_end(low: str, pos: int, limit: int = 220) -> int:
    end = min(len(low), pos + limit)
    for i in range(pos, end):
        if low[i] in _CLAUSE_END and not (
            low[i] == "." and i + 1 < len(low) and low[i + 1].isdigit()
        ):
            return i
    return end


class _Hits:
    """Topic hits sorted by start, with look-ups by position."""

    def __init__(self, hits: list[Hit]) -> None:
        self.hits = sorted(hits)
        self.starts = [h[0] for h in self.hits]

    def between(self, s: int, e: int) -> list[Hit]:
        return self.hits[bisect.bisect_left(self.starts, s) : bisect.bisect_left(self.starts, e)]

    def themes_in(self, s: int, e: int) -> list[str]:
        return list(dict.fromkeys(h[2] for h in self.between(s, e)))


@dataclass
class _Enumerations:
    regions: list[Span] = field(default_factory=list)
    strong: list[list[str]] = field(default_factory=list)
    listed: list[list[str]] = field(default_factory=list)


def _enumerations(doc: Doc, hits: list[Hit]) -> tuple[list[Span], list[list[str]], list[list[str]]]:
    """Regions of explicit enumerations, and their themes in order:
    (regions, strong lists, discussed lists)."""
    out = _Enumerations()
    if not hits:
        return out.regions, out.strong, out.listed
    h = _Hits(hits)
    # An enumeration names themes within a clause (at most _WINDOW
    # characters) of its cue: cues further from every hit find nothing,
    # so only the stretch of text around the hits is scanned.
    lo = max(0, h.hits[0][0] - _WINDOW)
    hi = min(len(doc.lower), max(x[1] for x in h.hits) + _WINDOW)
    _first_lists(doc, h, lo, hi, out)
    _ordered_lists(doc, h, lo, hi, out)
    _discussed_lists(doc, h, lo, hi, out)
    return out.regions, out.strong, out.listed


def _first_lists(doc: Doc, h: _Hits, lo: int, hi: int, out: _Enumerations) -> None:
    """ "X başta olmak üzere Y, Z ve W konularında"."""
    low = doc.lower
    for m in _FIRST_RE.finditer(low, lo, hi):
        if doc.in_quote(m.start()):
            continue
        before = [
            x
            for x in h.between(m.start() - 300, m.start())
            if x[1] <= m.start() and m.start() - x[1] <= 40
        ]
        start = before[-1][0] if before else m.start()
        end = _clause_end(low, m.end())
        noun = _TOPIC_NOUN_RE.search(low, m.end(), end)
        if noun and h.themes_in(m.end(), noun.start()):
            end = noun.end()
        found = h.themes_in(start, end)
        if found:
            out.regions.append((start, end))
            out.strong.append(found)


def _ordered_lists(doc: Doc, h: _Hits, lo: int, hi: int, out: _Enumerations) -> None:
    """ "öncelikle X, ardından Y ve Z"."""
    low = doc.lower
    for m in _ORDERED_RE.finditer(low, lo, hi):
        if doc.in_quote(m.start()):
            continue
        end = _clause_end(low, m.end())
        then = _THEN_RE.search(low, m.end(), end)
        if then is None:
            continue
        noun = _TOPIC_NOUN_RE.search(low, then.end(), end)
        if noun:
            end = noun.end()
        found = h.themes_in(m.end(), end)
        if found:
            out.regions.append((m.start(), end))
            out.strong.append(found)


def _discussed_lists(doc: Doc, h: _Hits, lo: int, hi: int, out: _Enumerations) -> None:
    """ "X, Y ve Z konularında … görüşüldü"."""
    low = doc.lower
    for m in _TOPIC_NOUN_RE.finditer(low, lo, hi):
        if doc.in_quote(m.start()) or any(s <= m.start() < e for s, e in out.regions):
            continue
        chain = _chain_before(low, h, m.start())
        if len({x[2] for x in chain}) < 2:
            continue
        sent = doc.sentences[doc.sentence_of(m.start())] if doc.sentences else (0, len(low))
        if not _DISCUSS_RE.search(low, m.end(), sent[1]):
            continue
        out.regions.append((chain[0][0], m.end()))
        out.listed.append(h.themes_in(chain[0][0], m.end()))


_JOINER_RE = re.compile(r",|\bve\b|\bile\b|\bveya\b")


def _chain_before(low: str, h: _Hits, end: int) -> list[Hit]:
    """Hits joined by commas and conjunctions that run up to ``end``."""
    chain: list[Hit] = []
    pos = end
    j = bisect.bisect_left(h.starts, end)
    for x in reversed([x for x in h.hits[max(0, j - 40) : j] if x[1] <= end]):
        gap = low[x[1] : pos]
        limit = 30 if not chain else 40
        if len(gap) > limit or any(c in gap for c in _CLAUSE_END):
            break
        if chain and not _JOINER_RE.search(gap):
            break
        chain.append(x)
        pos = x[0]
    chain.reverse()
    return chain


def select_hits(doc: Doc) -> list[Hit]:
    """Keyword hits that count as topics: outside names and venues, and
    weak keywords only with context."""
    low, text = doc.lower, doc.text
    r = rules()
    taken = bytearray(len(low) + 1)
    for i in doc.institutions:
        taken[i.start : i.end] = b"\x01" * (i.end - i.start)
    for p in doc.people:
        for a, b in p.spans:
            taken[a:b] = b"\x01" * (b - a)
    raw = []
    for s, e, code, kw in _raw_hits(low):
        if taken[s]:
            continue
        if _in_venue(text, low, s):
            continue
        raw.append((s, e, code, kw))
    plain = [(s, e, c) for s, e, c, _ in raw]
    regions, _, _ = _enumerations(doc, plain)
    strong_themes = {c for _s, _e, c, kw in raw if kw not in r.weak}
    weak_count: dict[str, int] = {}
    for _s, _e, c, kw in raw:
        if kw in r.weak and kw not in r.context_only:
            weak_count[c] = weak_count.get(c, 0) + 1
    # a broad keyword written twice is a topic of the text ("bütçe" … "bütçenin")
    strong_themes |= {c for c, n in weak_count.items() if n >= 2}
    out: list[Hit] = []
    for s, e, code, kw in raw:
        if (
            kw in r.weak
            and code not in strong_themes
            and not _has_topic_noun(low, e)
            and not any(a <= s < b for a, b in regions)
        ):
            continue
        out.append((s, e, code))
    return out


def rank(doc: Doc, hits: list[Hit]) -> list[TopicHit]:
    """Order themes by stated priority, then by first mention."""
    low = doc.lower
    first: dict[str, int] = {}
    spans: dict[str, list[Span]] = {}
    for s, e, code in hits:
        first.setdefault(code, s)
        spans.setdefault(code, []).append((s, e))
    _, strong, listed = _enumerations(doc, hits)
    key: dict[str, tuple[int, int, int]] = {}
    for tier, lists in ((0, strong), (1, listed)):
        for li, found in enumerate(lists):
            for pos, code in enumerate(found):
                if code in first:
                    key.setdefault(code, (tier, li * 100 + pos, 0))
    for s, _e, code in hits:
        if code in key or not doc.sentences or doc.in_quote(s):
            continue
        ss, se = doc.sentences[doc.sentence_of(s)]
        if _PRIORITY_RE.search(low, ss, se):
            key[code] = (2, 0, first[code])
    order = sorted(first, key=lambda c: key.get(c, (3, 0, first[c])))
    names = labels()
    return [TopicHit(code, names[code], i + 1, spans[code]) for i, code in enumerate(order)]


def find_topics(doc: Doc) -> list[Hit]:
    hits = select_hits(doc)
    doc.topics = rank(doc, hits)
    return hits
