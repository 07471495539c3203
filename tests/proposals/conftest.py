"""Fixtures of the proposal tests."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

import pytest
from openpyxl import Workbook

from ortakmasa.proposals import services
from ortakmasa.proposals.models import Proposal
from ortakmasa.registry.models import Institution
from ortakmasa.themes.models import Theme


def workbook(rows: Sequence[Sequence[object]], cells: dict[str, object] | None = None) -> bytes:
    """An .xlsx file of one sheet holding ``rows``, then ``cells`` by address."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(list(row))
    for address, value in (cells or {}).items():
        sheet[address] = value
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def district_municipality(name: str) -> Institution:
    return Institution.objects.get(reference_key=f"municipality:district:34:{name}")


@pytest.fixture
def make_proposal(db: None) -> Callable[..., Proposal]:
    def make(district: str, title: str, themes: tuple[str, ...] = (), **fields: Any) -> Proposal:
        proposal = Proposal(institution=district_municipality(district), title=title, **fields)
        return services.create_proposal(proposal, None, list(Theme.objects.filter(code__in=themes)))

    return make
