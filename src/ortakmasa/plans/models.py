"""The strategic plan as structured data.

The parts follow the order of the SBB guide (Strateji ve Bütçe Başkanlığı,
"Kamu İdareleri İçin Stratejik Planlama Kılavuzu", 3rd version, 2018), its
municipal companion ("Belediyeler İçin Stratejik Planlama Rehberi", 2019)
and the regulation on strategic plans, performance programmes and activity
reports of 22.04.2021 (Resmî Gazete 31462; see docs/legal-basis.md for
what applies to municipalities); ``document.py`` names each part.

A plan holds text parts (preparation, institutional history, mission …),
the situation analysis tables (legislation, upper policy documents, activity
areas with their products and services, stakeholders, PESTLE, SWOT,
findings and needs) and the strategy tree: goals (amaç) → objectives
(hedef) → indicators (performans göstergesi).  Numbers such as A1, H1.2 and
PG1.2.3 are never typed: ``services.renumber`` keeps every ``position``
contiguous (1, 2, 3 …), and the numbers are read from the positions.

Every change is written to ``PlanChange``; every status change, and any
moment the office asks for, freezes the whole tree as a ``PlanVersion``.
"""

from __future__ import annotations

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from ortakmasa.kernel.history import ChangeRecord
from ortakmasa.kernel.models import (
    Linked,
    Timestamped,
    optional_reference,
    percentage,
    status_field,
    user_reference,
)
from ortakmasa.lib.text import LinesOf, lines
from ortakmasa.registry.models import Institution

PLAN_YEARS = 5  # five-year plans: docs/legal-basis.md


class PlanStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    SUBMITTED = "submitted", _("submitted to the council")
    APPROVED = "approved", _("approved by the council")
    PUBLISHED = "published", _("published")


#: The allowed moves between statuses; checks must pass before submission.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    PlanStatus.DRAFT: (PlanStatus.SUBMITTED,),
    PlanStatus.SUBMITTED: (PlanStatus.DRAFT, PlanStatus.APPROVED),
    PlanStatus.APPROVED: (PlanStatus.PUBLISHED, PlanStatus.DRAFT),
    PlanStatus.PUBLISHED: (),
}


