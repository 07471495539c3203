"""From a text to drafted meeting records.

``import_text`` runs the text engine on one document and writes what it
found as meetings awaiting review (or, with ``confirm=True``, accepted
without review).  Each document is one transaction: it is imported whole or
not at all.  The raw bytes' SHA-256 identifies a document, so importing the
same text again creates nothing and says so.

People are linked to the registry only when exactly one person fits; no
person is created here — that is the reviewer's decision (see ``review``).
A linked person's post held on the meeting's date is linked too, and gives
the body when the text names none (``registry.matching.held_post``).
"""

from __future__ import annotations

import datetime
import hashlib
import logging
import re
from dataclasses import dataclass, field
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Q

from ortakmasa.lib.turkish import search_key
from ortakmasa.meetings.models import (
    Campaign,
    DatePrecision,
    Decision,
    FollowUp,
    ItemStatus,
    Meeting,
    MeetingKind,
    MeetingTopic,
    Participation,
    Quote,
    ReviewStatus,
    Side,
    SourceDocument,
    Vote,
)
from ortakmasa.meetings.signals import written_in_bulk
from ortakmasa.meetings.suggestions import suggest
from ortakmasa.registry.matching import InstitutionIndex, held_post, person_candidates
from ortakmasa.registry.models import Institution, Person
from ortakmasa.textengine.inputs import decode
from ortakmasa.textengine.normalize import normalize
from ortakmasa.textengine.pipeline import extract
from ortakmasa.themes.models import Theme

log = logging.getLogger("ortakmasa.meetings.import")

CREATED = ItemStatus.CREATED
DUPLICATE = ItemStatus.DUPLICATE
FAILED = ItemStatus.FAILED


@dataclass
class ImportResult:
    source: str
    status: str
    document: SourceDocument | None = None
    meetings: list[Meeting] = field(default_factory=list)
    error: str = ""

    def describe(self) -> str:
        if self.status == CREATED:
            return f"{self.source}: {len(self.meetings)} meeting(s) drafted"
        if self.status == DUPLICATE:
            return f"{self.source}: already imported, nothing new"
        return f"{self.source}: failed: {self.error}"


def content_hash(data: str | bytes) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.sha256(raw).hexdigest()


_SPACES_RE = re.compile(r"\s+")


def content_key(data: str | bytes) -> str:
    """SHA-256 of the text as the engine reads it with every run of
    whitespace made one space: the same text with other line endings,
    spacing or encoding has the same key ("" when it cannot be read)."""
    if isinstance(data, str):
        text: str | None = data
    else:
        text = decode(data).text
    if not text:
        return ""
    flat = _SPACES_RE.sub(" ", normalize(text)).strip()
    return hashlib.sha256(flat.encode("utf-8")).hexdigest()


def already_imported(sha: str, key: str) -> SourceDocument | None:
    found = SourceDocument.objects.filter(sha256=sha).first()
    if found is None and key:
        found = SourceDocument.objects.filter(content_key=key).order_by("pk").first()
    return found


def parse_date(value: str | None) -> tuple[datetime.date | None, str]:
    """ "2024-06" → (2024-06-01, month); "2024-06-21" → (that day, day)."""
    if not value:
        return None, DatePrecision.DAY
    parts = value.split("-")
    try:
        if len(parts) == 1:
            return datetime.date(int(parts[0]), 1, 1), DatePrecision.YEAR
        if len(parts) == 2:
            return datetime.date(int(parts[0]), int(parts[1]), 1), DatePrecision.MONTH
        return datetime.date.fromisoformat(value), DatePrecision.DAY
    except ValueError:
        return None, DatePrecision.DAY


class Context:
    """What a batch reads once: the institution index and the themes."""

    def __init__(self) -> None:
        self.institutions = InstitutionIndex.build()
        self.themes = {t.code: t for t in Theme.objects.all()}
        self.institution_cache: dict[int, Institution] = {}
        # The importer never creates people, so who fits a name does not
        # change during a batch: look each name up once.
        self.people_cache: dict[str, list[Person]] = {}

    def candidates(self, name: str, institution: Institution | None = None) -> list[Person]:
        key = search_key(name)
        if key not in self.people_cache:
            self.people_cache[key] = person_candidates(name)
        found = self.people_cache[key]
        if len(found) < 2 or institution is None:
            return found
        return person_candidates(name, institution)

    def institution(self, pk: int | None) -> Institution | None:
        if pk is None:
            return None
        if pk not in self.institution_cache:
            found = Institution.objects.filter(pk=pk).first()
            if found is None:
                return None
            self.institution_cache[pk] = found
        return self.institution_cache[pk]

    def find_institution(self, name: str | None) -> Institution | None:
        return self.institution(self.institutions.top_level(name or ""))

    def find_unit(self, parent: Institution | None, name: str | None) -> Institution | None:
        if parent is None or not name:
            return None
        return self.institution(self.institutions.unit(parent.pk, name))


