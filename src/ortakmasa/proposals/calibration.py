"""This municipality's duplicate threshold, learned from its planners.

Every suggested duplicate a planner accepts or rejects is a label.  Once a
province has enough of both, its threshold is the one that best separates
them (F1 of "score at or above the threshold" against "accepted"); until
then, the engine's default, chosen on the real evaluation set.
"""

from __future__ import annotations

import numpy as np

from ortakmasa.proposals import hybrid
from ortakmasa.proposals.models import DuplicateSuggestion, SuggestionStatus

#: Labels of each kind needed before a province's own threshold is used.
MIN_LABELS = 5
#: The learned threshold stays within these bounds: a handful of odd
#: decisions must not turn the matcher off or make everything a duplicate.
LOWEST, HIGHEST = 0.25, 0.9


def default_threshold() -> float:
    return hybrid.DEFAULT_THRESHOLD


def labels(province_id: int | None) -> tuple[np.ndarray, np.ndarray]:
    decided = DuplicateSuggestion.objects.filter(
        status__in=[SuggestionStatus.ACCEPTED, SuggestionStatus.REJECTED]
    )
    if province_id is None:
        decided = decided.filter(province__isnull=True)
    else:
        decided = decided.filter(province_id=province_id)
    rows = decided.values_list("score", "status")
    scores = np.array([r[0] for r in rows], dtype=np.float64)
    accepted = np.array([r[1] == SuggestionStatus.ACCEPTED for r in rows], dtype=bool)
    return scores, accepted


def fit(scores: np.ndarray, accepted: np.ndarray) -> float | None:
    """The threshold that best separates accepted from rejected, or None
    without enough of each."""
    if int(accepted.sum()) < MIN_LABELS or int((~accepted).sum()) < MIN_LABELS:
        return None
    best_t, best_f = None, -1.0
    for t in np.round(np.arange(LOWEST, HIGHEST + 1e-9, 0.01), 2):
        predicted = scores >= t
        tp = int((predicted & accepted).sum())
        fp = int((predicted & ~accepted).sum())
        fn = int((~predicted & accepted).sum())
        f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        # Ties go to the threshold nearest the default.
        if f > best_f + 1e-12 or (
            abs(f - best_f) <= 1e-12
            and best_t is not None
            and abs(t - default_threshold()) < abs(best_t - default_threshold())
        ):
            best_t, best_f = float(t), f
    return best_t


def threshold_for(province_id: int | None) -> float:
    learned = fit(*labels(province_id))
    return default_threshold() if learned is None else learned
