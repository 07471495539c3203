"""Meeting figures kept on write: the lists' totals and the campaigns'
coverage.

An uncached meeting list counted every visible meeting for its pager, and a
campaign's dashboard grouped all of the campaign's meetings by institution
and theme, on every request: at 100,000 meetings that was most of the
page's time.  This module keeps those figures in ``MeetingTally`` (totals
of meetings that are not drafts, per list) and ``CampaignTally`` /
``CampaignMember`` (a campaign's coverage and the meetings it counts), as
``cooperation.network_index`` does for the network:

* every writer marks what it touched (model signals for saves, deletes and
  relation changes from either side; ``meetings.signals.written_in_bulk``
  for ``bulk_create``/``update``); inside a transaction the marks are only
  collected, and counted once right after the commit (:func:`flush`), or
  earlier when this connection reads the figures itself;
* counting is idempotent and needs no "before" state: a meeting's last
  contribution to the totals is stored in ``MeetingTallyRecord`` and
  replaced by its live one; a campaign is recounted whole with the
  on-request aggregation (``coverage.count_coverage``), so the kept figures
  are that aggregation's by construction;
* flushes take one lock (PostgreSQL advisory lock), so two writers never
  lose each other's counts;
* ``ortakmasa meeting_tallies --rebuild`` (or :func:`rebuild`) counts
  everything again, and ``--check`` compares with a rebuild rolled back.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from django.db import transaction
from django.db.models import F, Q
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save

from ortakmasa.kernel.kept import differences_from_rebuild, marks_of
from ortakmasa.meetings.models import (
    Campaign,
    CampaignMember,
    CampaignTally,
    Meeting,
    MeetingTally,
    MeetingTallyRecord,
    MeetingTopic,
    ReviewStatus,
)
from ortakmasa.meetings.signals import meetings_written
from ortakmasa.registry.models import Institution

#: Any number; the lock's name among the database's advisory locks.
LOCK_ID = 7_401_017
CHUNK = 1000


# -- marks -----------------------------------------------------------------


class _Pending:
    def __init__(self, carried: _Pending | None = None) -> None:
        self.meetings: set[int] = set(carried.meetings) if carried else set()
        self.campaigns: set[int] = set(carried.campaigns) if carried else set()

    def after_commit(self) -> None:
        conn = transaction.get_connection()
        if getattr(conn, "_tallies_pending", None) is self:
            # Done with: the next mark registers a callback of its own.
            conn._tallies_pending = None
        _count(self)
        from ortakmasa.kernel.cache import Gen, bump_now

        # The writers' own bumps ran before this callback: a page rendered
        # in between read the figures before the flush.
        bump_now(Gen.MEETINGS)


def _pending_of(conn: Any) -> _Pending:
    return marks_of(conn, "_tallies_pending", _Pending)


def mark(meetings: Iterable[int | None] = (), campaigns: Iterable[int | None] = ()) -> None:
    """These meetings or campaigns were written: count them again after the
    commit (at once outside a transaction)."""
    m = {int(i) for i in meetings if i is not None}
    c = {int(i) for i in campaigns if i is not None}
    if not (m or c):
        return
    conn = transaction.get_connection()
    if not conn.in_atomic_block:
        refresh_now(m, c)
        return
    pending = _pending_of(conn)
    pending.meetings |= m
    pending.campaigns |= c


def flush() -> None:
    """Count what this connection marked (see :func:`mark`)."""
    found: _Pending | None = getattr(transaction.get_connection(), "_tallies_pending", None)
    if found is not None:
        _count(found)


def _count(found: _Pending) -> None:
    if not (found.meetings or found.campaigns):
        return
    meetings, campaigns = set(found.meetings), set(found.campaigns)
    found.meetings.clear()
    found.campaigns.clear()
    refresh_now(meetings, campaigns)


def _lock() -> None:
    conn = transaction.get_connection()
    if conn.vendor == "postgresql":
        with conn.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [LOCK_ID])


def refresh_now(meetings: Iterable[int], campaigns: Iterable[int] = ()) -> None:
    """Count these meetings and campaigns again, now, in one transaction."""
    wanted = sorted(set(meetings))
    with transaction.atomic():
        _lock()
        touched = set(campaigns)
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start : start + CHUNK]
            _refresh_totals(chunk)
            touched |= _campaigns_of(chunk)
        for campaign in Campaign.objects.filter(pk__in=touched).order_by("pk"):
            recount_campaign(campaign)


# -- the lists' totals -----------------------------------------------------


def _live_keys(ids: list[int] | None) -> dict[int, tuple[bool, set[str]]]:
    """Meeting id → (public, keys it counts in), for meetings that are not
    drafts."""
    meetings = Meeting.objects.exclude(review_status=ReviewStatus.DRAFT)
    guests = Meeting.guests.through.objects.exclude(meeting__review_status=ReviewStatus.DRAFT)
    if ids is not None:
        meetings = meetings.filter(pk__in=ids)
        guests = guests.filter(meeting_id__in=ids)
    found: dict[int, tuple[bool, set[str]]] = {}
    for pk, public, host, root in meetings.values_list(
        "pk", "is_public", "host_id", "host__root_id"
    ).iterator(chunk_size=20000):
        found[pk] = (public, {"all", *_institution_keys(host, root)})
    for pk, inst, root in guests.values_list(
        "meeting_id", "institution_id", "institution__root_id"
    ).iterator(chunk_size=20000):
        if pk in found:
            found[pk][1].update(_institution_keys(inst, root))
    return found


def _institution_keys(inst: int | None, root: int | None) -> list[str]:
    if inst is None:
        return []
    keys = [f"inst:{inst}", f"tree:{inst}"]
    if root is not None and root != inst:
        keys.append(f"tree:{root}")
    return keys


def _refresh_totals(ids: list[int]) -> None:
    old = {
        r: (public, set(keys.split()))
        for r, public, keys in MeetingTallyRecord.objects.filter(meeting__in=ids).values_list(
            "meeting", "public", "keys"
        )
    }
    new = _live_keys(ids)
    delta: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for sign, contributions in ((-1, old), (1, new)):
        for public, keys in contributions.values():
            for key in keys:
                delta[key][0] += sign
                if public:
                    delta[key][1] += sign
    _apply(delta)
    MeetingTallyRecord.objects.filter(meeting__in=ids).delete()
    _store(new)


def _apply(delta: dict[str, list[int]]) -> None:
    changed = {k: tuple(d) for k, d in delta.items() if any(d)}
    if not changed:
        return
    MeetingTally.objects.bulk_create(
        [MeetingTally(key=k) for k in changed], ignore_conflicts=True, batch_size=5000
    )
    # One statement per distinct change (an import of a thousand meetings
    # moves most keys by the same few amounts).
    by_change: dict[tuple[int, ...], list[str]] = defaultdict(list)
    for key, change in changed.items():
        by_change[change].append(key)
    for (meetings, public), keys in by_change.items():
        MeetingTally.objects.filter(key__in=keys).update(
            meetings=F("meetings") + meetings, public=F("public") + public
        )
    MeetingTally.objects.filter(key__in=list(changed), meetings=0, public=0).exclude(
        key="all"
    ).delete()


def _store(contributions: dict[int, tuple[bool, set[str]]]) -> None:
    MeetingTallyRecord.objects.bulk_create(
        (
            MeetingTallyRecord(meeting=pk, public=public, keys=" ".join(sorted(keys)))
            for pk, (public, keys) in contributions.items()
        ),
        batch_size=5000,
    )


def total(key: str, *, public: bool) -> int:
    """The kept number of meetings that are not drafts under ``key``
    (public ones only if ``public``)."""
    flush()
    row = MeetingTally.objects.filter(key=key).values_list("public" if public else "meetings")
    found = row.first()
    return int(found[0]) if found else 0


# -- campaigns -------------------------------------------------------------


def _campaigns_of(ids: list[int]) -> set[int]:
    """Campaigns that counted these meetings when last counted, or would now."""
    from ortakmasa.meetings.coverage import campaign_meetings

    found = set(
        CampaignMember.objects.filter(meeting__in=ids).values_list("campaign_id", flat=True)
    )
    found |= set(
        Meeting.objects.filter(pk__in=ids, campaign__isnull=False).values_list(
            "campaign_id", flat=True
        )
    )
    # Campaigns with dates also count their targets' meetings: one query
    # each (campaigns are few).
    for campaign in Campaign.objects.filter(
        Q(start_date__isnull=False) | Q(end_date__isnull=False)
    ).exclude(pk__in=found):
        if campaign_meetings(campaign, drafts=True).filter(pk__in=ids).exists():
            found.add(campaign.pk)
    return found


def recount_campaign(campaign: Campaign) -> None:
    """Count a campaign's coverage and members again from the live rows."""
    from ortakmasa.meetings.coverage import campaign_meetings, count_coverage

    cov = count_coverage(campaign)
    data = {
        "rows": {
            str(r.institution.pk): [
                r.meetings,
                r.minutes,
                r.last_date.isoformat() if r.last_date else None,
            ]
            for r in cov.rows
        },
        "matrix": {str(i): {str(t): n for t, n in row.items()} for i, row in cov.matrix.items()},
        "themes": [t.pk for t in cov.themes],
        "status": [cov.meeting_count, cov.unreviewed_count, cov.draft_count],
    }
    CampaignTally.objects.update_or_create(campaign=campaign, defaults={"data": data})
    live = {
        pk: (date, status != ReviewStatus.DRAFT)
        for pk, date, status in campaign_meetings(campaign, drafts=True).values_list(
            "pk", "date", "review_status"
        )
    }
    stored = {
        pk: (date, counted)
        for pk, date, counted in CampaignMember.objects.filter(campaign=campaign).values_list(
            "meeting", "date", "counted"
        )
    }
    changed = {pk for pk, row in stored.items() if live.get(pk) != row}
    if changed:
        CampaignMember.objects.filter(campaign=campaign, meeting__in=changed).delete()
    CampaignMember.objects.bulk_create(
        [
            CampaignMember(campaign=campaign, meeting=pk, date=date, counted=counted)
            for pk, (date, counted) in sorted(live.items())
            if pk not in stored or pk in changed
        ],
        batch_size=5000,
    )


