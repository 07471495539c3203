"""Forms of the plan pages."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from django import forms
from django.db.models import Q, QuerySet
from django.forms import BaseModelFormSet, modelformset_factory
from django.utils.translation import gettext_lazy as _

from ortakmasa.kernel.policy import allowed, scope_q
from ortakmasa.kernel.widgets import DATE
from ortakmasa.meetings.models import MeetingTopic, ReviewStatus
from ortakmasa.plans import models as m
from ortakmasa.proposals.models import ProposalCluster
from ortakmasa.registry.models import Institution

TEXTAREA = forms.Textarea(attrs={"rows": 4})
SHORT = forms.Textarea(attrs={"rows": 2})


def units_of(plan: m.Plan) -> QuerySet[Institution]:
    """The plan institution and its departments, directorates and units."""
    root = plan.institution.root_id or plan.institution.pk
    return Institution.objects.filter(Q(pk=root) | Q(root_id=root)).order_by("sort_key")


def partners_of(plan: m.Plan) -> QuerySet[Institution]:
    """Its own units and the top-level institutions of its province."""
    root = plan.institution.root_id or plan.institution.pk
    q = Q(pk=root) | Q(root_id=root)
    if plan.institution.province_id:
        q |= Q(province_id=plan.institution.province_id, parent__isnull=True)
    return Institution.objects.filter(q).order_by("sort_key")


class YearValuesField(forms.CharField):
    """Five amounts, one per plan year, separated by semicolons or line
    breaks (dots may group thousands: 1.500.000)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        kwargs.setdefault(
            "help_text", _("Five amounts in TL, one per year, separated by semicolons.")
        )
        super().__init__(**kwargs)

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, list):
            return "; ".join(str(v) for v in value)
        return value

    def clean(self, value: Any) -> list[int]:
        text = super().clean(value) or ""
        parts = [p.strip() for p in text.replace("\n", ";").split(";") if p.strip()]
        if not parts:
            return []
        if len(parts) != m.PLAN_YEARS:
            raise forms.ValidationError(_("Give exactly five amounts, one for each year."))
        amounts = []
        for part in parts:
            digits = part.replace(".", "").replace(" ", "")
            if not (digits.isascii() and digits.isdigit() and len(digits) <= 15):
                raise forms.ValidationError(
                    _("“%(value)s” is not an amount in whole lira.") % {"value": part}
                )
            amounts.append(int(digits))
        return amounts


