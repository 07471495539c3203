"""Surveys (public, stakeholder and staff) and citizens' proposals.

A ``Survey`` belongs to the municipality whose strategy office wrote it; its
``Question`` rows are grouped into ``Section`` rows.  Every answer is one
``Response`` row holding all of its answers as JSON (``{question id:
value}``), so a submission is a single insert or update: nothing half
written, and the results read one row per respondent.

Stakeholders answer through a personal ``Invitation`` (one response each,
held by a unique constraint); staff through a ``StaffLink`` of their unit;
the public through the survey's own address, guarded by a rate limit and by
a unique hash of the answers and the client's fingerprint.

A ``CitizenProposal`` counts only once its author confirms the e-mail; the
strategy office publishes it (it then becomes a ``proposals.Proposal`` of
the citizen channel and joins the matching and clusters), hides it with a
reason, or merges it into a cluster.
"""

from __future__ import annotations

import secrets

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ortakmasa.kernel.models import Linked, optional_reference, status_field, user_reference
from ortakmasa.registry.models import District, Institution, Person
from ortakmasa.themes.models import Theme


def new_token() -> str:
    return secrets.token_urlsafe(24)


class Audience(models.TextChoices):
    PUBLIC = "public", _("the public")
    STAKEHOLDER = "stakeholder", _("stakeholder institutions")
    STAFF = "staff", _("staff")


class SurveyStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    PUBLISHED = "published", _("published")
    CLOSED = "closed", _("closed")


class Survey(Linked, models.Model):
    DETAIL_URL = "surveys:detail"

    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    owner = models.ForeignKey(
        Institution,
        on_delete=models.PROTECT,
        related_name="surveys",
        verbose_name=_("municipality"),
    )
    audience = models.CharField(
        _("audience"), max_length=12, choices=Audience.choices, default=Audience.PUBLIC
    )
    anonymous = models.BooleanField(
        _("anonymous"),
        default=True,
        help_text=_("Anonymous surveys do not ask for a name or an e-mail address."),
    )
    ask_district = models.BooleanField(_("ask the respondent's district"), default=True)
    kvkk_notice = models.TextField(
        _("personal data notice (KVKK)"),
        blank=True,
        help_text=_("Shown to every respondent before the questions."),
    )
    status = status_field(SurveyStatus.DRAFT, max_length=10)
    opens_at = models.DateTimeField(_("opens"), null=True, blank=True)
    closes_at = models.DateTimeField(_("closes"), null=True, blank=True)
    created_by = user_reference(editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("survey")
        verbose_name_plural = _("surveys")

    def __str__(self) -> str:
        return self.title

    def is_open(self, now: object = None) -> bool:
        moment = now or timezone.now()
        return (
            self.status == SurveyStatus.PUBLISHED
            and (self.opens_at is None or self.opens_at <= moment)  # type: ignore[operator]
            and (self.closes_at is None or moment < self.closes_at)  # type: ignore[operator]
        )

    @property
    def is_public(self) -> bool:
        return self.status != SurveyStatus.DRAFT and self.audience == Audience.PUBLIC


class Section(models.Model):
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="sections")
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def __str__(self) -> str:
        return self.title


class Kind(models.TextChoices):
    SINGLE = "single", _("single choice")
    MULTIPLE = "multiple", _("multiple choice")
    LIKERT = "likert", _("Likert scale (1–5)")
    RANKING = "ranking", _("ranking of themes")
    MATRIX = "matrix", _("matrix (rows × Likert scale)")
    NUMBER = "number", _("number")
    TEXT = "text", _("open text")


class ScoreRole(models.TextChoices):
    NONE = "", _("none")
    INFLUENCE = "influence", _("stakeholder's influence (1–5)")
    IMPORTANCE = "importance", _("stakeholder's importance (1–5)")


#: The five points of a Likert scale when the office gives no labels.
DEFAULT_LIKERT = [
    "Kesinlikle katılmıyorum",
    "Katılmıyorum",
    "Kararsızım",
    "Katılıyorum",
    "Kesinlikle katılıyorum",
]


