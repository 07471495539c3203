"""The one door from the Django app to the matching engine.

The Turkish-aware matching engine (``proposals.matching``) is written and
benchmarked on its own, without Django; everything in this app that needs
similarity or clusters calls it through here, so a change in its API is
absorbed in this module alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ortakmasa.proposals import matching

Progress = Callable[[float], None]


def engine_name() -> str:
    return "matching"


def cluster_texts(
    texts: Sequence[str], threshold: float | None = None, progress: Progress | None = None
) -> list[int]:
    """A cluster label for every text; texts alone in their cluster get a
    label of their own.  ``threshold`` None means the engine's tuned default;
    ``progress`` receives the fraction done, 0..1."""
    report: Progress = progress or (lambda fraction: None)

    def engine_progress(done: int, total: int) -> None:
        report(done / total if total else 1.0)

    labels = matching.cluster(list(texts), threshold=threshold, progress=engine_progress)
    report(1.0)
    return [int(label) for label in labels]


def similarity(a: str, b: str) -> float:
    return float(matching.similarity(a, b))
