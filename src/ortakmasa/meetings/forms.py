"""Forms for meetings, their review, campaigns and imports.

Institutions and people are chosen from the registry with a picker
(``registry.widgets``); a name typed without choosing (no JavaScript, or an
imported draft) is resolved against the registry, and a name that fits more
than one record is answered with those records to choose from.
"""

from __future__ import annotations

from typing import Any, cast

from django import forms
from django.forms import BaseFormSet, formset_factory
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from ortakmasa.kernel.files import sniff
from ortakmasa.kernel.widgets import DATE, TIME
from ortakmasa.lib.turkish import search_key
from ortakmasa.lib.zipguard import ZipRefused, open_bounded
from ortakmasa.meetings.models import (
    Attachment,
    Campaign,
    FollowUpStatus,
    Meeting,
    Participation,
)
from ortakmasa.meetings.review import KEEP, NEW, REMOVE, split_name
from ortakmasa.registry.matching import InstitutionIndex, person_candidates
from ortakmasa.registry.models import Institution, Person
from ortakmasa.registry.widgets import InstitutionField, PersonNameField
from ortakmasa.textengine.inputs import DOCX_LIMITS
from ortakmasa.themes.models import Theme

MAX_UPLOAD_FILES = 200
#: Blank rows each part of a meeting gets, so a whole meeting is entered in
#: one save even without JavaScript (which adds more rows on request).
BLANK_ROWS = 5
#: One text, as the text engine reads at most (textengine.inputs.MAX_BYTES).
MAX_IMPORT_FILE_BYTES = 8 * 1024 * 1024
#: All texts of one import together; archives go through the command line.
MAX_IMPORT_TOTAL_BYTES = 32 * 1024 * 1024


def resolve_institution(name: str, index: InstitutionIndex) -> Institution:
    pk = index.top_level(name)
    if pk is None:
        if index.by_key.get(search_key(name)):
            raise forms.ValidationError(
                _("More than one institution is called “%(name)s”; write it in full."),
                params={"name": name},
            )
        raise forms.ValidationError(
            _("No institution called “%(name)s” is in the registry."), params={"name": name}
        )
    return Institution.objects.get(pk=pk)


