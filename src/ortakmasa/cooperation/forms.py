"""Forms for cooperations, their parties, topics, commitments and documents,
and for funded projects and their partners.

Institutions and people are chosen from the registry with the same
keyboard picker as the meeting forms (``registry.widgets``); a name typed
without choosing is accepted only when it names one record, and refused
otherwise.  A unit is looked up under its institution.
"""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.forms import BaseFormSet, formset_factory
from django.utils.translation import gettext_lazy as _

from ortakmasa.cooperation.models import (
    CommitmentStatus,
    Cooperation,
    CooperationDocument,
    FundedProject,
    PartnerRole,
    PartyRole,
)
from ortakmasa.kernel.widgets import DATE
from ortakmasa.registry.matching import InstitutionIndex
from ortakmasa.registry.models import Institution
from ortakmasa.registry.widgets import InstitutionField, PersonField
from ortakmasa.themes.models import Theme

#: Blank party and partner rows: a cooperation needs two institutions, and
#: one blank row made a new cooperation impossible to save from the form.
BLANK_ROWS = 4


class CooperationRecordForm(forms.ModelForm[Cooperation]):
    class Meta:
        model = Cooperation
        fields = ["title", "form", "status", "description", "start_date", "end_date", "is_public"]
        widgets = {
            "start_date": DATE,
            "end_date": DATE,
            "description": forms.Textarea(attrs={"rows": 3}),
        }

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The end date is before the start date."))
        return data


class _IndexedFormSet(BaseFormSet[Any]):
    def __init__(self, *args: Any, index: InstitutionIndex | None = None, **kwargs: Any) -> None:
        self.index = index
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index: int | None) -> dict[str, Any]:
        kwargs = super().get_form_kwargs(index)
        kwargs["index"] = self.index
        return kwargs

    def rows(self) -> list[dict[str, Any]]:
        """The filled rows, in order, without those marked for deletion."""
        return [
            f.cleaned_data
            for f in self.forms
            if f.has_changed() and f.cleaned_data and not f.cleaned_data.get("DELETE")
        ]


class _IndexedForm(forms.Form):
    def __init__(self, *args: Any, index: InstitutionIndex | None = None, **kwargs: Any) -> None:
        self.index = index
        super().__init__(*args, **kwargs)

    def _index(self) -> InstitutionIndex:
        if self.index is None:
            self.index = InstitutionIndex.build()
        return self.index


class PartyForm(_IndexedForm):
    institution_name = InstitutionField(label=_("Institution"))
    unit_name = forms.CharField(
        label=_("Unit"),
        max_length=255,
        required=False,
        help_text=_("The department or unit that carries the work, if any."),
    )
    role = forms.ChoiceField(label=_("Role"), choices=PartyRole.choices, initial=PartyRole.PARTNER)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        institution = data.get("institution_name")
        if institution is None:
            return data
        data["institution"] = institution
        data["unit"] = None
        unit_name = data.get("unit_name", "")
        if unit_name:
            unit_id = self._index().unit(institution.pk, unit_name)
            if unit_id is None:
                self.add_error(
                    "unit_name",
                    _("%(institution)s has no unit called “%(name)s”.")
                    % {"institution": institution.name, "name": unit_name},
                )
            else:
                data["unit"] = Institution.objects.get(pk=unit_id)
        return data


class TopicForm(forms.Form):
    theme = forms.ModelChoiceField(label=_("Theme"), queryset=Theme.objects.all())
    rank = forms.IntegerField(label=_("Priority"), min_value=1, max_value=99)