class Question(models.Model):
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="questions")
    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="questions")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    text = models.CharField(_("question"), max_length=500)
    help_text = models.CharField(_("help text"), max_length=500, blank=True)
    required = models.BooleanField(_("required"), default=False)
    #: The options of a choice question; the rows of a matrix.
    choices = models.JSONField(_("options"), default=list, blank=True)
    #: The five labels of a Likert scale (of a matrix's columns).
    scale = models.JSONField(_("scale labels"), default=list, blank=True)
    #: Theme codes to rank (empty: the whole taxonomy).
    themes = models.ManyToManyField(Theme, blank=True, related_name="+", verbose_name=_("themes"))
    min_value = models.FloatField(_("minimum"), null=True, blank=True)
    max_value = models.FloatField(_("maximum"), null=True, blank=True)
    show_if = optional_reference(
        "self", on_delete=models.SET_NULL, related_name="+", verbose_name=_("show only if question")
    )
    show_if_value = models.CharField(_("was answered"), max_length=255, blank=True)
    score_role = models.CharField(
        _("stakeholder score"), max_length=10, choices=ScoreRole.choices, blank=True, default=""
    )

    class Meta:
        ordering = ["section__position", "section_id", "position", "id"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self) -> str:
        return self.text

    @property
    def labels(self) -> list[str]:
        scale = [str(s) for s in (self.scale or []) if str(s).strip()]
        return scale if len(scale) == 5 else list(DEFAULT_LIKERT)

    @property
    def key(self) -> str:
        return f"q{self.pk}"


class Invitation(Linked, models.Model):
    """A personal link to a stakeholder survey for one registry institution
    or person: one response each."""

    DETAIL_URL = "surveys:answer_invited"
    URL_KEY = "token"

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="invitations")
    institution = optional_reference(Institution, on_delete=models.CASCADE, related_name="+")
    person = optional_reference(Person, on_delete=models.CASCADE, related_name="+")
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        constraints = [
            models.UniqueConstraint(
                fields=["survey", "institution"],
                condition=Q(institution__isnull=False),
                name="unique_survey_invitation_institution",
            ),
            models.UniqueConstraint(
                fields=["survey", "person"],
                condition=Q(person__isnull=False),
                name="unique_survey_invitation_person",
            ),
        ]

    def __str__(self) -> str:
        return str(self.institution or self.person or self.token)


class StaffLink(Linked, models.Model):
    """The link a unit's staff answer a staff survey through."""

    DETAIL_URL = "surveys:answer_staff"
    URL_KEY = "token"

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="staff_links")
    unit = models.ForeignKey(Institution, on_delete=models.CASCADE, related_name="+")
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["survey", "unit"], name="unique_staff_link_unit")
        ]

    def __str__(self) -> str:
        return str(self.unit)


class ResponseStatus(models.TextChoices):
    DRAFT = "draft", _("half finished")
    SUBMITTED = "submitted", _("submitted")


