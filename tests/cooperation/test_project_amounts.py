"""Project budgets are written with their currency as the page's language
writes amounts (``1.250.000 €``), not as a raw decimal (``1250000.00 EUR``)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from django.test import Client
from django.urls import reverse

from tests.conftest import IBB, inst
from tests.cooperation.helpers import make_project


def test_budget_and_grant_are_grouped(client_for: Callable[[str], Client]) -> None:
    project = make_project([inst(IBB)], ["transport"])
    project.budget, project.grant_amount = Decimal("1250000.00"), Decimal("800000")
    project.save()
    client = client_for("office")
    detail = client.get(reverse("cooperation:project_detail", args=[project.pk])).content.decode()
    listing = client.get(reverse("cooperation:project_list")).content.decode()
    assert "1.250.000 €" in detail and "800.000 €" in detail
    assert "1.250.000 €" in listing
    assert "1250000" not in detail + listing