class PlanCreateForm(forms.ModelForm[m.Plan]):
    class Meta:
        model = m.Plan
        fields = ["institution", "start_year", "title"]

    def __init__(self, *args: Any, user: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        qs = Institution.objects.filter(
            parent__isnull=True,
            kind__in=[
                "metropolitan_municipality",
                "provincial_municipality",
                "district_municipality",
            ],
        )
        if not allowed(user, "act_for_any_institution"):
            home = getattr(user, "institution", None)
            qs = qs.filter(scope_q(user)).filter(
                pk=getattr(home, "root_id", None) or getattr(home, "pk", None)
            )
        self.fields["institution"].queryset = qs.order_by("sort_key")  # type: ignore[attr-defined]
        self.fields["start_year"].help_text = _(
            "The plan covers five years from this one, e.g. 2025–2029."
        )
        self.fields["title"].help_text = _(
            "Leave empty for “<institution> <period> Stratejik Planı”."
        )


class PlanTextForm(forms.ModelForm[m.Plan]):
    general_admin_costs = YearValuesField(label=_("general administration costs per year (TL)"))
    resources = YearValuesField(label=_("resources per year (TL)"))

    class Meta:
        model = m.Plan
        fields = [
            "title",
            "foreword",
            "preparation",
            "history",
            "current_plan_review",
            "internal_analysis",
            "mission",
            "vision",
            "core_values",
            "monitoring",
            "general_admin_costs",
            "resources",
        ]
        widgets = {
            "foreword": TEXTAREA,
            "preparation": TEXTAREA,
            "history": TEXTAREA,
            "current_plan_review": TEXTAREA,
            "internal_analysis": TEXTAREA,
            "mission": SHORT,
            "vision": SHORT,
            "core_values": SHORT,
            "monitoring": TEXTAREA,
        }


class GoalForm(forms.ModelForm[m.Goal]):
    class Meta:
        model = m.Goal
        fields = ["title"]


class ObjectiveForm(forms.ModelForm[m.Objective]):
    """The objective card (hedef kartı)."""

    class Meta:
        model = m.Objective
        fields = [
            "title",
            "responsible_unit",
            "cooperating_units",
            "risks",
            "controls",
            "strategies",
            "activities",
            "findings",
            "needs",
            "clusters",
            "topics",
        ]
        widgets = {
            "risks": SHORT,
            "controls": SHORT,
            "strategies": SHORT,
            "activities": SHORT,
            "findings": SHORT,
            "needs": SHORT,
            "cooperating_units": forms.SelectMultiple(attrs={"size": 8}),
            "clusters": forms.SelectMultiple(attrs={"size": 8}),
            "topics": forms.SelectMultiple(attrs={"size": 8}),
        }

    def __init__(self, *args: Any, plan: m.Plan, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.plan = plan
        self.fields["responsible_unit"].queryset = units_of(plan)  # type: ignore[attr-defined]
        self.fields["cooperating_units"].queryset = partners_of(plan)  # type: ignore[attr-defined]
        clusters = ProposalCluster.objects.filter(province_id=plan.institution.province_id or 0)
        self.fields["clusters"].queryset = clusters.order_by(  # type: ignore[attr-defined]
            "-district_count", "label"
        )
        inst = plan.institution
        self.fields["topics"].queryset = (  # type: ignore[attr-defined]
            MeetingTopic.objects.exclude(meeting__review_status=ReviewStatus.DRAFT)
            .filter(
                Q(meeting__host=inst) | Q(meeting__guests=inst) | Q(meeting__campaign__owner=inst)
            )
            .select_related("theme", "meeting")
            .distinct()
            .order_by("-meeting__date", "rank")
        )
        self.fields["topics"].label_from_instance = (  # type: ignore[attr-defined]
            lambda t: f"{t.meeting.title[:60]} — {t.label or t.theme.name}"
        )
        self.fields["clusters"].label_from_instance = (  # type: ignore[attr-defined]
            lambda c: f"{c.label[:90]} ({c.district_count})"
        )
        for year_index, year in enumerate(plan.years):
            initial = (
                self.instance.costs[year_index] if year_index < len(self.instance.costs) else None
            )
            self.fields[f"cost_{year_index}"] = forms.IntegerField(
                label=_("cost %(year)s (TL)") % {"year": year},
                min_value=0,
                required=False,
                initial=initial,
            )

    def save(self, commit: bool = True) -> m.Objective:
        self.instance.costs = [self.cleaned_data.get(f"cost_{i}") for i in range(m.PLAN_YEARS)]
        if all(c is None for c in self.instance.costs):
            self.instance.costs = []
        return super().save(commit)


class IndicatorForm(forms.ModelForm[m.Indicator]):
    def clean_accumulation(self) -> str:
        return str(self.cleaned_data.get("accumulation") or m.Accumulation.LAST)

    def clean_keep_rule(self) -> str:
        return str(self.cleaned_data.get("keep_rule") or m.KeepRule.AT_LEAST)

    class Meta:
        model = m.Indicator
        fields = [
            "name",
            "unit",
            "direction",
            "weight",
            "baseline",
            "target_type",
            "monitoring_frequency",
            "reporting_frequency",
            "source",
            "note",
            "definition",
            "calculation",
            "accumulation",
            "keep_rule",
            "band_low",
            "band_high",
        ]
        widgets = {"note": SHORT, "definition": SHORT, "calculation": SHORT}

    def __init__(self, *args: Any, plan: m.Plan, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Older forms and scripts do not send these: keep the defaults.
        self.fields["accumulation"].required = False
        self.fields["keep_rule"].required = False
        for year_index, year in enumerate(plan.years):
            targets = self.instance.targets
            initial = targets[year_index] if year_index < len(targets) else None
            self.fields[f"target_{year_index}"] = forms.DecimalField(
                label=_("target %(year)s") % {"year": year},
                required=False,
                max_digits=18,
                decimal_places=4,
                initial=initial,
            )

    def save(self, commit: bool = True) -> m.Indicator:
        targets: list[Any] = []
        for i in range(m.PLAN_YEARS):
            value = self.cleaned_data.get(f"target_{i}")
            targets.append(_json_number(value))
        self.instance.targets = targets if any(t is not None for t in targets) else []
        return super().save(commit)


def _json_number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    try:
        return int(value) if value == value.to_integral() else float(value)
    except (InvalidOperation, ValueError):
        return None


class StakeholderForm(forms.ModelForm[m.Stakeholder]):
    class Meta:
        model = m.Stakeholder
        fields = ["institution", "name", "internal", "influence", "importance", "services"]
        widgets = {"services": SHORT}

    def __init__(self, *args: Any, plan: m.Plan | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if plan is not None:
            self.fields["institution"].queryset = partners_of(plan)  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("institution") and not (data.get("name") or "").strip():
            if not data.get("DELETE"):
                raise forms.ValidationError(
                    _("Choose an institution from the registry or write the stakeholder's name.")
                )
        return data


#: The tables of the situation analysis: kind → (model, fields, title).
TABLES: dict[str, tuple[type[Any], list[str], Any]] = {
    "legislation": (
        m.LegislationItem,
        ["obligation", "basis", "finding", "need"],
        _("Legislation analysis"),
    ),
    "policy": (m.PolicyDocument, ["document", "section", "duty"], _("Upper policy documents")),
    "areas": (m.ActivityArea, ["name", "services"], _("Activity areas, products and services")),
    "stakeholders": (
        m.Stakeholder,
        ["institution", "name", "internal", "influence", "importance", "services"],
        _("Stakeholder analysis"),
    ),
    "pestle": (m.PestleItem, ["category", "factor", "effect", "action"], _("PESTLE analysis")),
    "swot": (m.SwotItem, ["kind", "text"], _("SWOT analysis")),
    "findings": (m.Finding, ["area", "finding", "need"], _("Findings and needs")),
}


def table_formset(kind: str, plan: m.Plan, data: Any = None) -> BaseModelFormSet[Any, Any]:
    model, fields, _title = TABLES[kind]
    text_fields = {
        f.name
        for f in model._meta.get_fields()
        if f.name in fields and f.get_internal_type() == "TextField"
    }
    form_class = StakeholderForm if kind == "stakeholders" else forms.ModelForm
    factory = modelformset_factory(
        model,
        form=form_class,
        fields=fields,
        extra=3,
        can_delete=True,
        widgets={name: SHORT for name in text_fields},
    )
    kwargs: dict[str, Any] = {
        "queryset": model.objects.filter(plan=plan).order_by("position", "id")
    }
    if kind == "stakeholders":
        kwargs["form_kwargs"] = {"plan": plan}
    return factory(data, prefix=kind, **kwargs)


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("new status"))
    approval_date = forms.DateField(
        label=_("council decision date"),
        required=False,
        widget=DATE,
    )
    decision_number = forms.CharField(label=_("council decision number"), required=False)
    note = forms.CharField(label=_("note"), required=False, widget=SHORT)

    def __init__(self, *args: Any, plan: m.Plan, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [  # type: ignore[attr-defined]
            (s, m.PlanStatus(s).label) for s in m.TRANSITIONS.get(plan.status, ())
        ]


class CommentForm(forms.ModelForm[m.PlanComment]):
    class Meta:
        model = m.PlanComment
        fields = ["text"]
        widgets = {"text": SHORT}


class VersionForm(forms.Form):
    label = forms.CharField(label=_("label"), max_length=255, required=False)
