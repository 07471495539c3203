"""Fields many records share, declared once (abstract: no table here)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models


def user_reference(*, related_name: str = "+", **options: Any) -> models.ForeignKey[Any, Any]:
    """The user who made, changed, reviewed or decided something.  Records
    outlive accounts: deleting a user empties the reference and keeps the
    record."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name=related_name,
        **options,
    )


class Authored(models.Model):
    """Who made a record and when it was made and last changed; filled by
    the pages and services, never typed in a form."""

    created_by = user_reference(blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True
