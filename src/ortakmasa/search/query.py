"""Turkish-aware matching shared by the platform search and the lists.

A query is cut into words by ``lib.turkish.search_key`` with ASCII folding,
so "KADIKÖY", "kadikoy" and "Kadıköy'de" are the same word "kadikoy", and
matched against keys stored the same way.  Plain ``contains`` on stored keys
behaves the same on SQLite and PostgreSQL, which the database's own
case-insensitive matching does not for Turkish letters.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db.models import Q, QuerySet

from ortakmasa.lib.turkish import search_key


def words(query: str) -> list[str]:
    return search_key(query, fold_ascii=True).split()


def search_meetings(qs: QuerySet[Any], query: str) -> QuerySet[Any]:
    """Meetings whose title or place, host or a visitor contains every
    word (a meeting hosted by Üsküdar Belediyesi is found by "uskudar")."""
    from ortakmasa.meetings.models import Meeting

    through = Meeting.guests.through
    for word in words(query):
        guests = through.objects.filter(institution__search_key_ascii__contains=word).values(
            "meeting_id"
        )
        qs = qs.filter(
            Q(search_text__contains=word)
            | Q(host__search_key_ascii__contains=word)
            | Q(pk__in=guests)
        )
    return qs


def matches(text: str, query_words: Iterable[str]) -> bool:
    """For the few small tables searched in Python (plans, agreements)."""
    key = search_key(text, fold_ascii=True)
    return all(w in key for w in query_words)