class Plan(Linked, Timestamped):
    DETAIL_URL = "plans:detail"

    institution = models.ForeignKey(
        Institution,
        on_delete=models.PROTECT,
        related_name="strategic_plans",
        verbose_name=_("institution"),
    )
    title = models.CharField(_("title"), max_length=255, blank=True)
    start_year = models.PositiveSmallIntegerField(
        _("first year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    status = status_field(PlanStatus.DRAFT, max_length=10)
    approval_date = models.DateField(_("council decision date"), null=True, blank=True)
    decision_number = models.CharField(_("council decision number"), max_length=60, blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    foreword = models.TextField(
        _("mayor's foreword"),
        blank=True,
        help_text=_("The mayor's foreword (sunuş) that opens the plan document."),
    )
    # Text parts, in the guide's order.
    preparation = models.TextField(
        _("preparation process"),
        blank=True,
        help_text=_(
            "Who owns the plan, how the planning team and the strategic planning board were "
            "set up, and the preparation programme with its stages and dates (SBB guide, "
            "part 2)."
        ),
    )
    history = models.TextField(
        _("institutional history"),
        blank=True,
        help_text=_("The main turning points of the institution, briefly (SBB guide, 3.A)."),
    )
    current_plan_review = models.TextField(
        _("evaluation of the current plan"),
        blank=True,
        help_text=_(
            "How far the goals and objectives of the plan now in force were reached, what "
            "went wrong and what is carried over (SBB guide, 3.B)."
        ),
    )
    internal_analysis = models.TextField(
        _("internal analysis"),
        blank=True,
        help_text=_(
            "Organisation, human resources, corporate culture, physical resources, technology "
            "and finances of the institution (SBB guide, 3.G)."
        ),
    )
    mission = models.TextField(
        _("mission"),
        blank=True,
        help_text=_("Why the institution exists: what it does, how and for whom (SBB guide, 4.A)."),
    )
    vision = models.TextField(
        _("vision"),
        blank=True,
        help_text=_("A short, inspiring picture of the desired future (SBB guide, 4.B)."),
    )
    core_values = models.TextField(
        _("core values"),
        blank=True,
        help_text=_("One value per line, e.g. Katılımcılık (SBB guide, 4.C)."),
    )
    monitoring = models.TextField(
        _("monitoring and evaluation"),
        blank=True,
        help_text=_(
            "Who monitors the indicators, how often reports are written (six-monthly "
            "monitoring, yearly evaluation) and how the plan is updated (SBB guide, part 7)."
        ),
    )
    general_admin_costs = models.JSONField(
        _("general administration costs per year (TL)"), default=list, blank=True
    )
    resources = models.JSONField(
        _("resources per year (TL)"),
        default=list,
        blank=True,
        help_text=_("The expected resources of each year; when given, the costs must match."),
    )
    created_by = user_reference()

    class Meta:
        ordering = ["-start_year", "-id"]
        verbose_name = _("strategic plan")
        verbose_name_plural = _("strategic plans")

    def __str__(self) -> str:
        return self.display_title

    @property
    def end_year(self) -> int:
        return self.start_year + PLAN_YEARS - 1

    @property
    def years(self) -> list[int]:
        return list(range(self.start_year, self.start_year + PLAN_YEARS))

    @property
    def period(self) -> str:
        return f"{self.start_year}–{self.end_year}"

    @property
    def display_title(self) -> str:
        return self.title or f"{self.institution.name} {self.period} Stratejik Planı"

    @property
    def is_editable(self) -> bool:
        return self.status == PlanStatus.DRAFT

    values_list = LinesOf("core_values")


class Ordered(models.Model):
    position = models.PositiveIntegerField(default=0)

    class Meta:
        abstract = True
        ordering = ["position", "id"]


class LegislationItem(Ordered):
    """A row of the legislation table (Mevzuat Analizi)."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="legislation")
    obligation = models.TextField(_("legal duty"))
    basis = models.CharField(_("basis"), max_length=255)
    finding = models.TextField(_("finding"), blank=True)
    need = models.TextField(_("what should be done"), blank=True)

    class Meta(Ordered.Meta):
        verbose_name = _("legislation row")

    def __str__(self) -> str:
        return self.basis


class PolicyDocument(Ordered):
    """A row of the upper policy documents table (Üst Politika Belgeleri)."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="policy_documents")
    document = models.CharField(_("document"), max_length=255)
    section = models.CharField(_("part or article"), max_length=255, blank=True)
    duty = models.TextField(_("duty or need it gives"))

    class Meta(Ordered.Meta):
        verbose_name = _("upper policy document")

    def __str__(self) -> str:
        return self.document


class ActivityArea(Ordered):
    """An activity area and its products and services, one per line."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="activity_areas")
    name = models.CharField(_("activity area"), max_length=255)
    services = models.TextField(_("products and services"), help_text=_("One per line."))

    class Meta(Ordered.Meta):
        verbose_name = _("activity area")

    def __str__(self) -> str:
        return self.name

    service_list = LinesOf("services")


class StakeholderPriority(models.TextChoices):
    # The four quadrants of the guide's influence/importance matrix.
    WORK_TOGETHER = "together", _("work together")
    INVOLVE = "involve", _("involve in the work")
    INFORM = "inform", _("keep informed")
    WATCH = "watch", _("watch")


#: A score of 1–5 from this value up counts as strong.
STRONG_SCORE = 3


class Stakeholder(Ordered):
    """A stakeholder of the plan, preferably a registry institution, scored
    1–5 for influence (how strongly it can shape the institution's work) and
    importance (how strongly that work concerns it)."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="stakeholders")
    institution = optional_reference(
        Institution, on_delete=models.PROTECT, related_name="+", verbose_name=_("institution")
    )
    name = models.CharField(
        _("name"), max_length=255, blank=True, help_text=_("Only when it is not in the registry.")
    )
    internal = models.BooleanField(_("internal stakeholder"), default=False)
    influence = models.PositiveSmallIntegerField(
        _("influence (1–5)"), default=3, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    importance = models.PositiveSmallIntegerField(
        _("importance (1–5)"), default=3, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    services = models.TextField(
        _("products and services it concerns"),
        blank=True,
        help_text=_("Names of products and services, one per line, as written in the table."),
    )

    class Meta(Ordered.Meta):
        verbose_name = _("stakeholder")

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        if self.institution_id is not None and self.institution is not None:
            return self.institution.name
        return self.name

    @property
    def priority(self) -> str:
        strong_influence = self.influence >= STRONG_SCORE
        strong_importance = self.importance >= STRONG_SCORE
        if strong_influence and strong_importance:
            return StakeholderPriority.WORK_TOGETHER
        if strong_importance:
            return StakeholderPriority.INVOLVE
        if strong_influence:
            return StakeholderPriority.INFORM
        return StakeholderPriority.WATCH

    @property
    def priority_label(self) -> str:
        return str(StakeholderPriority(self.priority).label)

    service_list = LinesOf("services")


class PestleCategory(models.TextChoices):
    POLITICAL = "political", _("political")
    ECONOMIC = "economic", _("economic")
    SOCIAL = "social", _("social")
    TECHNOLOGICAL = "technological", _("technological")
    LEGAL = "legal", _("legal")
    ENVIRONMENTAL = "environmental", _("environmental")


class Effect(models.TextChoices):
    OPPORTUNITY = "opportunity", _("opportunity")
    THREAT = "threat", _("threat")


class PestleItem(Ordered):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="pestle")
    category = models.CharField(_("category"), max_length=15, choices=PestleCategory.choices)
    factor = models.TextField(_("factor"))
    effect = models.CharField(
        _("opportunity or threat"), max_length=12, choices=Effect.choices, blank=True
    )
    action = models.TextField(_("what should be done"), blank=True)

    class Meta(Ordered.Meta):
        verbose_name = _("PESTLE factor")

    def __str__(self) -> str:
        return self.factor[:60]


class SwotKind(models.TextChoices):
    STRENGTH = "strength", _("strength")
    WEAKNESS = "weakness", _("weakness")
    OPPORTUNITY = "opportunity", _("opportunity")
    THREAT = "threat", _("threat")


class SwotItem(Ordered):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="swot")
    kind = models.CharField(_("kind"), max_length=12, choices=SwotKind.choices)
    text = models.TextField(_("text"))

    class Meta(Ordered.Meta):
        verbose_name = _("SWOT item")

    def __str__(self) -> str:
        return self.text[:60]


class Finding(Ordered):
    """A row of "Tespitler ve İhtiyaçlar": what the analysis found and what it
    calls for."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="findings")
    area = models.CharField(_("area"), max_length=255)
    finding = models.TextField(_("finding or problem"))
    need = models.TextField(_("need"))

    class Meta(Ordered.Meta):
        verbose_name = _("finding and need")

    def __str__(self) -> str:
        return self.area


class Goal(Ordered):
    """An amaç: numbered A1, A2 … by its position."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="goals")
    title = models.CharField(_("goal"), max_length=500)

    class Meta(Ordered.Meta):
        verbose_name = _("goal")
        verbose_name_plural = _("goals")

    def __str__(self) -> str:
        return f"{self.number} {self.title}"

    @property
    def number(self) -> str:
        return f"A{self.position}"


class Objective(Linked, Ordered):
    """A hedef: numbered H<goal>.<n>; with its card's contents."""

    DETAIL_URL = "plans:objective_edit"

    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="objectives")
    title = models.CharField(_("objective"), max_length=500)
    responsible_unit = optional_reference(
        Institution, on_delete=models.PROTECT, related_name="+", verbose_name=_("responsible unit")
    )
    cooperating_units = models.ManyToManyField(
        Institution, blank=True, related_name="+", verbose_name=_("cooperating units")
    )
    risks = models.TextField(_("risks"), blank=True, help_text=_("One per line."))
    controls = models.TextField(
        _("control activities"),
        blank=True,
        help_text=_("What is done to keep each risk in check; one per line."),
    )
    strategies = models.TextField(_("strategies"), blank=True, help_text=_("One per line."))
    activities = models.TextField(
        _("activities and projects"), blank=True, help_text=_("One per line.")
    )
    findings = models.TextField(_("findings"), blank=True, help_text=_("One per line."))
    needs = models.TextField(_("needs"), blank=True, help_text=_("One per line."))
    # Five yearly cost estimates in TL (whole lira), the first year first.
    costs = models.JSONField(_("cost estimate per year (TL)"), default=list, blank=True)
    clusters = models.ManyToManyField(
        "proposals.ProposalCluster",
        blank=True,
        related_name="plan_objectives",
        verbose_name=_("proposal clusters it answers"),
    )
    proposals = models.ManyToManyField(
        "proposals.Proposal",
        blank=True,
        related_name="plan_objectives",
        verbose_name=_("proposals it answers"),
    )
    topics = models.ManyToManyField(
        "meetings.MeetingTopic",
        blank=True,
        related_name="plan_objectives",
        verbose_name=_("meeting topics it answers"),
    )

    class Meta(Ordered.Meta):
        verbose_name = _("objective")
        verbose_name_plural = _("objectives")

    def __str__(self) -> str:
        return f"{self.number} {self.title}"

    @property
    def number(self) -> str:
        return f"H{self.goal.position}.{self.position}"

    @property
    def total_cost(self) -> int:
        return sum(int(c or 0) for c in self.costs)

    lines = staticmethod(lines)


class Direction(models.TextChoices):
    INCREASE = "increase", _("increase")
    DECREASE = "decrease", _("decrease")
    KEEP = "keep", _("keep the level")


class TargetType(models.TextChoices):
    # Whether each year's target counts from the plan's start (cumulative)
    # or stands for that year alone; monitoring computes achievement from it.
    CUMULATIVE = "cumulative", _("cumulative")
    YEARLY = "yearly", _("yearly")


class KeepRule(models.TextChoices):
    # How a "keep the level" indicator is judged, so that doing better than
    # the level never counts as a miss.
    AT_LEAST = "at_least", _("at least the level")
    AT_MOST = "at_most", _("at most the level")
    BAND = "band", _("within a band")


class Accumulation(models.TextChoices):
    # How the values of a year's periods make the year's figure.
    LAST = "last", _("last period's value")
    SUM = "sum", _("sum of the periods")
    AVERAGE = "average", _("average of the periods")


class Frequency(models.TextChoices):
    MONTHLY = "monthly", _("monthly")
    QUARTERLY = "quarterly", _("quarterly")
    SIX_MONTHLY = "six_monthly", _("six-monthly")
    YEARLY = "yearly", _("yearly")


class Indicator(Ordered):
    """A performance indicator: numbered PG<goal>.<objective>.<n>."""

    objective = models.ForeignKey(Objective, on_delete=models.CASCADE, related_name="indicators")
    name = models.CharField(_("indicator"), max_length=500)
    unit = models.CharField(_("unit"), max_length=60, blank=True, help_text=_("e.g. %, km, adet"))
    direction = models.CharField(
        _("direction"), max_length=10, choices=Direction.choices, default=Direction.INCREASE
    )
    weight = percentage(_("weight in the objective (%)"), default=0)
    baseline = models.DecimalField(
        _("baseline"), max_digits=18, decimal_places=4, null=True, blank=True
    )
    # One target per plan year, the first year first; numbers or None.
    targets = models.JSONField(_("targets per year"), default=list, blank=True)
    target_type = models.CharField(
        _("target type"), max_length=10, choices=TargetType.choices, default=TargetType.CUMULATIVE
    )
    monitoring_frequency = models.CharField(
        _("monitoring frequency"),
        max_length=12,
        choices=Frequency.choices,
        default=Frequency.SIX_MONTHLY,
    )
    reporting_frequency = models.CharField(
        _("reporting frequency"),
        max_length=12,
        choices=Frequency.choices,
        default=Frequency.SIX_MONTHLY,
    )
    source = models.CharField(_("source of data"), max_length=255, blank=True)
    note = models.TextField(_("explanation"), blank=True)
    definition = models.TextField(
        _("definition"), blank=True, help_text=_("What the indicator measures, in plain words.")
    )
    calculation = models.TextField(
        _("calculation method"),
        blank=True,
        help_text=_("How the value is computed from the data, e.g. a formula."),
    )
    accumulation = models.CharField(
        _("how the periods make the year"),
        max_length=8,
        choices=Accumulation.choices,
        default=Accumulation.LAST,
    )
    keep_rule = models.CharField(
        _("rule for keeping the level"),
        max_length=8,
        choices=KeepRule.choices,
        default=KeepRule.AT_LEAST,
    )
    band_low = models.DecimalField(
        _("band from"), max_digits=18, decimal_places=4, null=True, blank=True
    )
    band_high = models.DecimalField(
        _("band to"), max_digits=18, decimal_places=4, null=True, blank=True
    )

    class Meta(Ordered.Meta):
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self) -> str:
        return f"{self.number} {self.name}"

    @property
    def number(self) -> str:
        objective = self.objective
        return f"PG{objective.goal.position}.{objective.position}.{self.position}"

    def target_for(self, year_index: int) -> Decimal | None:
        """The target of the plan's ``year_index``-th year (0-based)."""
        if year_index >= len(self.targets) or self.targets[year_index] in (None, ""):
            return None
        return Decimal(str(self.targets[year_index]))

    @property
    def final_target(self) -> Decimal | None:
        return self.target_for(PLAN_YEARS - 1)


class PlanComment(models.Model):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="comments")
    part = models.CharField(_("part"), max_length=40, blank=True)
    objective = optional_reference(Objective, on_delete=models.CASCADE, related_name="comments")
    user = user_reference()
    text = models.TextField(_("comment"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("comment")

    def __str__(self) -> str:
        return self.text[:60]


class ChangeAction(models.TextChoices):
    CREATED = "created", _("plan created")
    ADDED = "added", _("added")
    CHANGED = "changed", _("changed")
    MOVED = "moved", _("moved")
    DELETED = "deleted", _("deleted")
    STATUS = "status", _("status changed")
    ACCEPTED = "accepted", _("proposals taken into the plan")


class PartChange(ChangeRecord):
    """A change of a plan or of what hangs off it, naming the part it
    changed (``target``); concrete records add the ``plan`` they belong to.
    Shown newest first."""

    target = models.CharField(max_length=255, blank=True)

    OWNER = "plan"

    class Meta(ChangeRecord.Meta):
        abstract = True
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.plan_id} {self.action} {self.target}"  # type: ignore[attr-defined]


class PlanChange(PartChange):
    """Who changed what: one row per saved change."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="changes")
    action = models.CharField(max_length=20, choices=ChangeAction.choices)

    # A change names the fields of the part it changed (the plan, a goal,
    # an objective, an indicator), which the record does not keep.
    HISTORY_MODELS = ("plans.Plan", "plans.Goal", "plans.Objective", "plans.Indicator")

    class Meta(PartChange.Meta):
        verbose_name = _("plan change")


class PlanVersion(models.Model):
    """The whole plan frozen as JSON (the API's tree) at one moment."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    status = models.CharField(max_length=10, choices=PlanStatus.choices)
    label = models.CharField(_("label"), max_length=255, blank=True)
    data = models.JSONField()
    created_by = user_reference()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-number"]
        verbose_name = _("plan version")
        constraints = [
            models.UniqueConstraint(fields=["plan", "number"], name="unique_plan_version")
        ]

    def __str__(self) -> str:
        return f"v{self.number} {self.label}"
