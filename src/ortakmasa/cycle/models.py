"""The plan's yearly cycle (docs/legal-basis.md gives the rules and where
they come from):

* a performance programme (performans programı) per year, adopted by the
  council before the budget: the year's targets come from the plan, its
  activities and projects carry their costs by the analytical budget
  classification (institutional, functional, financing, economic codes);
* an activity report (faaliyet raporu) per closed year, presented to the
  council's April meeting;
* the Strategy Development Board's meetings (Strateji Geliştirme Kurulu),
  at which monitoring and evaluation reports are approved and then issued
  as frozen, versioned files;
* the units' written evaluation of each objective for a year;
* plan updates (güncelleme) from the plan's second year, each with its
  reason, approval and the plan before and after.
"""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from ortakmasa.kernel.models import optional_reference, user_reference
from ortakmasa.lib.text import LinesOf
from ortakmasa.plans.models import Objective, Ordered, PartChange, Plan
from ortakmasa.registry.models import Institution


class YearlyDocument(models.Model):
    """A plan's document for one year that the council takes up: the
    performance programme or the activity report."""

    year = models.PositiveSmallIntegerField(_("year"))
    decision_number = models.CharField(_("council decision number"), max_length=60, blank=True)
    foreword = models.TextField(_("mayor's foreword"), blank=True)
    created_by = user_reference()
    updated_at = models.DateTimeField(auto_now=True)

    #: Its name after the year: "2025 Yılı Performans Programı".
    TITLE: ClassVar[str]
    #: What a user edits of every such document; each adds its own parts.
    EDITABLE: ClassVar[tuple[str, ...]] = ("year", "council_date", "decision_number")

    class Meta:
        abstract = True
        ordering = ["plan_id", "year"]

    def __str__(self) -> str:
        return f"{self.year} Yılı {self.TITLE}"


class PerformanceProgramme(YearlyDocument):
    TITLE = "Performans Programı"

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="programmes")
    council_date = models.DateField(_("council adoption date"), null=True, blank=True)
    budget_date = models.DateField(_("budget adoption date"), null=True, blank=True)
    general_admin_cost = models.DecimalField(
        _("general administration costs (TL)"), default=Decimal(0), max_digits=16, decimal_places=2
    )

    #: What a user edits, on the page and in the API alike.
    EDITABLE = (*YearlyDocument.EDITABLE, "budget_date", "general_admin_cost", "foreword")

    class Meta(YearlyDocument.Meta):
        verbose_name = _("performance programme")
        constraints = [
            models.UniqueConstraint(fields=["plan", "year"], name="unique_programme_year")
        ]

    @property
    def activities_cost(self) -> Decimal:
        return sum((a.cost for a in self.activities.all()), Decimal(0))

    @property
    def total_cost(self) -> Decimal:
        return self.activities_cost + self.general_admin_cost

    @property
    def date_warning(self) -> str:
        """Why the dates are out of order, or ''."""
        if self.council_date and self.budget_date and self.council_date > self.budget_date:
            return str(_("The programme was adopted after the budget; it must come before it."))
        if self.council_date and self.council_date.year >= self.year + 1:
            return str(_("The programme was adopted after the year it is for had begun."))
        return ""


