"""Graph clustering of scored candidate pairs without chaining.

Plain union-find over every pair above the threshold chains: "new nursery"
links to "nursery fees" which links to "free swimming pool"... and at 10⁵
proposals a third of them end in one cluster.  Here every cluster has a
*head* (its most often raised phrasing) and a member must itself be similar
to the head; whoever is not is taken out and clustered again with the other
outcasts, for a few rounds.  Each round is a handful of vectorised calls.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from .vectors import distinct

__all__ = ["first_appearance_labels", "headed_components"]

PairScorer = Callable[[np.ndarray, np.ndarray], np.ndarray]


def headed_components(
    n: int,
    i: np.ndarray,
    j: np.ndarray,
    weight: np.ndarray,
    head_score: PairScorer,
    head_threshold: float,
    rounds: int = 8,
) -> np.ndarray:
    """A component label for each of ``n`` nodes joined by edges (i, j).

    ``weight`` ranks the candidates for head (higher first, then lower
    index); ``head_score(members, heads)`` scores members against heads.
    """
    labels = np.full(n, -1, dtype=np.int64)
    active = np.ones(n, dtype=bool)
    for _ in range(rounds):
        keep = active[i] & active[j]
        graph = sp.coo_matrix((np.ones(int(keep.sum())), (i[keep], j[keep])), shape=(n, n))
        _, comp = connected_components(graph, directed=False)
        nodes = np.flatnonzero(active)
        comp_of = comp[nodes]
        # Head of each component: highest weight, then lowest index.
        order = np.lexsort((nodes, -weight[nodes], comp_of))
        sorted_comp = comp_of[order]
        first = np.ones(order.size, dtype=bool)
        first[1:] = sorted_comp[1:] != sorted_comp[:-1]
        head_of_comp = dict(
            zip(sorted_comp[first].tolist(), nodes[order][first].tolist(), strict=True)
        )
        heads = np.array([head_of_comp[c] for c in comp_of.tolist()], dtype=np.int64)
        is_head = heads == nodes
        scores = np.ones(nodes.size)
        others = ~is_head
        if others.any():
            scores[others] = head_score(nodes[others], heads[others])
        accepted = scores >= head_threshold
        labels[nodes[accepted]] = heads[accepted]
        active[nodes[accepted]] = False
        if not active.any():
            break
    rest = np.flatnonzero(active)
    labels[rest] = rest
    return _merge_heads(n, i, j, labels, weight, head_score, head_threshold)


def _merge_heads(
    n: int,
    i: np.ndarray,
    j: np.ndarray,
    labels: np.ndarray,
    weight: np.ndarray,
    head_score: PairScorer,
    head_threshold: float,
) -> np.ndarray:
    """Fold a cluster into a larger one when an edge runs between them and
    their heads match (a need phrased two ways can form two heads above).

    One level only: a cluster that receives others is never folded itself,
    so no chain can form through the heads either.
    """
    a, b = labels[i], labels[j]
    cross = a != b
    if not cross.any():
        return labels
    size = np.bincount(labels, weights=weight, minlength=n)
    lo = np.minimum(a[cross], b[cross])
    hi = np.maximum(a[cross], b[cross])
    code = distinct(lo * n + hi)
    ha, hb = code // n, code % n
    scores = head_score(ha, hb)
    ok = scores >= head_threshold
    ha, hb, scores = ha[ok], hb[ok], scores[ok]
    # Orient each pair small → large cluster (ties: higher head index → lower).
    swap = (size[ha] > size[hb]) | ((size[ha] == size[hb]) & (ha < hb))
    small = np.where(swap, hb, ha)
    large = np.where(swap, ha, hb)
    target: dict[int, int] = {}
    receives: set[int] = set()
    # Best partner first; the largest clusters settle first.
    for k in np.lexsort((-scores, -size[large])).tolist():
        s, t = int(small[k]), int(large[k])
        if s in target or s in receives or t in target:
            continue
        target[s] = t
        receives.add(t)
    if not target:
        return labels
    remap = np.arange(n)
    for s, t in target.items():
        remap[s] = t
    return remap[labels]


def first_appearance_labels(raw: np.ndarray) -> list[int]:
    """Relabel to 0, 1, 2, ... in order of each label's first occurrence."""
    raw = np.asarray(raw).ravel()
    order = np.argsort(raw, kind="stable")
    values = raw[order]
    starts = np.ones(values.size, dtype=bool)
    starts[1:] = values[1:] != values[:-1]
    group = np.cumsum(starts) - 1  # group of each sorted position
    first = order[starts]  # first occurrence of each group (stable sort)
    rank = np.empty(first.size, dtype=np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(first.size)
    labels = np.empty(raw.size, dtype=np.int64)
    labels[order] = rank[group]
    return [int(x) for x in labels]
