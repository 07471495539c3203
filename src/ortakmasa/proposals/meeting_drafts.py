"""Draft proposals from a meeting's record: one per topic and quote.

A meeting's summary speaks of everything at once; copied into every
proposal, it made the unrelated proposals of one meeting look alike to the
matcher.  A draft starts instead from the topic (its wording, or its theme)
and the quote that raised it: each quote goes to the topic whose words it
shares most, and a topic raised by several quotes gives one draft per quote.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ortakmasa.proposals.hybrid import _stem_words, need_words


@dataclass(frozen=True)
class Draft:
    title: str
    text: str
    theme_id: int
    rank: int


def _stems(text: str) -> set[str]:
    return set(_stem_words()(need_words(text)))


def drafts(meeting: Any) -> list[Draft]:
    """The drafts of ``meeting``, topics in their priority order."""
    topics = list(meeting.topics.select_related("theme").order_by("rank", "id"))
    quotes = list(meeting.quotes.select_related("speaker").order_by("position", "id"))
    topic_stems = [_stems(f"{t.label} {t.theme.name_tr}") for t in topics]
    raised: dict[int, list[Any]] = {k: [] for k in range(len(topics))}
    for quote in quotes:
        words = _stems(quote.text)
        best, best_count = None, 0
        for k, stems in enumerate(topic_stems):
            count = len(words & stems)
            # Ties go to the higher-priority topic (earlier in the list).
            if count > best_count:
                best, best_count = k, count
        if best is not None:
            raised[best].append(quote)
    out: list[Draft] = []
    for k, topic in enumerate(topics):
        title = topic.label or topic.theme.name_tr
        if not raised[k]:
            out.append(Draft(title, "", topic.theme_id, topic.rank))
        for quote in raised[k]:
            speaker = quote.speaker_name
            text = f"“{quote.text.strip()}”" + (f" — {speaker}" if speaker else "")
            out.append(Draft(title, text, topic.theme_id, topic.rank))
    return out
