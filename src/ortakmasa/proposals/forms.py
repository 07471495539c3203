"""Forms of the proposal pages."""

from __future__ import annotations

from typing import Any

from django import forms
from django.apps import apps
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from ortakmasa.kernel.policy import allowed
from ortakmasa.lib.params import is_id
from ortakmasa.lib.turkish import search_key, upper
from ortakmasa.proposals.models import (
    DECIDABLE_STATUSES,
    REASON_REQUIRED,
    Proposal,
    ProposalAttachment,
    ScoringProfile,
    Status,
)
from ortakmasa.proposals.permissions import districts_for, institutions_for
from ortakmasa.proposals.upload import MAX_FILE_BYTES as MAX_UPLOAD_BYTES
from ortakmasa.registry.models import Institution
from ortakmasa.registry.widgets import InstitutionField, RecordPicker
from ortakmasa.themes.forms import ThemesField


class ProposalForm(forms.ModelForm[Proposal]):
    # Chosen with the registry picker; the server refuses an institution
    # the user may not file for.
    institution = InstitutionField(label=_("institution"))
    themes = ThemesField(label=_("themes"))

    class Meta:
        model = Proposal
        fields = list(Proposal.EDITABLE)
        widgets = {"text": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        institutions = institutions_for(user)
        self.fields["institution"].queryset = institutions  # type: ignore[attr-defined]
        if self.instance.pk and not self.is_bound:
            self.initial["institution"] = self.instance.institution
        self.fields["district"].queryset = districts_for(user)  # type: ignore[attr-defined]
        if not allowed(user, "file_for_others"):
            self.fields["institution"].initial = getattr(user, "institution_id", None)
            self.fields["institution"].disabled = True
            home_id = getattr(user, "institution_id", None)
            if not self.instance.pk and home_id is not None:
                self.instance.institution_id = home_id
        if not allowed(user, "publish_proposal"):
            # A stakeholder's proposal is published by the office; it names
            # the district it is about.
            del self.fields["is_public"]
            self.fields["district"].required = True
        if self.instance.pk:
            self.fields["themes"].initial = list(self.instance.themes.all())

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        lat, lon = data.get("latitude"), data.get("longitude")
        if (lat is None) != (lon is None):
            raise forms.ValidationError(_("Give both the latitude and the longitude, or neither."))
        if lat is not None and not (-90 <= lat <= 90):
            self.add_error("latitude", _("A latitude lies between -90 and 90."))
        if lon is not None and not (-180 <= lon <= 180):
            self.add_error("longitude", _("A longitude lies between -180 and 180."))
        return data


class ObjectiveField(forms.Field):
    """A plan objective chosen with the keyboard picker (offered by
    ``plans:objective_suggest``) among ``queryset``; typed text is accepted
    only when it is one objective's number ("H2.1") or exact title, and is
    refused otherwise: a district is never told of an objective that is not
    in the plan."""

    default_error_messages = {
        "unknown": _(
            "No objective “%(name)s” is in the plans you can see; choose one from the list."
        ),
        "ambiguous": _(
            "More than one objective is “%(name)s”; choose the right one from the list."
        ),
    }

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("widget", RecordPicker("objective", url_name="plans:objective_suggest"))
        super().__init__(**kwargs)
        self.queryset: Any = None

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, int) and self.queryset is not None:
            return self.queryset.filter(pk=value).first() or ""
        return value

    def clean(self, value: Any) -> Any:
        text, picked = value if isinstance(value, tuple) else (value or "", "")
        text = str(text).strip()
        if not text:
            if self.required:
                raise forms.ValidationError(self.error_messages["required"], code="required")
            return None
        qs = self.queryset if self.queryset is not None else _objectives().none()
        if is_id(picked):
            chosen = qs.filter(pk=int(picked)).first()
            if chosen is not None and search_key(text) == search_key(str(chosen)):
                return chosen
        key = search_key(text)
        number = upper(text) if " " not in text else ""
        found = [
            o
            for o in qs.select_related("goal")
            if o.number == number or key in (search_key(str(o)), search_key(o.title))
        ]
        if len(found) == 1:
            return found[0]
        code = "ambiguous" if found else "unknown"
        if found:
            widget = self.widget
            assert isinstance(widget, RecordPicker)
            widget.candidates = [found]
        raise forms.ValidationError(self.error_messages[code], code=code, params={"name": text})

    def has_changed(self, initial: Any, data: Any) -> bool:
        new = data[0] if isinstance(data, tuple) else (data or "")
        old = self.prepare_value(initial)
        return (str(old) if old else "") != new


def _objectives() -> Any:
    # The plan's objectives by name: plans builds on proposals, not the
    # other way round.
    return apps.get_model("plans", "Objective").objects