def campaign_data(campaign: Campaign) -> dict[str, Any]:
    """The campaign's kept figures (counted now if it has none yet)."""
    flush()
    found = CampaignTally.objects.filter(campaign=campaign).values_list("data", flat=True).first()
    if found is None:
        with transaction.atomic():
            _lock()
            recount_campaign(campaign)
        found = CampaignTally.objects.values_list("data", flat=True).get(campaign=campaign)
    return dict(found)


def member_ids(campaign: Campaign, *, latest: int | None = None) -> Any:
    """The campaign's kept members, as a subquery; with ``latest``, only
    that many counted ones, the latest first (read from one index)."""
    flush()
    members = CampaignMember.objects.filter(campaign=campaign)
    if latest is None:
        return members.values("meeting")
    return members.filter(counted=True).order_by("-date", "-meeting").values("meeting")[:latest]


# -- rebuild and check ------------------------------------------------------


def rebuild() -> dict[str, int]:
    """Empty the kept figures and count everything again, in one transaction."""
    found: _Pending | None = getattr(transaction.get_connection(), "_tallies_pending", None)
    if found is not None:
        found.meetings.clear()
        found.campaigns.clear()
    with transaction.atomic():
        _lock()
        for model in (MeetingTally, MeetingTallyRecord, CampaignTally, CampaignMember):
            model.objects.all().delete()
        contributions = _live_keys(None)
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for public, keys in contributions.values():
            for key in keys:
                counts[key][0] += 1
                counts[key][1] += int(public)
        counts.setdefault("all", [0, 0])
        MeetingTally.objects.bulk_create(
            [MeetingTally(key=k, meetings=m, public=p) for k, (m, p) in counts.items()],
            batch_size=5000,
        )
        _store(contributions)
        campaigns = list(Campaign.objects.order_by("pk"))
        for campaign in campaigns:
            recount_campaign(campaign)
    return {"meetings": len(contributions), "keys": len(counts), "campaigns": len(campaigns)}


