"""Suggested duplicates of one proposal, kept for a planner to decide.

When a proposal is saved (and encoded), the open proposals of its province
are searched for the same need; the best few are queued as
``DuplicateSuggestion`` rows with the reason they were suggested (shared need
words, the best matching sentences).  Suggestions somewhat below the
threshold are queued too, ranked after the rest, so that the planners'
decisions can move the threshold down as well as up (``calibration``).
"""

from __future__ import annotations

import threading
from typing import Any

from django.db.models import Max, Q

from ortakmasa.proposals import engine, hybrid
from ortakmasa.proposals.calibration import threshold_for
from ortakmasa.proposals.models import (
    OPEN_STATUSES,
    DuplicateSuggestion,
    Proposal,
    SuggestionStatus,
)

#: Suggestions kept per proposal.
PER_PROPOSAL = 5
#: Queued down to this far below the threshold (see the module's note).
MARGIN = 0.15

_cache: dict[Any, tuple[Any, hybrid.Corpus, list[int]]] = {}
_lock = threading.Lock()


def province_of(proposal: Proposal) -> int | None:
    if proposal.district_id is not None:
        return proposal.district.province_id if proposal.district else None
    return getattr(proposal.institution, "province_id", None)


def _others(proposal: Proposal, province_id: int | None) -> Any:
    qs = Proposal.objects.filter(status__in=OPEN_STATUSES).exclude(pk=proposal.pk)
    if province_id is not None:
        qs = qs.filter(
            Q(district__province_id=province_id) | Q(institution__province_id=province_id)
        )
    return qs


def _corpus(proposal: Proposal, province_id: int | None) -> tuple[hybrid.Corpus, list[int]]:
    """The province's open proposals as an engine corpus, reused between
    saves while none of them changed (building it is the costly part at
    10⁵ proposals; matching one against it is not)."""
    from ortakmasa.proposals.tasks import stored_embeddings

    others = _others(proposal, province_id)
    stamp = others.aggregate(n=Max("id"), at=Max("updated_at"))
    key = (province_id, others.count(), stamp["n"], stamp["at"], engine.engine_name())
    with _lock:
        hit = _cache.get(province_id)
        if hit is not None and hit[0] == key:
            return hit[1], hit[2]
    rows = list(others.order_by("id").values_list("id", "title", "text"))
    ids = [r[0] for r in rows]
    vectors = stored_embeddings(ids)
    built = engine.corpus([engine.Record(r[1], r[2], vectors.get(r[0])) for r in rows])
    with _lock:
        _cache[province_id] = (key, built, ids)
    return built, ids


def suggest_for(proposal: Proposal) -> list[DuplicateSuggestion]:
    """Queues (or refreshes) the suggested duplicates of ``proposal``."""
    if proposal.status not in OPEN_STATUSES:
        return []
    province_id = province_of(proposal)
    built, ids = _corpus(proposal, province_id)
    if not ids:
        return []
    from ortakmasa.proposals.tasks import stored_embeddings

    vector = stored_embeddings([proposal.pk]).get(proposal.pk)
    item = hybrid.Item(proposal.title, proposal.text, vector if built.uses_embeddings else None)
    threshold = threshold_for(province_id)
    found = built.query(item, threshold=max(0.0, threshold - MARGIN))[:PER_PROPOSAL]
    if not found:
        return []
    # The explanation needs both texts in one corpus with the same weights.
    out: list[DuplicateSuggestion] = []
    for position, score in found:
        other_id = ids[position]
        if (
            proposal.cluster_id is not None
            and Proposal.objects.filter(pk=other_id, cluster_id=proposal.cluster_id).exists()
        ):
            continue
        first, second = sorted((proposal.pk, other_id))
        existing = DuplicateSuggestion.objects.filter(
            proposal_id=first, candidate_id=second
        ).first()
        if existing is not None and existing.status != SuggestionStatus.PENDING:
            continue
        explanation = explain(proposal.pk, other_id)
        suggestion, _ = DuplicateSuggestion.objects.update_or_create(
            proposal_id=first,
            candidate_id=second,
            defaults={"score": score, "explanation": explanation, "province_id": province_id},
        )
        out.append(suggestion)
    return out


def explain(a: int, b: int) -> dict[str, object]:
    """Why proposals ``a`` and ``b`` look like one need (a JSON-ready dict)."""
    from ortakmasa.proposals.tasks import stored_embeddings

    rows = {
        r[0]: r for r in Proposal.objects.filter(pk__in=[a, b]).values_list("id", "title", "text")
    }
    vectors = stored_embeddings([a, b])
    pair = engine.corpus([engine.Record(rows[k][1], rows[k][2], vectors.get(k)) for k in (a, b)])
    return pair.explain(0, 1).as_dict()
