"""The proposal page writes its figures as Turkish readers write them
(``3.750.000``), not as Python prints a decimal (``3750000,00``)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from django.test import Client

from ortakmasa.proposals.models import Proposal


def test_cost_and_population_are_grouped_in_turkish(
    make_proposal: Callable[..., Proposal], client_for: Callable[[str], Client]
) -> None:
    proposal = make_proposal(
        "Başakşehir",
        "Çöplerin günlerce toplanmaması",
        estimated_cost=Decimal("3750000.00"),
        population=91000,
    )
    html = client_for("office").get(f"/proposals/{proposal.pk}/").content.decode()
    assert "3.750.000" in html
    assert "91.000" in html
    assert "3750000" not in html


def test_pages_name_their_icon(client_for: Callable[[str], Client]) -> None:
    # Without it every browser asked for /favicon.ico and logged a 404.
    html = client_for("public").get("/").content.decode()
    assert 'rel="icon"' in html and "icon.svg" in html
