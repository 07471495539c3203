"""The cooperation network kept on write.

``network.build_network`` used to aggregate every host/guest and partner
pair on each uncached request: seconds at 100,000 meetings.  This module
keeps that aggregate in ``NetworkPair`` / ``NetworkNode`` / ``NetworkTotal``
for the views the page shows without a date or kind filter: grouped by
institution, kind or province, all records or public ones only, any theme
or one theme.

How it stays right: ``NetworkRecord`` / ``NetworkRecordPair`` remember what
each meeting, cooperation and project contributed when it was last counted.
:func:`refresh` recomputes a record's contribution from the live rows,
applies the difference to the aggregate and stores the new contribution, in
the caller's transaction.  It is idempotent and needs no "before" state, so
it is simply called after every write: model signals for saves, deletes and
many-to-many changes, and explicitly by the services that write in bulk
(``bulk_create``/``update`` send no signals).  :func:`rebuild` recomputes
everything from scratch (``ortakmasa network_index --rebuild``).
"""

from __future__ import annotations

import datetime
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save

from ortakmasa.cooperation import match_counts
from ortakmasa.cooperation.models import (
    Cooperation,
    CooperationParty,
    CooperationTopic,
    FundedProject,
    NetworkMonthPair,
    NetworkMonthTotal,
    NetworkNode,
    NetworkPair,
    NetworkRecord,
    NetworkRecordPair,
    NetworkTotal,
    ProjectPartner,
)
from ortakmasa.kernel.kept import differences_from_rebuild, marks_of
from ortakmasa.meetings.models import Meeting, MeetingTopic, ReviewStatus
from ortakmasa.meetings.signals import meetings_written
from ortakmasa.registry.models import Institution, InstitutionKind

#: Groupings the index holds; "party" depends on posts and affiliations and
#: is aggregated on request.
GROUPS = ("institution", "kind", "province")
LINKS = ("m", "c", "p")  # meetings, cooperations, projects: columns 0, 1, 2
COLUMNS = ("meetings", "cooperations", "projects")
#: Kinds are ranked by code point so that integer order is the order of the
#: codes (the page breaks weight ties by key).
KIND_CODES: tuple[str, ...] = tuple(sorted(InstitutionKind.values))
KIND_RANK = {code: i for i, code in enumerate(KIND_CODES)}
NONE_KEY = -1
#: Groupings whose meeting pairs are also kept per calendar month
#: (``NetworkMonthPair``), so that a date range sums a few rows a month.
#: With institutions or provinces as nodes a month holds about as many
#: pairs as meetings, so a date range is summed from the record pairs.
MONTH_GROUPS = ("kind",)

View = tuple[str, bool, int]  # group, public only, theme id (0: any)
Vec = tuple[int, int, int]


def month_of(day: datetime.date | None) -> int:
    """A calendar month as an integer (0: no date)."""
    return day.year * 12 + day.month - 1 if day else 0


