from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ortakmasa.kernel.files import MAX_UPLOAD_BYTES, check_upload
from ortakmasa.monitoring.models import PERIOD_END_MONTHS, ValueEvidence, period_label
from ortakmasa.plans.models import Indicator


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> Any:
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(d, initial) for d in data if d]
        return [single(data, initial)] if data else []


class ValueForm(forms.Form):
    period = forms.ChoiceField(label=_("Period"))
    value = forms.DecimalField(label=_("Value"), max_digits=18, decimal_places=4)
    explanation = forms.CharField(
        label=_("Explanation"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Enter the value at the end of the period. Say what was done; when the target is "
            "missed, why and what will be done."
        ),
    )
    evidence = MultipleFileField(
        label=_("Evidence files"),
        required=False,
        help_text=_(
            "PDF, Word, Excel, OpenDocument, images (PNG, JPEG, GIF, WebP) or plain text, up to "
            "20 MB each; the content is checked, not the name."
        ),
    )

    def __init__(self, *args: Any, indicator: Indicator, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        plan = indicator.objective.goal.plan
        months = PERIOD_END_MONTHS[indicator.monitoring_frequency]
        field = self.fields["period"]
        assert isinstance(field, forms.ChoiceField)
        from ortakmasa.monitoring.services import period_start

        today = timezone.localdate()
        freq = indicator.monitoring_frequency
        # Only periods that have started can be reported.
        field.choices = [
            (f"{y}-{m}", period_label(y, m, freq))
            for y in plan.years
            for m in months
            if period_start(y, m, freq) <= today
        ]

    def clean_evidence(self) -> list[Any]:
        files: list[Any] = self.cleaned_data.get("evidence") or []
        for f in files:
            check_upload(f, ValueEvidence.ALLOWED)
        if sum(f.size for f in files) > 2 * MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The files together may be at most 40 MB."))
        return files

    def period_parts(self) -> tuple[int, int]:
        year, month = str(self.cleaned_data["period"]).split("-")
        return int(year), int(month)


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"), choices=[("approve", _("approve")), ("return", _("return"))]
    )
    reason = forms.CharField(
        label=_("Reason for returning"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class ThresholdForm(forms.Form):
    achieved_at = forms.DecimalField(
        label=_("Achieved from (%)"),
        min_value=Decimal(0),
        max_value=Decimal(1000),
        decimal_places=2,
    )
    acceptable_at = forms.DecimalField(
        label=_("Acceptable from (%)"),
        min_value=Decimal(0),
        max_value=Decimal(1000),
        decimal_places=2,
        help_text=_("Below this, a value needs an explanation of the deviation."),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if (
            data.get("achieved_at") is not None
            and data.get("acceptable_at") is not None
            and data["acceptable_at"] > data["achieved_at"]
        ):
            raise forms.ValidationError(
                _("The acceptable threshold cannot be above the achieved threshold.")
            )
        return data