def snapshot() -> dict[str, Any]:
    """The kept figures as plain data (keys whose counts are zero left out)."""
    flush()
    return {
        "totals": {
            k: (m, p)
            for k, m, p in MeetingTally.objects.values_list("key", "meetings", "public")
            if m or p
        },
        "records": set(MeetingTallyRecord.objects.values_list("meeting", "public", "keys")),
        "campaigns": {c: d for c, d in CampaignTally.objects.values_list("campaign_id", "data")},
        "members": Counter(
            CampaignMember.objects.values_list("campaign_id", "meeting", "date", "counted")
        ),
    }


def check() -> list[str]:
    """The parts of the kept figures that differ from a rebuild (which is
    rolled back)."""
    return differences_from_rebuild(snapshot, rebuild)


# -- signals ----------------------------------------------------------------


def _on_meeting(instance: Meeting, **kwargs: Any) -> None:
    if not kwargs.get("raw"):
        mark(meetings=[instance.pk])


def _on_topic(instance: MeetingTopic, **kwargs: Any) -> None:
    if not kwargs.get("raw"):
        mark(meetings=[instance.meeting_id])


def _on_campaign(instance: Campaign, **kwargs: Any) -> None:
    if not kwargs.get("raw"):
        mark(campaigns=[instance.pk])


