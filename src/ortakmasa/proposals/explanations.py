"""Why the proposals of a cluster are together, as shown on its page.

For the cluster as a whole: the need words most of its members share
(rarest first).  For each member other than the one it is compared with:
the need words it shares with that proposal, the two sentences that match
best and the score, as :meth:`hybrid.Corpus.explain` gives them for a
suggested duplicate.  Each member is compared with the cluster's primary
proposal, or with the first member when there is none.  The same engine
and stored embeddings as the clustering run are used, so the reasons are
those the matcher had.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ortakmasa.proposals import engine, hybrid
from ortakmasa.proposals.models import Proposal

#: Members explained one by one on a page; larger clusters show the first
#: ones (the work is a few pair comparisons each).
MEMBER_LIMIT = 50
#: Words listed for the whole cluster.
WORD_LIMIT = 8


@dataclass(frozen=True)
class MemberReason:
    proposal_id: int
    compared_with: int
    score: float
    shared_words: list[str]
    sentences: tuple[str, str]


@dataclass(frozen=True)
class ClusterReasons:
    shared_words: list[str]
    members: dict[int, MemberReason]
    #: The proposal every member was compared with.
    anchor: int | None = None


def cluster_shared_words(corpus: hybrid.Corpus, limit: int = WORD_LIMIT) -> list[str]:
    """Need words found in at least half of the corpus's texts (and in two
    at least), the most widely shared first, then the rarest in the set."""
    n = len(corpus.items)
    if n < 2:
        return []
    stem = hybrid._stem_words()
    counts: Counter[str] = Counter()
    surface: dict[str, str] = {}
    for words, stems in zip(corpus.words, (stem(w) for w in corpus.words), strict=True):
        for word, s in zip(words, stems, strict=True):
            surface.setdefault(s, word)
        counts.update(set(stems))
    needed = max(2, (n + 1) // 2)
    common = [s for s, c in counts.items() if c >= needed]
    common.sort(key=lambda s: (-counts[s], -corpus.idf.get(s, 0.0), s))
    return [surface[s] for s in common[:limit]]


def explain_members(proposals: Sequence[Proposal], primary_id: int | None = None) -> ClusterReasons:
    """Reasons for a cluster of ``proposals`` (at most :data:`MEMBER_LIMIT`
    are explained one by one)."""
    from ortakmasa.proposals.tasks import stored_embeddings

    shown = list(proposals)[:MEMBER_LIMIT]
    if len(shown) < 2:
        return ClusterReasons([], {})
    ids = [p.pk for p in shown]
    vectors = stored_embeddings(ids)
    corpus = engine.corpus([engine.Record(p.title, p.text, vectors.get(p.pk)) for p in shown])
    anchor = ids.index(primary_id) if primary_id in ids else 0
    members: dict[int, MemberReason] = {}
    for k, pk in enumerate(ids):
        if k == anchor:
            continue
        why = corpus.explain(anchor, k)
        members[pk] = MemberReason(
            pk, ids[anchor], why.score, why.shared_words, (why.sentences[1], why.sentences[0])
        )
    return ClusterReasons(cluster_shared_words(corpus), members, ids[anchor])
