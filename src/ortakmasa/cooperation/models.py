"""Cooperation between institutions and the funded projects they run.

A ``Cooperation`` records what two or more institutions agreed to work on
together: who (``CooperationParty``, an institution and optionally the unit
that carries it), the meetings it came from, the topics in the priority
order they agreed (``CooperationTopic``, the shared theme taxonomy), its form
(protocol, sister-city agreement, …), what each side promised
(``Commitment``, with owner, due date and status) and its documents.

A ``FundedProject`` is an EU or other grant-funded project: programme and
call, partners with their roles, budget and co-financing, application and
grant status, deadlines and results.  It may belong to a cooperation.
"""

from __future__ import annotations

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ortakmasa.kernel.files import AttachedFile, upload_path
from ortakmasa.kernel.models import Authored, Linked, optional_reference, status_field
from ortakmasa.meetings.models import (
    OPEN_FOLLOW_UP_STATUSES,
    FollowUp,
    FollowUpStatus,
    Meeting,
    Undertaking,
)
from ortakmasa.registry.models import Institution, Person
from ortakmasa.themes.models import Theme


class CooperationForm(models.TextChoices):
    PROTOCOL = "protocol", _("protocol")
    SISTER_CITY = "sister_city", _("sister-city agreement")
    JOINT_PROJECT = "joint_project", _("joint project")
    EXPERIENCE_EXCHANGE = "experience_exchange", _("exchange of experience")
    WORKING_GROUP = "working_group", _("working group")


class CooperationStatus(models.TextChoices):
    PROPOSED = "proposed", _("proposed")
    ACTIVE = "active", _("active")
    COMPLETED = "completed", _("completed")
    ENDED = "ended", _("ended without result")


class PartyRole(models.TextChoices):
    LEAD = "lead", _("lead")
    PARTNER = "partner", _("partner")
    SUPPORTER = "supporter", _("supporter")
    OBSERVER = "observer", _("observer")


class Cooperation(Linked, Authored):
    DETAIL_URL = "cooperation:detail"

    title = models.CharField(_("title"), max_length=300)
    form = models.CharField(
        _("form"),
        max_length=24,
        choices=CooperationForm.choices,
        default=CooperationForm.EXPERIENCE_EXCHANGE,
    )
    status = status_field(CooperationStatus.PROPOSED, max_length=12)
    description = models.TextField(_("description"), blank=True)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    meetings = models.ManyToManyField(
        Meeting,
        blank=True,
        related_name="cooperations",
        verbose_name=_("meetings it came from"),
    )
    is_public = models.BooleanField(_("shown on the public portal"), default=False)

    class Meta:
        ordering = ["-start_date", "-id"]
        verbose_name = _("cooperation")
        verbose_name_plural = _("cooperations")
        indexes = [models.Index(fields=["start_date"])]

    def __str__(self) -> str:
        return self.title


class CooperationParty(models.Model):
    """An institution taking part, and the unit of it that carries the work
    (İBB's EU Relations Department)."""

    cooperation = models.ForeignKey(Cooperation, on_delete=models.CASCADE, related_name="parties")
    institution = models.ForeignKey(
        Institution,
        on_delete=models.PROTECT,
        related_name="cooperation_parties",
        verbose_name=_("institution"),
    )
    unit = optional_reference(
        Institution,
        on_delete=models.PROTECT,
        related_name="cooperation_units",
        verbose_name=_("unit"),
    )
    role = models.CharField(
        _("role"), max_length=10, choices=PartyRole.choices, default=PartyRole.PARTNER
    )
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("party")
        verbose_name_plural = _("parties")
        constraints = [
            models.UniqueConstraint(
                fields=["cooperation", "institution", "unit"], name="unique_cooperation_party"
            )
        ]
        indexes = [models.Index(fields=["institution", "cooperation"])]

    def __str__(self) -> str:
        return f"{self.institution} ({self.unit})" if self.unit else str(self.institution)


