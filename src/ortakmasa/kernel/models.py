"""Fields many records share, declared once (abstract: no table here)."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Authored(models.Model):
    """Who made a record and when it was made and last changed; filled by
    the pages and services, never typed in a form."""

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True
