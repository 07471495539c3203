"""Dates survive a re-save: every ``<input type=date>`` is rendered in ISO
form, the only one a browser's date field can show."""

from __future__ import annotations

import datetime
import importlib
import inspect
import pkgutil
from collections.abc import Callable

import pytest
from django import forms
from django.test import Client

import ortakmasa
from ortakmasa.meetings.models import FollowUp
from tests.conftest import BASAKSEHIR, confirmed_visit, inst
from tests.formpost import form_data, form_index_with

pytestmark = pytest.mark.django_db


def _form_classes() -> list[type[forms.BaseForm]]:
    found: list[type[forms.BaseForm]] = []
    for info in pkgutil.walk_packages(ortakmasa.__path__, "ortakmasa."):
        if not info.name.endswith(("forms", "views", "admin")):
            continue
        module = importlib.import_module(info.name)
        for _name, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, forms.BaseForm) and obj.__module__ == module.__name__:
                found.append(obj)
    return found


def test_every_date_input_renders_iso() -> None:
    classes = _form_classes()
    assert len(classes) > 20
    checked = 0
    for cls in classes:
        for name, field in getattr(cls, "base_fields", {}).items():
            widget = field.widget
            if isinstance(widget, forms.DateInput) and widget.input_type == "date":
                checked += 1
                assert widget.format == "%Y-%m-%d", f"{cls.__name__}.{name}"
    assert checked >= 8


def test_follow_up_due_date_survives_resave(client_for: Callable[[str], Client]) -> None:
    """Issue 12: re-saving a meeting erased its follow-ups' due dates."""
    meeting = confirmed_visit(inst(BASAKSEHIR), "Başakşehir ziyareti")
    FollowUp.objects.create(
        meeting=meeting, text="Park projesi raporu", due_date=datetime.date(2024, 7, 15)
    )
    client = client_for("office")
    html = client.get(f"/meetings/{meeting.pk}/edit/").content.decode()
    assert 'value="2024-07-15"' in html
    data = form_data(html, form_index_with(html, "f-TOTAL_FORMS"))
    response = client.post(f"/meetings/{meeting.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    action = meeting.follow_ups.get()
    assert action.due_date == datetime.date(2024, 7, 15)
