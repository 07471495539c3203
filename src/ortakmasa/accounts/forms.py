"""Forms of the user pages: invite, edit (role, institution, active)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from ortakmasa.accounts.models import Role, User
from ortakmasa.accounts.permissions import grantable_roles
from ortakmasa.kernel.policy import allowed, in_scope
from ortakmasa.registry.widgets import InstitutionField


class UserForm(forms.ModelForm[User]):
    institution = InstitutionField(
        label=_("institution"),
        required=False,
        help_text=_("The institution this user acts for; type a few letters and choose."),
    )

    class Meta:
        model = User
        fields = ["username", "first_name", "last_name", "email", "role", "is_active"]

    def __init__(self, *args: Any, manager: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.manager = manager
        role_field = self.fields["role"]
        assert isinstance(role_field, forms.ChoiceField)
        allowed = grantable_roles(manager)
        role_field.choices = [(v, label) for v, label in Role.choices if v in allowed]
        self.fields["email"].required = True
        self.fields["institution"].initial = self.instance.institution
        if not self.instance.pk:
            del self.fields["is_active"]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        role = data.get("role")
        institution = data.get("institution")
        if role and role != Role.ADMIN and institution is None:
            self.add_error("institution", _("Choose the institution this user acts for."))
        if institution is not None and not in_scope(self.manager, institution):
            self.add_error("institution", _("This institution is outside what you manage."))
        if self.instance.pk == getattr(self.manager, "pk", None) and (
            data.get("is_active") is False or (role and role != self.instance.role)
        ):
            self.add_error(None, _("You cannot change your own role or deactivate yourself."))
        return data

    def save(self, commit: bool = True) -> User:
        user = super().save(commit=False)
        user.institution = self.cleaned_data.get("institution")
        is_admin = user.role == Role.ADMIN
        # Administrators reach the data stewards' admin site too.
        user.is_staff = is_admin
        if allowed(self.manager, "grant_superuser"):
            user.is_superuser = is_admin
        if commit:
            user.save()
        return user
