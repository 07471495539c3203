"""Forms of the registry pages."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from ortakmasa.kernel.policy import allowed, scope_q
from ortakmasa.kernel.widgets import DATE
from ortakmasa.registry.models import (
    SUBUNIT_KINDS,
    Institution,
    InstitutionKind,
    Person,
    Post,
)


class InstitutionForm(forms.ModelForm[Institution]):
    website = forms.URLField(label=_("website"), required=False, assume_scheme="https")
    aliases_text = forms.CharField(
        label=_("Other names"),
        required=False,
        help_text=_("One per line, e.g. an abbreviation such as İBB."),
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    class Meta:
        model = Institution
        fields = list(Institution.EDITABLE)
        widgets = {
            "address": forms.Textarea(attrs={"rows": 2}),
            "description": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        parents = Institution.objects.filter(scope_q(user)).order_by("sort_key")
        self.fields["parent"].queryset = parents  # type: ignore[attr-defined]
        self.fields["district"].queryset = (  # type: ignore[attr-defined]
            self.fields["district"].queryset.select_related("province")  # type: ignore[attr-defined]
        )
        if self.instance.pk:
            self.fields["aliases_text"].initial = "\n".join(
                a.name for a in self.instance.aliases.all()
            )
        if not allowed(user, "restructure"):
            if self.instance.pk:
                # A liaison keeps its institution where it is in the registry.
                for name in ("kind", "parent", "province", "district"):
                    self.fields[name].disabled = True
            else:
                # A liaison adds departments and units of its own institution.
                kind_field = self.fields["kind"]
                assert isinstance(kind_field, forms.ChoiceField)
                kind_field.choices = [
                    (k.value, k.label) for k in InstitutionKind if k in SUBUNIT_KINDS
                ]
                self.fields["parent"].required = True

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        kind = data.get("kind")
        parent = data.get("parent")
        if kind in SUBUNIT_KINDS and parent is None:
            self.add_error("parent", _("A department, directorate or unit needs a parent."))
        if parent is not None and self.instance.pk:
            node: Institution | None = parent
            while node is not None:
                if node.pk == self.instance.pk:
                    self.add_error("parent", _("An institution cannot be its own parent."))
                    break
                node = node.parent
        district = data.get("district")
        province = data.get("province")
        if district is not None and province is not None and district.province_id != province.pk:
            self.add_error("district", _("This district is not in the chosen province."))
        return data

    def existing_duplicate(self) -> Institution | None:
        """The recorded institution this form would duplicate, to link to
        beside the refusal."""
        if not self.is_bound or "name" not in self.errors:
            return None
        if not any(e.code == "near_duplicate" for e in self.errors.as_data()["name"]):
            return None
        return self.instance.near_duplicates().first()

    def alias_names(self) -> list[str]:
        text = self.cleaned_data.get("aliases_text") or ""
        return sorted({line.strip() for line in text.splitlines() if line.strip()})


class PersonForm(forms.ModelForm[Person]):
    class Meta:
        model = Person
        fields = ["given_name", "family_name", "email", "phone", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 3})}


class PostForm(forms.ModelForm[Post]):
    class Meta:
        model = Post
        fields = ["institution", "title", "start_date", "end_date", "source"]
        widgets = {
            "start_date": DATE,
            "end_date": DATE,
        }

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["institution"].queryset = (  # type: ignore[attr-defined]
            Institution.objects.filter(scope_q(user)).order_by("sort_key")
        )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The end date cannot be before the start date."))
        return data
