"""A proposal's plan objective becomes a relation to plans' Objective.

Existing text labels ("H1.2 Title") are mapped to the objective whose
number and title they spell, else to the only objective with that number;
labels that match nothing are left unlinked (the proposal keeps its status
and reason).  Backwards, each link is written out as "<number> <title>".
"""

from __future__ import annotations

import re
from typing import Any

import django.db.models.deletion
from django.db import migrations, models

_CODE = re.compile(r"^\s*H(\d+)\.(\d+)\b")


def _number(objective: Any) -> str:
    return f"H{objective.goal.position}.{objective.position}"


def forwards(apps: Any, schema_editor: Any) -> None:
    Proposal = apps.get_model("proposals", "Proposal")
    Objective = apps.get_model("plans", "Objective")
    objectives = list(Objective.objects.select_related("goal"))
    by_label = {f"{_number(o)} {o.title}".strip(): o for o in objectives}
    by_code: dict[tuple[int, int], list[Any]] = {}
    for o in objectives:
        by_code.setdefault((o.goal.position, o.position), []).append(o)
    for proposal in Proposal.objects.exclude(plan_objective_text=""):
        label = proposal.plan_objective_text.strip()
        found = by_label.get(label)
        if found is None:
            match = _CODE.match(label)
            if match:
                candidates = by_code.get((int(match.group(1)), int(match.group(2))), [])
                found = candidates[0] if len(candidates) == 1 else None
        if found is not None:
            proposal.plan_objective_id = found.pk
            proposal.save(update_fields=["plan_objective"])


def backwards(apps: Any, schema_editor: Any) -> None:
    Proposal = apps.get_model("proposals", "Proposal")
    for proposal in Proposal.objects.exclude(plan_objective=None).select_related(
        "plan_objective__goal"
    ):
        objective = proposal.plan_objective
        proposal.plan_objective_text = f"{_number(objective)} {objective.title}"[:255]
        proposal.save(update_fields=["plan_objective_text"])


class Migration(migrations.Migration):
    dependencies = [
        ("plans", "0001_initial"),
        ("proposals", "0002_matching_embeddings_suggestions"),
    ]

    operations = [
        migrations.RenameField("proposal", "plan_objective", "plan_objective_text"),
        migrations.AddField(
            model_name="proposal",
            name="plan_objective",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="accepted_proposals",
                to="plans.objective",
                verbose_name="plan objective",
            ),
        ),
        migrations.RunPython(forwards, backwards),
        migrations.RemoveField("proposal", "plan_objective_text"),
    ]
