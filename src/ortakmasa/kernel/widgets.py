"""Form widgets every app's forms share.

Browsers fill ``<input type=date>`` and ``type=time`` only with ISO values:
with the localised default ("15/07/2024") the field showed empty and the
next save erased it, so each widget fixes its format here, once.  Forms
may share these instances: Django copies a widget into every field."""

from __future__ import annotations

from django import forms

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TIME = forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"})