class CooperationTopic(models.Model):
    """A topic of the cooperation in the agreed priority order (rank 1 first)."""

    cooperation = models.ForeignKey(Cooperation, on_delete=models.CASCADE, related_name="topics")
    theme = models.ForeignKey(
        Theme, on_delete=models.PROTECT, related_name="cooperation_topics", verbose_name=_("theme")
    )
    rank = models.PositiveSmallIntegerField(_("priority"), default=1)

    class Meta:
        ordering = ["rank", "id"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        constraints = [
            models.UniqueConstraint(
                fields=["cooperation", "theme"], name="unique_cooperation_theme"
            )
        ]
        indexes = [models.Index(fields=["theme", "cooperation"])]

    def __str__(self) -> str:
        return f"{self.rank}. {self.theme}"


# A commitment is tracked like a meeting's follow-up action: same states.
CommitmentStatus = FollowUpStatus
OPEN_COMMITMENT_STATUSES = OPEN_FOLLOW_UP_STATUSES


class Commitment(Undertaking):
    """Something one side promised to do."""

    cooperation = models.ForeignKey(
        Cooperation, on_delete=models.CASCADE, related_name="commitments"
    )
    text = models.TextField(_("commitment"))
    owner_institution = optional_reference(
        Institution,
        on_delete=models.PROTECT,
        related_name="commitments",
        verbose_name=_("responsible institution"),
    )
    owner_person = optional_reference(
        Person,
        on_delete=models.SET_NULL,
        related_name="commitments",
        verbose_name=_("responsible person"),
    )
    follow_up = optional_reference(
        FollowUp, on_delete=models.SET_NULL, related_name="commitments", editable=False
    )
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["due_date", "position", "id"]
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")
        indexes = [models.Index(fields=["status", "due_date"])]


# Named in this app's first migrations; files follow kernel.files' one rule.
document_path = upload_path


class CooperationDocument(AttachedFile):
    """A document of a cooperation: a stored file or only its web address."""

    cooperation = models.ForeignKey(Cooperation, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("title"), max_length=255)
    file = models.FileField(_("file"), upload_to=upload_path, max_length=255, blank=True)
    url = models.URLField(_("web address"), blank=True)

    OWNER = "cooperation"

    class Meta(AttachedFile.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    @property
    def href(self) -> str:
        # Stored files go through the permission-checked download, never a
        # public media address.
        if self.file:
            return reverse("cooperation:document_download", args=[self.pk])
        return self.url


class Funder(models.TextChoices):
    EU = "eu", _("European Union")
    NATIONAL = "national", _("national programme")
    DEVELOPMENT_AGENCY = "development_agency", _("development agency")
    INTERNATIONAL = "international", _("international organisation")
    OTHER = "other", _("other")


class ApplicationStatus(models.TextChoices):
    IDEA = "idea", _("idea")
    PREPARING = "preparing", _("in preparation")
    SUBMITTED = "submitted", _("submitted")
    ACCEPTED = "accepted", _("accepted")
    REJECTED = "rejected", _("rejected")
    WITHDRAWN = "withdrawn", _("withdrawn")


class GrantStatus(models.TextChoices):
    NONE = "none", _("no grant yet")
    SIGNED = "signed", _("grant agreement signed")
    RUNNING = "running", _("running")
    CLOSED = "closed", _("closed")
    TERMINATED = "terminated", _("terminated")


class Currency(models.TextChoices):
    EUR = "EUR", "EUR"
    TRY = "TRY", "TRY"
    USD = "USD", "USD"


class FundedProject(Linked, Authored):
    DETAIL_URL = "cooperation:project_detail"

    title = models.CharField(_("title"), max_length=300)
    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    funder = models.CharField(_("funder"), max_length=20, choices=Funder.choices, default=Funder.EU)
    programme = models.CharField(_("programme"), max_length=200, blank=True)
    call = models.CharField(_("call"), max_length=200, blank=True)
    reference = models.CharField(_("reference number"), max_length=100, blank=True)
    cooperation = optional_reference(
        Cooperation,
        on_delete=models.SET_NULL,
        related_name="projects",
        verbose_name=_("cooperation"),
    )
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="funded_projects", verbose_name=_("themes")
    )
    summary = models.TextField(_("summary"), blank=True)
    currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.EUR
    )
    budget = models.DecimalField(
        _("total budget"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    grant_amount = models.DecimalField(
        _("grant requested or awarded"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    co_financing = models.DecimalField(
        _("co-financing"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    application_status = models.CharField(
        _("application"),
        max_length=10,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.IDEA,
    )
    grant_status = models.CharField(
        _("grant"), max_length=10, choices=GrantStatus.choices, default=GrantStatus.NONE
    )
    application_deadline = models.DateField(_("application deadline"), null=True, blank=True)
    decision_date = models.DateField(_("decision expected"), null=True, blank=True)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    results = models.TextField(_("results"), blank=True)
    is_public = models.BooleanField(_("shown on the public portal"), default=False)

    #: What a user edits, on the page and in the API alike.
    EDITABLE = (
        "title",
        "acronym",
        "funder",
        "programme",
        "call",
        "reference",
        "cooperation",
        "themes",
        "summary",
        "currency",
        "budget",
        "grant_amount",
        "co_financing",
        "application_status",
        "grant_status",
        "application_deadline",
        "decision_date",
        "start_date",
        "end_date",
        "results",
        "is_public",
    )

    class Meta:
        ordering = ["-start_date", "-id"]
        verbose_name = _("funded project")
        verbose_name_plural = _("funded projects")

    def __str__(self) -> str:
        return f"{self.acronym} — {self.title}" if self.acronym else self.title


class PartnerRole(models.TextChoices):
    COORDINATOR = "coordinator", _("coordinator")
    PARTNER = "partner", _("partner")
    ASSOCIATE = "associate", _("associate")


class ProjectPartner(models.Model):
    project = models.ForeignKey(FundedProject, on_delete=models.CASCADE, related_name="partners")
    institution = models.ForeignKey(
        Institution,
        on_delete=models.PROTECT,
        related_name="project_partnerships",
        verbose_name=_("institution"),
    )
    role = models.CharField(
        _("role"), max_length=12, choices=PartnerRole.choices, default=PartnerRole.PARTNER
    )
    budget_share = models.DecimalField(
        _("budget share"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("project partner")
        verbose_name_plural = _("project partners")
        constraints = [
            models.UniqueConstraint(
                fields=["project", "institution"], name="unique_project_partner"
            )
        ]
        indexes = [models.Index(fields=["institution", "project"])]

    def __str__(self) -> str:
        return f"{self.institution} ({self.get_role_display()})"


def cooperation_owners(cooperation: Cooperation) -> list[Institution]:
    if cooperation.pk is None:
        return list(getattr(cooperation, "_candidate_owners", []))
    return [p.institution for p in cooperation.parties.select_related("institution")]


def project_owners(project: FundedProject) -> list[Institution]:
    if project.pk is None:
        return list(getattr(project, "_candidate_owners", []))
    owners = [p.institution for p in project.partners.select_related("institution")]
    if project.cooperation_id is not None:
        owners += cooperation_owners(project.cooperation)  # type: ignore[arg-type]
    return owners


# --- The network kept on write (issue 17) -----------------------------------
#
# The network page aggregates about 170,000 host/guest and partner pairs at
# 100,000 meetings; doing that on every cold request costs seconds.  These
# tables hold the aggregate, kept up to date in the same transaction as every
# write of the rows it is made of (``cooperation/network_index.py``).  A
# "view" is one (group, public, theme) key: the grouping of the page, whether
# only public records count, and a theme id (0: any theme).


class NetworkPair(models.Model):
    """Records two nodes share in one view; nodes are integer keys (an
    institution's or province's id, ``-1`` for none, a kind's rank)."""

    group = models.CharField(max_length=12)
    public = models.BooleanField()
    theme = models.IntegerField()
    lo = models.IntegerField()
    hi = models.IntegerField()
    meetings = models.PositiveIntegerField(default=0)
    cooperations = models.PositiveIntegerField(default=0)
    projects = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            # The counts ride in the index (PostgreSQL) so that reading the
            # links among the top nodes touches no table page.
            models.UniqueConstraint(
                fields=["group", "public", "theme", "lo", "hi"],
                include=["meetings", "cooperations", "projects"],
                name="unique_network_pair",
            )
        ]

    def __str__(self) -> str:
        return f"{self.group} {self.lo}–{self.hi}"


class NetworkNode(models.Model):
    """A node's weight in one view: the sum of its pairs, per kind of link."""

    group = models.CharField(max_length=12)
    public = models.BooleanField()
    theme = models.IntegerField()
    node = models.IntegerField()
    meetings = models.PositiveIntegerField(default=0)
    cooperations = models.PositiveIntegerField(default=0)
    projects = models.PositiveIntegerField(default=0)
    #: meetings + cooperations + projects: the page's default order
    weight = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["group", "public", "theme", "node"], name="unique_network_node"
            )
        ]
        indexes = [
            # The strongest nodes of a view are the first entries.
            models.Index(
                fields=["group", "public", "theme", "-weight", "node"],
                include=["meetings", "cooperations", "projects"],
                name="network_node_rank",
            )
        ]

    def __str__(self) -> str:
        return f"{self.group} {self.node}"


class NetworkTotal(models.Model):
    """A view's totals.  ``links_N``/``nodes_N`` count the pairs and nodes
    with at least one link of the kinds in bit mask N (1 meetings,
    2 cooperations, 4 projects), so every choice of links on the page reads
    its totals without counting rows."""

    group = models.CharField(max_length=12)
    public = models.BooleanField()
    theme = models.IntegerField()
    meetings = models.IntegerField(default=0)
    cooperations = models.IntegerField(default=0)
    projects = models.IntegerField(default=0)
    links_1 = models.IntegerField(default=0)
    links_2 = models.IntegerField(default=0)
    links_3 = models.IntegerField(default=0)
    links_4 = models.IntegerField(default=0)
    links_5 = models.IntegerField(default=0)
    links_6 = models.IntegerField(default=0)
    links_7 = models.IntegerField(default=0)
    nodes_1 = models.IntegerField(default=0)
    nodes_2 = models.IntegerField(default=0)
    nodes_3 = models.IntegerField(default=0)
    nodes_4 = models.IntegerField(default=0)
    nodes_5 = models.IntegerField(default=0)
    nodes_6 = models.IntegerField(default=0)
    nodes_7 = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["group", "public", "theme"], name="unique_network_total"
            )
        ]

    def __str__(self) -> str:
        return f"{self.group} {self.public} {self.theme}"


class NetworkRecord(models.Model):
    """What the index last counted for one meeting ("m"), cooperation ("c")
    or project ("p"), so a write can take exactly that back out."""

    link = models.CharField(max_length=1)
    record = models.IntegerField()
    public = models.BooleanField()
    themes = models.CharField(max_length=500, blank=True)  # "3,17": theme ids
    #: A meeting's calendar month (``network_index.month_of``), 0 for none.
    month = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["link", "record"], name="unique_network_record")
        ]

    def __str__(self) -> str:
        return f"{self.link}{self.record}"


class NetworkRecordPair(models.Model):
    """One pair a record gave, per grouping, as last counted."""

    link = models.CharField(max_length=1)
    record = models.IntegerField()
    group = models.CharField(max_length=12)
    lo = models.IntegerField()
    hi = models.IntegerField()

    class Meta:
        indexes = [
            models.Index(fields=["link", "record"]),
            # A date range sums one grouping's pairs of the records in it:
            # read from the index alone (PostgreSQL), not the table's rows.
            models.Index(
                fields=["link", "group", "record"],
                include=["lo", "hi"],
                name="network_record_pair_group",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.link}{self.record} {self.group} {self.lo}–{self.hi}"


class NetworkMonthPair(models.Model):
    """Meetings two nodes shared in one calendar month, in one view, for the
    groupings with few nodes (``network_index.MONTH_GROUPS``): a date range
    of whole months is then a sum over a few rows a month instead of a
    count over every meeting's pairs."""

    group = models.CharField(max_length=12)
    public = models.BooleanField()
    theme = models.IntegerField()
    month = models.IntegerField()
    lo = models.IntegerField()
    hi = models.IntegerField()
    meetings = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["group", "public", "theme", "month", "lo", "hi"],
                include=["meetings"],
                name="unique_network_month_pair",
            )
        ]

    def __str__(self) -> str:
        return f"{self.group} {self.month} {self.lo}–{self.hi}"


