"""The labelled pair set (``data/pairs.tsv``) and pair-level P/R/F1.

Used by ``bench/proposal_pairs.py`` and the tests; pure Python.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any, cast

import numpy as np

from .matching import MODELS, Components, Index, Params, combine

__all__ = [
    "Pair",
    "Scores",
    "components_for",
    "fit_logistic",
    "load_pairs",
    "prf",
    "sweep",
    "tune",
    "tune_logistic",
]

#: L2 strength of the logistic model (scikit-learn's ``C``): chosen by
#: topic-grouped 5-fold cross-validation on the dev split among 0.3-30.
LOGISTIC_C = 10.0


@dataclass(frozen=True)
class Pair:
    text_a: str
    text_b: str
    label: int
    kind: str
    topic: str
    split: str


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    threshold: float
    n: int


def load_pairs(name: str = "pairs.tsv") -> list[Pair]:
    """A labelled pair file of ``data/``: ``pairs.tsv`` (dev + heldout) or
    ``pairs_heldout2.tsv`` (the second held-out set, never tuned on)."""
    ref = resources.files("ortakmasa.proposals").joinpath("data", name)
    rows = csv.DictReader(
        io.StringIO(ref.read_text(encoding="utf-8"), newline=""),
        delimiter="\t",
        quoting=csv.QUOTE_NONE,
    )
    return [
        Pair(r["text_a"], r["text_b"], int(r["label"]), r["kind"], r["topic"], r["split"])
        for r in rows
    ]


def prf(labels: np.ndarray, scores: np.ndarray, threshold: float) -> Scores:
    predicted = scores >= threshold
    gold = labels.astype(bool)
    tp = int(np.sum(predicted & gold))
    fp = int(np.sum(predicted & ~gold))
    fn = int(np.sum(~predicted & gold))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return Scores(p, r, f, threshold, int(labels.size))


def sweep(labels: np.ndarray, scores: np.ndarray) -> Scores:
    """The threshold with the best F1 (the middle one of a tied run)."""
    candidates = np.unique(np.round(scores, 4))
    results = [prf(labels, scores, float(t)) for t in candidates]
    best_f1 = max((r.f1 for r in results), default=0.0)
    tied = [r for r in results if r.f1 >= best_f1 - 1e-12]
    if not tied:
        return Scores(0.0, 0.0, 0.0, 0.5, int(labels.size))
    # Midway between the lowest and highest best threshold generalises better
    # than either edge of the plateau.
    middle = (tied[0].threshold + tied[-1].threshold) / 2
    return prf(labels, scores, middle)


def components_for(
    pairs: Sequence[Pair], model: str, embeddings: dict[str, np.ndarray] | None = None
) -> Components:
    """Evidence for every pair, with one :class:`Index` over all distinct texts.

    ``embeddings`` may carry precomputed vectors by text (to share one
    encoding between models).
    """
    texts = sorted({t for p in pairs for t in (p.text_a, p.text_b)})
    pos = {t: k for k, t in enumerate(texts)}
    params = MODELS[model]
    vectors = None
    if params.embedding and embeddings is not None:
        vectors = np.vstack([embeddings[t] for t in texts])
    index = Index(texts, params, embeddings=vectors)
    i = np.array([pos[p.text_a] for p in pairs])
    j = np.array([pos[p.text_b] for p in pairs])
    return index.components(i, j)


def tune(
    labels: np.ndarray, parts: Components, base: Params, grid: Iterable[dict[str, float]]
) -> tuple[Params, Scores]:
    """The grid point (and swept threshold) with the best F1 on these pairs."""
    best: tuple[Params, Scores] | None = None
    for point in grid:
        params = replace(base, **cast(dict[str, Any], point))
        result = sweep(labels, combine(parts, params))
        if best is None or result.f1 > best[1].f1 + 1e-9:
            best = (replace(params, threshold=round(result.threshold, 3)), result)
    assert best is not None
    return best


def default_grid(base: Params) -> list[dict[str, float]]:
    """The weights searched for a model of ``base``'s kind."""
    steps = [round(float(x), 2) for x in np.arange(0.3, 0.91, 0.1)]
    penalties = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0]
    grid: list[dict[str, float]] = []
    if base.embedding is None:
        for w, a, c in itertools.product(steps, penalties, penalties):
            grid.append({"word_weight": w, "action_penalty": a, "concept_penalty": c})
    elif base.embedding_weight >= 1:
        grid.append({})
    else:
        floors = [0.75, 0.8, 0.85] if base.embedding == "e5" else [0.0, 0.1, 0.2]
        for w, a, c, e, f in itertools.product(
            [0.3, 0.5, 0.7],
            [0.1, 0.2, 0.3, 0.5],
            [0.1, 0.2, 0.3, 0.5],
            [0.1, 0.2, 0.3, 0.4, 0.5, 0.6],
            floors,
        ):
            grid.append(
                {
                    "word_weight": w,
                    "action_penalty": a,
                    "concept_penalty": c,
                    "embedding_weight": e,
                    "embedding_floor": f,
                }
            )
    return grid


def fit_logistic(x: np.ndarray, y: np.ndarray, c: float = LOGISTIC_C) -> tuple[float, ...]:
    """Intercept and weights of an L2-regularised logistic regression
    (Newton's method; the intercept is not penalised), as scikit-learn's
    ``LogisticRegression(C=c)`` would fit them."""
    design = np.column_stack([np.ones(len(x)), np.asarray(x, dtype=np.float64)])
    target = np.asarray(y, dtype=np.float64)
    penalty = np.eye(design.shape[1]) / c
    penalty[0, 0] = 0.0
    w = np.zeros(design.shape[1])
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(design @ w)))
        grad = design.T @ (p - target) + penalty @ w
        hess = (design * (p * (1 - p))[:, None]).T @ design + penalty + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return tuple(round(float(v), 4) for v in w)


def tune_logistic(labels: np.ndarray, parts: Components, base: Params) -> tuple[Params, Scores]:
    """Fit the logistic weights on these pairs and sweep the threshold."""
    coefficients = fit_logistic(parts.features(), labels)
    params = replace(base, coefficients=coefficients)
    result = sweep(labels, combine(parts, params))
    return replace(params, threshold=round(result.threshold, 3)), result
