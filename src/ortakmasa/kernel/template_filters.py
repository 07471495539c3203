"""Template filters every page uses (installed as a template builtin):
Turkish capitalisation and numbers, amounts and per cents in the page's
language.  Thin wrappers over ``lib.turkish`` and ``lib.charts`` so that
templates, exports and code format the same way.

``{{ label|tr_capfirst }}`` replaces Django's ``capfirst`` (which writes
"Ilçe" for "ilçe"), ``tr_upper``/``tr_title`` replace ``upper``/``title``;
``num``, ``pct`` and ``money`` format figures (``12.000``, ``%89,7``,
``850.000 €`` in Turkish; ``12,000``, ``89.7%``, ``€850,000`` in English).

``{% table_head _("Title") _("Status") %}`` writes a list table's header row,
so that each table names its columns once instead of repeating the markup.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from ortakmasa.lib import charts, turkish

register = template.Library()


def _lang() -> str:
    return (get_language() or "tr")[:2]


def _number(value: Any) -> float | None:
    if value is None or value == "":
        return None
    try:
        return float(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return None


@register.filter
def tr_capfirst(value: Any) -> str:
    return turkish.capfirst(str(value)) if value not in (None, "") else ""


@register.filter
def tr_upper(value: Any) -> str:
    return turkish.upper(str(value)) if _lang() == "tr" else str(value).upper()


@register.filter
def tr_title(value: Any) -> str:
    return turkish.title(str(value)) if _lang() == "tr" else str(value).title()


@register.filter
def num(value: Any, decimals: Any = None) -> str:
    number = _number(value)
    if number is None:
        return "—"
    places = int(decimals) if decimals not in (None, "") else None
    return charts.format_number(number, _lang(), decimals=places)


@register.filter
def pct(value: Any) -> str:
    number = _number(value)
    return "—" if number is None else charts.format_percent(number, _lang())


@register.filter
def money(value: Any, currency: str = "TRY") -> str:
    number = _number(value)
    return "—" if number is None else charts.format_money(number, currency or "TRY", _lang())


@register.simple_tag
def table_head(*columns: Any) -> SafeString:
    """``<thead>`` of a list table: one escaped ``<th scope="col">`` per column."""
    cells = format_html_join("", '<th scope="col">{}</th>', ((c,) for c in columns))
    return format_html("<thead><tr>{}</tr></thead>", cells)
