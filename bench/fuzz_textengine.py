"""Fuzzing and long-document timing of the text engine (issue 16).

    .venv/bin/python bench/fuzz_textengine.py   # no arguments

1. Generates 100,000 inputs (``ortakmasa.textengine.fuzzing.generate``,
   seeded) and runs ``extract`` on each in worker processes, one per core;
   reports how many raised (``extract`` must never raise), how many came
   back with an internal error, how many took over 2 s (each document runs
   under a 30 s alarm, so a hang is counted, not waited for) and the
   slowest document's time beside the median.
2. Times ``extract`` on realistic documents of 250 KB, 500 KB and 1 MB
   beside a floor measured in the same run (decode the bytes and tokenise
   them), and prints the ratio: a linear engine keeps the ratio flat as the
   document grows.

Environment: FUZZ_N overrides the number of generated inputs.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from ortakmasa.textengine.fuzzing import generate, realistic  # noqa: E402
from ortakmasa.textengine.inputs import decode  # noqa: E402
from ortakmasa.textengine.pipeline import extract  # noqa: E402
from ortakmasa.textengine.tokens import tokenize  # noqa: E402

SLOW = 2.0
ALARM = 30


class _Hung(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _Hung


def _chunk(args: tuple[int, int]) -> tuple[int, int, int, list[float], list[str]]:
    """(raised, internal errors, hung, times, examples) for one seed range."""
    start, stop = args
    signal.signal(signal.SIGALRM, _alarm)
    raised = internal = hung = 0
    times: list[float] = []
    examples: list[str] = []
    for seed in range(start, stop):
        text = generate(random.Random(seed))
        data: str | bytes = text if seed % 2 else text.encode("utf-8", "surrogatepass")
        t0 = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, ALARM)
        try:
            rec = extract(data)
            if (rec.get("error") or "").startswith("internal error"):
                internal += 1
                if len(examples) < 5:
                    examples.append(f"seed {seed}: {rec['error']}")
        except _Hung:
            hung += 1
            if len(examples) < 5:
                examples.append(f"seed {seed}: hung over {ALARM} s")
        except Exception as exc:
            raised += 1
            if len(examples) < 5:
                examples.append(f"seed {seed}: raised {type(exc).__name__}: {exc}")
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        times.append(time.perf_counter() - t0)
    return raised, internal, hung, times, examples


def fuzz(n: int) -> None:
    workers = max(1, os.cpu_count() or 1)
    step = 500
    ranges = [(s, min(n, s + step)) for s in range(0, n, step)]
    t0 = time.perf_counter()
    with multiprocessing.Pool(workers) as pool:
        results = pool.map(_chunk, ranges)
    wall = time.perf_counter() - t0
    raised = sum(r[0] for r in results)
    internal = sum(r[1] for r in results)
    hung = sum(r[2] for r in results)
    times = [t for r in results for t in r[3]]
    examples = [e for r in results for e in r[4]]
    slow = sum(1 for t in times if t > SLOW)
    print(f"fuzz: {n:,} generated inputs on {workers} process(es), wall {wall:.0f} s")
    print(f"  raised: {raised}   internal errors: {internal}   hung (> {ALARM} s): {hung}")
    print(
        f"  over {SLOW:.0f} s: {slow}   slowest: {max(times):.3f} s   "
        f"median: {statistics.median(times) * 1000:.2f} ms"
    )
    for e in examples[:10]:
        print("   ", e)


def long_documents() -> None:
    extract("Isınma.")  # load the gazetteer and word lists outside the timing
    print("long documents (realistic sentences), engine beside decode+tokenise floor:")
    for size in (250_000, 500_000, 1_000_000):
        raw = realistic(size).encode("utf-8")
        t0 = time.perf_counter()
        d = decode(raw)
        tokenize(d.text or "")
        floor = time.perf_counter() - t0
        t0 = time.perf_counter()
        rec = extract(raw)
        engine = time.perf_counter() - t0
        print(
            f"  {len(raw) / 1e6:5.2f} MB  engine {engine:6.2f} s  floor {floor:5.2f} s  "
            f"ratio {engine / floor:5.1f}x  people {len(rec['people'])}  "
            f"quotes {len(rec['quotes'])}  error {rec['error']}"
        )


def main() -> None:
    fuzz(int(os.environ.get("FUZZ_N", "100000")))
    long_documents()


if __name__ == "__main__":
    main()
