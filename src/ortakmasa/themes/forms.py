"""The theme picker every app's forms share."""

from __future__ import annotations

from typing import Any

from django import forms

from ortakmasa.themes.models import Theme


class ThemesField(forms.ModelMultipleChoiceField):
    """Themes to tick, in the catalogue's order; ticking none is allowed."""

    def __init__(self, label: Any, **kwargs: Any) -> None:
        kwargs.setdefault("required", False)
        super().__init__(
            queryset=Theme.objects.order_by("position", "sort_key"),
            label=label,
            widget=forms.CheckboxSelectMultiple,
            **kwargs,
        )
