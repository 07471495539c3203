"""Meetings and consultation campaigns.

A ``Meeting`` is one visit, joint-table meeting, workshop or delegation
meeting: who came (``Participation``, with the post each person held that
day), the topics raised in priority order (``MeetingTopic``), what was said
(``Quote``), decided (``Decision``) and promised (``FollowUp``).

Meetings drafted by the text engine from a press release or minutes keep
their ``SourceDocument`` and, on every drafted field, the character spans of
the words it came from, so a reviewer can check each one against the text.

A ``Campaign`` is a round of consultations with a list of institutions to be
heard, such as İstanbul's 39 district municipalities for the 2025–2029 plan;
its coverage is computed from its confirmed meetings.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ortakmasa.kernel.files import AttachedFile, upload_path
from ortakmasa.kernel.models import (
    Authored,
    Linked,
    optional_reference,
    status_field,
    user_reference,
)
from ortakmasa.lib.dates import is_overdue
from ortakmasa.lib.turkish import stemmed_search_text
from ortakmasa.registry.models import Institution, Person, Post
from ortakmasa.themes.models import Theme


class MeetingKind(models.TextChoices):
    VISIT = "visit", _("visit")
    CONGRATULATION_VISIT = "congratulation_visit", _("congratulation visit")
    COURTESY_VISIT = "courtesy_visit", _("courtesy visit")
    JOINT_TABLE = "joint_table_meeting", _("joint-table meeting")
    DELEGATION = "delegation_meeting", _("delegation meeting")
    NGO_MEETING = "ngo_meeting", _("NGO meeting")
    WORKSHOP = "workshop", _("workshop")
    COUNCIL_SESSION = "council_session", _("council session")
    SIGNING = "signing", _("signing")
    OTHER = "other", _("other")


class DatePrecision(models.TextChoices):
    DAY = "day", _("day")
    MONTH = "month", _("month")
    YEAR = "year", _("year")


class ReviewStatus(models.TextChoices):
    DRAFT = "draft", _("draft, awaiting review")
    UNREVIEWED = "unreviewed", _("accepted without review")
    CONFIRMED = "confirmed", _("confirmed")


class Campaign(Linked, models.Model):
    """A consultation round, e.g. "2024 ilçe ziyaretleri — 2025–2029
    stratejik planı"."""

    DETAIL_URL = "meetings:campaign_detail"

    name = models.CharField(_("name"), max_length=255)
    owner = models.ForeignKey(
        Institution,
        on_delete=models.PROTECT,
        related_name="campaigns",
        verbose_name=_("organised by"),
    )
    description = models.TextField(_("description"), blank=True)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    targets = models.ManyToManyField(
        Institution,
        related_name="campaigns_targeting",
        verbose_name=_("institutions to be heard"),
        blank=True,
    )
    is_public = models.BooleanField(_("shown on the public portal"), default=False)
    # Meetings of the targets within the dates count by themselves
    # (coverage.campaign_meetings); these are left out on purpose.
    excluded_meetings: models.ManyToManyField[Meeting, Any] = models.ManyToManyField(
        "Meeting",
        related_name="+",
        blank=True,
        verbose_name=_("meetings not counted"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    #: What a user edits, on the page and in the API alike.
    EDITABLE = ("name", "owner", "description", "start_date", "end_date", "is_public")

    class Meta:
        ordering = ["-start_date", "-id"]
        verbose_name = _("consultation campaign")
        verbose_name_plural = _("consultation campaigns")

    def __str__(self) -> str:
        return self.name


class SourceDocument(Linked, models.Model):
    """A text a meeting was drafted from: a press release, news item or
    minutes, stored as the normalised text that all spans index."""

    DETAIL_URL = "meetings:document_review"

    sha256 = models.CharField(max_length=64, unique=True)
    #: SHA-256 of the text with line endings and runs of spaces made one:
    #: the same text saved by another program is recognised as imported
    content_key = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    source = models.CharField(_("source"), max_length=500)
    title = models.CharField(_("title"), max_length=500, blank=True)
    text = models.TextField(_("text"))
    extraction = models.JSONField(_("extraction"), default=dict)
    error = models.CharField(_("error"), max_length=500, blank=True)
    imported_by = user_reference(blank=True)
    imported_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-imported_at"]
        verbose_name = _("source document")
        verbose_name_plural = _("source documents")

    def __str__(self) -> str:
        return self.title or self.source


def meeting_search_text(title: str, place: str) -> str:
    return stemmed_search_text(f"{title} {place}")


def date_display(date: datetime.date | None, precision: str) -> str:
    """A meeting's date as precise as it is known: 2024, 05.2024, 03.05.2024."""
    if date is None:
        return "—"
    if precision == DatePrecision.YEAR:
        return f"{date:%Y}"
    if precision == DatePrecision.MONTH:
        return f"{date:%m.%Y}"
    return f"{date:%d.%m.%Y}"


class Meeting(Linked, Authored):
    DETAIL_URL = "meetings:meeting_detail"

    kind = models.CharField(_("kind"), max_length=30, choices=MeetingKind.choices)
    title = models.CharField(_("title"), max_length=500)
    # Title and place folded by Turkish rules (lib.turkish.search_key with
    # ASCII folding): "KADIKÖY", "kadikoy" and "Kadıköy'de" meet on every
    # database.  Host and visitors are searched through their own keys.
    search_text = models.TextField(editable=False, default="")
    # Empty only on drafts whose text gave no date; confirming requires one.
    date = models.DateField(_("date"), null=True, blank=True)
    date_precision = models.CharField(
        _("date known to the"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    duration_minutes = models.PositiveIntegerField(_("duration (minutes)"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=255, blank=True)
    host = optional_reference(
        Institution,
        on_delete=models.PROTECT,
        related_name="hosted_meetings",
        verbose_name=_("host institution"),
    )
    guests = models.ManyToManyField(
        Institution,
        blank=True,
        related_name="visited_meetings",
        verbose_name=_("visiting institutions"),
    )
    agenda = models.TextField(_("agenda"), blank=True)
    summary = models.TextField(_("summary"), blank=True)
    campaign = optional_reference(
        Campaign, on_delete=models.SET_NULL, related_name="meetings", verbose_name=_("campaign")
    )
    source_document = optional_reference(
        SourceDocument,
        on_delete=models.PROTECT,
        related_name="meetings",
        verbose_name=_("source document"),
    )
    # Which of the document's events this meeting is (one text can report
    # several meetings), so re-importing maps to the same rows.
    event_index = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    # Character spans into the source text for the drafted meeting fields:
    # {"kind": [[start, end]], "date": [...], "host": [...], ...}
    spans = models.JSONField(default=dict, blank=True, editable=False)
    review_status = models.CharField(
        _("review"),
        max_length=12,
        choices=ReviewStatus.choices,
        default=ReviewStatus.CONFIRMED,
    )
    reviewed_by = user_reference(blank=True, editable=False)
    reviewed_at = models.DateTimeField(null=True, blank=True, editable=False)
    is_public = models.BooleanField(_("shown on the public portal"), default=False)

    #: What a user types in, on the page and in the API alike (the host and
    #: guests are chosen from the registry, differently on each).
    EDITABLE = (
        "kind",
        "title",
        "date",
        "date_precision",
        "start_time",
        "duration_minutes",
        "place",
        "campaign",
        "agenda",
        "summary",
        "is_public",
    )

    class Meta:
        ordering = ["-date", "-id"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        indexes = [
            models.Index(fields=["-date", "-id"]),
            models.Index(fields=["campaign", "review_status"]),
            models.Index(fields=["host", "-date"]),
            # The few drafts, counted beside the kept totals (meetings.tallies).
            models.Index(
                fields=["review_status"],
                condition=models.Q(review_status="draft"),
                name="meetings_meeting_drafts",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["source_document", "event_index"], name="unique_document_event"
            )
        ]

    def __str__(self) -> str:
        return f"{self.date_display()} {self.title}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.search_text = meeting_search_text(self.title, self.place)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_text"}
        super().save(*args, **kwargs)

    @property
    def counts(self) -> bool:
        """Drafts do not count in coverage and reports until a person has
        accepted them."""
        return self.review_status != ReviewStatus.DRAFT

    def date_display(self) -> str:
        return date_display(self.date, self.date_precision)

    def institutions(self) -> list[Institution]:
        found = [self.host] if self.host else []
        return found + [g for g in self.guests.all() if g not in found]


class Side(models.TextChoices):
    HOST = "host", _("host")
    GUEST = "guest", _("visiting side")
    OTHER = "other", _("other")


class Participation(models.Model):
    """Someone who took part, with the post held that day.

    ``name_as_written`` and ``title_as_written`` keep what the text said;
    ``person`` and ``post`` link to the registry once matched.
    """

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="participations")
    person = optional_reference(
        Person, on_delete=models.PROTECT, related_name="participations", verbose_name=_("person")
    )
    post = optional_reference(
        Post, on_delete=models.SET_NULL, related_name="participations", verbose_name=_("post")
    )
    institution = optional_reference(
        Institution,
        on_delete=models.PROTECT,
        related_name="participations",
        verbose_name=_("institution or unit"),
    )
    name_as_written = models.CharField(_("name as written"), max_length=255, blank=True)
    title_as_written = models.CharField(_("title as written"), max_length=255, blank=True)
    side = models.CharField(_("side"), max_length=6, choices=Side.choices, default=Side.OTHER)
    #: False for a member the minutes list as absent or excused
    attended = models.BooleanField(_("attended"), default=True)
    position = models.PositiveSmallIntegerField(default=0)
    spans = models.JSONField(default=list, blank=True, editable=False)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("participation")
        verbose_name_plural = _("participations")
        indexes = [models.Index(fields=["person", "meeting"])]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        return self.person.name if self.person else self.name_as_written


class MeetingTopic(models.Model):
    """A topic raised, in the priority order the meeting gave it (rank 1 first)."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="topics")
    theme = models.ForeignKey(
        Theme, on_delete=models.PROTECT, related_name="meeting_topics", verbose_name=_("theme")
    )
    rank = models.PositiveSmallIntegerField(_("priority"), default=1)
    label = models.CharField(_("as written"), max_length=255, blank=True)
    spans = models.JSONField(default=list, blank=True, editable=False)

    class Meta:
        ordering = ["rank", "id"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "theme"], name="unique_meeting_theme")
        ]
        indexes = [models.Index(fields=["theme", "meeting"])]

    def __str__(self) -> str:
        return f"{self.rank}. {self.theme}"


class Quote(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="quotes")
    speaker = optional_reference(
        Person, on_delete=models.PROTECT, related_name="quotes", verbose_name=_("speaker")
    )
    speaker_as_written = models.CharField(_("speaker as written"), max_length=255, blank=True)
    text = models.TextField(_("quote"))
    position = models.PositiveSmallIntegerField(default=0)
    spans = models.JSONField(default=list, blank=True, editable=False)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("quote")
        verbose_name_plural = _("quotes")

    def __str__(self) -> str:
        return self.text[:80]

    @property
    def speaker_name(self) -> str:
        return self.speaker.name if self.speaker else self.speaker_as_written


class Vote(models.TextChoices):
    UNANIMOUS = "unanimous", _("unanimous")
    MAJORITY = "majority", _("by majority")


class Decision(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="decisions")
    text = models.TextField(_("decision"))
    #: the agenda item decided on, as written in the minutes ("1", "KARAR NO: 22")
    agenda_number = models.CharField(_("agenda item"), max_length=20, blank=True)
    agenda_item = models.TextField(_("agenda item text"), blank=True)
    vote = models.CharField(_("vote"), max_length=10, choices=Vote.choices, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")

    def __str__(self) -> str:
        return self.text[:80]


class FollowUpStatus(models.TextChoices):
    OPEN = "open", _("open")
    IN_PROGRESS = "in_progress", _("in progress")
    DONE = "done", _("done")
    CANCELLED = "cancelled", _("cancelled")


OPEN_FOLLOW_UP_STATUSES = (FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS)


class Undertaking(models.Model):
    """Something someone undertook to do by a date: a meeting's follow-up
    action or a cooperation's commitment, tracked the same way."""

    text = models.TextField(_("action"))
    due_date = models.DateField(_("due date"), null=True, blank=True)
    status = status_field(FollowUpStatus.OPEN, max_length=12)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.text[:80]

    def is_overdue(self, today: datetime.date | None = None) -> bool:
        return is_overdue(
            self.due_date, self.status in OPEN_FOLLOW_UP_STATUSES, today or timezone.localdate()
        )


class FollowUp(Undertaking):
    """Something promised or agreed to be done after the meeting."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="follow_ups")
    owner_institution = optional_reference(
        Institution,
        on_delete=models.PROTECT,
        related_name="follow_ups",
        verbose_name=_("responsible institution"),
    )
    owner_person = optional_reference(
        Person,
        on_delete=models.PROTECT,
        related_name="follow_ups",
        verbose_name=_("responsible person"),
    )

    class Meta:
        ordering = ["due_date", "id"]
        verbose_name = _("follow-up action")
        verbose_name_plural = _("follow-up actions")
        indexes = [models.Index(fields=["status", "due_date"])]


# Named in this app's first migrations; files follow kernel.files' one rule.
attachment_path = upload_path


class Attachment(AttachedFile):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attachments")
    title = models.CharField(_("title"), max_length=255)

    OWNER = "meeting"


class ImportStatus(models.TextChoices):
    QUEUED = "queued", _("queued")
    RUNNING = "running", _("running")
    DONE = "done", _("done")
    FAILED = "failed", _("failed")


class ImportBatch(models.Model):
    """A batch of texts imported together, processed by the background
    worker; its progress is what the progress bar shows."""

    created_by = user_reference(blank=True)
    campaign = optional_reference(Campaign, on_delete=models.SET_NULL, related_name="+")
    confirm = models.BooleanField(default=False)
    status = models.CharField(
        max_length=8, choices=ImportStatus.choices, default=ImportStatus.QUEUED
    )
    total = models.PositiveIntegerField(default=0)
    processed = models.PositiveIntegerField(default=0)
    created = models.PositiveIntegerField(default=0)
    duplicates = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    #: Written after every item while the batch runs: a "running" batch
    #: whose heartbeat is older than batch.STALE_AFTER was killed.
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    #: How many times a run was started (resumed after a kill).
    attempts = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("import batch")
        verbose_name_plural = _("import batches")

    def __str__(self) -> str:
        return f"#{self.pk} ({self.processed}/{self.total})"

    @property
    def percent(self) -> int:
        return round(100 * self.processed / self.total) if self.total else 100


class ItemStatus(models.TextChoices):
    QUEUED = "queued", _("queued")
    CREATED = "created", _("imported")
    DUPLICATE = "duplicate", _("already imported")
    FAILED = "failed", _("failed")


class ImportItem(models.Model):
    """One text of a batch, kept until processed so the worker can read it
    and so a failure is listed with its reason."""

    batch = models.ForeignKey(ImportBatch, on_delete=models.CASCADE, related_name="items")
    source = models.CharField(max_length=500)
    content = models.BinaryField()
    status = models.CharField(max_length=10, choices=ItemStatus.choices, default=ItemStatus.QUEUED)
    error = models.CharField(max_length=500, blank=True)
    document = optional_reference(SourceDocument, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.source


def meeting_owners(meeting: Meeting) -> list[Institution]:
    """The institutions a meeting belongs to, for permissions: its host, its
    visitors and its campaign's organiser."""
    owners: list[Institution] = []
    if meeting.host_id:
        owners.append(meeting.host)  # type: ignore[arg-type]
    if meeting.pk:
        owners.extend(meeting.guests.all())
    if meeting.campaign_id:
        owners.append(meeting.campaign.owner)  # type: ignore[union-attr]
    return owners


class SuggestionKind(models.TextChoices):
    INSTITUTION = "institution", _("institution not in the registry")
    UNIT = "unit", _("unit not in the registry")
    PARTY = "party", _("party affiliation")


class SuggestionStatus(models.TextChoices):
    PENDING = "pending", _("awaiting a decision")
    ACCEPTED = "accepted", _("accepted")
    REJECTED = "rejected", _("rejected")


class RegistrySuggestion(models.Model):
    """Something the text engine found that the registry lacks — a body, a
    unit of a body, a person's party — offered to a reviewer, who accepts
    it into the registry or rejects it; nothing enters the registry
    without that decision."""

    document = models.ForeignKey(
        SourceDocument, on_delete=models.CASCADE, related_name="suggestions"
    )
    kind = models.CharField(_("kind"), max_length=12, choices=SuggestionKind.choices)
    #: the body or unit as written, or the party's short name
    name = models.CharField(_("name"), max_length=255)
    #: the engine's kind of a body ("ngo", "university", …)
    institution_kind = models.CharField(max_length=40, blank=True)
    #: the body a unit belongs to
    parent = optional_reference(Institution, on_delete=models.CASCADE, related_name="+")
    #: the person a party affiliation is for, as written
    person_name = models.CharField(_("person"), max_length=255, blank=True)
    status = status_field(SuggestionStatus.PENDING, max_length=10)
    #: the registry row accepting it made or linked
    institution = optional_reference(Institution, on_delete=models.SET_NULL, related_name="+")
    decided_by = user_reference(blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["document", "kind", "name", "id"]
        verbose_name = _("registry suggestion")
        verbose_name_plural = _("registry suggestions")
        constraints = [
            models.UniqueConstraint(
                fields=["document", "kind", "name", "person_name"],
                name="meetings_suggestion_once_per_document",
            )
        ]

    def __str__(self) -> str:
        who = f" — {self.person_name}" if self.person_name else ""
        return f"{self.get_kind_display()}: {self.name}{who}"


class MeetingTally(models.Model):
    """How many meetings a list shows, kept on write (``meetings.tallies``):
    the pager's total would otherwise count over every meeting on each
    uncached request.  ``key`` is ``all``, ``inst:<id>`` (hosted or visited
    by that institution: the list's filter) or ``tree:<id>`` (by it or a
    unit of it: its record page).  Drafts are never in it."""

    key = models.CharField(max_length=40, unique=True)
    meetings = models.PositiveIntegerField(default=0)
    public = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"{self.key}: {self.meetings}"


class MeetingTallyRecord(models.Model):
    """What one meeting was counted in when it was last counted, so a
    recount needs no "before" state.  No foreign key: the record outlives
    its deleted meeting until the deletion is counted."""

    meeting = models.IntegerField(unique=True)
    public = models.BooleanField(default=False)
    keys = models.TextField(default="")

    def __str__(self) -> str:
        return f"{self.meeting}: {self.keys}"


class CampaignMember(models.Model):
    """A meeting a campaign counts (``coverage.campaign_meetings``, drafts
    included), kept on write so the dashboard need not evaluate the
    campaign's rule over every meeting."""

    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="+")
    # No foreign key: a deleted meeting's campaign must still be found to
    # count it again.
    meeting = models.IntegerField()
    # The meeting's date and whether it counts (not a draft), so that the
    # dashboard's latest meetings come from one index in date order.
    date = models.DateField(null=True)
    counted = models.BooleanField(default=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["campaign", "meeting"], name="unique_campaign_member")
        ]
        indexes = [
            models.Index(fields=["meeting"]),
            models.Index(
                fields=["campaign", "counted", "-date", "-meeting"], name="meetings_member_latest"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.campaign_id}: {self.meeting}"


class CampaignTally(models.Model):
    """A campaign's coverage figures as the last recount found them (see
    ``meetings.tallies``): per target, meetings, minutes and last date; per
    target and theme, meetings; meetings per review status."""

    campaign = models.OneToOneField(Campaign, on_delete=models.CASCADE, related_name="+")
    data = models.JSONField(default=dict)

    def __str__(self) -> str:
        return str(self.campaign_id)
