"""Fields many records share, declared once (abstract: no table here)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar, TypeVar, overload

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


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


M = TypeVar("M", bound=models.Model)


@overload
def optional_reference(
    to: type[M], *, on_delete: Any, **options: Any
) -> models.ForeignKey[M | None, M | None]: ...
@overload
def optional_reference(
    to: str, *, on_delete: Any, **options: Any
) -> models.ForeignKey[Any, Any]: ...
def optional_reference(to: Any, *, on_delete: Any, **options: Any) -> models.ForeignKey[Any, Any]:
    """A link a record may lack: empty in the database and in every form."""
    return models.ForeignKey(to, on_delete=on_delete, null=True, blank=True, **options)


def percentage(
    verbose_name: Any, *, default: int, maximum: int = 100, **options: Any
) -> models.DecimalField[Any, Any]:
    """A share in per cent with two decimals, from 0 up to ``maximum``."""
    limit = Decimal(maximum)
    return models.DecimalField(
        verbose_name,
        max_digits=len(str(maximum)) + 2,
        decimal_places=2,
        default=Decimal(default),
        validators=[MinValueValidator(Decimal(0)), MaxValueValidator(limit)],
        **options,
    )


def status_field(
    default: models.TextChoices, *, max_length: int, **options: Any
) -> models.CharField[Any, Any]:
    """Where a record stands in its workflow: one of the choices ``default``
    belongs to, a new record starting at ``default``."""
    return models.CharField(
        _("status"),
        max_length=max_length,
        choices=type(default).choices,
        default=default,
        **options,
    )


class Timestamped(models.Model):
    """When a record was made and last changed."""

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class Authored(Timestamped):
    """Who made a record and when it was made and last changed; filled by
    the pages and services, never typed in a form."""

    created_by = user_reference(blank=True, editable=False)

    class Meta:
        abstract = True


class Linked:
    """A record with a page of its own: ``DETAIL_URL`` names the URL pattern,
    which takes the record's ``URL_KEY`` (its id unless said otherwise)."""

    DETAIL_URL: ClassVar[str]
    URL_KEY: ClassVar[str] = "pk"

    def get_absolute_url(self) -> str:
        return reverse(self.DETAIL_URL, args=[getattr(self, self.URL_KEY)])
