"""Proposals, problems and needs raised by districts and partners.

A ``Proposal`` comes from an institution (usually a district municipality),
is tagged with the shared themes and moves through a status workflow whose
every step carries a reason: new → under review → merged into another /
accepted into a plan objective / rejected / carried out.  Every change is
kept as a ``ProposalEvent`` written in the same transaction as the change.

Similar proposals from several districts are grouped by a background
``ClusterRun`` into ``ProposalCluster`` suggestions, which a planner merges
(into one primary proposal) or splits.
"""

from __future__ import annotations

from typing import Any

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ortakmasa.kernel.files import AttachedFile, upload_path
from ortakmasa.kernel.history import ChangeRecord
from ortakmasa.kernel.models import Linked, optional_reference, status_field, user_reference
from ortakmasa.lib.turkish import search_terms, stemmed_search_text
from ortakmasa.registry.models import District, Institution, Province
from ortakmasa.themes.models import Theme


class Kind(models.TextChoices):
    PROPOSAL = "proposal", _("proposal")
    PROBLEM = "problem", _("problem")
    NEED = "need", _("need")
    REQUEST = "request", _("request")


class Channel(models.TextChoices):
    LIAISON = "liaison", _("district liaison")
    STAKEHOLDER = "stakeholder", _("stakeholder")
    CITIZEN_FORM = "citizen_form", _("citizen form")
    MEETING = "meeting", _("meeting record")
    IMPORT = "import", _("bulk upload")
    OFFICE = "office", _("strategy office")


class Status(models.TextChoices):
    NEW = "new", _("new")
    UNDER_REVIEW = "under_review", _("under review")
    MERGED = "merged", _("merged into another proposal")
    ACCEPTED = "accepted", _("accepted into a plan objective")
    REJECTED = "rejected", _("rejected")
    DONE = "done", _("carried out")


#: Statuses a planner may set directly; MERGED is reached only by merging a
#: cluster, so that it always points at the proposal it was merged into.
DECIDABLE_STATUSES = (Status.UNDER_REVIEW, Status.ACCEPTED, Status.REJECTED, Status.DONE)
#: Statuses that must be explained to the district.
REASON_REQUIRED = frozenset({Status.MERGED, Status.ACCEPTED, Status.REJECTED})
#: Proposals still waiting for a decision take part in clustering.
OPEN_STATUSES = (Status.NEW, Status.UNDER_REVIEW)


class Urgency(models.IntegerChoices):
    LOW = 1, _("low")
    MEDIUM = 2, _("medium")
    HIGH = 3, _("high")


class Effort(models.TextChoices):
    LOW = "low", _("low")
    MEDIUM = "medium", _("medium")
    HIGH = "high", _("high")


class ProposalQuerySet(models.QuerySet["Proposal"]):
    def search(self, query: str) -> ProposalQuerySet:
        """Every word of ``query``, in any order, written with or without
        Turkish letters."""
        qs = self
        # Each word also by its stem: "parkları" finds "park" (lib.turkish).
        for forms in search_terms(query):
            cond = Q()
            for form in forms:
                cond |= Q(search_text__contains=form)
            qs = qs.filter(cond)
        return qs


