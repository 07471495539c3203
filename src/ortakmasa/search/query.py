"""Turkish-aware matching shared by the platform search and the lists.

A query is cut into words by ``lib.turkish.search_key`` with ASCII folding,
so "KADIKÖY", "kadikoy" and "Kadıköy'de" are the same word "kadikoy", and
matched against keys stored the same way.  Plain ``contains`` on stored keys
behaves the same on SQLite and PostgreSQL, which the database's own
case-insensitive matching does not for Turkish letters.
"""

from __future__ import annotations

from collections.abc import Iterable

from ortakmasa.lib.turkish import search_terms, stemmed_search_text
from ortakmasa.meetings.queries import search_meetings

__all__ = ["matches", "search_meetings", "words"]


def words(query: str) -> list[tuple[str, ...]]:
    """Per word of ``query``, the forms (the word, its stem) of which one
    must be found."""
    return search_terms(query)


def matches(text: str, query_words: Iterable[tuple[str, ...]]) -> bool:
    """For the few small tables searched in Python (plans, agreements)."""
    key = stemmed_search_text(text)
    return all(any(form in key for form in forms) for forms in query_words)
