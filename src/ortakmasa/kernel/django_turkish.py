"""Django's ``capfirst`` with Turkish rules.

Django capitalises every label it derives from a ``verbose_name`` (form
labels, admin headings, column titles, the ``capfirst`` template filter)
with ``str.upper``, which turns "ilçe" into "Ilçe" and "işbirliği" into
"Işbirliği".  Every one of those call sites holds a reference to the same
function object, so the fix is to give that one function Turkish-aware code
when the page language is Turkish; English stays as it was.
"""

from __future__ import annotations

from typing import Any


def _turkish_capfirst(x: Any) -> Any:  # pragma: no cover - body runs as Django's
    if not x:
        return x
    if not isinstance(x, str):
        x = str(x)
    from django.utils.translation import get_language

    if (get_language() or "tr")[:2] == "tr":
        first = {"i": "İ", "ı": "I"}.get(x[0], x[0].upper())
        return first + x[1:]
    return x[0].upper() + x[1:]


def install() -> None:
    import django.template.defaultfilters
    import django.utils.text

    functions: tuple[Any, ...] = (
        django.utils.text.capfirst,
        # The template filter has its own copy of the same one line.
        django.template.defaultfilters.capfirst,
    )
    for function in functions:
        original: Any = function.__wrapped__
        if original.__code__ is not _turkish_capfirst.__code__:
            original.__code__ = _turkish_capfirst.__code__
