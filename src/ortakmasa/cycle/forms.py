from __future__ import annotations

from typing import Any

from django import forms
from django.forms import BaseInlineFormSet, inlineformset_factory, modelformset_factory
from django.utils.translation import gettext_lazy as _

from ortakmasa.cycle.models import (
    ActivityReport,
    BoardMeeting,
    ObjectiveEvaluation,
    PerformanceProgramme,
    ProgrammeActivity,
    ProgrammeResource,
    ReportKind,
)
from ortakmasa.kernel.widgets import DATE
from ortakmasa.plans.forms import units_of
from ortakmasa.plans.models import Objective, Plan

# One valid set of the budget classification codes of an activity: shown as
# the form's placeholders, and used by the samples that need a filled row.
EXAMPLE_CODES = {
    "institutional_code": "46.34.01.02",
    "functional_code": "04.5.1.00",
    "financing_code": "5",
    "economic_code": "06.1",
}


class MeetingForm(forms.Form):
    date = forms.DateField(label=_("Date"), widget=DATE)
    members = forms.CharField(
        label=_("Members present"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One per line."),
    )
    decision_number = forms.CharField(label=_("Decision number"), max_length=60)


class IssueForm(forms.Form):
    kind = forms.ChoiceField(label=_("Report"), choices=ReportKind.choices)
    year = forms.IntegerField(label=_("Year"))
    half = forms.ChoiceField(
        label=_("Half"),
        choices=[("0", "—"), ("1", _("first half")), ("2", _("second half"))],
        required=False,
    )
    meeting = forms.ModelChoiceField(
        label=_("Approved at the board meeting"), queryset=BoardMeeting.objects.none()
    )

    def __init__(self, *args: object, plan_pk: int, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        field = self.fields["meeting"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = BoardMeeting.objects.filter(plan_id=plan_pk)


class EvaluationForm(forms.ModelForm[ObjectiveEvaluation]):
    class Meta:
        model = ObjectiveEvaluation
        fields = ["relevance", "effectiveness", "efficiency", "impact", "sustainability"]
        widgets = {
            name: forms.Textarea(attrs={"rows": 3})
            for name in ["relevance", "effectiveness", "efficiency", "impact", "sustainability"]
        }


TEXT = forms.Textarea(attrs={"rows": 4})


def offer_free_years(form: forms.ModelForm[Any], plan: Plan) -> None:
    """A plan has one programme and one activity report a year: a new one
    offers the years of the period that have none yet; the year of one that
    exists is not changed."""
    if form.instance.pk:
        del form.fields["year"]
        return
    model = type(form.instance)
    taken = set(model._default_manager.filter(plan=plan).values_list("year", flat=True))
    form.fields["year"] = forms.TypedChoiceField(
        label=_("Year"),
        coerce=int,
        choices=[(y, str(y)) for y in plan.years if y not in taken],
    )


class ProgrammeForm(forms.ModelForm[PerformanceProgramme]):
    """A programme's own fields; the year only when it is created."""

    class Meta:
        model = PerformanceProgramme
        fields = list(PerformanceProgramme.EDITABLE)
        widgets = {"council_date": DATE, "budget_date": DATE, "foreword": TEXT}

    def __init__(self, *args: Any, plan: Plan, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.plan = plan
        offer_free_years(self, plan)
        self.fields["general_admin_cost"].help_text = _(
            "Costs that cannot be assigned to an objective (SBB guide's cost table)."
        )


class ActivityForm(forms.ModelForm[ProgrammeActivity]):
    class Meta:
        model = ProgrammeActivity
        fields = list(ProgrammeActivity.EDITABLE)

    def __init__(self, *args: Any, plan: Plan, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        objective = self.fields["objective"]
        assert isinstance(objective, forms.ModelChoiceField)
        objective.queryset = (
            Objective.objects.filter(goal__plan=plan)
            .select_related("goal")
            .order_by("goal__position", "position")
        )
        objective.label_from_instance = lambda o: f"{o.number} {o.title}"  # type: ignore[method-assign,assignment]
        unit = self.fields["responsible_unit"]
        assert isinstance(unit, forms.ModelChoiceField)
        unit.queryset = units_of(plan)
        unit.label = _("responsible unit")
        for name, example in EXAMPLE_CODES.items():
            self.fields[name].widget.attrs["placeholder"] = example


class ResourceForm(forms.ModelForm[ProgrammeResource]):
    class Meta:
        model = ProgrammeResource
        fields = ["source", "amount"]


class _PlanFormSet(BaseInlineFormSet):
    def __init__(self, *args: Any, plan: Plan, **kwargs: Any) -> None:
        self.plan = plan
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index: int | None) -> dict[str, Any]:
        kwargs: dict[str, Any] = super().get_form_kwargs(index)
        kwargs["plan"] = self.plan
        return kwargs


ActivityFormSet = inlineformset_factory(
    PerformanceProgramme,
    ProgrammeActivity,
    form=ActivityForm,
    formset=_PlanFormSet,
    extra=3,
    can_delete=True,
)
ResourceFormSet = inlineformset_factory(
    PerformanceProgramme, ProgrammeResource, form=ResourceForm, extra=2, can_delete=True
)


class ActivityReportForm(forms.ModelForm[ActivityReport]):
    class Meta:
        model = ActivityReport
        fields = list(ActivityReport.EDITABLE)
        widgets = {
            "council_date": DATE,
            "foreword": TEXT,
            "general_information": TEXT,
            "deviations": TEXT,
            "assessment": TEXT,
        }

    def __init__(self, *args: Any, plan: Plan, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        offer_free_years(self, plan)
        self.fields["council_date"].help_text = _(
            "The report is presented at the council's April meeting of the next year."
        )


class SpendingForm(forms.ModelForm[ProgrammeActivity]):
    """What an activity of the year's programme spent and whether it was
    done, entered with the activity report."""

    class Meta:
        model = ProgrammeActivity
        fields = ["spent", "done", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 2})}
        labels = {"note": _("reason for the deviation")}


SpendingFormSet = modelformset_factory(ProgrammeActivity, form=SpendingForm, extra=0)


class PlanUpdateForm(forms.Form):
    year = forms.TypedChoiceField(label=_("Applies from year"), coerce=int)
    reason = forms.CharField(label=_("Reason"), widget=TEXT)
    approval_date = forms.DateField(label=_("Approval date"), widget=DATE)
    decision_number = forms.CharField(label=_("Decision number"), max_length=60)

    def __init__(self, *args: Any, plan: Plan, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["year"]
        assert isinstance(field, forms.TypedChoiceField)
        field.choices = [(y, str(y)) for y in plan.years[1:]]
