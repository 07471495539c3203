"""Turkish-aware matching shared by the platform search and the lists.

A query is cut into words by ``lib.turkish.search_key`` with ASCII folding,
so "KADIKÖY", "kadikoy" and "Kadıköy'de" are the same word "kadikoy", and
matched against keys stored the same way.  Plain ``contains`` on stored keys
behaves the same on SQLite and PostgreSQL, which the database's own
case-insensitive matching does not for Turkish letters.
"""

from __future__ import annotations

from collections.abc import Iterable

from ortakmasa.lib.turkish import search_key
from ortakmasa.meetings.queries import search_meetings

__all__ = ["matches", "search_meetings", "words"]


def words(query: str) -> list[str]:
    return search_key(query, fold_ascii=True).split()


def matches(text: str, query_words: Iterable[str]) -> bool:
    """For the few small tables searched in Python (plans, agreements)."""
    key = search_key(text, fold_ascii=True)
    return all(w in key for w in query_words)
