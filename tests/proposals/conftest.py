"""Fixtures of the proposal tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from ortakmasa.proposals import services
from ortakmasa.proposals.models import Proposal
from ortakmasa.registry.models import Institution
from ortakmasa.themes.models import Theme


def district_municipality(name: str) -> Institution:
    return Institution.objects.get(reference_key=f"municipality:district:34:{name}")


@pytest.fixture
def make_proposal(db: None) -> Callable[..., Proposal]:
    def make(district: str, title: str, themes: tuple[str, ...] = (), **fields: Any) -> Proposal:
        proposal = Proposal(institution=district_municipality(district), title=title, **fields)
        return services.create_proposal(proposal, None, list(Theme.objects.filter(code__in=themes)))

    return make
