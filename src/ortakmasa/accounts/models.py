"""Users and their roles.

A user has one role and, for every role but administrator, the institution
it acts for.  What each role may do is decided in ``kernel.policy`` and
nowhere else.
"""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from ortakmasa.kernel.models import optional_reference


class Role(models.TextChoices):
    ADMIN = "admin", _("administrator")
    STRATEGY_OFFICE = "strategy_office", _("strategy office")
    LIAISON = "liaison", _("district liaison")
    STAKEHOLDER = "stakeholder", _("stakeholder")


class User(AbstractUser):
    role = models.CharField(
        _("role"), max_length=20, choices=Role.choices, default=Role.STAKEHOLDER
    )
    institution = optional_reference(
        "registry.Institution",
        on_delete=models.PROTECT,
        related_name="users",
        verbose_name=_("institution"),
        help_text=_("The institution this user acts for."),
    )

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.get_full_name() or self.username
