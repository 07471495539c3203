"""Topics: themes of the shared taxonomy (data/themes.json) found by their
keyword stems, ranked by the priority the text gives them.

A stem matches at the start of a word and takes any ending ("deprem" →
"depremin"), so the taxonomy's keywords do the stemming.  Ranking: a
theme written just before "başta olmak üzere" or in a sentence that
calls something a priority ("öncelikli", "öncelik veriyor", "başında
geldi") comes first; the rest follow in order of first mention.
"""

from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick

from .document import Doc, Span, TopicHit
from .resources import themes

_PRIORITY_RE = re.compile(r"öncelik|başında gel|en önemli|ilk sırada|birinci sırada")
_FIRST_RE = re.compile(r"başta olmak üzere|başta gelmek üzere|başta")


@lru_cache(maxsize=1)
def _automaton() -> tuple[ahocorasick.Automaton, dict[str, str]]:
    auto = ahocorasick.Automaton()
    labels: dict[str, str] = {}
    for theme in themes():
        labels[theme["code"]] = theme["label_tr"]
        for kw in theme["keywords"]:
            auto.add_word(kw, (len(kw), theme["code"]))
    auto.make_automaton()
    return auto, labels


def labels() -> dict[str, str]:
    return _automaton()[1]


def find_hits(low: str) -> list[tuple[int, int, str]]:
    """(start, end, theme) of keyword matches, longest first, no overlaps."""
    auto, _ = _automaton()
    cands: list[tuple[int, int, str]] = []
    for end_idx, (klen, code) in auto.iter(low):
        start = end_idx - klen + 1
        if start > 0 and low[start - 1].isalnum():
            continue
        end = end_idx + 1
        while end < len(low) and (low[end].isalnum()):
            end += 1
        cands.append((start, end, code))
    cands.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    out: list[tuple[int, int, str]] = []
    last = -1
    for c in cands:
        if c[0] >= last:
            out.append(c)
            last = c[1]
    return out


def rank(doc: Doc, hits: list[tuple[int, int, str]]) -> list[TopicHit]:
    """Order themes by stated priority, then by first mention."""
    low = doc.lower
    first: dict[str, int] = {}
    prio: dict[str, int] = {}
    spans: dict[str, list[Span]] = {}
    # "X, Y ve deprem konusu başta olmak üzere": the theme written last
    # before "başta" is the first priority.
    firsts = {m.start() for m in _FIRST_RE.finditer(low)}
    top: set[int] = set()
    for f in firsts:
        before = [h for h in hits if h[1] <= f and f - h[1] <= 40]
        if before:
            top.add(before[-1][0])
    for s, e, code in hits:
        first.setdefault(code, s)
        spans.setdefault(code, []).append((s, e))
        p = 0
        if s in top:
            p = 2
        elif doc.sentences:
            ss, se = doc.sentences[doc.sentence_of(s)]
            if _PRIORITY_RE.search(low, ss, se):
                p = 1
        prio[code] = max(prio.get(code, 0), p)
    order = sorted(first, key=lambda c: (-prio[c], first[c]))
    names = labels()
    return [TopicHit(code, names[code], i + 1, spans[code]) for i, code in enumerate(order)]


def find_topics(doc: Doc) -> list[tuple[int, int, str]]:
    hits = find_hits(doc.lower)
    doc.topics = rank(doc, hits)
    return hits
