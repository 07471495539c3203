from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from ortakmasa.cycle.models import BoardMeeting, ObjectiveEvaluation, ReportKind


class MeetingForm(forms.Form):
    date = forms.DateField(
        label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
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
