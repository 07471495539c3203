"""Shared helpers for the cooperation tests."""

from __future__ import annotations

import datetime
from typing import Any

from ortakmasa.cooperation.models import (
    Cooperation,
    CooperationParty,
    CooperationTopic,
    FundedProject,
    ProjectPartner,
)
from ortakmasa.registry.models import Institution
from ortakmasa.themes.models import Theme


def _value(value: Any) -> Any:
    if value is None or value is False:
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "pk"):
        return value.pk
    if value is True:
        return "on"
    return value


def form_data(context: Any, formsets: dict[str, Any]) -> dict[str, Any]:
    """The POST data of a rendered page: the main ``form`` and the given
    formsets with their initial rows."""
    data: dict[str, Any] = {}
    form = context["form"]
    for name in form.fields:
        value = _value(form[name].value() if form.is_bound else form[name].initial)
        if value is None:
            continue
        if isinstance(value, list):
            value = [_value(v) for v in value]
        data[name] = value
    for key, changes in formsets.items():
        formset = context[key]
        rows = list(formset.initial or [])
        for i, extra in changes.get("add", {}).items():
            while len(rows) <= i:
                rows.append({})
            rows[i] = extra
        data[f"{formset.prefix}-TOTAL_FORMS"] = len(rows)
        data[f"{formset.prefix}-INITIAL_FORMS"] = 0
        data[f"{formset.prefix}-MIN_NUM_FORMS"] = 0
        data[f"{formset.prefix}-MAX_NUM_FORMS"] = 1000
        for i, row in enumerate(rows):
            for k, v in row.items():
                if hasattr(v, "pk") and k.endswith("_name"):
                    # A record picker posts the name shown and the chosen id.
                    data[f"{formset.prefix}-{i}-{k}"] = getattr(v, "name", str(v))
                    data[f"{formset.prefix}-{i}-{k}_id"] = v.pk
                    continue
                v = _value(v)
                if v is not None:
                    data[f"{formset.prefix}-{i}-{k}"] = v
            if i in changes.get("delete", ()):
                data[f"{formset.prefix}-{i}-DELETE"] = "on"
    return data


def themes(*codes: str) -> list[Theme]:
    found = {t.code: t for t in Theme.objects.filter(code__in=codes)}
    return [found[c] for c in codes]


def make_cooperation(
    institutions: list[Institution],
    topics: list[str],
    *,
    title: str = "Test işbirliği",
    public: bool = True,
    start: datetime.date | None = None,
) -> Cooperation:
    coop = Cooperation.objects.create(title=title, is_public=public, start_date=start)
    for i, inst in enumerate(institutions):
        CooperationParty.objects.create(cooperation=coop, institution=inst, position=i)
    for i, theme in enumerate(themes(*topics), start=1):
        CooperationTopic.objects.create(cooperation=coop, theme=theme, rank=i)
    return coop


def make_project(
    institutions: list[Institution], topics: list[str], *, public: bool = True, funder: str = "eu"
) -> FundedProject:
    project = FundedProject.objects.create(title="Test projesi", is_public=public, funder=funder)
    project.themes.set(themes(*topics))
    for i, inst in enumerate(institutions):
        ProjectPartner.objects.create(
            project=project, institution=inst, role="coordinator" if i == 0 else "partner"
        )
    return project
