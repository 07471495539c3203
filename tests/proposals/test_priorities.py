"""Priority scoring and the ranked list."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from django.test import Client

from ortakmasa.proposals.models import Proposal, ScoringProfile, Status
from ortakmasa.proposals.scoring import Item, Weights, score

pytestmark = pytest.mark.django_db


def item(key: int, **kw: object) -> Item:
    values: dict[str, object] = {
        "districts": 1,
        "population": None,
        "urgency": 2,
        "cost": None,
        "themes": frozenset(),
        "text": "",
    }
    values.update(kw)
    return Item(key=key, **values)  # type: ignore[arg-type]


def test_each_criterion_moves_the_score() -> None:
    items = [
        item(1, districts=5),
        item(2, population=100000),
        item(3, urgency=3),
        item(4, cost=Decimal("10000")),
        item(5, cost=Decimal("90000000")),
        item(6, themes=frozenset({"transport"})),
        item(7, text="Deprem toplanma alanları"),
    ]
    only = {
        "districts": 1,
        "population": 2,
        "urgency": 3,
        "theme_fit": 6,
        "policy_fit": 7,
    }
    for criterion, winner in only.items():
        weights = Weights(**{name: 0.0 for name in Weights().as_dict()} | {criterion: 1.0})
        ranked = score(items, weights, frozenset({"transport"}), "deprem\n")
        assert ranked[0].key == winner, criterion
        assert ranked[0].score == 100.0
    weights = Weights(**{name: 0.0 for name in Weights().as_dict()} | {"cost": 1.0})
    by_key = {s.key: s.score for s in score(items, weights)}
    # Cheap beats unknown beats expensive.
    assert by_key[4] > by_key[1] > by_key[5]


def test_policy_keywords_match_inflected_words_only_at_word_start() -> None:
    weights = Weights(**{name: 0.0 for name in Weights().as_dict()} | {"policy_fit": 1.0})
    ranked = {
        s.key: s.score
        for s in score(
            [item(1, text="Depremde toplanma alanı"), item(2, text="Sudeprem")],
            weights,
            policy_keywords="DEPREM",
        )
    }
    assert ranked == {1: 100.0, 2: 0.0}


def test_ranked_page_counts_merged_districts(
    make_proposal: Callable[..., Proposal], client_for: Callable[[str], Client]
) -> None:
    primary = make_proposal("Başakşehir", "Metro hattı", population=1000, urgency=1)
    other = make_proposal("Kadıköy", "Metro bağlantısı", population=1000, urgency=1)
    make_proposal("Kadıköy", "Sahil aydınlatması", population=50000, urgency=3)
    Proposal.objects.filter(pk=other.pk).update(status=Status.MERGED, merged_into=primary)
    client = client_for("office")
    response = client.post(
        "/proposals/priorities/",
        {
            "districts": 5,
            "population": 0,
            "urgency": 0,
            "cost": 0,
            "theme_fit": 0,
            "policy_fit": 0,
            "policy_keywords": "",
        },
    )
    assert response.status_code == 302
    rows = list(client.get("/proposals/priorities/").context["page"])
    assert [(p.title, n) for p, _s, n in rows][:2] == [
        ("Metro hattı", 2),
        ("Sahil aydınlatması", 1),
    ]
    assert all(p.status != Status.MERGED for p, _s, _n in rows)


def test_weights_are_the_strategy_offices(
    client_for: Callable[[str], Client],
) -> None:
    client = client_for("liaison")
    assert client.get("/proposals/priorities/").status_code == 200
    assert client.post("/proposals/priorities/", {"districts": 9}).status_code == 403
    assert not ScoringProfile.objects.exists()
    response = client_for("office").post("/proposals/priorities/", {"districts": 11})
    assert response.status_code == 200 and "districts" in response.context["form"].errors