class Response(models.Model):
    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="responses")
    audience = models.CharField(max_length=12, choices=Audience.choices)
    status = models.CharField(
        max_length=10, choices=ResponseStatus.choices, default=ResponseStatus.DRAFT
    )
    answers = models.JSONField(default=dict, blank=True)
    invitation = optional_reference(Invitation, on_delete=models.SET_NULL, related_name="responses")
    staff_link = optional_reference(StaffLink, on_delete=models.SET_NULL, related_name="responses")
    #: For the cross-tabulations: the respondent's district, institution
    #: (stakeholders) and its kind (the stakeholder group), or unit (staff).
    district = optional_reference(District, on_delete=models.SET_NULL, related_name="+")
    institution = optional_reference(Institution, on_delete=models.SET_NULL, related_name="+")
    group = models.CharField(max_length=40, blank=True)
    # Personal data: only in identified surveys, erasable per person.
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True, db_index=True)
    #: Continues a half-finished answer on another device.
    resume_token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    session_key = models.CharField(max_length=64, blank=True)
    fingerprint = models.CharField(max_length=64, blank=True)
    answer_hash = models.CharField(max_length=64, blank=True)
    started_at = models.DateTimeField(auto_now_add=True)
    submitted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("response")
        verbose_name_plural = _("responses")
        indexes = [models.Index(fields=["survey", "status"])]
        constraints = [
            # One answer per personal link, whatever arrives at once.
            models.UniqueConstraint(
                fields=["invitation"],
                condition=Q(invitation__isnull=False),
                name="unique_response_per_invitation",
            ),
            # The same answers from the same client count once.
            models.UniqueConstraint(
                fields=["survey", "answer_hash"],
                condition=~Q(answer_hash=""),
                name="unique_response_answer_hash",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.survey_id}/{self.pk} {self.status}"


class CitizenStatus(models.TextChoices):
    UNCONFIRMED = "unconfirmed", _("waiting for e-mail confirmation")
    PENDING = "pending", _("waiting for moderation")
    PUBLISHED = "published", _("published")
    HIDDEN = "hidden", _("hidden")
    MERGED = "merged", _("merged into another proposal")


def photo_path(instance: CitizenProposal, filename: str) -> str:
    return f"citizen-proposals/{instance.token[:12]}/{filename}"


class CitizenProposal(Linked, models.Model):
    DETAIL_URL = "surveys:citizen_detail"

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"))
    district = models.ForeignKey(
        District, on_delete=models.PROTECT, related_name="+", verbose_name=_("district")
    )
    neighbourhood = models.CharField(_("neighbourhood"), max_length=150, blank=True)
    themes = models.ManyToManyField(Theme, blank=True, related_name="+", verbose_name=_("themes"))
    photo = models.FileField(_("photo"), upload_to=photo_path, blank=True)
    # Personal data, erasable per person (the proposal itself stays).
    name = models.CharField(_("your name"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), db_index=True)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    status = models.CharField(
        max_length=12, choices=CitizenStatus.choices, default=CitizenStatus.UNCONFIRMED
    )
    reason = models.TextField(_("reason"), blank=True)
    proposal = optional_reference(
        "proposals.Proposal",
        on_delete=models.SET_NULL,
        related_name="citizen_sources",
        editable=False,
    )
    confirmed_at = models.DateTimeField(null=True, blank=True)
    moderated_by = user_reference()
    moderated_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("citizen's proposal")
        verbose_name_plural = _("citizens' proposals")
        indexes = [models.Index(fields=["status", "-created_at"])]

    def __str__(self) -> str:
        return self.title

    @property
    def support_count(self) -> int:
        return self.supports.exclude(confirmed_at=None).count()


class Support(models.Model):
    """ "Ben de destekliyorum": one per confirmed e-mail address."""

    citizen_proposal = models.ForeignKey(
        CitizenProposal, on_delete=models.CASCADE, related_name="supports"
    )
    email = models.EmailField(_("e-mail"), blank=True)
    #: A hash of the normalised address, kept after the address is erased so
    #: the same person still counts once.
    email_key = models.CharField(max_length=64)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["citizen_proposal", "email_key"], name="unique_support_per_email"
            )
        ]

    def __str__(self) -> str:
        return f"{self.citizen_proposal_id} {self.email_key[:8]}"


class Total(models.Model):
    """One running counter of a survey's submitted answers (see
    ``surveys.totals``): kept on every submit and erase in the same
    transaction, recounted by ``ortakmasa rebuild_survey_totals``."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="+")
    #: The question's key ("q12"), or "" for the survey as a whole.
    key = models.CharField(max_length=16)
    #: "" (all answers) or a cross-tabulation dimension, or "theme".
    dim = models.CharField(max_length=10, blank=True)
    label = models.TextField(blank=True)
    category = models.TextField(blank=True)
    #: Each counter is split over a few rows, picked by the response's id,
    #: so answers arriving at once do not all wait for one row's lock; the
    #: results add the shards up.
    shard = models.PositiveSmallIntegerField(default=0)
    n = models.IntegerField(default=0)
    #: A sum beside the count (Likert points, numbers, ranking points).
    total = models.FloatField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["survey", "key", "dim", "label", "category", "shard"],
                name="unique_survey_total",
            )
        ]

    def __str__(self) -> str:
        return f"{self.survey_id} {self.key} {self.dim}={self.label} {self.category}: {self.n}"


class OpenAnswer(models.Model):
    """An open-text answer under one theme the topic tagger found in it
    (theme "" when none): tagged once, when it is submitted."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="+")
    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=16)
    theme = models.CharField(max_length=60, blank=True)
    text = models.TextField()

    class Meta:
        indexes = [models.Index(fields=["survey", "key", "theme", "id"])]

    def __str__(self) -> str:
        return f"{self.key} {self.theme}: {self.text[:40]}"
