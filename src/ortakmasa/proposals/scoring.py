"""Priority score of proposals: pure functions, no Django.

Each criterion is brought to 0..1 over the proposals being ranked, then
weighted; the score is the weighted mean times 100, so it reads as "out of
100" whatever the weights are.

* districts — how many districts raised it (its own plus those merged into it);
* population — people concerned, on a log scale (a neighbourhood and a whole
  district should not differ by a factor of a thousand in the ranking);
* urgency — low, medium, high;
* cost — cheaper is better, also on a log scale; unknown cost counts as the
  middle of the range so that a missing estimate neither helps nor hurts;
* theme fit — share of its themes that are priority themes;
* policy fit — whether its text names a keyword of the upper policy documents.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal

from ortakmasa.lib.turkish import search_key

CRITERIA = ("districts", "population", "urgency", "cost", "theme_fit", "policy_fit")


@dataclass(frozen=True)
class Weights:
    districts: float = 3.0
    population: float = 2.0
    urgency: float = 2.0
    cost: float = 1.0
    theme_fit: float = 1.0
    policy_fit: float = 1.0

    def as_dict(self) -> dict[str, float]:
        return {name: float(getattr(self, name)) for name in CRITERIA}


@dataclass(frozen=True)
class Item:
    key: int
    districts: int
    population: int | None
    urgency: int
    cost: Decimal | float | None
    themes: frozenset[str]
    text: str


@dataclass
class Scored:
    key: int
    score: float
    parts: dict[str, float] = field(default_factory=dict)


def _log_scale(values: list[float | None]) -> list[float | None]:
    logs = [math.log10(1 + v) if v is not None and v > 0 else None for v in values]
    known = [x for x in logs if x is not None]
    if not known:
        return [None] * len(values)
    lo, hi = min(known), max(known)
    span = hi - lo
    return [None if x is None else (1.0 if span == 0 else (x - lo) / span) for x in logs]


def keyword_keys(keywords: str) -> list[str]:
    return [k for k in (search_key(line, fold_ascii=True) for line in keywords.splitlines()) if k]


def _mentions(text_key: str, keys: list[str]) -> bool:
    padded = f" {text_key} "
    # A keyword matches at the start of a word so that it finds its
    # inflections ("deprem" in "depremde").
    return any(f" {k}" in padded for k in keys)


def score(
    items: list[Item],
    weights: Weights,
    priority_themes: frozenset[str] = frozenset(),
    policy_keywords: str = "",
) -> list[Scored]:
    """Scores ``items``, best first (ties keep the input order)."""
    if not items:
        return []
    max_districts = max(item.districts for item in items) or 1
    population = _log_scale([float(i.population) if i.population else None for i in items])
    cost = _log_scale([float(i.cost) if i.cost is not None else None for i in items])
    keys = keyword_keys(policy_keywords)
    w = weights.as_dict()
    total_weight = sum(v for v in w.values() if v > 0) or 1.0
    results: list[Scored] = []
    for index, item in enumerate(items):
        pop, price = population[index], cost[index]
        parts: dict[str, float] = {
            "districts": item.districts / max_districts,
            "population": pop if pop is not None else 0.0,
            "urgency": (item.urgency - 1) / 2,
            "cost": 1.0 - price if price is not None else 0.5,
            "theme_fit": (
                len(item.themes & priority_themes) / len(item.themes) if item.themes else 0.0
            ),
            "policy_fit": 1.0
            if keys and _mentions(search_key(item.text, fold_ascii=True), keys)
            else 0.0,
        }
        value = sum(max(w[name], 0.0) * parts[name] for name in CRITERIA) / total_weight
        results.append(Scored(item.key, round(100 * value, 1), parts))
    return sorted(results, key=lambda s: -s.score)
