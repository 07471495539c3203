"""Numbers and percentages in the interface language (``1.234,5``, ``%87,5``)."""

from __future__ import annotations

from decimal import Decimal

from django import template
from django.utils.translation import get_language

from ortakmasa.lib.charts import format_number, format_percent

register = template.Library()


@register.filter
def num(value: float | Decimal | None) -> str:
    if value is None or value == "":
        return "—"
    return format_number(float(value), get_language() or "tr")


@register.filter
def pct(value: float | Decimal | None) -> str:
    if value is None or value == "":
        return "—"
    return format_percent(float(value), get_language() or "tr")