class NetworkMonthTotal(models.Model):
    """Meetings counted in one calendar month, all or public ones only, any
    theme or one theme: a date range's total without counting meetings."""

    public = models.BooleanField()
    theme = models.IntegerField()
    month = models.IntegerField()
    meetings = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["public", "theme", "month"],
                include=["meetings"],
                name="unique_network_month_total",
            )
        ]

    def __str__(self) -> str:
        return f"{self.month}: {self.meetings}"


class MatchRecord(models.Model):
    """What the match counts last counted for one meeting, so that a write
    can take exactly that back out (``cooperation.match_counts``)."""

    meeting = models.IntegerField(unique=True)
    public = models.BooleanField()
    themes = models.CharField(max_length=500, blank=True)  # "3,17": theme ids
    #: "5:2,9:1": each taking part institution's root and what the meeting
    #: adds to its count (1 as host, 1 as guest, 2 as both).
    roots = models.TextField(blank=True)

    def __str__(self) -> str:
        return f"m{self.meeting}"


class MatchCount(models.Model):
    """Per institution (its root) and theme, the meetings on the theme it
    hosted plus those it visited (``meetings``, the match score's count)
    and the meetings it took part in (``distinct``, for its own topics);
    all meetings or public ones only. Kept on write with the network index."""

    public = models.BooleanField()
    theme = models.IntegerField()
    institution = models.IntegerField()
    meetings = models.IntegerField(default=0)
    distinct = models.IntegerField(default=0)

    class Meta:
        constraints = [
            # Plain (no covering columns): the upkeep's upsert needs it on
            # every database, and SQLite has no covering indexes.
            models.UniqueConstraint(
                fields=["public", "theme", "institution"], name="unique_match_count"
            )
        ]
        indexes = [
            models.Index(
                fields=["public", "institution", "theme"],
                include=["distinct"],
                name="match_count_institution",
            )
        ]

    def __str__(self) -> str:
        return f"{self.institution}/{self.theme}: {self.meetings}"
