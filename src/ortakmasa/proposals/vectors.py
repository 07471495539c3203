"""Sparse TF-IDF vectors over proposal analyses, and nearest-neighbour search.

A small vectoriser of our own rather than scikit-learn's: it takes document
frequencies from a fixed background corpus *plus* the texts at hand, so that
scoring two proposals alone (``similarity(a, b)``) weighs words the way a
real corpus does, and words the background never saw still count.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

import numpy as np
import scipy.sparse as sp

__all__ = ["TfIdf", "char_ngrams", "top_k_neighbours"]


def char_ngrams(surface: str, low: int = 3, high: int = 5) -> list[str]:
    """Character n-grams inside word boundaries, as scikit-learn's
    ``char_wb`` makes them: they survive typos and unknown suffixes."""
    grams: list[str] = []
    for word in surface.split():
        padded = f" {word} "
        size = len(padded)
        for n in range(low, high + 1):
            if n > size:
                break
            grams.extend(padded[i : i + n] for i in range(size - n + 1))
    return grams


class TfIdf:
    """Sublinear TF-IDF with a background document-frequency table."""

    def __init__(self, background: Iterable[Sequence[str]] = ()) -> None:
        self._background_df: Counter[str] = Counter()
        self._background_n = 0
        for features in background:
            self._background_df.update(set(features))
            self._background_n += 1

    def transform(self, docs: Sequence[Sequence[str]]) -> sp.csr_matrix:
        """L2-normalised rows, one per document; columns are local to the call."""
        vocab: dict[str, int] = {}
        corpus_df: Counter[str] = Counter()
        indptr = [0]
        indices: list[int] = []
        counts: list[float] = []
        for features in docs:
            row = Counter(features)
            corpus_df.update(row.keys())
            for feature, count in row.items():
                col = vocab.setdefault(feature, len(vocab))
                indices.append(col)
                counts.append(count)
            indptr.append(len(indices))
        n_docs = self._background_n + len(docs)
        idf = np.empty(len(vocab), dtype=np.float64)
        bg = self._background_df
        for feature, col in vocab.items():
            df = bg.get(feature, 0) + corpus_df[feature]
            idf[col] = math.log((1 + n_docs) / (1 + df)) + 1.0
        data = (1.0 + np.log(np.asarray(counts, dtype=np.float64))) * idf[
            np.asarray(indices, dtype=np.int64)
        ]
        matrix = sp.csr_matrix(
            (data.astype(np.float32), np.asarray(indices, dtype=np.int32), np.asarray(indptr)),
            shape=(len(docs), len(vocab)),
        )
        return _l2_normalise(matrix)


def _l2_normalise(matrix: sp.csr_matrix) -> sp.csr_matrix:
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms).dot(matrix), dtype=np.float32)


def _prune_frequent(matrix: sp.csr_matrix, max_df: int) -> sp.csr_matrix:
    """Drop columns present in more than ``max_df`` rows, except where a row
    would lose every feature (it keeps its own rarest one)."""
    csc = matrix.tocsc()
    df = np.diff(csc.indptr)
    frequent = df > max_df
    if not frequent.any():
        return matrix
    keep = sp.diags((~frequent).astype(np.float32))
    pruned = sp.csr_matrix(matrix.dot(keep))
    pruned.eliminate_zeros()
    empty = np.flatnonzero(np.diff(pruned.indptr) == 0)
    if empty.size:
        rows, cols, vals = [], [], []
        for r in empty:
            start, end = matrix.indptr[r], matrix.indptr[r + 1]
            if start == end:
                continue
            row_cols = matrix.indices[start:end]
            best = start + int(np.argmin(df[row_cols]))
            rows.append(r)
            cols.append(matrix.indices[best])
            vals.append(matrix.data[best])
        patch = sp.csr_matrix((vals, (rows, cols)), shape=matrix.shape, dtype=np.float32)
        pruned = sp.csr_matrix(pruned + patch)
    return pruned


def distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values of an integer array, sorted.

    ``np.unique`` of NumPy 2.4 goes through a hash table that took 41 s on
    3 million pair codes here; a sort and a comparison take about 0.3 s.
    """
    flat = np.sort(np.asarray(values).ravel(), kind="stable")
    if flat.size == 0:
        return flat
    keep = np.empty(flat.size, dtype=bool)
    keep[0] = True
    np.not_equal(flat[1:], flat[:-1], out=keep[1:])
    return flat[keep]


def top_k_neighbours(
    matrix: sp.csr_matrix | np.ndarray,
    k: int,
    min_score: float,
    max_df_ratio: float = 0.02,
    chunk: int = 2000,
    progress: Callable[[int], None] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Candidate pairs (i, j), i < j: each row's ``k`` best dot products.

    Rows are multiplied against the whole matrix a chunk at a time, so memory
    stays at ``chunk × n`` at worst and nothing is quadratic in storage.  For
    sparse input, features shared by more than ``max_df_ratio`` of the rows
    are left out of the search (they would make every chunk dense and carry
    little evidence); the caller rescores candidates exactly.
    """
    n = matrix.shape[0]
    if n < 2:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    dense = isinstance(matrix, np.ndarray)
    if dense:
        search = matrix
        search_t = matrix.T
    else:
        search = _prune_frequent(matrix, max(50, int(max_df_ratio * n)))
        search_t = search.T.tocsr()
    out_i: list[np.ndarray] = []
    out_j: list[np.ndarray] = []
    for start in range(0, n, chunk):
        stop = min(start + chunk, n)
        block = search[start:stop] @ search_t
        if dense:
            scores = np.asarray(block)
            rows_local = np.arange(stop - start)
            scores[rows_local, rows_local + start] = -1.0
            kk = min(k, n - 1)
            top = np.argpartition(-scores, kk - 1, axis=1)[:, :kk]
            top_scores = np.take_along_axis(scores, top, axis=1)
            ok = top_scores >= min_score
            out_i.append((np.repeat(rows_local, kk) + start)[ok.ravel()])
            out_j.append(top.ravel()[ok.ravel()])
        else:
            block = sp.csr_matrix(block)
            for local in range(stop - start):
                s, e = block.indptr[local], block.indptr[local + 1]
                if s == e:
                    continue
                cols = block.indices[s:e]
                vals = block.data[s:e]
                mask = (vals >= min_score) & (cols != start + local)
                cols, vals = cols[mask], vals[mask]
                if cols.size > k:
                    best = np.argpartition(-vals, k - 1)[:k]
                    cols = cols[best]
                out_i.append(np.full(cols.size, start + local, dtype=np.int64))
                out_j.append(cols.astype(np.int64))
        if progress is not None:
            progress(stop)
    if not out_i:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    i = np.concatenate(out_i)
    j = np.concatenate(out_j)
    lo, hi = np.minimum(i, j), np.maximum(i, j)
    pairs = distinct(lo * n + hi)
    return pairs // n, pairs % n
