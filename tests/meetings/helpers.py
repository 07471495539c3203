"""Shared helpers for the meetings tests."""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from django.test import Client

from ortakmasa.meetings.models import Meeting, MeetingTopic

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "gold" / "extract"
SEED_VISIT = SEEDS / "000_seed_imamoglu_basaksehir.txt"
SEED_EU = SEEDS / "001_seed_izmit_ibb_ab.txt"


def review_post(
    client: Client,
    meeting: Meeting,
    *,
    choice: str = "keep",
    choices: dict[str, str] | None = None,
    **overrides: Any,
) -> Any:
    """Submits the review form as the page renders it, with the given
    decisions for the participants (by name: "new", "keep",
    "person:<id>")."""
    page = client.get(f"/meetings/{meeting.pk}/edit/")
    assert page.status_code == 200
    context = page.context
    data: dict[str, Any] = {}
    form = context["form"]
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if name == "date" and value is not None:
            value = value.isoformat()
        if name == "host_name":
            host = form.fields[name].initial
            value = host.name if host else ""
        if name == "guest_names":
            value = [g.name for g in form.fields[name].initial or []]
        if value is None or value is False:
            continue
        data[name] = value.pk if hasattr(value, "pk") else value
    for prefix_key in ("p_forms", "t_forms", "q_forms", "d_forms", "f_forms"):
        formset = context[prefix_key]
        management = formset.management_form
        for name in ("TOTAL_FORMS", "INITIAL_FORMS", "MIN_NUM_FORMS", "MAX_NUM_FORMS"):
            data[f"{formset.prefix}-{name}"] = (
                management.initial.get(name, 0)
                if name != ("TOTAL_FORMS")
                else len(formset.initial or [])
            )
        for i, initial in enumerate(formset.initial or []):
            for key, value in initial.items():
                if value is None:
                    continue
                data[f"{formset.prefix}-{i}-{key}"] = (
                    value.isoformat() if hasattr(value, "isoformat") else value
                )
            if prefix_key == "p_forms":
                proposed = initial.get("choice", "")
                decided = (choices or {}).get(initial["name"]) or (
                    proposed if proposed.startswith("person:") else choice
                )
                data[f"{formset.prefix}-{i}-choice"] = decided
    data.update(overrides)
    return client.post(f"/meetings/{meeting.pk}/edit/", data)


def toggle_topic(rng: random.Random, meeting: Meeting, themes: Sequence[Any]) -> None:
    """A random write to a meeting's topics, as the kept figures' tests make:
    half the time its first topic goes, otherwise the first theme it lacks
    is added last."""
    topic = meeting.topics.first()
    if topic and rng.random() < 0.5:
        topic.delete()
        return
    taken = set(meeting.topics.values_list("theme_id", flat=True))
    free = [t for t in themes if t.pk not in taken]
    if free:
        MeetingTopic.objects.create(meeting=meeting, theme=free[0], rank=len(taken) + 1)