class Proposal(Linked, models.Model):
    DETAIL_URL = "proposals:detail"

    title = models.CharField(_("title"), max_length=255)
    text = models.TextField(_("description"), blank=True)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.PROPOSAL)
    institution = models.ForeignKey(
        Institution,
        on_delete=models.PROTECT,
        related_name="proposals",
        verbose_name=_("raised by"),
        help_text=_("The district municipality or partner the proposal comes from."),
    )
    channel = models.CharField(
        _("channel"), max_length=15, choices=Channel.choices, default=Channel.LIAISON
    )
    submitted_by = user_reference(blank=True, related_name="proposals", editable=False)
    meeting = optional_reference(
        "meetings.Meeting",
        on_delete=models.SET_NULL,
        related_name="proposals",
        verbose_name=_("meeting"),
    )
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="proposals", verbose_name=_("themes")
    )
    district = optional_reference(
        District, on_delete=models.PROTECT, related_name="proposals", verbose_name=_("district")
    )
    neighbourhood = models.CharField(_("neighbourhood"), max_length=150, blank=True)
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    estimated_cost = models.DecimalField(
        _("estimated cost (TL)"), max_digits=16, decimal_places=2, null=True, blank=True
    )
    effort = models.CharField(_("effort"), max_length=6, choices=Effort.choices, blank=True)
    population = models.PositiveIntegerField(_("population concerned"), null=True, blank=True)
    urgency = models.PositiveSmallIntegerField(
        _("urgency"), choices=Urgency.choices, default=Urgency.MEDIUM
    )
    status = status_field(Status.NEW, max_length=15)
    status_reason = models.TextField(_("reason"), blank=True)
    merged_into = optional_reference(
        "self",
        on_delete=models.SET_NULL,
        related_name="merged_proposals",
        verbose_name=_("merged into"),
        editable=False,
    )
    # Chosen from the plans' records, never typed: the district is shown the
    # objective's current number and title, whatever renumbering came after.
    plan_objective = optional_reference(
        "plans.Objective",
        on_delete=models.SET_NULL,
        related_name="accepted_proposals",
        verbose_name=_("plan objective"),
    )
    is_public = models.BooleanField(_("shown on the public page"), default=False)
    cluster = optional_reference(
        "ProposalCluster", on_delete=models.SET_NULL, related_name="proposals", editable=False
    )
    # A fingerprint of an uploaded row, so uploading the same file again adds
    # nothing.
    upload_key = models.CharField(max_length=64, blank=True, editable=False, default="")
    search_text = models.TextField(editable=False, default="")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ProposalQuerySet.as_manager()

    #: What a user edits, on the page and in the API alike (the API may also
    #: name the meeting a proposal was heard at).
    EDITABLE = (
        "title",
        "text",
        "kind",
        "institution",
        "themes",
        "district",
        "neighbourhood",
        "latitude",
        "longitude",
        "estimated_cost",
        "effort",
        "population",
        "urgency",
        "is_public",
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")
        indexes = [
            models.Index(fields=["status", "-created_at"]),
            models.Index(fields=["institution", "-created_at"]),
            models.Index(fields=["is_public", "-created_at"]),
            models.Index(fields=["district", "status"]),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["institution", "upload_key"],
                condition=~Q(upload_key=""),
                name="unique_proposal_upload_row",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.search_text = stemmed_search_text(f"{self.title} {self.text}")
        if self.district_id is None and self.institution_id is not None:
            self.district_id = (
                Institution.objects.filter(pk=self.institution_id)
                .values_list("district_id", flat=True)
                .first()
            )
        if "update_fields" in kwargs and kwargs["update_fields"] is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_text", "district"}
        super().save(*args, **kwargs)

    @property
    def matching_text(self) -> str:
        return f"{self.title}. {self.text}".strip()


# Named in this app's first migrations; files follow kernel.files' one rule.
attachment_path = upload_path


class ProposalAttachment(AttachedFile):
    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="attachments")

    OWNER = "proposal"


class EventAction(models.TextChoices):
    CREATED = "created", _("created")
    CHANGED = "changed", _("changed")
    STATUS = "status", _("status changed")
    MERGED = "merged", _("merged")
    SPLIT = "split", _("taken out of a cluster")
    MOVED = "moved", _("moved to another cluster")
    ATTACHMENT = "attachment", _("attachment added")


#: Events that only the strategy office may write (see ``permissions``).
DECISION_ACTIONS = frozenset(
    {EventAction.STATUS, EventAction.MERGED, EventAction.SPLIT, EventAction.MOVED}
)


class ProposalEvent(ChangeRecord):
    """One change of a proposal: who, when, what (``changes`` maps a field
    to its old and new value) and why (``note``)."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(max_length=12, choices=EventAction.choices)

    HISTORY_MODELS = ("proposals.Proposal",)
    OWNER = "proposal"

    class Meta(ChangeRecord.Meta):
        verbose_name = _("proposal change")
        verbose_name_plural = _("proposal changes")


class RunStatus(models.TextChoices):
    PENDING = "pending", _("waiting")
    RUNNING = "running", _("running")
    DONE = "done", _("finished")
    FAILED = "failed", _("failed")


class ClusterRun(Linked, models.Model):
    """A background search for similar proposals in one province; its
    progress is kept here so the page can poll it."""

    DETAIL_URL = "proposals:run_progress"

    province = models.ForeignKey(Province, on_delete=models.CASCADE, related_name="+", null=True)
    # None: the matching engine's own tuned threshold.
    threshold = models.FloatField(_("similarity threshold"), null=True, blank=True)
    status = models.CharField(max_length=10, choices=RunStatus.choices, default=RunStatus.PENDING)
    progress = models.FloatField(default=0.0)
    total = models.PositiveIntegerField(default=0)
    cluster_count = models.PositiveIntegerField(default=0)
    engine = models.CharField(max_length=80, blank=True)
    message = models.TextField(blank=True)
    started_by = user_reference()
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("clustering run")
        verbose_name_plural = _("clustering runs")

    def __str__(self) -> str:
        return f"{self.pk} {self.status} {self.progress:.0%}"

    @property
    def percent(self) -> int:
        return round(self.progress * 100)

    @property
    def is_active(self) -> bool:
        return self.status in (RunStatus.PENDING, RunStatus.RUNNING)


class ClusterStatus(models.TextChoices):
    SUGGESTED = "suggested", _("suggested")
    MERGED = "merged", _("merged")


class ProposalCluster(Linked, models.Model):
    """Proposals that say the same thing, usually from several districts."""

    DETAIL_URL = "proposals:cluster_detail"

    run = optional_reference(ClusterRun, on_delete=models.SET_NULL, related_name="clusters")
    province = models.ForeignKey(Province, on_delete=models.CASCADE, related_name="+", null=True)
    label = models.CharField(_("label"), max_length=255)
    status = models.CharField(
        max_length=10, choices=ClusterStatus.choices, default=ClusterStatus.SUGGESTED
    )
    primary = optional_reference(
        Proposal, on_delete=models.SET_NULL, related_name="+", verbose_name=_("primary proposal")
    )
    reason = models.TextField(_("reason"), blank=True)
    district_count = models.PositiveSmallIntegerField(default=0)
    size = models.PositiveIntegerField(default=0)
    decided_by = user_reference()
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-district_count", "-size", "id"]
        verbose_name = _("cluster")
        verbose_name_plural = _("clusters")

    def __str__(self) -> str:
        return self.label

    def refresh_counts(self) -> None:
        members = self.proposals.all()
        self.size = members.count()
        self.district_count = members.exclude(district=None).values("district").distinct().count()
        self.save(update_fields=["size", "district_count"])


class ScoringProfile(models.Model):
    """The weights of the priority score; one per province, edited by its
    strategy office."""

    province = models.OneToOneField(
        Province, on_delete=models.CASCADE, related_name="+", null=True, blank=True
    )
    districts = models.FloatField(_("weight: districts raising it"), default=3.0)
    population = models.FloatField(_("weight: population concerned"), default=2.0)
    urgency = models.FloatField(_("weight: urgency"), default=2.0)
    cost = models.FloatField(_("weight: low cost"), default=1.0)
    theme_fit = models.FloatField(_("weight: fit with priority themes"), default=1.0)
    policy_fit = models.FloatField(_("weight: fit with upper policy documents"), default=1.0)
    priority_themes = models.ManyToManyField(
        Theme, blank=True, related_name="+", verbose_name=_("priority themes")
    )
    policy_keywords = models.TextField(
        _("keywords of upper policy documents"),
        blank=True,
        help_text=_(
            "One per line, e.g. from the development plan or the sector strategies: "
            "afet, deprem, iklim, erişilebilirlik."
        ),
    )

    class Meta:
        verbose_name = _("scoring profile")
        verbose_name_plural = _("scoring profiles")

    def __str__(self) -> str:
        return f"{self.province or '—'}"


class ProposalEmbedding(models.Model):
    """A proposal's sentence embedding, computed once when it is saved (see
    ``proposals.embedding_store``) and recomputed only when its title or
    description changes."""

    proposal = models.OneToOneField(
        Proposal, on_delete=models.CASCADE, primary_key=True, related_name="embedding"
    )
    model = models.CharField(max_length=40)
    # SHA-1 of what the encoder read: a changed text is encoded again.
    source_hash = models.CharField(max_length=40)
    vector = models.BinaryField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("proposal embedding")
        verbose_name_plural = _("proposal embeddings")

    def __str__(self) -> str:
        return f"{self.proposal_id} {self.model}"


class SuggestionStatus(models.TextChoices):
    PENDING = "pending", _("waiting for a decision")
    ACCEPTED = "accepted", _("accepted: the same need")
    REJECTED = "rejected", _("rejected: different needs")


class DuplicateSuggestion(models.Model):
    """A pair of proposals the matcher thinks express the same need, waiting
    for a planner.  Decided pairs are kept: they are the labels from which
    this province's threshold is calibrated (``proposals.calibration``)."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="+")
    candidate = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="+")
    province = models.ForeignKey(Province, on_delete=models.CASCADE, related_name="+", null=True)
    score = models.FloatField(_("similarity"))
    explanation = models.JSONField(default=dict, blank=True)
    status = models.CharField(
        max_length=10, choices=SuggestionStatus.choices, default=SuggestionStatus.PENDING
    )
    reason = models.TextField(_("reason"), blank=True)
    decided_by = user_reference()
    decided_at = models.DateTimeField(null=True, blank=True)
    # The cluster move an acceptance made, so that reopening can undo it.
    move = optional_reference(ProposalEvent, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-score", "id"]
        verbose_name = _("suggested duplicate")
        verbose_name_plural = _("suggested duplicates")
        constraints = [
            models.UniqueConstraint(
                fields=["proposal", "candidate"], name="unique_duplicate_suggestion"
            )
        ]
        indexes = [models.Index(fields=["province", "status", "-score"])]

    def __str__(self) -> str:
        return f"{self.proposal_id} ~ {self.candidate_id} ({self.score:.2f})"
