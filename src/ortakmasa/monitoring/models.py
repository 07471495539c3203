"""Monitoring an approved plan: the values the responsible units enter for
each period, their evidence, the strategy office's decisions and every
change with who and when; the office's status thresholds per plan."""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from ortakmasa.kernel.files import EVIDENCE, AttachedFile, upload_path
from ortakmasa.kernel.history import ChangeRecord
from ortakmasa.kernel.models import percentage, status_field, user_reference
from ortakmasa.plans.models import Frequency, Indicator, Plan

#: The months a period of each frequency ends in.
PERIOD_END_MONTHS: dict[str, tuple[int, ...]] = {
    Frequency.MONTHLY: tuple(range(1, 13)),
    Frequency.QUARTERLY: (3, 6, 9, 12),
    Frequency.SIX_MONTHLY: (6, 12),
    Frequency.YEARLY: (12,),
}


def period_label(year: int, end_month: int, frequency: str) -> str:
    """Turkish period names, as in the reports: 2025/1. Yarı, 2025/3. Çeyrek …"""
    if frequency == Frequency.YEARLY:
        return str(year)
    if frequency == Frequency.SIX_MONTHLY:
        return f"{year}/{end_month // 6}. Yarı"
    if frequency == Frequency.QUARTERLY:
        return f"{year}/{end_month // 3}. Çeyrek"
    return f"{year}/{end_month:02d}"


class MonitoringSettings(models.Model):
    """The status bands the strategy office sets for a plan."""

    plan = models.OneToOneField(Plan, on_delete=models.CASCADE, related_name="monitoring_settings")
    achieved_at = percentage(_("achieved from (%)"), default=100, maximum=1000)
    acceptable_at = percentage(
        _("acceptable from (%)"),
        default=75,
        maximum=1000,
        help_text=_("Below this, a value needs an explanation of the deviation."),
    )
    updated_by = user_reference()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("monitoring settings")

    def __str__(self) -> str:
        return f"{self.plan_id}: {self.achieved_at}/{self.acceptable_at}"

    @property
    def thresholds(self) -> tuple[float, float]:
        return float(self.achieved_at), float(self.acceptable_at)


class ValueStatus(models.TextChoices):
    SUBMITTED = "submitted", _("waiting for approval")
    RETURNED = "returned", _("returned for correction")
    APPROVED = "approved", _("approved")


class IndicatorValue(models.Model):
    """The value of an indicator at the end of one period."""

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="values")
    year = models.PositiveSmallIntegerField(_("year"))
    end_month = models.PositiveSmallIntegerField(
        _("period ending in month"), validators=[MinValueValidator(1), MaxValueValidator(12)]
    )
    frequency = models.CharField(
        _("period"), max_length=12, choices=Frequency.choices, default=Frequency.SIX_MONTHLY
    )
    value = models.DecimalField(_("value"), max_digits=18, decimal_places=4)
    explanation = models.TextField(
        _("explanation"),
        blank=True,
        help_text=_("What was done in the period and, when the target is missed, why."),
    )
    status = status_field(ValueStatus.SUBMITTED, max_length=10)
    return_reason = models.TextField(_("reason for returning"), blank=True)
    entered_by = user_reference()
    entered_at = models.DateTimeField(auto_now_add=True)
    reviewed_by = user_reference()
    reviewed_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["indicator_id", "year", "end_month"]
        verbose_name = _("indicator value")
        verbose_name_plural = _("indicator values")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "year", "end_month"], name="unique_indicator_period"
            )
        ]
        indexes = [models.Index(fields=["status", "indicator"])]

    def __str__(self) -> str:
        return f"{self.indicator_id} {self.period}: {self.value}"

    @property
    def period(self) -> str:
        return period_label(self.year, self.end_month, self.frequency)


# Named in this app's first migrations; files follow kernel.files' one rule.
evidence_path = upload_path


class ValueEvidence(AttachedFile):
    value = models.ForeignKey(IndicatorValue, on_delete=models.CASCADE, related_name="evidence")

    ALLOWED = EVIDENCE
    FOLDER = "monitoring/{0.value.indicator_id}/{0.value_id}"

    class Meta(AttachedFile.Meta):
        # "Evidence" has no plural.
        verbose_name = verbose_name_plural = _("evidence")


class ValueAction(models.TextChoices):
    ENTERED = "entered", _("entered")
    CHANGED = "changed", _("changed")
    APPROVED = "approved", _("approved")
    RETURNED = "returned", _("returned")
    EVIDENCE = "evidence", _("evidence added")


class ValueEvent(ChangeRecord):
    """One change of a value: who, when, what (field → [old, new]), why."""

    value = models.ForeignKey(IndicatorValue, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(max_length=10, choices=ValueAction.choices)

    HISTORY_MODELS = ("monitoring.IndicatorValue",)
    OWNER = "value"

    class Meta(ChangeRecord.Meta):
        verbose_name = _("value change")


class FigureLevel(models.TextChoices):
    PLAN = "p", "plan"
    GOAL = "g", "goal"
    OBJECTIVE = "o", "objective"
    INDICATOR = "i", "indicator"


class YearlyFigure(models.Model):
    """A plan's computed achievement of one year (to its December), per
    indicator, objective, goal and for the whole plan, kept on write by
    ``monitoring.yearly`` so that trend charts need not compute every year
    of the plan on request. The status band is not stored: it depends on
    the office's thresholds and is decided on read."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField()
    level = models.CharField(max_length=1, choices=FigureLevel.choices)
    item = models.PositiveBigIntegerField()  # the goal's, objective's, indicator's or plan's id
    percent = models.FloatField(null=True)
    coverage = models.FloatField()
    complete = models.BooleanField()
    has_data = models.BooleanField()  # any approved value counted in the year
    # An indicator's row of the year as the pages show it (null elsewhere):
    # what it is measured from and against, the year's target, the year's
    # actual and the latest approved value's period and explanation. Kept
    # so that an uncached page reads the year instead of computing it.
    measured_from = models.FloatField(null=True)
    measured_against = models.FloatField(null=True)
    year_target = models.FloatField(null=True)
    actual = models.FloatField(null=True)
    period = models.CharField(max_length=24, blank=True, default="")
    explanation = models.TextField(blank=True, default="")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "level", "item", "year"], name="unique_yearly_figure"
            )
        ]

    def __str__(self) -> str:
        return f"{self.level}{self.item} {self.year}: {self.percent}"
