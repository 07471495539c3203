"""The district × theme heat map."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from ortakmasa.proposals.models import Proposal

pytestmark = pytest.mark.django_db


def test_counts_per_district_and_theme(
    make_proposal: Callable[..., Proposal], client_for: Callable[[str], Client]
) -> None:
    make_proposal("Başakşehir", "Metro", themes=("transport",))
    make_proposal("Başakşehir", "Otobüs", themes=("transport", "elderly_disabled"))
    make_proposal("Kadıköy", "Kreş", themes=("children",))
    response = client_for("office").get("/proposals/heatmap/")
    assert response.status_code == 200
    rows = {d.name: counts for d, counts in response.context["rows"]}
    themes = [t.code for t in response.context["themes"]]
    assert len(rows) == 39
    assert rows["Başakşehir"][themes.index("transport")] == 2
    assert rows["Başakşehir"][themes.index("elderly_disabled")] == 1
    assert rows["Kadıköy"][themes.index("children")] == 1
    assert rows["Kadıköy"][themes.index("transport")] == 0
    html = response.content.decode()
    assert "<svg" in html and '<th scope="row">' in html


def test_public_heat_map_counts_public_proposals_only(
    make_proposal: Callable[..., Proposal], client_for: Callable[[str], Client]
) -> None:
    make_proposal("Kadıköy", "Kreş", themes=("children",))
    make_proposal("Kadıköy", "Park", themes=("children",), is_public=True)
    response = client_for("public").get("/proposals/heatmap/")
    rows = {d.name: counts for d, counts in response.context["rows"]}
    themes = [t.code for t in response.context["themes"]]
    assert rows["Kadıköy"][themes.index("children")] == 1
