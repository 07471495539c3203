"""The migration that turns a proposal's free-text plan objective into a
relation: labels are mapped to objectives by number, and it goes back."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from ortakmasa.plans.models import Objective
from ortakmasa.plans.sample import make_plan
from ortakmasa.registry.models import Institution
from tests.conftest import BASAKSEHIR, IBB

BEFORE = [("proposals", "0002_matching_embeddings_suggestions"), ("plans", "0001_initial")]
AFTER = [("proposals", "0003_matching_plan_objective")]


# Migrating commits; such tests run last and flush the tables (see conftest).
@pytest.mark.transactional
def test_labels_are_mapped_by_number_and_written_back(committed_base_data: None) -> None:
    plan = make_plan(Institution.objects.get(reference_key=IBB), goals=2, objectives=2)
    objective = Objective.objects.filter(goal__plan=plan).order_by("goal__position", "position")[1]
    number = objective.number
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    Proposal = old.get_model("proposals", "Proposal")
    institution_id = Institution.objects.get(reference_key=BASAKSEHIR).pk
    by_number = Proposal.objects.create(
        title="a", institution_id=institution_id, plan_objective=f"{number} Eski başlık"
    )
    unknown = Proposal.objects.create(
        title="b", institution_id=institution_id, plan_objective="H9.9 Olmayan hedef"
    )
    executor = MigrationExecutor(connection)
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps.get_model("proposals", "Proposal")
    assert new.objects.get(pk=by_number.pk).plan_objective_id == objective.pk
    assert new.objects.get(pk=unknown.pk).plan_objective_id is None

    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    back = executor.loader.project_state(BEFORE).apps.get_model("proposals", "Proposal")
    assert back.objects.get(pk=by_number.pk).plan_objective == f"{number} {objective.title}"
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