class ProgrammeActivity(Ordered):
    """An activity or project of the programme with its cost by the
    analytical budget classification."""

    programme = models.ForeignKey(
        PerformanceProgramme, on_delete=models.CASCADE, related_name="activities"
    )
    objective = models.ForeignKey(
        Objective, on_delete=models.CASCADE, related_name="programme_activities"
    )
    name = models.CharField(_("activity or project"), max_length=500)
    responsible_unit = optional_reference(Institution, on_delete=models.PROTECT, related_name="+")
    institutional_code = models.CharField(_("institutional code"), max_length=40, blank=True)
    functional_code = models.CharField(_("functional code"), max_length=40, blank=True)
    financing_code = models.CharField(_("financing code"), max_length=10, blank=True)
    economic_code = models.CharField(_("economic code"), max_length=40, blank=True)
    cost = models.DecimalField(
        _("estimated cost (TL)"), default=Decimal(0), max_digits=16, decimal_places=2
    )
    spent = models.DecimalField(
        _("spent (TL)"), null=True, blank=True, max_digits=16, decimal_places=2
    )
    done = models.BooleanField(_("done"), default=False)
    note = models.TextField(_("note"), blank=True)

    #: What the programme's author enters; spending follows with the report.
    EDITABLE = (
        "objective",
        "name",
        "responsible_unit",
        "institutional_code",
        "functional_code",
        "financing_code",
        "economic_code",
        "cost",
    )

    class Meta(Ordered.Meta):
        verbose_name = _("programme activity")

    def __str__(self) -> str:
        return self.name


class ResourceSource(models.TextChoices):
    BUDGET = "budget", _("own budget")
    PUBLIC = "public", _("other public sources")
    EXTERNAL = "external", _("external funds (EU and other)")
    OTHER = "other", _("other")


class ProgrammeResource(models.Model):
    programme = models.ForeignKey(
        PerformanceProgramme, on_delete=models.CASCADE, related_name="resources"
    )
    source = models.CharField(_("source"), max_length=10, choices=ResourceSource.choices)
    amount = models.DecimalField(
        _("amount (TL)"), default=Decimal(0), max_digits=16, decimal_places=2
    )

    class Meta:
        ordering = ["id"]
        verbose_name = _("programme resource")

    def __str__(self) -> str:
        return f"{self.source}: {self.amount}"


class ActivityReport(YearlyDocument):
    TITLE = "Faaliyet Raporu"

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="activity_reports")
    council_date = models.DateField(_("presented to the council on"), null=True, blank=True)
    general_information = models.TextField(_("general information"), blank=True)
    deviations = models.TextField(
        _("reasons for deviations"),
        blank=True,
        help_text=_(
            "Why results differ from the targets and spending from the estimate, beyond the "
            "explanations given with each value."
        ),
    )
    assessment = models.TextField(_("assessment"), blank=True)

    #: What a user edits, on the page and in the API alike.
    EDITABLE = (
        *YearlyDocument.EDITABLE,
        "foreword",
        "general_information",
        "deviations",
        "assessment",
    )

    class Meta(YearlyDocument.Meta):
        verbose_name = _("activity report")
        constraints = [
            models.UniqueConstraint(fields=["plan", "year"], name="unique_activity_report_year")
        ]

    @property
    def date_warning(self) -> str:
        if self.council_date and (
            self.council_date.year != self.year + 1 or self.council_date.month != 4
        ):
            return str(_("The activity report is presented at the council's April meeting."))
        return ""


class BoardMeeting(models.Model):
    """A meeting of the Strategy Development Board (Strateji Geliştirme Kurulu)."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="board_meetings")
    date = models.DateField(_("date"))
    members = models.TextField(_("members present"), help_text=_("One per line."))
    decision_number = models.CharField(_("decision number"), max_length=60)
    note = models.TextField(_("note"), blank=True)
    created_by = user_reference()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-date", "-id"]
        verbose_name = _("strategy development board meeting")

    def __str__(self) -> str:
        return f"{self.date:%d.%m.%Y} / {self.decision_number}"

    member_list = LinesOf("members")


class ReportKind(models.TextChoices):
    MONITORING = "monitoring", _("monitoring report")
    EVALUATION = "evaluation", _("evaluation report")


def issued_path(instance: IssuedReport, filename: str) -> str:
    return f"issued/{instance.plan_id}/{filename}"


class IssuedReport(models.Model):
    """A monitoring or evaluation report as approved by the board: the
    files are frozen when issued and never rewritten; a correction is a new
    version."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="issued_reports")
    kind = models.CharField(_("kind"), max_length=10, choices=ReportKind.choices)
    year = models.PositiveSmallIntegerField(_("year"))
    half = models.PositiveSmallIntegerField(
        _("half"), default=0, validators=[MinValueValidator(0), MaxValueValidator(2)]
    )
    version = models.PositiveSmallIntegerField(_("version"), default=1)
    meeting = models.ForeignKey(
        BoardMeeting, on_delete=models.PROTECT, related_name="reports", verbose_name=_("meeting")
    )
    docx = models.FileField(upload_to=issued_path)
    pdf = models.FileField(upload_to=issued_path)
    sha256 = models.CharField(max_length=64)
    issued_by = user_reference()
    issued_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["plan_id", "-year", "-half", "kind", "-version"]
        verbose_name = _("issued report")
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "kind", "year", "half", "version"], name="unique_issued_version"
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} (v{self.version})"

    @property
    def title(self) -> str:
        if self.kind == ReportKind.MONITORING:
            return f"{self.year} Yılı {self.half}. Altı Aylık İzleme Raporu"
        return f"{self.year} Yılı Değerlendirme Raporu"


