"""Scores of a clustering against the needs that generated (or label) the
proposals, shared by the clustering benchmarks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from itertools import combinations


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def bcubed(labels: Sequence[Hashable], truth: Sequence[Hashable]) -> tuple[float, float]:
    """B-cubed precision and recall, computed from cluster × need counts."""
    joint = Counter(zip(labels, truth, strict=True))
    cluster_size = Counter(labels)
    need_size = Counter(truth)
    n = len(labels)
    precision = sum(c * c / cluster_size[k] for (k, _), c in joint.items()) / n
    recall = sum(c * c / need_size[t] for (_, t), c in joint.items()) / n
    return precision, recall


def pair_prf(labels: Sequence[Hashable], truth: Sequence[Hashable]) -> tuple[float, float, float]:
    """Precision, recall and F1 over the pairs of proposals put together."""
    same_pred = same_true = both = 0
    for a, b in combinations(range(len(labels)), 2):
        p = labels[a] == labels[b]
        t = truth[a] == truth[b]
        same_pred += p
        same_true += t
        both += p and t
    precision = both / same_pred if same_pred else 1.0
    recall = both / same_true if same_true else 1.0
    return precision, recall, f1(precision, recall)