class MeetingForm(forms.ModelForm[Meeting]):
    host_name = InstitutionField(label=_("Host institution"), required=False)
    guest_names = InstitutionField(
        label=_("Visiting institutions"),
        required=False,
        multiple=True,
        help_text=_("Type a few letters and choose from the registry."),
    )

    class Meta:
        model = Meeting
        fields = list(Meeting.EDITABLE)
        widgets = {
            "date": DATE,
            "start_time": TIME,
            "agenda": forms.Textarea(attrs={"rows": 2}),
            "summary": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args: Any, index: InstitutionIndex | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.index = index
        self.fields["date"].required = True
        spans = self.instance.spans or {}
        if self.instance.pk:
            host = self.instance.host
            self.fields["host_name"].initial = host
            guests = list(self.instance.guests.all())
            self.fields["guest_names"].initial = guests
            guest_names = [g.name for g in guests]
            # Names the text gave that matched nothing in the registry are
            # shown, not pre-filled: the reviewer decides what they are.
            written_host = spans.get("host_name", "")
            if written_host and not host:
                self.fields["host_name"].help_text = _(
                    "The text names “%(name)s”, which is not in the registry."
                ) % {"name": written_host}
            written = spans.get("guest_names", [])
            unmatched = [n for n in written if n not in guest_names]
            if len(written) > len(guest_names) and unmatched:
                self.fields["guest_names"].help_text = _(
                    "The text also names: %(names)s (not in the registry)."
                ) % {"names": ", ".join(unmatched)}


class ParticipantForm(forms.Form):
    participation_id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    name = PersonNameField(label=_("Name as written"), max_length=255)
    title = forms.CharField(label=_("Post title"), max_length=255, required=False)
    institution_name = InstitutionField(label=_("Institution"), required=False)
    unit_name = forms.CharField(label=_("Unit"), required=False)
    choice = forms.ChoiceField(label=_("In the registry"), widget=forms.RadioSelect, initial=KEEP)
    given_name = forms.CharField(label=_("Given name"), required=False)
    family_name = forms.CharField(label=_("Family name"), required=False)

    def __init__(
        self,
        *args: Any,
        index: InstitutionIndex | None = None,
        candidates: list[Any] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.index = index
        self.candidates = candidates or []
        choices: list[tuple[str, str]] = [
            (f"person:{p.pk}", str(_("link to %(name)s") % {"name": p.name}) + _posts_hint(p))
            for p in self.candidates
        ]
        choices += [
            (NEW, str(_("create a new person"))),
            (KEEP, str(_("keep the name as written only"))),
            (REMOVE, str(_("remove this participant"))),
        ]
        held = (self.initial or {}).get("held_post")
        if held:
            self.fields["institution_name"].help_text = _(
                "Post in the registry on the meeting's date: %(post)s"
            ) % {"post": held}
        picked = PersonNameField.picked_id(self, "name")
        self.picked = Person.objects.filter(pk=picked).first() if picked else None
        if self.picked is not None and f"person:{self.picked.pk}" not in dict(choices):
            choices.insert(0, (f"person:{self.picked.pk}", str(self.picked.name)))
        self.fields["choice"].choices = choices  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        data["institution"] = data.get("institution_name")
        if self.picked is not None and data.get("choice") in (KEEP, NEW, None):
            # Chosen from the registry in the picker: link, never a new person.
            data["choice"] = f"person:{self.picked.pk}"
            self.errors.pop("choice", None)
        if data.get("choice") == NEW and not data.get("family_name"):
            self.add_error("family_name", _("Give the family name of the new person."))
        return data


def _posts_hint(person: Any) -> str:
    posts = [f"{p.title}, {p.institution.name}" for p in person.posts.all()[:2]]
    return f" ({'; '.join(posts)})" if posts else ""


class TopicForm(forms.Form):
    theme = forms.ModelChoiceField(label=_("Theme"), queryset=Theme.objects.all())
    rank = forms.IntegerField(label=_("Priority"), min_value=1, max_value=99)
    label = forms.CharField(label=_("As written"), required=False, max_length=255)


class QuoteForm(forms.Form):
    quote_id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    speaker = forms.CharField(label=_("Speaker"), max_length=255, required=False)
    text = forms.CharField(label=_("Quote"), widget=forms.Textarea(attrs={"rows": 3}))


class DecisionForm(forms.Form):
    text = forms.CharField(label=_("Decision"), widget=forms.Textarea(attrs={"rows": 2}))


class FollowUpForm(forms.Form):
    follow_up_id = forms.IntegerField(required=False, widget=forms.HiddenInput)
    text = forms.CharField(label=_("Action"), widget=forms.Textarea(attrs={"rows": 2}))
    owner_name = InstitutionField(label=_("Responsible institution"), required=False)
    due_date = forms.DateField(label=_("Due date"), required=False, widget=DATE)
    status = forms.ChoiceField(
        label=_("Status"), choices=FollowUpStatus.choices, initial=FollowUpStatus.OPEN
    )

    def __init__(self, *args: Any, index: InstitutionIndex | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.index = index

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        data["owner_institution"] = data.get("owner_name")
        return data


class BaseParticipantFormSet(BaseFormSet[ParticipantForm]):
    """Gives each participant form its own registry candidates."""

    def __init__(
        self,
        *args: Any,
        index: InstitutionIndex | None = None,
        candidates: list[list[Any]] | None = None,
        **kwargs: Any,
    ) -> None:
        self.index = index
        self.candidates = candidates or []
        super().__init__(*args, **kwargs)

    def get_form_kwargs(self, index: int | None) -> dict[str, Any]:
        kwargs = super().get_form_kwargs(index)
        kwargs["index"] = self.index
        kwargs["candidates"] = (
            self.candidates[index] if index is not None and index < len(self.candidates) else []
        )
        return kwargs


ParticipantFormSet = cast(
    type[BaseParticipantFormSet],
    formset_factory(ParticipantForm, formset=BaseParticipantFormSet, extra=BLANK_ROWS),
)
TopicFormSet = formset_factory(TopicForm, extra=BLANK_ROWS, can_delete=True)
QuoteFormSet = formset_factory(QuoteForm, extra=BLANK_ROWS, can_delete=True)
DecisionFormSet = formset_factory(DecisionForm, extra=BLANK_ROWS, can_delete=True)
FollowUpFormSet = formset_factory(FollowUpForm, extra=BLANK_ROWS, can_delete=True)


def participant_initial(row: Participation, candidates: list[Any] | None = None) -> dict[str, Any]:
    inst = row.institution
    top = inst.top_level() if inst else None
    given, family = split_name(row.name_as_written)
    if row.person:
        choice = f"person:{row.person.pk}"
    elif candidates and len(candidates) == 1:
        # Someone confirmed since the import (often from the same text's
        # other meeting) fits exactly: propose the link, never a duplicate.
        choice = f"person:{candidates[0].pk}"
    else:
        choice = KEEP
    return {
        "participation_id": row.pk,
        "name": row.name_as_written or (row.person.name if row.person else ""),
        # A post confirmed earlier fills what the text left out.
        "title": row.title_as_written or (row.post.title if row.post else ""),
        "institution_name": top,
        "held_post": f"{row.post.title}, {row.post.institution.name}" if row.post else "",
        "unit_name": inst.name if inst and top and inst.pk != top.pk else "",
        "choice": choice,
        "given_name": row.person.given_name if row.person else given,
        "family_name": row.person.family_name if row.person else family,
    }


def participant_candidates(rows: list[Participation]) -> list[list[Any]]:
    return [person_candidates(r.name_as_written or "", r.institution)[:5] for r in rows]


class CampaignForm(forms.ModelForm[Campaign]):
    target_names = InstitutionField(
        label=_("Institutions to be heard"),
        required=False,
        multiple=True,
        help_text=_(
            "Choose them from the registry. Leave empty and tick the box below to take "
            "every district municipality of the organiser's province."
        ),
    )
    all_districts = forms.BooleanField(
        label=_("All district municipalities of the province"), required=False
    )

    class Meta:
        model = Campaign
        fields = list(Campaign.EDITABLE)
        widgets = {
            "start_date": DATE,
            "end_date": DATE,
            "description": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args: Any, owners: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if owners is not None:
            self.fields["owner"].queryset = owners  # type: ignore[attr-defined]
        if self.instance.pk:
            self.fields["target_names"].initial = list(self.instance.targets.order_by("sort_key"))


class AttachmentForm(forms.ModelForm[Attachment]):
    class Meta:
        model = Attachment
        fields = ["title", "file"]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        # An empty file is imported like any other and reported as failed,
        # so the user sees which one it was.
        kwargs.setdefault("allow_empty_file", True)
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> Any:
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(d, initial) for d in data]
        return [single(data, initial)]


class UploadForm(forms.Form):
    texts = MultipleFileField(
        label=_("Texts"),
        # format_lazy keeps the text translatable per request; formatting it
        # here with % would fix it in the language active at import time.
        help_text=format_lazy(
            _("Press releases, news or minutes: .txt, .html or .docx, up to {n} files at once."),
            n=MAX_UPLOAD_FILES,
        ),
    )
    campaign = forms.ModelChoiceField(
        label=_("Campaign"), queryset=Campaign.objects.all(), required=False
    )
    confirm = forms.BooleanField(
        label=_("Accept the drafts without review (marked as unreviewed)"), required=False
    )

    def clean_texts(self) -> list[Any]:
        files = self.cleaned_data["texts"]
        if len(files) > MAX_UPLOAD_FILES:
            raise forms.ValidationError(
                _("At most %(n)s files at once; use the command line for archives."),
                params={"n": MAX_UPLOAD_FILES},
            )
        if sum(f.size for f in files) > MAX_IMPORT_TOTAL_BYTES:
            raise forms.ValidationError(
                _("The files together are larger than %(mb)s MB; import them in parts."),
                params={"mb": MAX_IMPORT_TOTAL_BYTES // (1024 * 1024)},
            )
        errors = [error for f in files if (error := _import_file_error(f))]
        if errors:
            raise forms.ValidationError(errors)
        return list(files)


def _import_file_error(upload: Any) -> str:
    """Why a text cannot be imported, told from its size and content (not
    its name); an empty or undecodable text is left to the import, which
    lists it as failed with its reason."""
    name = str(upload.name or "")
    if upload.size > MAX_IMPORT_FILE_BYTES:
        return str(
            _("“%(name)s” is larger than %(mb)s MB.")
            % {"name": name, "mb": MAX_IMPORT_FILE_BYTES // (1024 * 1024)}
        )
    upload.seek(0)
    head = upload.read(8192)
    kind = sniff(head)
    if kind == "zip":
        upload.seek(0)
        try:
            with open_bounded(upload.read(), DOCX_LIMITS) as archive:
                is_docx = "word/document.xml" in archive.namelist()
        except ZipRefused:
            is_docx = False
        upload.seek(0)
        if not is_docx:
            return str(_("“%(name)s” is an archive but not a readable DOCX file.") % {"name": name})
    elif kind not in ("text",):
        upload.seek(0)
        return str(
            _("“%(name)s” is not a text, HTML or DOCX file (PDF, image or other format).")
            % {"name": name}
        )
    upload.seek(0)
    return ""