def _kind(value: str | None) -> str:
    return value if value in MeetingKind.values else MeetingKind.OTHER


def _spans_of(record: dict[str, Any], collection: str, name: str | None) -> list[list[int]]:
    for item in record.get(collection, []):
        if item.get("name") == name:
            return list(item.get("spans", []))
    return []


def _event_start(event: dict[str, Any]) -> int:
    spans = event.get("spans") or [[0, 0]]
    return min(s[0] for s in spans)


def _quotes_by_event(record: dict[str, Any]) -> dict[int, list[dict[str, Any]]]:
    """Each quote goes to the last event reported before it in the text; a
    quote whose speaker took part in only one event goes to that event."""
    events = record.get("events", [])
    out: dict[int, list[dict[str, Any]]] = {i: [] for i in range(len(events))}
    if not events:
        return out
    starts = [_event_start(e) for e in events]
    for quote in record.get("quotes", []):
        speaker = quote.get("speaker")
        taking_part = [i for i, e in enumerate(events) if speaker in e.get("participants", [])]
        if len(taking_part) == 1:
            out[taking_part[0]].append(quote)
            continue
        pos = (quote.get("span") or [0, 0])[0]
        index = max((i for i, s in enumerate(starts) if s <= pos), default=0)
        out[index].append(quote)
    return out


def _title(record: dict[str, Any], event: dict[str, Any], index: int) -> str:
    title = (record.get("title") or "").strip()
    kind_label = str(MeetingKind(_kind(event.get("kind"))).label)
    host = (event.get("host") or {}).get("name") or ""
    if index == 0 and title:
        return title[:500]
    return f"{kind_label} — {host}".strip(" —")[:500] or kind_label


def draft_meetings(
    record: dict[str, Any],
    document: SourceDocument,
    ctx: Context,
    *,
    status: str,
    campaign_id: int | None = None,
    user_id: int | None = None,
) -> list[Meeting]:
    people = {p["name"]: p for p in record.get("people", [])}
    topics = {t["theme"]: t for t in record.get("topics", [])}
    quotes_by_event = _quotes_by_event(record)
    meetings = []
    for index, event in enumerate(record.get("events", [])):
        date, precision = parse_date(event.get("date") or record.get("date"))
        host_name = (event.get("host") or {}).get("name")
        host = ctx.find_institution(host_name)
        guests_named = [g.get("name") for g in event.get("guests", []) if g.get("name")]
        session = record.get("council_session") if event.get("kind") == "council_session" else None
        meeting = Meeting.objects.create(
            kind=_kind(event.get("kind")),
            title=_title(record, event, index),
            date=date,
            date_precision=precision,
            host=host,
            agenda=_agenda_text(session),
            campaign_id=campaign_id or _campaign_for(record, date),
            source_document=document,
            event_index=index,
            review_status=status,
            created_by_id=user_id,
            spans={
                "kind": event.get("spans", []),
                "host": _spans_of(record, "institutions", host_name),
                "guests": [s for g in guests_named for s in _spans_of(record, "institutions", g)],
                "host_name": host_name or "",
                "guest_names": guests_named,
            },
        )
        guests = [g for g in (ctx.find_institution(n) for n in guests_named) if g]
        if guests:
            meeting.guests.set([g for g in guests if g != host])

        host_people = set((event.get("host") or {}).get("people", []))
        participations = []
        for position, name in enumerate(event.get("participants", [])):
            info = people.get(name, {"name": name})
            inst = ctx.find_institution(info.get("institution"))
            unit = ctx.find_unit(inst, info.get("unit"))
            candidates = ctx.candidates(name, unit or inst)
            person = candidates[0] if len(candidates) == 1 else None
            post = held_post(person, unit or inst, date) if person else None
            participations.append(
                Participation(
                    meeting=meeting,
                    person=person,
                    post=post,
                    institution=unit or inst or (post.institution if post else None),
                    name_as_written=name,
                    title_as_written=info.get("title") or "",
                    side=Side.HOST if name in host_people else Side.GUEST,
                    position=position,
                    spans=info.get("spans", []),
                )
            )
        participations += _absent(session, people, ctx, meeting, start=len(participations))
        Participation.objects.bulk_create(participations)

        meeting_topics = []
        for rank, code in enumerate(event.get("topics", []), start=1):
            theme = ctx.themes.get(code)
            if theme is None:
                continue
            found = topics.get(code, {})
            meeting_topics.append(
                MeetingTopic(
                    meeting=meeting,
                    theme=theme,
                    rank=rank,
                    label=found.get("label", ""),
                    spans=found.get("spans", []),
                )
            )
        MeetingTopic.objects.bulk_create(meeting_topics)

        quote_rows = []
        for position, quote in enumerate(quotes_by_event.get(index, [])):
            speaker = quote.get("speaker") or ""
            candidates = ctx.candidates(speaker) if speaker else []
            quote_rows.append(
                Quote(
                    meeting=meeting,
                    speaker=candidates[0] if len(candidates) == 1 else None,
                    speaker_as_written=speaker,
                    text=quote.get("text", ""),
                    position=position,
                    spans=[quote["span"]] if quote.get("span") else [],
                )
            )
        Quote.objects.bulk_create(quote_rows)

        FollowUp.objects.bulk_create(
            FollowUp(meeting=meeting, text=str(f.get("text", f) if isinstance(f, dict) else f))
            for f in event.get("follow_ups", [])
        )
        Decision.objects.bulk_create(_decisions(session, meeting))
        meetings.append(meeting)
    # The rows above were bulk-created, which sends no signal.
    written_in_bulk(m.pk for m in meetings)
    return meetings