def _relation_marker(through: Any, column: str, marks: str) -> Any:
    """A many-to-many handler for a relation whose forward side holds the
    marked records (meetings' guests, campaigns' targets): from the other
    side (an institution) ``pk_set`` holds them, and a clear names none, so
    they are remembered before it."""
    remembered = f"_tallies_{marks}"

    def handler(instance: Any, action: str, reverse: bool, pk_set: Any, **kwargs: Any) -> None:
        if not reverse:
            if action.startswith("post_"):
                mark(**{marks: [instance.pk]})
            return
        if action == "pre_clear":
            setattr(
                instance,
                remembered,
                list(
                    through.objects.filter(institution_id=instance.pk).values_list(
                        column, flat=True
                    )
                ),
            )
        elif action == "post_clear":
            mark(**{marks: getattr(instance, remembered, [])})
        elif action.startswith("post_"):
            mark(**{marks: pk_set or []})

    return handler


_on_guests = _relation_marker(Meeting.guests.through, "meeting_id", "meetings")
_on_targets = _relation_marker(Campaign.targets.through, "campaign_id", "campaigns")


def _on_excluded(instance: Any, action: str, reverse: bool, pk_set: Any, **kwargs: Any) -> None:
    if action.startswith("post_"):
        # Only the campaign's side has a manager (related_name "+").
        mark(campaigns=[instance.pk] if not reverse else [])


def _institution_before(instance: Institution, **kwargs: Any) -> None:
    if kwargs.get("raw") or instance.pk is None:
        return
    instance._tallies_root = (  # type: ignore[attr-defined]
        Institution.objects.filter(pk=instance.pk).values_list("root_id", flat=True).first()
    )


def _institution_after(instance: Institution, created: bool, **kwargs: Any) -> None:
    if created or kwargs.get("raw") or not hasattr(instance, "_tallies_root"):
        return
    now = Institution.objects.filter(pk=instance.pk).values_list("root_id", flat=True).first()
    if now != instance._tallies_root:
        # Its meetings count under another institution's record now.
        mark(
            meetings=Meeting.objects.filter(Q(host=instance) | Q(guests=instance))
            .values_list("pk", flat=True)
            .distinct()
        )


def _institution_deleting(instance: Institution, **kwargs: Any) -> None:
    # Its visits and campaign targets go without a relation signal.
    instance._tallies_meetings = list(  # type: ignore[attr-defined]
        Meeting.guests.through.objects.filter(institution_id=instance.pk).values_list(
            "meeting_id", flat=True
        )
    )
    instance._tallies_campaigns = list(  # type: ignore[attr-defined]
        Campaign.targets.through.objects.filter(institution_id=instance.pk).values_list(
            "campaign_id", flat=True
        )
    )


def _institution_deleted(instance: Institution, **kwargs: Any) -> None:
    mark(
        meetings=getattr(instance, "_tallies_meetings", []),
        campaigns=getattr(instance, "_tallies_campaigns", []),
    )


def connect() -> None:
    """Keep the figures on every save, delete and relation change."""
    for signal in (post_save, post_delete):
        signal.connect(_on_meeting, sender=Meeting, dispatch_uid=f"tallies:m:{signal}")
        signal.connect(_on_topic, sender=MeetingTopic, dispatch_uid=f"tallies:t:{signal}")
    post_save.connect(_on_campaign, sender=Campaign, dispatch_uid="tallies:c")
    m2m_changed.connect(_on_guests, sender=Meeting.guests.through, dispatch_uid="tallies:g")
    m2m_changed.connect(_on_targets, sender=Campaign.targets.through, dispatch_uid="tallies:ct")
    m2m_changed.connect(
        _on_excluded, sender=Campaign.excluded_meetings.through, dispatch_uid="tallies:ce"
    )
    meetings_written.connect(
        lambda ids, **kwargs: mark(meetings=ids), weak=False, dispatch_uid="tallies:bulk"
    )
    pre_save.connect(_institution_before, sender=Institution, dispatch_uid="tallies:i:pre")
    post_save.connect(_institution_after, sender=Institution, dispatch_uid="tallies:i:post")
    pre_delete.connect(_institution_deleting, sender=Institution, dispatch_uid="tallies:i:pd")
    post_delete.connect(_institution_deleted, sender=Institution, dispatch_uid="tallies:i:d")