class CommitmentForm(_IndexedForm):
    commitment_id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    follow_up_id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    text = forms.CharField(label=_("Commitment"), widget=forms.Textarea(attrs={"rows": 2}))
    owner_name = InstitutionField(label=_("Responsible institution"), required=False)
    owner_person_name = PersonField(label=_("Responsible person"), required=False)
    due_date = forms.DateField(label=_("Due date"), required=False, widget=DATE)
    status = forms.ChoiceField(
        label=_("Status"), choices=CommitmentStatus.choices, initial=CommitmentStatus.OPEN
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        data["owner"] = data.get("owner_name")
        data["owner_person"] = data.get("owner_person_name")
        return data


class PartnerForm(_IndexedForm):
    institution_name = InstitutionField(label=_("Institution"))
    role = forms.ChoiceField(
        label=_("Role"), choices=PartnerRole.choices, initial=PartnerRole.PARTNER
    )
    budget_share = forms.DecimalField(
        label=_("Budget share"), required=False, max_digits=14, decimal_places=2, min_value=0
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("institution_name") is not None:
            data["institution"] = data["institution_name"]
        return data


class _TopicFormSet(BaseFormSet[Any]):
    def clean(self) -> None:
        if any(self.errors):
            return
        seen = set()
        for form in self.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if not data or data.get("DELETE") or not data.get("theme"):
                continue
            if data["theme"].pk in seen:
                raise forms.ValidationError(_("Each theme can be listed once."))
            seen.add(data["theme"].pk)

    def ordered(self) -> list[Theme]:
        rows = [
            f.cleaned_data
            for f in self.forms
            if f.has_changed() and f.cleaned_data and not f.cleaned_data.get("DELETE")
        ]
        rows = [r for r in rows if r.get("theme")]
        return [r["theme"] for r in sorted(rows, key=lambda r: r.get("rank") or 99)]


class _PartyFormSet(_IndexedFormSet):
    def clean(self) -> None:
        if any(self.errors):
            return
        keys = set()
        for row in self.rows():
            if "institution" not in row:
                continue
            key = (row["institution"].pk, row["unit"].pk if row.get("unit") else None)
            if key in keys:
                raise forms.ValidationError(_("Each institution or unit can be listed once."))
            keys.add(key)
        if len({k[0] for k in keys}) < 2:
            raise forms.ValidationError(_("A cooperation needs at least two institutions."))


class _PartnerFormSet(_IndexedFormSet):
    def clean(self) -> None:
        if any(self.errors):
            return
        ids = [r["institution"].pk for r in self.rows() if "institution" in r]
        if len(ids) != len(set(ids)):
            raise forms.ValidationError(_("Each institution can be listed once."))
        if not ids:
            raise forms.ValidationError(_("A project needs at least one partner."))
        coordinators = [r for r in self.rows() if r.get("role") == PartnerRole.COORDINATOR]
        if len(coordinators) > 1:
            raise forms.ValidationError(_("A project has one coordinator."))


PartyFormSet = cast(
    type[_PartyFormSet],
    formset_factory(PartyForm, formset=_PartyFormSet, extra=BLANK_ROWS, can_delete=True),
)
TopicFormSet = cast(
    type[_TopicFormSet],
    formset_factory(TopicForm, formset=_TopicFormSet, extra=2, can_delete=True),
)
CommitmentFormSet = cast(
    type[_IndexedFormSet],
    formset_factory(CommitmentForm, formset=_IndexedFormSet, extra=3, can_delete=True),
)
PartnerFormSet = cast(
    type[_PartnerFormSet],
    formset_factory(PartnerForm, formset=_PartnerFormSet, extra=BLANK_ROWS, can_delete=True),
)


class DocumentForm(forms.ModelForm[CooperationDocument]):
    url = forms.URLField(label=_("web address"), required=False, assume_scheme="https")

    class Meta:
        model = CooperationDocument
        fields = ["title", "file", "url"]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("file") and not data.get("url"):
            raise forms.ValidationError(_("Upload a file or give its web address."))
        return data


class ProjectForm(forms.ModelForm[FundedProject]):
    class Meta:
        model = FundedProject
        fields = list(FundedProject.EDITABLE)
        widgets = {
            "themes": forms.CheckboxSelectMultiple,
            "application_deadline": DATE,
            "decision_date": DATE,
            "start_date": DATE,
            "end_date": DATE,
            "summary": forms.Textarea(attrs={"rows": 3}),
            "results": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args: Any, cooperations: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["cooperation"]
        if cooperations is not None:
            field.queryset = cooperations  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The end date is before the start date."))
        budget, co = data.get("budget"), data.get("co_financing")
        if budget is not None and co is not None and co > budget:
            self.add_error("co_financing", _("Co-financing cannot exceed the total budget."))
        grant = data.get("grant_amount")
        if budget is not None and grant is not None and grant > budget:
            self.add_error("grant_amount", _("The grant cannot exceed the total budget."))
        return data
