"""District lists on the trace page follow the Turkish alphabet: Çekmeköy
after Beykoz, Şile after Sarıyer, Ümraniye after Tuzla (issue 12: they
came last)."""

from __future__ import annotations

import pytest

from ortakmasa.plans import trace, tree
from ortakmasa.plans.models import Objective
from ortakmasa.plans.sample import make_plan
from ortakmasa.proposals import services
from ortakmasa.proposals.models import Proposal, ProposalCluster
from ortakmasa.registry.models import Institution
from tests.conftest import IBB, inst

pytestmark = pytest.mark.django_db

ORDER = ["Beykoz", "Çekmeköy", "Sarıyer", "Şile", "Tuzla", "Ümraniye", "Zeytinburnu"]


def test_trace_lists_districts_in_turkish_order() -> None:
    plan = make_plan(inst(IBB), goals=1, objectives=1, indicators=1)
    cluster = ProposalCluster.objects.create(label="Sahil", province=plan.institution.province)
    for name in reversed(ORDER):
        district = Institution.objects.get(reference_key=f"municipality:district:34:{name}")
        p = services.create_proposal(Proposal(title=f"{name} sahili", institution=district), None)
        Proposal.objects.filter(pk=p.pk).update(cluster=cluster)
    objective = Objective.objects.filter(goal__plan=plan).first()
    assert objective is not None
    objective.clusters.add(cluster)
    result = trace.build(tree.load(plan.pk))
    names = next(n for o, n, _c in result.objective_districts if o.pk == objective.pk)
    assert names == ORDER
    assert [r.district.name for r in result.districts] == ORDER
