"""Cluster N synthetic proposals (100,000 by default) and time it.

Run from the repository root:

    .venv/bin/python bench/cluster_100k.py            # 100,000 proposals
    .venv/bin/python bench/cluster_100k.py --n 20000  # quicker while iterating

Proposals are drawn from src/ortakmasa/proposals/data/needs.json across
İstanbul's 39 districts with realistic variation (see
``ortakmasa.proposals.synthetic``).  Each proposal remembers the need it came
from, so the clusters are also scored against that truth (B-cubed precision
and recall: for each proposal, how much of its cluster shares its need, and
how much of its need is in its cluster).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter, defaultdict

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from _scoring import bcubed, f1
from ortakmasa.proposals.matching import DEFAULT_MODEL, MODELS, cluster
from ortakmasa.proposals.normalize import default_analyzer
from ortakmasa.proposals.synthetic import generate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="number of proposals")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--model", default=DEFAULT_MODEL, choices=list(MODELS))
    parser.add_argument("--threshold", type=float, default=None)
    parser.add_argument(
        "--typo-rate",
        type=float,
        default=0.08,
        help="share of proposals with a typo; 1.0 makes nearly every text distinct",
    )
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    proposals = generate(args.n, seed=args.seed, typo_rate=args.typo_rate)
    texts = [p.text for p in proposals]
    print(f"generated {len(texts)} proposals in {time.perf_counter() - t0:.1f} s")
    print(f"  {len(set(texts))} distinct texts, {len({p.need_id for p in proposals})} needs")
    for p in proposals[:5]:
        print(f"  e.g. [{p.district}] {p.text}")

    last = [-1.0]
    start = time.perf_counter()

    def progress(done: int, total: int) -> None:
        pct = 100.0 * done / total if total else 100.0
        if pct - last[0] >= 10 or done == total:
            last[0] = pct
            print(f"  progress {pct:5.1f}%  ({time.perf_counter() - start:6.1f} s)", flush=True)

    labels = cluster(texts, threshold=args.threshold, progress=progress, model=args.model)
    elapsed = time.perf_counter() - start

    sizes = Counter(labels)
    multi = [s for s in sizes.values() if s > 1]
    districts: dict[int, set[str]] = defaultdict(set)
    for label, p in zip(labels, proposals, strict=True):
        districts[label].add(p.district)
    cross = sum(1 for k, s in sizes.items() if s > 1 and len(districts[k]) > 1)
    precision, recall = bcubed(labels, [p.need_id for p in proposals])
    threshold = args.threshold if args.threshold is not None else MODELS[args.model].threshold
    print(f"model {args.model}, threshold {threshold:.3f}")
    print(f"clustered {len(texts)} proposals in {elapsed:.1f} s")
    print(
        f"clusters: {len(sizes)} ({len(multi)} with 2+ proposals, {cross} raised by 2+ "
        f"districts, {len(sizes) - len(multi)} singletons); largest {max(sizes.values())}"
    )
    analyzer = default_analyzer()
    keys = {analyzer.analyze(t).key for t in texts}
    print(f"distinct analyses (what the neighbour search works on): {len(keys)}")
    print(
        f"against the generating needs: B-cubed P {precision:.3f} R {recall:.3f} "
        f"F1 {f1(precision, recall):.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