def objective_choices(user: Any) -> Any:
    """The objectives of the plans ``user`` may read, in plan order."""
    from ortakmasa.kernel.policy import visible

    plans = visible(user, apps.get_model("plans", "Plan").objects.all())
    return (
        _objectives()
        .filter(goal__plan__in=plans)
        .select_related("goal")
        .order_by("goal__plan_id", "goal__position", "position")
    )


class DecisionForm(forms.Form):
    status = forms.ChoiceField(
        label=_("status"), choices=[(s.value, s.label) for s in DECIDABLE_STATUSES]
    )
    reason = forms.CharField(
        label=_("reason"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown to the district; required when accepting or rejecting."),
    )
    plan_objective = ObjectiveField(
        label=_("plan objective"),
        required=False,
        help_text=_("Chosen from the plan's objectives; shown to the district by its number."),
    )
    # A required yes/no choice rather than a checkbox: an unticked box and a
    # form that never showed it look the same, and a decision saved from a
    # form without the box silently made a public proposal private.
    is_public = forms.TypedChoiceField(
        label=_("shown on the public page"),
        choices=[("1", _("yes")), ("0", _("no"))],
        coerce=lambda v: v in ("1", True, "True"),
        widget=forms.RadioSelect,
    )

    @classmethod
    def for_proposal(cls, proposal: Proposal, data: Any = None, user: Any = None) -> DecisionForm:
        return cls(
            data,
            user=user,
            initial={
                "status": proposal.status if proposal.status != Status.MERGED else "",
                "reason": proposal.status_reason,
                "plan_objective": proposal.plan_objective_id,
                "is_public": "1" if proposal.is_public else "0",
            },
        )

    def __init__(self, *args: Any, user: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["plan_objective"]
        assert isinstance(field, ObjectiveField)
        field.queryset = objective_choices(user) if user is not None else _objectives().none()

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        status = data.get("status")
        if status in REASON_REQUIRED and not (data.get("reason") or "").strip():
            self.add_error(
                "reason", _("Give the reason for this decision; the district will see it.")
            )
        if status == Status.ACCEPTED and data.get("plan_objective") is None:
            self.add_error("plan_objective", _("Choose the plan objective it was accepted into."))
        return data


class MergeForm(forms.Form):
    primary = forms.ModelChoiceField(
        label=_("primary proposal"),
        queryset=Proposal.objects.none(),
        help_text=_("The proposal that goes on; the others are merged into it."),
    )
    reason = forms.CharField(
        label=_("reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Every district of the cluster sees this reason."),
    )

    def __init__(self, *args: Any, members: QuerySet[Proposal], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["primary"].queryset = members  # type: ignore[attr-defined]


class SplitForm(forms.Form):
    proposals = forms.ModelMultipleChoiceField(
        label=_("proposals to take out"),
        queryset=Proposal.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )
    reason = forms.CharField(label=_("reason"), widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args: Any, members: QuerySet[Proposal], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["proposals"].queryset = members  # type: ignore[attr-defined]


class UploadMode:
    KEEP_GOOD = "keep_good"
    ALL_OR_NOTHING = "all_or_nothing"


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("file"), help_text=_("An XLSX or CSV file laid out like the template.")
    )
    mode = forms.ChoiceField(
        label=_("if some rows have errors"),
        choices=[
            (UploadMode.KEEP_GOOD, _("keep the good rows")),
            (UploadMode.ALL_OR_NOTHING, _("all or nothing: save no row")),
        ],
        initial=UploadMode.ALL_OR_NOTHING,
        widget=forms.RadioSelect,
    )
    institution = forms.ModelChoiceField(
        label=_("raised by"),
        queryset=Institution.objects.none(),
        required=False,
        help_text=_("For rows whose “Kurum” column is empty."),
    )

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["institution"].queryset = institutions_for(user)  # type: ignore[attr-defined]
        if not allowed(user, "file_for_others"):
            del self.fields["institution"]

    def clean_file(self) -> Any:
        # The format is told from the content when the file is read
        # (upload.read_rows), not from its name.
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("The file is larger than 10 MB."))
        return upload


class AttachmentForm(forms.ModelForm[ProposalAttachment]):
    class Meta:
        model = ProposalAttachment
        fields = ["title", "file"]


class ScoringForm(forms.ModelForm[ScoringProfile]):
    priority_themes = ThemesField(label=_("priority themes"))

    class Meta:
        model = ScoringProfile
        fields = [
            "districts",
            "population",
            "urgency",
            "cost",
            "theme_fit",
            "policy_fit",
            "priority_themes",
            "policy_keywords",
        ]
        widgets = {"policy_keywords": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("districts", "population", "urgency", "cost", "theme_fit", "policy_fit"):
            field = self.fields[name]
            assert isinstance(field, forms.FloatField)
            field.validators.extend([MinValueValidator(0), MaxValueValidator(10)])
            field.widget.attrs.update({"min": 0, "max": 10, "step": 0.5})
