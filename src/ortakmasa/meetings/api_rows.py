"""The API meeting list's rows as plain dictionaries, read with ``values()``.

``MeetingSerializer`` built a model instance for every meeting,
participant, topic and quote of a page (50 meetings, 250 participants and
150 topics on a typical one) and walked DRF's nested fields for each: most
of an uncached list request.  These rows are the same JSON, key for key and
in the same order (a test compares them with the serializer's), from five
``values_list`` queries and no instances."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from ortakmasa.meetings.models import Meeting, MeetingTopic, Participation, Quote

#: The serializer's fields, in its order, that are columns of the meeting.
COLUMNS = ("id", *Meeting.EDITABLE, "host", "review_status", "source_document")


def meeting_values(qs: Any) -> Any:
    """``qs`` as the dictionaries :func:`meeting_dicts` completes."""
    return qs.values(*COLUMNS)


def _iso(value: Any) -> Any:
    return value.isoformat() if value is not None else None


def meeting_dicts(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """``MeetingSerializer(many=True).data`` of the meetings in ``rows``
    (from :func:`meeting_values`), in their order."""
    ids = [r["id"] for r in rows]
    guests: dict[int, list[int]] = defaultdict(list)
    participations: dict[int, list[dict[str, Any]]] = defaultdict(list)
    topics: dict[int, list[dict[str, Any]]] = defaultdict(list)
    quotes: dict[int, list[dict[str, Any]]] = defaultdict(list)
    if ids:
        for meeting_id, institution_id in (
            Meeting.guests.through.objects.filter(meeting_id__in=ids)
            # The order in which the serializer read them: the institutions'.
            .order_by("institution__sort_key", "institution_id")
            .values_list("meeting_id", "institution_id")
        ):
            guests[meeting_id].append(institution_id)
        for (
            meeting_id,
            pk,
            person_id,
            given,
            family,
            as_written,
            post_id,
            institution_id,
            title,
            side,
        ) in (
            Participation.objects.filter(meeting_id__in=ids)
            .order_by("position", "id")
            .values_list(
                "meeting_id",
                "id",
                "person_id",
                "person__given_name",
                "person__family_name",
                "name_as_written",
                "post_id",
                "institution_id",
                "title_as_written",
                "side",
            )
        ):
            participations[meeting_id].append(
                {
                    "id": pk,
                    # Participation.display_name
                    "name": f"{given} {family}".strip() if person_id else as_written,
                    "person": person_id,
                    "post": post_id,
                    "institution": institution_id,
                    "title_as_written": title,
                    "side": side,
                }
            )
        for meeting_id, code, rank, label in (
            MeetingTopic.objects.filter(meeting_id__in=ids)
            .order_by("rank", "id")
            .values_list("meeting_id", "theme__code", "rank", "label")
        ):
            topics[meeting_id].append({"theme": code, "rank": rank, "label": label})
        for meeting_id, pk, speaker_id, given, family, as_written, text in (
            Quote.objects.filter(meeting_id__in=ids)
            .order_by("position", "id")
            .values_list(
                "meeting_id",
                "id",
                "speaker_id",
                "speaker__given_name",
                "speaker__family_name",
                "speaker_as_written",
                "text",
            )
        ):
            quotes[meeting_id].append(
                {
                    "id": pk,
                    "speaker": speaker_id,
                    # Quote.speaker_name
                    "speaker_name": f"{given} {family}".strip() if speaker_id else as_written,
                    "text": text,
                }
            )
    out = []
    for r in rows:
        pk = r["id"]
        out.append(
            {
                "id": pk,
                "kind": r["kind"],
                "title": r["title"],
                "date": _iso(r["date"]),
                "date_precision": r["date_precision"],
                "start_time": _iso(r["start_time"]),
                "duration_minutes": r["duration_minutes"],
                "place": r["place"],
                "campaign": r["campaign"],
                "agenda": r["agenda"],
                "summary": r["summary"],
                "is_public": r["is_public"],
                "host": r["host"],
                "guests": guests.get(pk, []),
                "review_status": r["review_status"],
                "participations": participations.get(pk, []),
                "topics": topics.get(pk, []),
                "quotes": quotes.get(pk, []),
                "source_document": r["source_document"],
            }
        )
    return out
