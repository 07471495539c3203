"""The match score's meeting counts, kept on write.

``matching.find_matches`` scored every candidate by counting, per
institution and theme, the meetings on the theme it hosted and those it
visited: about 76,000 rows grouped on every uncached request at 100,000
meetings (0.8 s), and again for the institution's own topics. Here those
counts are kept in ``MatchCount`` (all meetings or public ones only), upkept
with the network index: whenever the index counts a meeting again
(``network_index.refresh_now``, which every writer reaches through signals
or the bulk paths), this module does the same for it: it takes out what the
meeting added when last counted (``MatchRecord``) and adds what it adds
now, in the same transaction. :func:`rebuild` counts everything again (with
``ortakmasa network_index --rebuild``); :func:`check` compares.

The counts serve the pages without a date range (a range still counts its
meetings on request).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from django.db import connection, transaction

from ortakmasa.cooperation.models import MatchCount, MatchRecord
from ortakmasa.kernel.kept import differences_from_rebuild
from ortakmasa.meetings.models import Meeting, MeetingTopic, ReviewStatus

#: (public, themes, root → what the meeting adds to its count)
Contribution = tuple[bool, tuple[int, ...], dict[int, int]]
#: (public scope, theme, institution) → [meetings, distinct]
Delta = dict[tuple[bool, int, int], list[int]]


def _live(ids: list[int] | None) -> dict[int, Contribution]:
    """What each counted meeting adds now: a draft adds nothing; the host's
    root 1 and each distinct guest root 1, as the score counts them."""
    meetings: Any = Meeting.objects.exclude(review_status=ReviewStatus.DRAFT)
    topics: Any = MeetingTopic.objects.all()
    guests: Any = Meeting.guests.through.objects.all()
    if ids is not None:
        meetings = meetings.filter(pk__in=ids)
        topics = topics.filter(meeting_id__in=ids)
        guests = guests.filter(meeting_id__in=ids)
    themes: dict[int, set[int]] = defaultdict(set)
    for meeting, theme in topics.values_list("meeting_id", "theme_id").iterator(chunk_size=20000):
        themes[meeting].add(theme)
    guest_roots: dict[int, set[int]] = defaultdict(set)
    for meeting, root in guests.values_list("meeting_id", "institution__root_id").iterator(
        chunk_size=20000
    ):
        if root is not None:
            guest_roots[meeting].add(root)
    out: dict[int, Contribution] = {}
    for pk, public, host in meetings.values_list("pk", "is_public", "host__root_id").iterator(
        chunk_size=20000
    ):
        roots: Counter[int] = Counter(guest_roots.get(pk, ()))
        if host is not None:
            roots[host] += 1
        out[pk] = (bool(public), tuple(sorted(themes.get(pk, ()))), dict(roots))
    return out


def _stored(ids: list[int]) -> dict[int, Contribution]:
    out: dict[int, Contribution] = {}
    for meeting, public, themes, roots in MatchRecord.objects.filter(meeting__in=ids).values_list(
        "meeting", "public", "themes", "roots"
    ):
        out[meeting] = (
            public,
            tuple(int(t) for t in themes.split(",") if t),
            {int(r): int(n) for r, n in (part.split(":") for part in roots.split(",") if part)},
        )
    return out


def _add(delta: Delta, found: dict[int, Contribution], sign: int) -> None:
    for public, themes, roots in found.values():
        for scope in (False, True) if public else (False,):
            for theme in themes:
                for root, n in roots.items():
                    row = delta[(scope, theme, root)]
                    row[0] += sign * n
                    row[1] += sign


def _records(found: dict[int, Contribution]) -> list[MatchRecord]:
    return [
        MatchRecord(
            meeting=pk,
            public=public,
            themes=",".join(map(str, themes)),
            roots=",".join(f"{r}:{n}" for r, n in sorted(roots.items())),
        )
        for pk, (public, themes, roots) in found.items()
    ]


def refresh_now(ids: Iterable[int]) -> None:
    """Count these meetings again, in the caller's transaction (called by
    ``network_index.refresh_now`` for every meeting it counts)."""
    wanted = sorted(set(ids))
    if not wanted:
        return
    with transaction.atomic():
        delta: Delta = defaultdict(lambda: [0, 0])
        old, new = _stored(wanted), _live(wanted)
        _add(delta, old, -1)
        _add(delta, new, 1)
        _apply({k: v for k, v in delta.items() if v[0] or v[1]})
        MatchRecord.objects.filter(meeting__in=wanted).delete()
        MatchRecord.objects.bulk_create(_records(new), batch_size=5000)


def _apply(delta: Delta) -> None:
    """Add ``delta`` to the counts with one upsert per batch: the database
    adds, so two writers never lose each other's counts."""
    if not delta:
        return
    table = MatchCount._meta.db_table
    keys = sorted(delta)
    with connection.cursor() as cursor:
        for start in range(0, len(keys), 500):
            batch = keys[start : start + 500]
            values = ", ".join(["(%s, %s, %s, %s, %s)"] * len(batch))
            params: list[Any] = []
            for scope, theme, root in batch:
                params += [scope, theme, root, *delta[(scope, theme, root)]]
            cursor.execute(
                f"INSERT INTO {table} (public, theme, institution, meetings, {_q('distinct')}) "
                f"VALUES {values} ON CONFLICT (public, theme, institution) DO UPDATE SET "
                f"meetings = {table}.meetings + EXCLUDED.meetings, "
                f"{_q('distinct')} = {table}.{_q('distinct')} + EXCLUDED.{_q('distinct')}",
                params,
            )
        # Rows counted down to nothing go, as a rebuild would not have them.
        themes = sorted({theme for _s, theme, _r in keys})
        cursor.execute(
            f"DELETE FROM {table} WHERE meetings = 0 AND {_q('distinct')} = 0 "
            f"AND theme IN ({', '.join(['%s'] * len(themes))})",
            themes,
        )


def _q(name: str) -> str:
    return connection.ops.quote_name(name)


def rebuild() -> int:
    """Every meeting counted again from scratch; the number of count rows."""
    with transaction.atomic():
        MatchCount.objects.all().delete()
        MatchRecord.objects.all().delete()
        found = _live(None)
        delta: Delta = defaultdict(lambda: [0, 0])
        _add(delta, found, 1)
        MatchCount.objects.bulk_create(
            (
                MatchCount(public=s, theme=t, institution=r, meetings=v[0], distinct=v[1])
                for (s, t, r), v in delta.items()
                if v[0] or v[1]
            ),
            batch_size=5000,
        )
        MatchRecord.objects.bulk_create(_records(found), batch_size=5000)
    return MatchCount.objects.count()


def snapshot() -> dict[str, Any]:
    return {
        "match_counts": set(
            MatchCount.objects.exclude(meetings=0, distinct=0).values_list(
                "public", "theme", "institution", "meetings", "distinct"
            )
        ),
        "match_records": set(
            MatchRecord.objects.values_list("meeting", "public", "themes", "roots")
        ),
    }


def check() -> list[str]:
    return differences_from_rebuild(snapshot, rebuild)