class ObjectiveEvaluation(models.Model):
    """The responsible unit's written evaluation of an objective for a
    year, under the five questions of the evaluation report."""

    objective = models.ForeignKey(Objective, on_delete=models.CASCADE, related_name="evaluations")
    year = models.PositiveSmallIntegerField(_("year"))
    relevance = models.TextField(_("relevance"), blank=True)
    effectiveness = models.TextField(_("effectiveness"), blank=True)
    efficiency = models.TextField(_("efficiency"), blank=True)
    impact = models.TextField(_("impact"), blank=True)
    sustainability = models.TextField(_("sustainability"), blank=True)
    written_by = user_reference()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["objective_id", "year"]
        verbose_name = _("objective evaluation")
        constraints = [
            models.UniqueConstraint(
                fields=["objective", "year"], name="unique_objective_evaluation"
            )
        ]

    def __str__(self) -> str:
        return f"{self.objective_id} {self.year}"


class PlanUpdate(models.Model):
    """An update (güncelleme) of the remaining years' targets, indicators
    or objectives: the plan as it was (``before``) and as updated
    (``after``), both as the plan tree."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="updates")
    year = models.PositiveSmallIntegerField(_("applies from year"))
    reason = models.TextField(_("reason"))
    approval_date = models.DateField(_("approval date"))
    decision_number = models.CharField(_("decision number"), max_length=60)
    changes = models.JSONField(default=list)
    before = models.JSONField(default=dict)
    after = models.JSONField(default=dict)
    #: The plan's versions (plans.PlanVersion numbers) frozen just before
    #: and after the update, so the plan as published stays readable and
    #: the versions page compares them.
    version_before = models.PositiveIntegerField(null=True, blank=True)
    version_after = models.PositiveIntegerField(null=True, blank=True)
    created_by = user_reference()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["plan_id", "year", "id"]
        verbose_name = _("plan update")

    def __str__(self) -> str:
        return f"{self.plan_id} güncelleme {self.year}"


class CycleAction(models.TextChoices):
    CREATED = "created", _("created")
    CHANGED = "changed", _("changed")
    DELETED = "deleted", _("deleted")


class CycleChange(PartChange):
    """One saved change of a programme or an activity report, or of one of
    a programme's rows (an activity or project, a resource)."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="cycle_changes")
    programme = optional_reference(
        PerformanceProgramme, on_delete=models.CASCADE, related_name="changes"
    )
    report = optional_reference(ActivityReport, on_delete=models.CASCADE, related_name="changes")
    action = models.CharField(max_length=10, choices=CycleAction.choices)

    HISTORY_MODELS = (
        "cycle.PerformanceProgramme",
        "cycle.ActivityReport",
        "cycle.ProgrammeActivity",
        "cycle.ProgrammeResource",
    )

    class Meta(PartChange.Meta):
        verbose_name = _("change of the yearly cycle")
