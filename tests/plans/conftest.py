from __future__ import annotations

import pytest

from ortakmasa.plans.models import Plan
from ortakmasa.plans.sample import make_plan
from ortakmasa.registry.models import Institution
from tests.conftest import IBB


@pytest.fixture
def ibb(db: None) -> Institution:
    return Institution.objects.get(reference_key=IBB)


@pytest.fixture
def plan(ibb: Institution) -> Plan:
    return make_plan(ibb, goals=2, objectives=2, indicators=3)
