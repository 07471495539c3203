"""List pages and endpoints cost the same number of queries at 10 and 200
rows."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from ortakmasa.proposals.models import Proposal
from ortakmasa.themes.models import Theme
from tests.proposals.conftest import district_municipality
from tests.queries import queries_for

pytestmark = pytest.mark.django_db


def make_rows(n: int, tag: str) -> None:
    themes = list(Theme.objects.filter(code__in=["transport", "children"]))
    institutions = [district_municipality("Başakşehir"), district_municipality("Kadıköy")]
    rows = Proposal.objects.bulk_create(
        [
            Proposal(
                title=f"{tag} öneri {i}",
                search_text=f"{tag.lower()} oneri {i}",
                institution=institutions[i % 2],
                district_id=institutions[i % 2].district_id,
                is_public=True,
                population=1000 + i,
            )
            for i in range(n)
        ]
    )
    through = Proposal.themes.through
    through.objects.bulk_create(
        [through(proposal_id=p.pk, theme_id=t.pk) for p in rows for t in themes]
    )
    for p in rows[: n // 2]:
        Proposal.objects.filter(pk=p.pk).update(merged_into=rows[-1])


def count(client: Client, url: str, params: dict[str, object]) -> int:
    return queries_for(client, url, params)


@pytest.mark.parametrize(
    "url,params",
    [
        ("/proposals/", {"q": "{tag}"}),
        ("/proposals/public/", {"q": "{tag}"}),
        ("/api/v1/proposals/", {"q": "{tag}", "page_size": 500}),
        ("/proposals/export.csv", {"q": "{tag}"}),
        ("/proposals/export.xlsx", {"q": "{tag}"}),
        ("/proposals/priorities/", {}),
        ("/proposals/heatmap/", {}),
    ],
)
def test_constant_queries(
    url: str, params: dict[str, object], client_for: Callable[[str], Client]
) -> None:
    client = client_for("office")
    make_rows(10, "Kırlangıç")
    small = count(client, url, {k: str(v).format(tag="kirlangic") for k, v in params.items()})
    make_rows(200, "Martı")
    large = count(client, url, {k: str(v).format(tag="marti") for k, v in params.items()})
    assert small == large
