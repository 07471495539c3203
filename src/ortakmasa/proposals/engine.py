"""The one door from the Django app to the matching engine.

The pages, the background clustering run, the API and the command line
(``ortakmasa proposals cluster``) all cluster and compare proposals through
here, so they give the same answers.  The engine itself is
:mod:`ortakmasa.proposals.hybrid` (pure Python, benchmarked on its own); the
sentence embeddings come from :mod:`ortakmasa.proposals.embedding_store`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from ortakmasa.proposals import embedding_store, hybrid

Progress = Callable[[float], None]

__all__ = [
    "Record",
    "cluster_records",
    "cluster_texts",
    "engine_name",
    "source_hash",
]


@dataclass(frozen=True)
class Record:
    """One proposal as the engine sees it."""

    title: str
    text: str = ""
    embedding: np.ndarray | None = None


def engine_name(with_embeddings: bool | None = None) -> str:
    """What matched the proposals, as stored on a run and shown on its page."""
    if with_embeddings is None:
        with_embeddings = embedding_store.available()
    return "hybrid: e5 + words" if with_embeddings else "hybrid: words only"


def source_hash(title: str, text: str) -> str:
    return hashlib.sha1(hybrid.embedding_input(title, text).encode("utf-8")).hexdigest()


def fill_embeddings(records: Sequence[Record]) -> list[Record]:
    """``records`` with an embedding wherever one was missing and the encoder
    is available (the command line's path; the app stores them on save)."""
    if not embedding_store.available():
        return list(records)
    missing = [k for k, r in enumerate(records) if r.embedding is None]
    out = list(records)
    if missing:
        vectors = embedding_store.encode(
            [hybrid.embedding_input(records[k].title, records[k].text) for k in missing]
        )
        for k, vec in zip(missing, vectors, strict=True):
            out[k] = Record(records[k].title, records[k].text, vec)
    return out


def corpus(records: Sequence[Record]) -> hybrid.Corpus:
    use = embedding_store.available()
    return hybrid.Corpus(
        [hybrid.Item(r.title, r.text, r.embedding if use else None) for r in records],
        use_embeddings=use,
    )


def cluster_records(
    records: Sequence[Record], threshold: float | None = None, progress: Progress | None = None
) -> list[int]:
    """A cluster label per record (0, 1, 2... in order of first member);
    ``threshold`` None means the engine's default."""
    report: Progress = progress or (lambda fraction: None)
    report(0.0)
    if not records:
        report(1.0)
        return []
    built = corpus(records)
    report(0.3)
    labels = hybrid.cluster_corpus(built, threshold)
    report(1.0)
    return labels


def cluster_texts(
    texts: Sequence[str], threshold: float | None = None, progress: Progress | None = None
) -> list[int]:
    """Clusters of plain texts (title and description in one string)."""
    return cluster_records([Record(t) for t in texts], threshold, progress)


def similarity(a: str, b: str) -> float:
    built = hybrid.Corpus([hybrid.Item(a), hybrid.Item(b)], use_embeddings=False)
    return float(built.score(np.array([0]), np.array([1]))[0])