def _agenda_text(session: dict[str, Any] | None) -> str:
    """The minutes' agenda as lines "number - item"."""
    if not session:
        return ""
    return "\n".join(
        f"{a.get('number', '')} - {a.get('text', '')}".strip(" -")
        for a in session.get("agenda", [])
    )


def _decisions(session: dict[str, Any] | None, meeting: Meeting) -> list[Decision]:
    """One decision per agenda item the minutes record a decision on."""
    out: list[Decision] = []
    for item in (session or {}).get("agenda", []):
        if not item.get("decision") and not item.get("vote"):
            continue
        vote = item.get("vote") or ""
        out.append(
            Decision(
                meeting=meeting,
                text=item.get("decision") or item.get("text", ""),
                agenda_number=str(item.get("number", ""))[:20],
                agenda_item=item.get("text", ""),
                vote=vote if vote in Vote.values else "",
                position=len(out),
            )
        )
    return out


def _absent(
    session: dict[str, Any] | None,
    people: dict[str, dict[str, Any]],
    ctx: Context,
    meeting: Meeting,
    *,
    start: int,
) -> list[Participation]:
    """Members the minutes list as absent: kept, marked as not attending."""
    rows = []
    for offset, name in enumerate((session or {}).get("absent", [])):
        info = people.get(name, {"name": name})
        inst = ctx.find_institution(info.get("institution"))
        candidates = ctx.candidates(name, inst)
        person = candidates[0] if len(candidates) == 1 else None
        post = held_post(person, inst, meeting.date) if person else None
        rows.append(
            Participation(
                meeting=meeting,
                person=person,
                post=post,
                institution=inst or (post.institution if post else None),
                name_as_written=name,
                title_as_written=info.get("title") or "",
                side=Side.OTHER,
                attended=False,
                position=start + offset,
                spans=info.get("spans", []),
            )
        )
    return rows


def _campaign_for(record: dict[str, Any], date: datetime.date | None) -> int | None:
    """The campaign a visit belongs to when the text counts it ("36. ilçe
    ziyareti") and exactly one campaign that targets districts runs on its
    date."""
    counted = any(
        f.get("kind") == "ordinal" and str((f.get("value") or {}).get("of", "")).startswith("ilçe")
        for f in record.get("facts", [])
    )
    if not counted or date is None:
        return None
    running = (
        Campaign.objects.filter(Q(start_date__isnull=True) | Q(start_date__lte=date))
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=date))
        .filter(targets__isnull=False)
        .distinct()
    )
    ids = list(running.values_list("pk", flat=True)[:2])
    return ids[0] if len(ids) == 1 else None


def import_text(
    data: str | bytes,
    source: str,
    *,
    confirm: bool = False,
    campaign_id: int | None = None,
    user_id: int | None = None,
    ctx: Context | None = None,
) -> ImportResult:
    """Import one document; never raises for a bad document (the result
    says what went wrong), so a batch goes on."""
    sha = content_hash(data)
    key = content_key(data)
    existing = already_imported(sha, key)
    if existing is not None:
        return ImportResult(source, DUPLICATE, document=existing)
    try:
        record = extract(data, source=source)
    except Exception as exc:  # the engine must not take the batch down with it
        log.exception("text engine failed on %s", source)
        return ImportResult(source, FAILED, error=f"text engine error: {exc}")
    if record.get("error"):
        return ImportResult(source, FAILED, error=str(record["error"]))
    if not record.get("events"):
        return ImportResult(source, FAILED, error="no meeting found in the text")
    ctx = ctx or Context()
    status = ReviewStatus.UNREVIEWED if confirm else ReviewStatus.DRAFT
    try:
        with transaction.atomic():
            document = SourceDocument.objects.create(
                sha256=sha,
                content_key=key,
                source=source[:500],
                title=(record.get("title") or "")[:500],
                text=record.get("text", ""),
                extraction=record,
                imported_by_id=user_id,
            )
            meetings = draft_meetings(
                record, document, ctx, status=status, campaign_id=campaign_id, user_id=user_id
            )
            suggest(document, record, ctx)
    except IntegrityError:
        # Another worker imported the same text a moment ago.
        return ImportResult(source, DUPLICATE, document=already_imported(sha, key))
    return ImportResult(source, CREATED, document=document, meetings=meetings)
