"""Confirming a drafted meeting: the reviewer's corrections become the record.

The review form (``forms.ReviewForm`` and its formsets) carries what the
reviewer decided for each participant: link to a person already in the
registry, create a new person (with their post, and the unit if it is not
yet recorded), or keep the name as written only.  Nothing here creates a
person the reviewer did not ask for.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone

from ortakmasa.lib.turkish import lower, search_key
from ortakmasa.meetings.models import (
    Decision,
    FollowUp,
    Meeting,
    MeetingTopic,
    Participation,
    Quote,
    ReviewStatus,
    SourceDocument,
)
from ortakmasa.meetings.signals import written_in_bulk
from ortakmasa.registry.models import Institution, InstitutionKind, Person, Post

NEW = "new"
KEEP = "keep"
REMOVE = "remove"


def unit_kind(name: str) -> str:
    lowered = lower(name)
    if "daire başkanlığı" in lowered:
        return InstitutionKind.DEPARTMENT
    if "müdürlüğü" in lowered:
        return InstitutionKind.DIRECTORATE
    return InstitutionKind.UNIT


def split_name(name: str) -> tuple[str, str]:
    """A first guess at given and family name: the last word is the family
    name.  The reviewer corrects double surnames ("Kaplan Hürriyet")."""
    words = name.split()
    if len(words) < 2:
        return name, ""
    return " ".join(words[:-1]), words[-1]


@dataclass
class ParticipantDecision:
    participation_id: int | None
    choice: str  # "person:<id>", NEW, KEEP or REMOVE
    name: str
    title: str
    institution: Institution | None
    unit_name: str
    given_name: str
    family_name: str


def _unit(institution: Institution | None, unit_name: str) -> Institution | None:
    if institution is None or not unit_name:
        return institution
    key = search_key(unit_name)
    for child in Institution.objects.filter(root_id=institution.root_id or institution.pk):
        if child.search_key == key and child.pk != institution.pk:
            return child
    return Institution.objects.create(name=unit_name, kind=unit_kind(unit_name), parent=institution)


def _post_for(
    person: Person, where: Institution | None, title: str, meeting: Meeting, source: str
) -> Post | None:
    if where is None or not title:
        return None
    on = meeting.date
    for post in person.posts.filter(institution=where):
        if on is None or post.is_current(on):
            return post
    return Post.objects.create(person=person, institution=where, title=title, source=source[:500])


@transaction.atomic
def confirm(
    meeting: Meeting,
    user: Any,
    *,
    fields: dict[str, Any],
    guests: list[Institution],
    participants: list[ParticipantDecision],
    topics: list[tuple[Any, int, str]],
    quotes: list[tuple[int | None, str, str]],
    decisions: list[str],
    follow_ups: list[tuple[int | None, dict[str, Any]]],
) -> Meeting:
    for name, value in fields.items():
        setattr(meeting, name, value)
    meeting.review_status = ReviewStatus.CONFIRMED
    meeting.reviewed_by = user
    meeting.reviewed_at = timezone.now()
    meeting.save()
    meeting.guests.set(guests)
    source = meeting.source_document.source if meeting.source_document else "review"

    by_name: dict[str, Person] = {}
    kept_ids = []
    for position, decision in enumerate(participants):
        row = (
            Participation.objects.filter(pk=decision.participation_id, meeting=meeting).first()
            if decision.participation_id
            else None
        ) or Participation(meeting=meeting)
        if decision.choice == REMOVE:
            if row.pk:
                row.delete()
            continue
        where = _unit(decision.institution, decision.unit_name)
        person: Person | None = None
        if decision.choice.startswith("person:"):
            person = Person.objects.get(pk=int(decision.choice.split(":", 1)[1]))
        elif decision.choice == NEW:
            person = Person.objects.create(
                given_name=decision.given_name, family_name=decision.family_name
            )
        row.person = person
        row.post = _post_for(person, where, decision.title, meeting, source) if person else None
        row.institution = where
        row.name_as_written = decision.name
        row.title_as_written = decision.title
        row.position = position
        row.save()
        kept_ids.append(row.pk)
        if person is not None:
            by_name[decision.name] = person
            by_name[person.name] = person
    meeting.participations.exclude(pk__in=kept_ids).delete()

    meeting.topics.all().delete()
    seen = set()
    rows: list[MeetingTopic] = []
    for theme, _rank, label in sorted(topics, key=lambda t: t[1]):
        if theme.pk in seen:
            continue
        seen.add(theme.pk)
        rows.append(MeetingTopic(meeting=meeting, theme=theme, rank=len(rows) + 1, label=label))
    MeetingTopic.objects.bulk_create(rows)

    kept_quotes = []
    for position, (quote_id, speaker, text) in enumerate(quotes):
        quote = (
            Quote.objects.filter(pk=quote_id, meeting=meeting).first() if quote_id else None
        ) or Quote(meeting=meeting)
        quote.speaker = by_name.get(speaker)
        quote.speaker_as_written = speaker
        quote.text = text
        quote.position = position
        quote.save()
        kept_quotes.append(quote.pk)
    meeting.quotes.exclude(pk__in=kept_quotes).delete()

    # the review form edits a decision's text; what the minutes said of its
    # agenda item and vote stays with the same text
    kept = {d.text: d for d in meeting.decisions.all()}
    meeting.decisions.all().delete()
    Decision.objects.bulk_create(
        Decision(
            meeting=meeting,
            text=text,
            position=i,
            agenda_number=kept[text].agenda_number if text in kept else "",
            agenda_item=kept[text].agenda_item if text in kept else "",
            vote=kept[text].vote if text in kept else "",
        )
        for i, text in enumerate(decisions)
    )
    kept_actions = []
    for action_id, values in follow_ups:
        action = (
            FollowUp.objects.filter(pk=action_id, meeting=meeting).first() if action_id else None
        ) or FollowUp(meeting=meeting)
        for name, value in values.items():
            setattr(action, name, value)
        action.save()
        kept_actions.append(action.pk)
    meeting.follow_ups.exclude(pk__in=kept_actions).delete()
    # Topics and decisions were bulk-created, which sends no signal.
    written_in_bulk([meeting.pk])
    return meeting


@transaction.atomic
def accept_as_drafted(meeting: Meeting, user: Any) -> Meeting:
    """Confirm a draft without changes: participants keep the registry
    links the importer found (an exact, unique name match) and get the post
    they held there; nobody new is created."""
    source = meeting.source_document.source if meeting.source_document else "import"
    for row in meeting.participations.select_related("person", "institution"):
        if row.person is not None and row.post is None:
            row.post = _post_for(row.person, row.institution, row.title_as_written, meeting, source)
            row.save(update_fields=["post"])
    meeting.review_status = ReviewStatus.CONFIRMED
    meeting.reviewed_by = user
    meeting.reviewed_at = timezone.now()
    meeting.save(update_fields=["review_status", "reviewed_by", "reviewed_at"])
    return meeting


class NotADraft(ValueError):
    """Only a drafted meeting (not yet confirmed or accepted) is discarded."""


@transaction.atomic
def discard(meeting: Meeting) -> SourceDocument | None:
    """Throw a draft away: the meeting and what was drafted with it go; the
    source document goes too when no other meeting was drafted from it, so
    that the text can be imported again.  Returns the document if kept."""
    if meeting.review_status != ReviewStatus.DRAFT:
        raise NotADraft(meeting.pk)
    document = meeting.source_document
    meeting.delete()
    if document is not None and not document.meetings.exists():
        document.delete()
        return None
    return document