def month_start(month: int) -> datetime.date:
    if month // 12 > datetime.MAXYEAR:
        return datetime.date.max  # past the calendar: no day is after it
    return datetime.date(month // 12, month % 12 + 1, 1)


def month_end(month: int) -> datetime.date:
    if month // 12 >= datetime.MAXYEAR and month % 12 == 11:
        return datetime.date.max
    return month_start(month + 1) - datetime.timedelta(days=1)


def whole_months(
    date_from: datetime.date | None, date_to: datetime.date | None
) -> tuple[int | None, int | None] | None:
    """The first and last calendar months wholly inside the range (``None``
    for an open end), or ``None`` if no month is."""
    first = None
    if date_from is not None:
        first = month_of(date_from) + (0 if date_from.day == 1 else 1)
    last = None
    if date_to is not None:
        last = month_of(date_to) - (0 if date_to == month_end(month_of(date_to)) else 1)
    if first is not None and last is not None and first > last:
        return None
    if first is not None and first > month_of(datetime.date.max):
        return None  # a start in the calendar's last month
    return first, last


def _live_months(ids: list[int] | None) -> dict[int, int]:
    """Meeting id → its calendar month."""
    qs = Meeting.objects.all()
    if ids is not None:
        qs = qs.filter(pk__in=ids)
    return {
        pk: month_of(day) for pk, day in qs.values_list("pk", "date").iterator(chunk_size=20000)
    }


def _node_path(group: str, path: str) -> str:
    if group == "kind":
        return f"{path}root__kind"
    if group == "province":
        return f"{path}root__province_id"
    return f"{path}root_id"


def _key(group: str, value: Any) -> int:
    if value is None:
        return NONE_KEY
    if group == "kind":
        return KIND_RANK.get(str(value), NONE_KEY)
    return int(value)


def _live_pairs(link: str, group: str, ids: list[int] | None) -> Iterator[tuple[int, int, int]]:
    """(record, lo, hi) for every pair of distinct nodes a record links now."""
    if link == "m":
        through = Meeting.guests.through
        qs: Any = through.objects.filter(meeting__host__isnull=False).exclude(
            meeting__review_status=ReviewStatus.DRAFT
        )
        rec, a, b = (
            "meeting_id",
            _node_path(group, "meeting__host__"),
            _node_path(group, "institution__"),
        )
    elif link == "c":
        qs = CooperationParty.objects.all()
        rec, a, b = (
            "cooperation_id",
            _node_path(group, "institution__"),
            _node_path(group, "cooperation__parties__institution__"),
        )
    else:
        qs = ProjectPartner.objects.all()
        rec, a, b = (
            "project_id",
            _node_path(group, "institution__"),
            _node_path(group, "project__partners__institution__"),
        )
    if ids is not None:
        qs = qs.filter(**{f"{rec}__in": ids})
    seen: set[tuple[int, int, int]] = set()
    for record, x, y in qs.values_list(rec, a, b).distinct().iterator(chunk_size=20000):
        ka, kb = _key(group, x), _key(group, y)
        if ka == kb:
            continue
        row = (record, min(ka, kb), max(ka, kb))
        if row not in seen:
            seen.add(row)
            yield row


def _live_records(link: str, ids: list[int] | None) -> dict[int, tuple[bool, tuple[int, ...]]]:
    """The records that count now: id → (public, theme ids)."""
    if link == "m":
        records: Any = Meeting.objects.exclude(review_status=ReviewStatus.DRAFT)
        topics: Any = MeetingTopic.objects.values_list("meeting_id", "theme_id")
        rec = "meeting_id"
    elif link == "c":
        records = Cooperation.objects.all()
        topics = CooperationTopic.objects.values_list("cooperation_id", "theme_id")
        rec = "cooperation_id"
    else:
        records = FundedProject.objects.all()
        topics = FundedProject.themes.through.objects.values_list("fundedproject_id", "theme_id")
        rec = "fundedproject_id"
    if ids is not None:
        records = records.filter(pk__in=ids)
        topics = topics.filter(**{f"{rec}__in": ids})
    themes: dict[int, set[int]] = defaultdict(set)
    for record, theme in topics.iterator(chunk_size=20000):
        themes[record].add(theme)
    return {
        pk: (public, tuple(sorted(themes.get(pk, ()))))
        for pk, public in records.values_list("pk", "is_public").iterator(chunk_size=20000)
    }


def _views(public: bool, themes: tuple[int, ...], group: str) -> list[View]:
    scopes = (False, True) if public else (False,)
    return [(group, s, t) for s in scopes for t in (0, *themes)]


class _Contribution:
    """What a set of records adds to the aggregate."""

    def __init__(self) -> None:
        self.pairs: Counter[tuple[str, bool, int, int, int, int]] = Counter()
        self.records: Counter[tuple[str, bool, int, int]] = Counter()
        #: (group, public, theme, month, lo, hi) and (public, theme, month)
        self.month_pairs: Counter[tuple[str, bool, int, int, int, int]] = Counter()
        self.month_totals: Counter[tuple[bool, int, int]] = Counter()

    def add_months(
        self,
        records: dict[int, tuple[bool, tuple[int, ...]]],
        months: dict[int, int],
        pairs: dict[str, list[tuple[int, int, int]]],
        sign: int = 1,
        *,
        totals: bool = True,
    ) -> None:
        """Meetings' contributions per calendar month."""
        if totals:
            for record, (public, themes) in records.items():
                month = months.get(record, 0)
                if month:
                    for _g, s, t in _views(public, themes, ""):
                        self.month_totals[(s, t, month)] += sign
        for group in MONTH_GROUPS:
            for record, lo, hi in pairs.get(group, ()):
                found = records.get(record)
                month = months.get(record, 0)
                if found is None or not month:
                    continue
                for view in _views(*found, group):
                    self.month_pairs[(*view, month, lo, hi)] += sign

    def add(
        self,
        link: str,
        records: dict[int, tuple[bool, tuple[int, ...]]],
        pairs: dict[str, list[tuple[int, int, int]]],
        sign: int = 1,
    ) -> None:
        col = LINKS.index(link)
        for public, themes in records.values():
            for group in GROUPS:
                for view in _views(public, themes, group):
                    self.records[(*view, col)] += sign
        for group, rows in pairs.items():
            for record, lo, hi in rows:
                found = records.get(record)
                if found is None:
                    continue
                for view in _views(*found, group):
                    self.pairs[(*view, lo, hi, col)] += sign


def _stored(
    link: str, ids: list[int]
) -> tuple[
    dict[int, tuple[bool, tuple[int, ...]]], dict[str, list[tuple[int, int, int]]], dict[int, int]
]:
    records = {}
    months = {}
    for r, public, themes, month in NetworkRecord.objects.filter(
        link=link, record__in=ids
    ).values_list("record", "public", "themes", "month"):
        records[r] = (public, tuple(int(t) for t in themes.split(",") if t))
        months[r] = month
    pairs: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    for r, group, lo, hi in NetworkRecordPair.objects.filter(link=link, record__in=ids).values_list(
        "record", "group", "lo", "hi"
    ):
        pairs[group].append((r, lo, hi))
    return records, pairs, months


def _present(vec: Vec | list[int], mask: int) -> int:
    return int(any(vec[i] > 0 for i in range(3) if mask & (1 << i)))


def _apply(delta: _Contribution) -> None:
    """Add ``delta`` to the aggregate, row by row, under a lock on the
    views' totals (so two writers never lose each other's counts)."""
    pair_delta: dict[tuple[str, bool, int, int, int], list[int]] = defaultdict(lambda: [0, 0, 0])
    for (g, s, t, lo, hi, col), n in delta.pairs.items():
        if n:
            pair_delta[(g, s, t, lo, hi)][col] += n
    record_delta: dict[View, list[int]] = defaultdict(lambda: [0, 0, 0])
    for (g, s, t, col), n in delta.records.items():
        if n:
            record_delta[(g, s, t)][col] += n
    month_views = {k[:3] for k, n in delta.month_pairs.items() if n} | {
        (MONTH_GROUPS[0], k[0], k[1]) for k, n in delta.month_totals.items() if n
    }
    # A meeting moved to another month changes month rows only: its views'
    # totals are locked all the same, so two writers never lose counts.
    views = sorted({k[:3] for k in pair_delta} | set(record_delta) | month_views)
    if not views:
        return
    have = set(NetworkTotal.objects.filter(_views_q(views)).values_list("group", "public", "theme"))
    missing = [
        NetworkTotal(group=g, public=s, theme=t) for g, s, t in views if (g, s, t) not in have
    ]
    if missing:
        # A concurrent writer may create the same row: the constraint keeps one.
        NetworkTotal.objects.bulk_create(missing, ignore_conflicts=True)
    totals = {
        (t.group, t.public, t.theme): t
        for t in NetworkTotal.objects.select_for_update()
        .filter(_views_q(views))
        .order_by("group", "public", "theme")
    }
    node_delta: dict[tuple[str, bool, int, int], list[int]] = defaultdict(lambda: [0, 0, 0])
    if pair_delta:
        existing = {
            (p.group, p.public, p.theme, p.lo, p.hi): p
            for p in NetworkPair.objects.filter(
                _views_q({k[:3] for k in pair_delta}),
                lo__in={k[3] for k in pair_delta},
                hi__in={k[4] for k in pair_delta},
            )
        }
        create, update, delete = [], [], []
        for key, d in pair_delta.items():
            row = existing.get(key)
            old = [row.meetings, row.cooperations, row.projects] if row else [0, 0, 0]
            new = [o + x for o, x in zip(old, d, strict=True)]
            total = totals[key[:3]]
            for mask in range(1, 8):
                change = _present(new, mask) - _present(old, mask)
                if change:
                    setattr(total, f"links_{mask}", getattr(total, f"links_{mask}") + change)
            for node in key[3:]:
                nd = node_delta[(*key[:3], node)]
                for i in range(3):
                    nd[i] += d[i]
            if not any(new):
                if row:
                    delete.append(row.pk)
            elif row:
                row.meetings, row.cooperations, row.projects = new
                update.append(row)
            else:
                g, s, t, lo, hi = key
                create.append(NetworkPair(group=g, public=s, theme=t, lo=lo, hi=hi))
                create[-1].meetings, create[-1].cooperations, create[-1].projects = new
        NetworkPair.objects.filter(pk__in=delete).delete()
        NetworkPair.objects.bulk_update(update, COLUMNS)
        NetworkPair.objects.bulk_create(create)
    if node_delta:
        existing_nodes = {
            (n.group, n.public, n.theme, n.node): n
            for n in NetworkNode.objects.filter(
                _views_q({k[:3] for k in node_delta}), node__in={k[3] for k in node_delta}
            )
        }
        create_n, update_n, delete_n = [], [], []
        for nkey, d in node_delta.items():
            node_row = existing_nodes.get(nkey)
            old = (
                [node_row.meetings, node_row.cooperations, node_row.projects]
                if node_row
                else [0, 0, 0]
            )
            new = [o + x for o, x in zip(old, d, strict=True)]
            total = totals[nkey[:3]]
            for mask in range(1, 8):
                change = _present(new, mask) - _present(old, mask)
                if change:
                    setattr(total, f"nodes_{mask}", getattr(total, f"nodes_{mask}") + change)
            if not any(new):
                if node_row:
                    delete_n.append(node_row.pk)
            elif node_row:
                node_row.meetings, node_row.cooperations, node_row.projects = new
                node_row.weight = sum(new)
                update_n.append(node_row)
            else:
                g, s, t, node = nkey
                fresh = NetworkNode(group=g, public=s, theme=t, node=node)
                fresh.meetings, fresh.cooperations, fresh.projects = new
                fresh.weight = sum(new)
                create_n.append(fresh)
        NetworkNode.objects.filter(pk__in=delete_n).delete()
        NetworkNode.objects.bulk_update(update_n, [*COLUMNS, "weight"])
        NetworkNode.objects.bulk_create(create_n)
    _apply_months(delta)
    for view, d in record_delta.items():
        total = totals[view]
        total.meetings += d[0]
        total.cooperations += d[1]
        total.projects += d[2]
    NetworkTotal.objects.bulk_update(
        list(totals.values()),
        [*COLUMNS, *(f"links_{m}" for m in range(1, 8)), *(f"nodes_{m}" for m in range(1, 8))],
    )


def _apply_months(delta: _Contribution) -> None:
    """Add the meetings' per-month contributions (under the caller's lock)."""
    pairs = {k: n for k, n in delta.month_pairs.items() if n}
    if pairs:
        existing = {
            (p.group, p.public, p.theme, p.month, p.lo, p.hi): p
            for p in NetworkMonthPair.objects.filter(
                _views_q({k[:3] for k in pairs}),
                month__in={k[3] for k in pairs},
                lo__in={k[4] for k in pairs},
                hi__in={k[5] for k in pairs},
            )
        }
        create, update, delete = [], [], []
        for key, n in pairs.items():
            row = existing.get(key)
            new = (row.meetings if row else 0) + n
            if new <= 0:
                if row:
                    delete.append(row.pk)
            elif row:
                row.meetings = new
                update.append(row)
            else:
                g, s, t, month, lo, hi = key
                create.append(
                    NetworkMonthPair(
                        group=g, public=s, theme=t, month=month, lo=lo, hi=hi, meetings=new
                    )
                )
        NetworkMonthPair.objects.filter(pk__in=delete).delete()
        NetworkMonthPair.objects.bulk_update(update, ["meetings"])
        NetworkMonthPair.objects.bulk_create(create)
    totals = {k: n for k, n in delta.month_totals.items() if n}
    if totals:
        q = Q(pk__in=[])
        for s, t, month in totals:
            q |= Q(public=s, theme=t, month=month)
        existing_totals = {
            (r.public, r.theme, r.month): r for r in NetworkMonthTotal.objects.filter(q)
        }
        create_t, update_t, delete_t = [], [], []
        for tkey, n in totals.items():
            found = existing_totals.get(tkey)
            new = (found.meetings if found else 0) + n
            if new <= 0:
                if found:
                    delete_t.append(found.pk)
            elif found:
                found.meetings = new
                update_t.append(found)
            else:
                create_t.append(
                    NetworkMonthTotal(public=tkey[0], theme=tkey[1], month=tkey[2], meetings=new)
                )
        NetworkMonthTotal.objects.filter(pk__in=delete_t).delete()
        NetworkMonthTotal.objects.bulk_update(update_t, ["meetings"])
        NetworkMonthTotal.objects.bulk_create(create_t)


def _views_q(views: Iterable[View]) -> Q:
    """Rows of the given views (grouped by group and scope to keep the
    statement short)."""
    by: dict[tuple[str, bool], set[int]] = defaultdict(set)
    for g, s, t in views:
        by[(g, s)].add(t)
    q = Q(pk__in=[])
    for (g, s), themes in by.items():
        q |= Q(group=g, public=s, theme__in=sorted(themes))
    return q


def refresh(link: str, ids: Iterable[int | None]) -> None:
    """Bring the aggregate up to date for these records (``link`` "m", "c"
    or "p"), whatever was written to them; a record that no longer exists
    or no longer counts is taken out.

    Inside a transaction the records are only marked: one save of a
    cooperation with its parties and topics, or an import of a thousand
    meetings, sends a signal per row, and recounting the record on each
    would repeat the same work. The marked records are counted once, right
    after the commit (:func:`flush`, which then bumps the generations of the
    pages that read the index), or earlier when this connection reads the
    index itself."""
    wanted = {int(i) for i in ids if i is not None}
    if not wanted or _suspended():
        return
    conn = transaction.get_connection()
    if not conn.in_atomic_block:
        refresh_now(link, wanted)
        return
    _pending_of(conn).dirty[link].update(wanted)


class _Pending:
    """Records marked dirty on one connection, and the commit callback
    that will count them."""

    def __init__(self, carried: dict[str, set[int]] | None = None) -> None:
        self.dirty: dict[str, set[int]] = defaultdict(set)
        for link, ids in (carried or {}).items():
            self.dirty[link].update(ids)

    def after_commit(self) -> None:
        flush()
        from ortakmasa.kernel.cache import Gen, bump_now

        # The writers' own bumps ran before this callback: a page rendered
        # in between read the index before the flush.
        bump_now(Gen.MEETINGS, Gen.COOPERATION)


def _pending_of(conn: Any) -> _Pending:
    return marks_of(
        conn, "_netindex_pending", lambda found: _Pending(found.dirty if found else None)
    )


def flush() -> None:
    """Count the records marked on this connection (see :func:`refresh`)."""
    conn = transaction.get_connection()
    found: _Pending | None = getattr(conn, "_netindex_pending", None)
    if found is None or not any(found.dirty.values()):
        return
    with transaction.atomic():
        for link in LINKS:
            ids = found.dirty.pop(link, set())
            if ids:
                refresh_now(link, ids)


def refresh_now(link: str, ids: Iterable[int]) -> None:
    """Count these records again, now, in the caller's transaction."""
    wanted = sorted(set(ids))
    if not wanted:
        return
    with transaction.atomic():
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            delta = _Contribution()
            old_records, old_pairs, old_months = _stored(link, chunk)
            delta.add(link, old_records, old_pairs, sign=-1)
            new_records = _live_records(link, chunk)
            new_pairs = {g: list(_live_pairs(link, g, chunk)) for g in GROUPS}
            delta.add(link, new_records, new_pairs)
            new_months: dict[int, int] = {}
            if link == "m":
                new_months = _live_months(chunk)
                delta.add_months(old_records, old_months, old_pairs, sign=-1)
                delta.add_months(new_records, new_months, new_pairs)
            _apply(delta)
            if link == "m":
                # The match score's counts follow every meeting the index counts.
                match_counts.refresh_now(chunk)
            NetworkRecord.objects.filter(link=link, record__in=chunk).delete()
            NetworkRecordPair.objects.filter(link=link, record__in=chunk).delete()
            _store(link, new_records, new_pairs, new_months)


def _store(
    link: str,
    records: dict[int, tuple[bool, tuple[int, ...]]],
    pairs: dict[str, list[tuple[int, int, int]]],
    months: dict[int, int] | None = None,
) -> None:
    months = months or {}
    NetworkRecord.objects.bulk_create(
        [
            NetworkRecord(
                link=link,
                record=r,
                public=public,
                themes=",".join(str(t) for t in themes),
                month=months.get(r, 0),
            )
            for r, (public, themes) in records.items()
        ],
        batch_size=5000,
    )
    NetworkRecordPair.objects.bulk_create(
        (
            NetworkRecordPair(link=link, record=r, group=g, lo=lo, hi=hi)
            for g, rows in pairs.items()
            for r, lo, hi in rows
            if r in records
        ),
        batch_size=5000,
    )


def refresh_meetings(ids: Iterable[int | None]) -> None:
    refresh("m", ids)


def refresh_cooperations(ids: Iterable[int | None]) -> None:
    refresh("c", ids)


def refresh_projects(ids: Iterable[int | None]) -> None:
    refresh("p", ids)


def refresh_institutions(ids: Iterable[int]) -> None:
    """Records of institutions whose root, kind or province changed (and of
    the units under them)."""
    wanted = list(ids)
    tree = Institution.objects.filter(Q(pk__in=wanted) | Q(root_id__in=wanted)).values("pk")
    refresh_meetings(
        Meeting.objects.filter(Q(host__in=tree) | Q(guests__in=tree))
        .values_list("pk", flat=True)
        .distinct()
    )
    refresh_cooperations(
        CooperationParty.objects.filter(institution__in=tree).values_list(
            "cooperation_id", flat=True
        )
    )
    refresh_projects(
        ProjectPartner.objects.filter(institution__in=tree).values_list("project_id", flat=True)
    )


# Bulk loads (benchmarks, reference imports) may switch the upkeep off and
# rebuild at the end; nothing else should.
_SUSPENDED: list[bool] = []


def _suspended() -> bool:
    return bool(_SUSPENDED)


@contextmanager
def suspended() -> Iterator[None]:
    """Skip the upkeep inside; :func:`rebuild` runs at the end."""
    _SUSPENDED.append(True)
    try:
        yield
    finally:
        _SUSPENDED.pop()
    rebuild()


def rebuild() -> dict[str, int]:
    """Empty the aggregate and count every record again, in one transaction."""
    found: _Pending | None = getattr(transaction.get_connection(), "_netindex_pending", None)
    if found is not None:
        found.dirty.clear()
    with transaction.atomic():
        for model in (
            NetworkPair,
            NetworkNode,
            NetworkTotal,
            NetworkRecord,
            NetworkRecordPair,
            NetworkMonthPair,
            NetworkMonthTotal,
        ):
            model.objects.all().delete()
        pair_rows = 0
        totals: dict[View, NetworkTotal] = {}

        def total(view: View) -> NetworkTotal:
            if view not in totals:
                totals[view] = NetworkTotal(group=view[0], public=view[1], theme=view[2])
            return totals[view]

        all_records = {link: _live_records(link, None) for link in LINKS}
        months = _live_months(None)
        monthly = _Contribution()
        monthly.add_months(all_records["m"], months, {})
        for link, records in all_records.items():
            _store(link, records, {}, months if link == "m" else None)
            column = COLUMNS[LINKS.index(link)]
            for public, themes in records.values():
                for group in GROUPS:
                    for view in _views(public, themes, group):
                        row = total(view)
                        setattr(row, column, getattr(row, column) + 1)
        for group in GROUPS:
            contribution = _Contribution()
            for link in LINKS:
                rows = list(_live_pairs(link, group, None))
                contribution.add(link, all_records[link], {group: rows})
                if link == "m" and group in MONTH_GROUPS:
                    monthly.add_months(all_records[link], months, {group: rows}, totals=False)
                NetworkRecordPair.objects.bulk_create(
                    (
                        NetworkRecordPair(link=link, record=r, group=group, lo=lo, hi=hi)
                        for r, lo, hi in rows
                        if r in all_records[link]
                    ),
                    batch_size=5000,
                )
                del rows
            pairs: dict[tuple[str, bool, int, int, int], list[int]] = defaultdict(lambda: [0, 0, 0])
            for (g, s, t, lo, hi, col), n in contribution.pairs.items():
                pairs[(g, s, t, lo, hi)][col] += n
            del contribution
            nodes: dict[tuple[str, bool, int, int], list[int]] = defaultdict(lambda: [0, 0, 0])
            batch: list[NetworkPair] = []
            for (g, s, t, lo, hi), vec in pairs.items():
                tot = total((g, s, t))
                for mask in range(1, 8):
                    if _present(vec, mask):
                        setattr(tot, f"links_{mask}", getattr(tot, f"links_{mask}") + 1)
                for node in (lo, hi):
                    nv = nodes[(g, s, t, node)]
                    for i in range(3):
                        nv[i] += vec[i]
                batch.append(
                    NetworkPair(
                        group=g,
                        public=s,
                        theme=t,
                        lo=lo,
                        hi=hi,
                        meetings=vec[0],
                        cooperations=vec[1],
                        projects=vec[2],
                    )
                )
                if len(batch) >= 5000:
                    NetworkPair.objects.bulk_create(batch)
                    pair_rows += len(batch)
                    batch = []
            NetworkPair.objects.bulk_create(batch)
            pair_rows += len(batch)
            del pairs
            node_rows = []
            for (g, s, t, node), vec in nodes.items():
                tot = total((g, s, t))
                for mask in range(1, 8):
                    if _present(vec, mask):
                        setattr(tot, f"nodes_{mask}", getattr(tot, f"nodes_{mask}") + 1)
                node_rows.append(
                    NetworkNode(
                        group=g,
                        public=s,
                        theme=t,
                        node=node,
                        meetings=vec[0],
                        cooperations=vec[1],
                        projects=vec[2],
                        weight=sum(vec),
                    )
                )
            NetworkNode.objects.bulk_create(node_rows, batch_size=5000)
        NetworkTotal.objects.bulk_create(list(totals.values()), batch_size=5000)
        _write_months(monthly)
        match_rows = match_counts.rebuild()
    return {"pairs": pair_rows, "views": len(totals), "match_counts": match_rows}


def _write_months(monthly: _Contribution) -> None:
    """Stores the per-month pair and total rows counted in ``monthly``."""
    NetworkMonthPair.objects.bulk_create(
        (
            NetworkMonthPair(group=g, public=s, theme=t, month=m, lo=lo, hi=hi, meetings=n)
            for (g, s, t, m, lo, hi), n in monthly.month_pairs.items()
            if n
        ),
        batch_size=5000,
    )
    NetworkMonthTotal.objects.bulk_create(
        (
            NetworkMonthTotal(public=s, theme=t, month=m, meetings=n)
            for (s, t, m), n in monthly.month_totals.items()
            if n
        ),
        batch_size=5000,
    )


def fill_months() -> dict[str, int]:
    """The per-month rows counted from the records already stored (what a
    migration adding them needs; cheaper than :func:`rebuild`)."""
    from django.db.models import IntegerField, OuterRef, Subquery, Value
    from django.db.models.functions import Coalesce, ExtractMonth, ExtractYear

    month = (
        Meeting.objects.filter(pk=OuterRef("record"))
        .annotate(m=ExtractYear("date") * 12 + ExtractMonth("date") - 1)
        .values("m")[:1]
    )
    with transaction.atomic():
        NetworkRecord.objects.filter(link="m").update(
            month=Coalesce(Subquery(month), Value(0), output_field=IntegerField())
        )
        records: dict[int, tuple[bool, tuple[int, ...]]] = {}
        months: dict[int, int] = {}
        for r, public, themes, m in (
            NetworkRecord.objects.filter(link="m")
            .values_list("record", "public", "themes", "month")
            .iterator(chunk_size=20000)
        ):
            records[r] = (public, tuple(int(t) for t in themes.split(",") if t))
            months[r] = m
        pairs: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
        for r, group, lo, hi in (
            NetworkRecordPair.objects.filter(link="m", group__in=MONTH_GROUPS)
            .values_list("record", "group", "lo", "hi")
            .iterator(chunk_size=20000)
        ):
            pairs[group].append((r, lo, hi))
        monthly = _Contribution()
        monthly.add_months(records, months, pairs)
        NetworkMonthPair.objects.all().delete()
        NetworkMonthTotal.objects.all().delete()
        _write_months(monthly)
    return {"month_pairs": len(monthly.month_pairs), "month_totals": len(monthly.month_totals)}


def snapshot() -> dict[str, Any]:
    """The aggregate as plain data, for comparing an upkept index with a
    rebuilt one (views whose totals are all zero are left out: upkeep keeps
    a view's row once it has had one)."""
    flush()
    fields = [f.name for f in NetworkTotal._meta.fields if f.name not in ("id",)]
    totals = {
        tuple(row[:3]): tuple(row[3:])
        for row in NetworkTotal.objects.values_list(*fields)
        if any(row[3:])
    }
    return {
        "pairs": set(
            NetworkPair.objects.values_list("group", "public", "theme", "lo", "hi", *COLUMNS)
        ),
        "nodes": set(
            NetworkNode.objects.values_list("group", "public", "theme", "node", *COLUMNS, "weight")
        ),
        "totals": totals,
        "records": set(
            NetworkRecord.objects.values_list("link", "record", "public", "themes", "month")
        ),
        "month_pairs": set(
            NetworkMonthPair.objects.values_list(
                "group", "public", "theme", "month", "lo", "hi", "meetings"
            )
        ),
        "month_totals": set(
            NetworkMonthTotal.objects.values_list("public", "theme", "month", "meetings")
        ),
        "record_pairs": Counter(
            NetworkRecordPair.objects.values_list("link", "record", "group", "lo", "hi")
        ),
        **match_counts.snapshot(),
    }


def check() -> list[str]:
    """The parts of the stored network that differ from a rebuild (which is
    rolled back)."""
    return differences_from_rebuild(snapshot, rebuild)


def _meeting_of(instance: Any) -> list[int | None]:
    return [instance.meeting_id]


def _connect_record(link: str, model: Any, record_of: Any) -> None:
    def receiver(instance: Any, **kwargs: Any) -> None:
        if not kwargs.get("raw"):
            refresh(link, record_of(instance))

    for signal in (post_save, post_delete):
        signal.connect(
            receiver,
            sender=model,
            weak=False,
            dispatch_uid=f"netindex:{signal}:{model._meta.label}",
        )


def _connect_m2m(link: str, through: Any, forward: type) -> None:
    """``forward`` is the record model; the other side is reverse."""

    def receiver(instance: Any, action: str, reverse: bool, pk_set: Any, **kwargs: Any) -> None:
        if not reverse:
            if action.startswith("post_"):
                refresh(link, [instance.pk])
            return
        # From the other side: ``pk_set`` holds records; a clear names none,
        # so remember them before.
        if action == "pre_clear":
            field = next(f.name for f in through._meta.fields if f.related_model is forward)
            instance._netindex_records = list(
                through.objects.filter(
                    **{through_other(through, forward): instance.pk}
                ).values_list(f"{field}_id", flat=True)
            )
        elif action == "post_clear":
            refresh(link, getattr(instance, "_netindex_records", []))
        elif action.startswith("post_"):
            refresh(link, pk_set or [])

    m2m_changed.connect(
        receiver, sender=through, weak=False, dispatch_uid=f"netindex:m2m:{through._meta.label}"
    )


def through_other(through: Any, forward: type) -> str:
    """The through model's column of the side that is not ``forward``."""
    return next(
        f"{f.name}_id"
        for f in through._meta.fields
        if f.is_relation and f.related_model is not forward
    )


_WATCHED = ("parent_id", "root_id", "kind", "province_id")


def _institution_before(instance: Institution, **kwargs: Any) -> None:
    if kwargs.get("raw") or instance.pk is None:
        return
    old = Institution.objects.filter(pk=instance.pk).values(*_WATCHED).first()
    instance._netindex_old = old  # type: ignore[attr-defined]


def _institution_after(instance: Institution, created: bool, **kwargs: Any) -> None:
    old = getattr(instance, "_netindex_old", None)
    if created or kwargs.get("raw") or old is None:
        return
    now = Institution.objects.filter(pk=instance.pk).values(*_WATCHED).first()
    if now != old:
        refresh_institutions([instance.pk])


def _institution_deleting(instance: Institution, **kwargs: Any) -> None:
    # Visits of this institution lose it as a guest without a signal.
    instance._netindex_meetings = list(  # type: ignore[attr-defined]
        Meeting.guests.through.objects.filter(institution_id=instance.pk).values_list(
            "meeting_id", flat=True
        )
    )


def _institution_deleted(instance: Institution, **kwargs: Any) -> None:
    refresh_meetings(getattr(instance, "_netindex_meetings", []))


def connect() -> None:
    """Keep the index on every save, delete and relation change."""
    _connect_record("m", Meeting, lambda i: [i.pk])
    _connect_record("m", MeetingTopic, _meeting_of)
    _connect_m2m("m", Meeting.guests.through, Meeting)
    _connect_record("c", Cooperation, lambda i: [i.pk])
    _connect_record("c", CooperationParty, lambda i: [i.cooperation_id])
    _connect_record("c", CooperationTopic, lambda i: [i.cooperation_id])
    _connect_record("p", FundedProject, lambda i: [i.pk])
    _connect_record("p", ProjectPartner, lambda i: [i.project_id])
    _connect_m2m("p", FundedProject.themes.through, FundedProject)
    meetings_written.connect(
        lambda ids, **kwargs: refresh_meetings(ids), weak=False, dispatch_uid="netindex:bulk"
    )
    pre_save.connect(_institution_before, sender=Institution, dispatch_uid="netindex:inst:pre")
    post_save.connect(_institution_after, sender=Institution, dispatch_uid="netindex:inst:post")
    pre_delete.connect(_institution_deleting, sender=Institution, dispatch_uid="netindex:inst:pd")
    post_delete.connect(_institution_deleted, sender=Institution, dispatch_uid="netindex:inst:d")
