"""Forms of the survey builder, the citizens' proposal form, moderation
and the personal-data page."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from ortakmasa.kernel.policy import allowed, scope_q
from ortakmasa.kernel.widgets import DATETIME
from ortakmasa.proposals.models import Proposal
from ortakmasa.registry.models import District, Institution, Province
from ortakmasa.surveys.models import (
    CitizenProposal,
    Kind,
    Question,
    Section,
    Survey,
)
from ortakmasa.themes.forms import ThemesField

#: The largest photo a citizen may attach.
MAX_PHOTO_BYTES = 5 * 1024 * 1024
PHOTO_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


class SurveyForm(forms.ModelForm[Survey]):
    class Meta:
        model = Survey
        fields = [
            "title",
            "description",
            "owner",
            "audience",
            "anonymous",
            "ask_district",
            "kvkk_notice",
            "status",
            "opens_at",
            "closes_at",
        ]
        widgets = {
            "opens_at": DATETIME,
            "closes_at": DATETIME,
        }

    def __init__(self, *args: Any, user: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        owners = Institution.objects.filter(parent__isnull=True)
        if not allowed(user, "act_for_any_institution"):
            owners = owners.filter(scope_q(user), kind__endswith="municipality")
        self.fields["owner"].queryset = owners.order_by("sort_key")  # type: ignore[attr-defined]
        home = getattr(user, "institution", None)
        if home is not None and not self.instance.pk:
            self.fields["owner"].initial = home.root_id or home.pk

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        opens, closes = data.get("opens_at"), data.get("closes_at")
        if opens and closes and closes <= opens:
            self.add_error("closes_at", _("The survey must close after it opens."))
        if not data.get("anonymous") and not (data.get("kvkk_notice") or "").strip():
            self.add_error(
                "kvkk_notice",
                _(
                    "An identified survey needs the notice that tells respondents how their "
                    "data is used."
                ),
            )
        return data


class SectionForm(forms.ModelForm[Section]):
    class Meta:
        model = Section
        fields = ["title", "description", "position"]


class QuestionForm(forms.ModelForm[Question]):
    choices_text = forms.CharField(
        label=_("options (one per line)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The options of a choice question, or the rows of a matrix."),
    )
    scale_text = forms.CharField(
        label=_("scale labels (five lines, optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    themes = ThemesField(label=_("themes to rank (none: all)"))

    class Meta:
        model = Question
        fields = [
            "section",
            "position",
            "kind",
            "text",
            "help_text",
            "required",
            "themes",
            "min_value",
            "max_value",
            "show_if",
            "show_if_value",
            "score_role",
        ]

    def __init__(self, *args: Any, survey: Survey, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.survey = survey
        self.fields["section"].queryset = survey.sections.all()  # type: ignore[attr-defined]
        others = survey.questions.filter(kind__in=[Kind.SINGLE, Kind.MULTIPLE, Kind.LIKERT])
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        self.fields["show_if"].queryset = others  # type: ignore[attr-defined]
        if self.instance.pk:
            self.fields["choices_text"].initial = "\n".join(self.instance.choices or [])
            self.fields["scale_text"].initial = "\n".join(self.instance.scale or [])

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        kind = data.get("kind")
        lines = [x.strip() for x in (data.get("choices_text") or "").splitlines() if x.strip()]
        if len(set(lines)) != len(lines):
            self.add_error("choices_text", _("Each option must be different."))
        if kind in (Kind.SINGLE, Kind.MULTIPLE, Kind.MATRIX) and len(lines) < 2:
            self.add_error("choices_text", _("Give at least two options (or rows)."))
        scale = [x.strip() for x in (data.get("scale_text") or "").splitlines() if x.strip()]
        if scale and len(scale) != 5:
            self.add_error("scale_text", _("Give exactly five labels, or none."))
        low, high = data.get("min_value"), data.get("max_value")
        if low is not None and high is not None and low > high:
            self.add_error("max_value", _("The maximum must not be below the minimum."))
        if data.get("show_if") and not (data.get("show_if_value") or "").strip():
            self.add_error("show_if_value", _("Give the answer that shows this question."))
        if data.get("score_role") and kind not in (Kind.LIKERT, Kind.NUMBER):
            self.add_error("score_role", _("Only a Likert or number question can give a score."))
        self.cleaned_choices = lines
        self.cleaned_scale = scale
        return data

    def save(self, commit: bool = True) -> Question:
        question = super().save(commit=False)
        question.survey = self.survey
        question.choices = self.cleaned_choices
        question.scale = self.cleaned_scale
        if commit:
            question.save()
            self.save_m2m()
        return question


def check_photo(upload: UploadedFile) -> str:
    """The photo's real format (by its content, not its name), or
    ValidationError."""
    from PIL import Image, UnidentifiedImageError

    if upload.size is not None and upload.size > MAX_PHOTO_BYTES:
        raise forms.ValidationError(
            _("The photo is too large (at most %(mb)s MB).") % {"mb": MAX_PHOTO_BYTES // 2**20}
        )
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            fmt = image.format or ""
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise forms.ValidationError(_("The file is not a JPEG, PNG or WebP photo.")) from exc
    finally:
        upload.seek(0)
    if fmt not in PHOTO_FORMATS:
        raise forms.ValidationError(_("The file is not a JPEG, PNG or WebP photo."))
    return PHOTO_FORMATS[fmt]


def portal_districts() -> Any:
    """Districts of the metropolitan provinces first by plate, in Turkish
    alphabetical order within each."""
    return District.objects.select_related("province").order_by("province__plate", "sort_key")


class CitizenProposalForm(forms.ModelForm[CitizenProposal]):
    themes = ThemesField(label=_("themes"))
    consent = forms.BooleanField(
        label=_("I have read the personal data notice."),
        required=True,
    )

    class Meta:
        model = CitizenProposal
        fields = [
            "title",
            "description",
            "district",
            "neighbourhood",
            "themes",
            "photo",
            "name",
            "email",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args: Any, province: Province | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        districts = portal_districts()
        if province is not None:
            districts = districts.filter(province=province)
        self.fields["district"].queryset = districts  # type: ignore[attr-defined]
        self.fields["photo"].widget.attrs["accept"] = "image/jpeg,image/png,image/webp"
        self.fields["email"].help_text = _(
            "We send a confirmation link here; the proposal counts once you open it."
        )

    def clean_photo(self) -> Any:
        photo = self.cleaned_data.get("photo")
        if photo and isinstance(photo, UploadedFile):
            extension = check_photo(photo)
            photo.name = f"photo.{extension}"
        return photo


class SupportForm(forms.Form):
    email = forms.EmailField(label=_("your e-mail address"))


class ModerationForm(forms.Form):
    action = forms.ChoiceField(
        label=_("decision"),
        choices=[
            ("publish", _("publish")),
            ("hide", _("hide")),
            ("merge", _("merge into a proposal")),
        ],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("reason shown to the author"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    target = forms.ModelChoiceField(
        label=_("proposal to merge into"),
        queryset=Proposal.objects.none(),
        required=False,
    )

    def __init__(self, *args: Any, targets: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if targets is not None:
            self.fields["target"].queryset = targets  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        action = data.get("action")
        if action in ("hide", "merge") and not (data.get("reason") or "").strip():
            self.add_error("reason", _("Give the reason the author will see."))
        if action == "merge" and not data.get("target"):
            self.add_error("target", _("Choose the proposal to merge into."))
        return data


class PersonalDataForm(forms.Form):
    email = forms.EmailField(label=_("e-mail address of the person"))
    action = forms.ChoiceField(
        label=_("what to do"),
        choices=[("export", _("export as JSON")), ("erase", _("erase"))],
        widget=forms.RadioSelect,
    )
