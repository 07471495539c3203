"""The product's duplicate finder on real published requests: pair and B-cubed F1.

Run from the repository root:

    .venv/bin/python bench/proposals_hybrid.py                # dev only
    .venv/bin/python bench/proposals_hybrid.py --test         # also the test part, once
    .venv/bin/python bench/proposals_hybrid.py --tune         # sweep the threshold on dev

Labels (need, dev/test split, source address) come from the real evaluation
set's ``items.tsv``; the texts are other people's words and stay outside the
repository in a local JSON-lines copy (``--items``).  Embeddings of the items
are cached under ``var/`` by the hash of what the encoder reads, so a second
run does not encode again.

Methods: ``before`` is the keyword-concept matcher (``proposals.matching``)
that shipped until this change; ``lexical`` and ``hybrid`` are
``proposals.hybrid`` without and with the e5 embedding, clustered exactly as
the app and the command line do, at the product's default thresholds.  With
``--tune`` the thresholds are swept on dev only and the best printed; the
test part is never used to choose anything.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
from collections import Counter
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from _scoring import bcubed, f1, pair_prf
from ortakmasa.proposals import hybrid, matching

DEFAULT_ITEMS = Path("/work/corpus/proposals/items.jsonl")
LABEL_PATHS = (
    Path("src/ortakmasa/proposals/data/real/items.tsv"),
    Path("/work/wt/propdev/src/ortakmasa/proposals/data/real/items.tsv"),
)
CACHE = Path("var/bench-e5-cache.npz")


def load(items_path: Path, labels_path: Path) -> list[dict[str, str]]:
    texts = {}
    for line in items_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            texts[row["id"]] = row
    out = []
    with labels_path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["id"] not in texts:
                continue
            item = texts[row["id"]]
            need = row["need"] or f"\x00{row['id']}"
            out.append(
                {
                    "id": row["id"],
                    "title": item["title"],
                    "text": item.get("text", ""),
                    "need": need,
                    "split": row["split"],
                }
            )
    return out


def embeddings_for(rows: list[dict[str, str]]) -> list[np.ndarray]:
    from ortakmasa.proposals.embedding_store import encode

    keys = [
        hashlib.sha1(hybrid.embedding_input(r["title"], r["text"]).encode()).hexdigest()
        for r in rows
    ]
    cache: dict[str, np.ndarray] = {}
    if CACHE.exists():
        with np.load(CACHE) as data:
            cache = {k: data[k] for k in data.files}
    missing = [k for k in range(len(rows)) if keys[k] not in cache]
    if missing:
        print(f"encoding {len(missing)} items (cached afterwards)...", flush=True)
        vectors = encode(
            [hybrid.embedding_input(rows[k]["title"], rows[k]["text"]) for k in missing]
        )
        for k, vec in zip(missing, vectors, strict=True):
            cache[keys[k]] = vec
        CACHE.parent.mkdir(exist_ok=True)
        np.savez(CACHE, **cache)
    return [cache[k] for k in keys]


def evaluate(name: str, labels: list[int], truth: list[str]) -> tuple[float, float]:
    p, r, f = pair_prf(labels, truth)
    bp, br = bcubed(labels, truth)
    bf = f1(bp, br)
    multi = sum(1 for s in Counter(labels).values() if s > 1)
    print(
        f"  {name:<28} pair P {p:.3f} R {r:.3f} F1 {f:.3f} | "
        f"B-cubed P {bp:.3f} R {br:.3f} F1 {bf:.3f} | {multi} clusters of 2+"
    )
    return f, bf


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=Path, default=DEFAULT_ITEMS)
    parser.add_argument("--labels", type=Path, default=None)
    parser.add_argument("--test", action="store_true", help="also measure the test part")
    parser.add_argument("--tune", action="store_true", help="sweep thresholds on dev")
    parser.add_argument("--no-before", action="store_true")
    args = parser.parse_args(argv)
    labels_path = args.labels or next((p for p in LABEL_PATHS if p.exists()), None)
    if labels_path is None or not args.items.exists():
        print("no labelled set found; give --items and --labels", file=sys.stderr)
        return 2
    rows = load(args.items, labels_path)
    vectors = embeddings_for(rows)
    splits = ["dev", "test"] if args.test else ["dev"]
    for split in splits:
        chosen = [k for k, r in enumerate(rows) if r["split"] == split]
        sub = [rows[k] for k in chosen]
        truth = [r["need"] for r in sub]
        shared = sum(1 for c in Counter(truth).values() if c > 1)
        print(f"{split}: {len(sub)} items, {shared} needs raised more than once")
        evaluate("alone", list(range(len(sub))), truth)
        if not args.no_before:
            before = matching.cluster([f"{r['title']}. {r['text']}" for r in sub])
            evaluate("before (keyword matcher)", before, truth)
        lexical = hybrid.Corpus([hybrid.Item(r["title"], r["text"]) for r in sub])
        full = hybrid.Corpus(
            [
                hybrid.Item(r["title"], r["text"], vectors[k])
                for k, r in zip(chosen, sub, strict=True)
            ]
        )
        evaluate(f"lexical @ {lexical.threshold:.3f}", hybrid.cluster_corpus(lexical), truth)
        evaluate(f"hybrid @ {full.threshold:.3f}", hybrid.cluster_corpus(full), truth)
        if args.tune and split == "dev":
            for name, corpus in (("lexical", lexical), ("hybrid", full)):
                best = (0.0, 0.0)
                for t in np.arange(0.05, 0.95, 0.025):
                    labels = hybrid.cluster_corpus(corpus, float(t))
                    _, _, f = pair_prf(labels, truth)
                    bf = f1(*bcubed(labels, truth))
                    if (f + bf) / 2 > best[1]:
                        best = (float(t), (f + bf) / 2)
                print(f"  best {name} threshold on dev: {best[0]:.3f} (mean F1 {best[1]:.3f})")
                evaluate(f"{name} @ {best[0]:.3f}", hybrid.cluster_corpus(corpus, best[0]), truth)
    return 0


if __name__ == "__main__":
    sys.exit(main())
