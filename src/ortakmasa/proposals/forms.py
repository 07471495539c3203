"""Forms of the proposal pages."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from ortakmasa.accounts.policy import ADMIN, LIAISON, STAKEHOLDER, role_of, scope_q
from ortakmasa.core.files import MAX_UPLOAD_BYTES as MAX_ATTACHMENT_BYTES
from ortakmasa.core.files import check_upload
from ortakmasa.proposals.models import (
    DECIDABLE_STATUSES,
    REASON_REQUIRED,
    Proposal,
    ProposalAttachment,
    ScoringProfile,
    Status,
)
from ortakmasa.proposals.upload import MAX_FILE_BYTES as MAX_UPLOAD_BYTES
from ortakmasa.registry.models import District, Institution
from ortakmasa.themes.models import Theme


def themes_queryset() -> QuerySet[Theme]:
    return Theme.objects.order_by("position", "sort_key")


def institutions_for(user: Any) -> QuerySet[Institution]:
    """The institutions a user may file a proposal for."""
    role = role_of(user)
    qs = Institution.objects.filter(parent__isnull=True)
    if role == ADMIN:
        return qs.order_by("sort_key")
    if role in (LIAISON, STAKEHOLDER):
        return qs.filter(pk=getattr(user, "institution_id", None))
    return qs.filter(scope_q(user)).order_by("sort_key")


def districts_for(user: Any) -> QuerySet[District]:
    home = getattr(user, "institution", None)
    qs = District.objects.select_related("province")
    if role_of(user) == LIAISON and home is not None and home.district_id is not None:
        return qs.filter(pk=home.district_id)
    if home is not None and home.province_id is not None:
        return qs.filter(province_id=home.province_id).order_by("sort_key")
    return qs.order_by("province__plate", "sort_key")


class ProposalForm(forms.ModelForm[Proposal]):
    themes = forms.ModelMultipleChoiceField(
        label=_("themes"),
        queryset=Theme.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Proposal
        fields = [
            "title",
            "text",
            "kind",
            "institution",
            "themes",
            "district",
            "neighbourhood",
            "latitude",
            "longitude",
            "estimated_cost",
            "effort",
            "population",
            "urgency",
            "is_public",
        ]
        widgets = {"text": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        role = role_of(user)
        self.fields["themes"].queryset = themes_queryset()  # type: ignore[attr-defined]
        institutions = institutions_for(user)
        self.fields["institution"].queryset = institutions  # type: ignore[attr-defined]
        self.fields["district"].queryset = districts_for(user)  # type: ignore[attr-defined]
        if role in (LIAISON, STAKEHOLDER):
            # Liaisons and stakeholders speak for their own institution only.
            self.fields["institution"].initial = getattr(user, "institution_id", None)
            self.fields["institution"].disabled = True
            home_id = getattr(user, "institution_id", None)
            if not self.instance.pk and home_id is not None:
                self.instance.institution_id = home_id
        if role == STAKEHOLDER:
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
    plan_objective = forms.CharField(label=_("plan objective"), required=False, max_length=255)
    is_public = forms.BooleanField(label=_("shown on the public page"), required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        status = data.get("status")
        if status in REASON_REQUIRED and not (data.get("reason") or "").strip():
            self.add_error(
                "reason", _("Give the reason for this decision; the district will see it.")
            )
        if status == Status.ACCEPTED and not (data.get("plan_objective") or "").strip():
            self.add_error("plan_objective", _("Name the plan objective it was accepted into."))
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
        if role_of(user) in (LIAISON, STAKEHOLDER):
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

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        check_upload(upload, max_bytes=MAX_ATTACHMENT_BYTES)
        return upload


class ScoringForm(forms.ModelForm[ScoringProfile]):
    priority_themes = forms.ModelMultipleChoiceField(
        label=_("priority themes"),
        queryset=Theme.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

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
        self.fields["priority_themes"].queryset = themes_queryset()  # type: ignore[attr-defined]
        for name in ("districts", "population", "urgency", "cost", "theme_fit", "policy_fit"):
            field = self.fields[name]
            assert isinstance(field, forms.FloatField)
            field.validators.extend([MinValueValidator(0), MaxValueValidator(10)])
            field.widget.attrs.update({"min": 0, "max": 10, "step": 0.5})
