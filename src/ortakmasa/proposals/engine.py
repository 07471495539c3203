"""The one door from the Django app to the matching engine.

The Turkish-aware matching engine (``proposals.matching``) is written and
benchmarked on its own, without Django.  Everything in this app that needs
similarity or clusters calls ``cluster_texts`` / ``similarity`` here, so a
change in the engine's API is absorbed in this module alone.

Until the engine is installed, a small word-overlap matcher stands in: it
folds Turkish letters and cuts suffixes crudely, which finds the obvious
duplicates but not synonyms.
"""

from __future__ import annotations

import importlib
import inspect
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from ortakmasa.lib.turkish import search_key

Progress = Callable[[float], None]

DEFAULT_THRESHOLD = 0.5


def _engine() -> Any | None:
    try:
        return importlib.import_module("ortakmasa.proposals.matching")
    except ImportError:
        return None


def engine_name() -> str:
    module = _engine()
    if module is not None and hasattr(module, "cluster"):
        return "matching"
    return "word-overlap fallback"


def cluster_texts(
    texts: Sequence[str], threshold: float | None = None, progress: Progress | None = None
) -> list[int]:
    """A cluster label for every text; texts alone in their cluster get a
    label of their own.  ``threshold`` None means the engine's own default;
    ``progress`` receives the fraction done, 0..1."""
    report: Progress = progress or (lambda fraction: None)
    module = _engine()
    if module is not None and hasattr(module, "cluster"):

        def engine_progress(*args: float) -> None:
            # The engine reports (done, total); older drafts reported a fraction.
            if len(args) == 2:
                done, total = args
                report(done / total if total else 1.0)
            elif args:
                report(float(args[0]))

        params = inspect.signature(module.cluster).parameters
        kwargs: dict[str, Any] = {}
        if "progress" in params:
            kwargs["progress"] = engine_progress
        if "threshold" in params and threshold is not None:
            kwargs["threshold"] = threshold
        labels = list(module.cluster(list(texts), **kwargs))
        report(1.0)
        return [int(label) for label in labels]
    return _fallback_cluster(texts, threshold or DEFAULT_THRESHOLD, report)


def similarity(a: str, b: str) -> float:
    module = _engine()
    if module is not None and hasattr(module, "similarity"):
        return float(module.similarity(a, b))
    return _jaccard(_tokens(a), _tokens(b))


# --- fallback -------------------------------------------------------------

_STOPWORDS = frozenset(
    "ve ile icin bir bu da de ki mi en cok daha gibi olan olarak veya ya ilce ilcede "
    "ilcemizde mahalle mahallesi mahallemizde yapilmasi yapilmali ihtiyac ihtiyaci "
    "talep talebi gerekiyor gerekli lazim var yok".split()
)
_STEM = 5
#: Words shared by more than this share of the texts say nothing about
#: which texts belong together and would make the candidate search quadratic.
_MAX_DF_SHARE = 0.05


def _tokens(text: str) -> frozenset[str]:
    words = search_key(text, fold_ascii=True).split()
    return frozenset(w[:_STEM] for w in words if len(w) > 2 and w not in _STOPWORDS)


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _fallback_cluster(texts: Sequence[str], threshold: float, report: Progress) -> list[int]:
    tokens = [_tokens(t) for t in texts]
    n = len(tokens)
    postings: dict[str, list[int]] = defaultdict(list)
    for i, toks in enumerate(tokens):
        for tok in toks:
            postings[tok].append(i)
    max_df = max(50, int(n * _MAX_DF_SHARE))
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    step = max(1, n // 100)
    for i, toks in enumerate(tokens):
        seen: set[int] = set()
        for tok in toks:
            ids = postings[tok]
            if len(ids) > max_df:
                continue
            for j in ids:
                if j > i and j not in seen:
                    seen.add(j)
                    if _jaccard(toks, tokens[j]) >= threshold:
                        parent[find(i)] = find(j)
        if i % step == 0:
            report(i / max(n, 1))
    report(1.0)
    roots: dict[int, int] = {}
    return [roots.setdefault(find(i), len(roots)) for i in range(n)]
