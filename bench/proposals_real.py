"""Duplicate finding on real published Turkish requests: pair and B-cubed P/R/F1.

Run from the repository root:

    .venv/bin/python bench/proposals_real.py                 # dev and test
    .venv/bin/python bench/proposals_real.py --split dev     # dev only
    .venv/bin/python bench/proposals_real.py --items PATH    # another local copy

The labels (need of each item, its dev/test split, source address) are in
src/ortakmasa/proposals/data/real/items.tsv; the texts are other people's
words and stay outside the repository, in a local JSON-lines copy
(default /work/corpus/proposals/items.jsonl, one {"id", "title", "text",
"place", "url"} per line; see data/real/README.md for how to rebuild it).

Methods, each clustering every item of a split on its title plus text:

* ``product``: ``proposals.engine.cluster_records`` on each item's title and
  text with its e5 embedding (computed as a save computes it, cached under
  ``var/`` by the hash of what the encoder reads), exactly what a clustering
  run of the app sends (``proposals.tasks``), at the product's default
  threshold;
* ``product, words only``: the same without embeddings (what the app does
  when the encoder is not installed);
* ``alone``: every item in a cluster of its own (the floor for B-cubed);
* ``chargram``: character 3-5-gram TF-IDF (inside word boundaries, Turkish
  lower-casing, sublinear tf, smoothed idf, fitted on the split's texts)
  with average-linkage clustering of cosine similarities; its threshold is
  chosen on dev only.

Dev figures of ``chargram`` are cross-validated over need groups: dev items
are dealt into five folds by need (a need never straddles folds); for each
fold the threshold is chosen on the other four and the fold's items are
scored (clustered together with all of dev, so they meet the same number of
distractors).  Test figures use the threshold chosen on the whole of dev.
The test split is meant to be measured once per round of changes.

The product and ``chargram`` are also cross-validated over topic families
(``family_folds``): a fold holds out whole families, so a threshold is
chosen without seeing the held-out needs *or* the needs they must be kept
apart from -- what a threshold meets on a new topic, and what a split by
family (dev / test) asks of it.  Folds by need let the hard negatives of a
held-out need sit in the training folds, which flatters a low threshold
(round ``match4``: need-CV on dev rose while test fell).

Pair figures count unordered item pairs put in one cluster; B-cubed
precision/recall are averaged over items (Bagga & Baldwin).  Items without a
shared need are gold singletons.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import math
import os
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from _scoring import f1
from ortakmasa.lib.turkish import lower
from ortakmasa.proposals.vectors import char_ngrams

DEFAULT_ITEMS = Path("/work/corpus/proposals/items.jsonl")
FOLDS = 5
GRID = np.round(np.arange(0.05, 0.951, 0.025), 3)


@dataclass(frozen=True)
class Item:
    id: str
    title: str
    text: str
    need: str
    split: str
    family: str = ""

    @property
    def truth(self) -> str:
        """The gold cluster: the need, or the item itself when it has none."""
        return self.need or f"\x00{self.id}"

    @property
    def document(self) -> str:
        return f"{self.title}. {self.text}"


@dataclass(frozen=True)
class Figures:
    pair_p: float
    pair_r: float
    pair_f: float
    b3_p: float
    b3_r: float
    b3_f: float
    clusters: int


def load_labels() -> list[dict[str, str]]:
    ref = resources.files("ortakmasa.proposals").joinpath("data", "real", "items.tsv")
    reader = csv.DictReader(
        io.StringIO(ref.read_text(encoding="utf-8"), newline=""),
        delimiter="\t",
        quoting=csv.QUOTE_NONE,
    )
    return list(reader)


def load_items(path: Path) -> list[Item]:
    labels = {row["id"]: row for row in load_labels()}
    texts: dict[str, dict[str, str]] = {}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{number}: not JSON ({exc})") from exc
            texts[str(row["id"])] = row
    missing = sorted(set(labels) - set(texts))
    if missing:
        print(
            f"warning: {len(missing)} labelled items are not in {path} "
            f"(first: {', '.join(missing[:5])}); they are left out",
            file=sys.stderr,
        )
    return [
        Item(i, texts[i]["title"], texts[i]["text"], row["need"], row["split"], row["family"])
        for i, row in labels.items()
        if i in texts
    ]


# --- scoring -------------------------------------------------------------


def pair_counts(
    pred: Sequence[int], truth: Sequence[str], mask: np.ndarray
) -> tuple[int, int, int]:
    """tp, fp, fn over unordered pairs with at least one member in ``mask``."""
    pred_a = np.asarray(pred)
    truth_codes = np.unique(np.asarray(truth), return_inverse=True)[1]
    same_pred = pred_a[:, None] == pred_a[None, :]
    same_true = truth_codes[:, None] == truth_codes[None, :]
    upper = np.triu(np.ones_like(same_pred, dtype=bool), k=1)
    touched = mask[:, None] | mask[None, :]
    keep = upper & touched
    tp = int(np.sum(same_pred & same_true & keep))
    fp = int(np.sum(same_pred & ~same_true & keep))
    fn = int(np.sum(~same_pred & same_true & keep))
    return tp, fp, fn


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else math.nan
    r = tp / (tp + fn) if tp + fn else math.nan
    f = 2 * p * r / (p + r) if tp else 0.0
    return p, r, f


def bcubed(pred: Sequence[int], truth: Sequence[str], mask: np.ndarray) -> tuple[float, float]:
    """B-cubed precision and recall averaged over the items in ``mask``."""
    pred_a = np.asarray(pred)
    truth_codes = np.unique(np.asarray(truth), return_inverse=True)[1]
    same_pred = pred_a[:, None] == pred_a[None, :]
    same_true = truth_codes[:, None] == truth_codes[None, :]
    both = (same_pred & same_true).sum(axis=1)
    precision = both / same_pred.sum(axis=1)
    recall = both / same_true.sum(axis=1)
    return float(precision[mask].mean()), float(recall[mask].mean())


def figures(pred: Sequence[int], truth: Sequence[str], mask: np.ndarray | None = None) -> Figures:
    m = np.ones(len(pred), dtype=bool) if mask is None else mask
    pp, pr, pf = prf(*pair_counts(pred, truth, m))
    bp, br = bcubed(pred, truth, m)
    bf = f1(bp, br)
    return Figures(pp, pr, pf, bp, br, bf, len(set(np.asarray(pred)[m].tolist())))


# --- methods ---------------------------------------------------------------


CACHE = Path(__file__).resolve().parent.parent / "var" / "bench-real-e5.npz"


def _django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ortakmasa.settings")
    import django

    django.setup()


def embeddings(items: Sequence[Item]) -> list[np.ndarray] | None:
    """Each item's stored-style embedding, or None without the encoder."""
    from ortakmasa.proposals import embedding_store, hybrid

    if not embedding_store.available():
        return None
    keys = [
        hashlib.sha1(hybrid.embedding_input(i.title, i.text).encode("utf-8")).hexdigest()
        for i in items
    ]
    cache: dict[str, np.ndarray] = {}
    if CACHE.exists():
        with np.load(CACHE) as stored:
            cache = {k: stored[k] for k in stored.files}
    missing = [k for k, key in enumerate(keys) if key not in cache]
    if missing:
        vectors = embedding_store.encode(
            [hybrid.embedding_input(items[k].title, items[k].text) for k in missing]
        )
        for k, vec in zip(missing, vectors, strict=True):
            cache[keys[k]] = vec
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        np.savez(CACHE, **cache)  # type: ignore[arg-type]
    return [cache[key] for key in keys]


def product_labels(items: Sequence[Item], with_embeddings: bool = True) -> list[int]:
    from ortakmasa.proposals import engine

    vectors = embeddings(items) if with_embeddings else None
    records = [
        engine.Record(item.title, item.text, None if vectors is None else vectors[k])
        for k, item in enumerate(items)
    ]
    if not with_embeddings:
        from ortakmasa.proposals import hybrid

        return hybrid.cluster_corpus(
            hybrid.Corpus([hybrid.Item(r.title, r.text) for r in records], use_embeddings=False)
        )
    return engine.cluster_records(records)


def chargram_similarity(items: Sequence[Item]) -> np.ndarray:
    """Cosine similarities of sublinear char 3-5-gram TF-IDF vectors."""
    docs = [Counter(char_ngrams(" ".join(lower(item.document).split()))) for item in items]
    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    for r, doc in enumerate(docs):
        for gram, count in doc.items():
            rows.append(r)
            cols.append(vocab.setdefault(gram, len(vocab)))
            vals.append(1.0 + math.log(count))
    tf = sp.csr_matrix((vals, (rows, cols)), shape=(len(docs), len(vocab)))
    df = np.bincount(tf.indices, minlength=len(vocab))
    idf = np.log((1 + len(docs)) / (1 + df)) + 1.0
    x = tf.multiply(idf[None, :]).tocsr()
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
    x = sp.diags(1.0 / np.maximum(norms, 1e-12)) @ x
    sim = (x @ x.T).toarray()
    np.fill_diagonal(sim, 1.0)
    return np.clip(sim, 0.0, 1.0)


def average_linkage(sim: np.ndarray) -> Callable[[float], list[int]]:
    """Labels at a similarity threshold, from one average-linkage tree."""
    n = sim.shape[0]
    if n < 2:
        return lambda threshold: list(range(n))
    dist = 1.0 - sim
    np.fill_diagonal(dist, 0.0)
    tree = linkage(squareform(dist, checks=False), method="average")

    def cut(threshold: float) -> list[int]:
        return [int(x) for x in fcluster(tree, t=1.0 - threshold, criterion="distance")]

    return cut


def score_for_choice(f: Figures) -> float:
    """What a threshold is chosen for: pair and B-cubed F1 together."""
    return (f.pair_f + f.b3_f) / 2


def best_threshold(
    cut: Callable[[float], list[int]], truth: Sequence[str], mask: np.ndarray
) -> float:
    scores = [score_for_choice(figures(cut(float(t)), truth, mask)) for t in GRID]
    return float(GRID[int(np.argmax(scores))])


def fold_of(need: str, folds: int = FOLDS) -> int:
    return int(hashlib.sha1(need.encode("utf-8")).hexdigest(), 16) % folds


def need_folds(items: Sequence[Item]) -> np.ndarray:
    """A fold per item by its need (a need never straddles folds)."""
    return np.array([fold_of(item.truth) for item in items])


def family_folds(items: Sequence[Item], folds: int = FOLDS) -> np.ndarray:
    """A fold per item by its topic family: a need *and every need it must be
    kept apart from* are held out together, so a fold's threshold is chosen
    on other topics only, as a threshold meets a new topic in use.  Families
    are dealt round-robin in hash order, so the folds stay balanced however
    few families there are."""
    names = sorted(
        {item.family or item.truth for item in items},
        key=lambda name: hashlib.sha1(name.encode("utf-8")).hexdigest(),
    )
    deal = {name: k % folds for k, name in enumerate(names)}
    return np.array([deal[item.family or item.truth] for item in items])


def chargram_dev_cv(
    items: Sequence[Item], fold: np.ndarray | None = None
) -> tuple[Figures, list[float]]:
    """Cross-validated dev figures of the char n-gram floor and each fold's
    threshold (folds by need unless ``fold`` is given)."""
    chosen_folds = need_folds(items) if fold is None else fold
    return dev_cv(average_linkage(chargram_similarity(items)), items, chosen_folds)


def product_cut(
    items: Sequence[Item], with_embeddings: bool = True
) -> Callable[[float], list[int]]:
    """The product's labels at any threshold: the corpus is built once, as a
    clustering run builds it, and clustered at each threshold asked."""
    from ortakmasa.proposals import engine, hybrid

    vectors = embeddings(items) if with_embeddings else None
    built = (
        engine.corpus(
            [
                engine.Record(item.title, item.text, None if vectors is None else vectors[k])
                for k, item in enumerate(items)
            ]
        )
        if with_embeddings
        else hybrid.Corpus([hybrid.Item(i.title, i.text) for i in items], use_embeddings=False)
    )
    cache: dict[float, list[int]] = {}

    def cut(threshold: float) -> list[int]:
        if threshold not in cache:
            cache[threshold] = hybrid.cluster_corpus(built, threshold)
        return cache[threshold]

    return cut


def dev_cv(
    cut: Callable[[float], list[int]], items: Sequence[Item], fold: np.ndarray
) -> tuple[Figures, list[float]]:
    """Figures of ``cut`` (labels at a threshold) cross-validated over
    ``fold``: each fold's threshold is chosen on the other folds' items and
    the fold's items are scored, clustered together with all of dev (so
    they meet the same distractors)."""
    truth = [item.truth for item in items]
    tp = fp = fn = 0
    b3p: list[float] = []
    b3r: list[float] = []
    chosen: list[float] = []
    clusters = 0
    for k in range(FOLDS):
        held = fold == k
        if not held.any():
            continue
        t = best_threshold(cut, truth, ~held)
        chosen.append(t)
        pred = cut(t)
        a, b, c = pair_counts(pred, truth, held)
        tp, fp, fn = tp + a, fp + b, fn + c
        p, r = bcubed(pred, truth, held)
        b3p.extend([p] * int(held.sum()))
        b3r.extend([r] * int(held.sum()))
        clusters += len(set(np.asarray(pred)[held].tolist()))
    pp, pr, pf = prf(tp, fp, fn)
    bp, br = float(np.mean(b3p)), float(np.mean(b3r))
    bf = f1(bp, br)
    return Figures(pp, pr, pf, bp, br, bf, clusters), chosen


# --- report ----------------------------------------------------------------


def fmt(x: float) -> str:
    return "  –  " if math.isnan(x) else f"{x:.3f}"


def describe(items: Sequence[Item]) -> str:
    needs = Counter(item.need for item in items if item.need)
    shared = sum(1 for n in needs.values() if n >= 2)
    singles = sum(1 for item in items if not item.need or needs[item.need] == 1)
    return f"{len(items)} items, {shared} needs raised by 2+ items, {singles} gold singletons"


def report(name: str, items: Sequence[Item], rows: list[tuple[str, Figures]]) -> None:
    print(f"\n== {name}: {describe(items)}")
    print(
        f"{'method':<48} {'pair P':>6} {'pair R':>6} {'pair F1':>7}  "
        f"{'B3 P':>6} {'B3 R':>6} {'B3 F1':>6}  clusters"
    )
    for label, f in rows:
        print(
            f"{label:<48} {fmt(f.pair_p):>6} {fmt(f.pair_r):>6} {fmt(f.pair_f):>7}  "
            f"{fmt(f.b3_p):>6} {fmt(f.b3_r):>6} {fmt(f.b3_f):>6}  {f.clusters:>8}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--items", type=Path, default=DEFAULT_ITEMS, help="local JSON-lines copy of the texts"
    )
    parser.add_argument(
        "--split", choices=["dev", "test", "all"], help="default: dev and test, separately"
    )
    args = parser.parse_args(argv)

    if not args.items.exists():
        print(
            f"No local copy of the texts at {args.items}.\n"
            "The texts are other people's words and are not in the repository. Build a copy as\n"
            "described in src/ortakmasa/proposals/data/real/README.md (each line\n"
            '{"id", "title", "text", "place", "url"}, ids as in data/real/items.tsv) and run\n'
            "    .venv/bin/python bench/proposals_real.py --items PATH\n"
            "Nothing was measured."
        )
        return 0

    _django()
    items = load_items(args.items)
    dev = [i for i in items if i.split == "dev"]
    test = [i for i in items if i.split == "test"]
    splits = ["dev", "test"] if args.split is None else [args.split]

    cv, fold_thresholds = chargram_dev_cv(dev)
    dev_truth = [i.truth for i in dev]
    threshold = best_threshold(
        average_linkage(chargram_similarity(dev)), dev_truth, np.ones(len(dev), bool)
    )
    print(f"texts: {args.items}; labels: data/real/items.tsv ({len(items)} items)")
    print(
        f"chargram threshold chosen on dev: {threshold:.3f} "
        f"(per CV fold: {', '.join(f'{t:.3f}' for t in fold_thresholds)})"
    )

    for split in splits:
        subset = {"dev": dev, "test": test, "all": items}[split]
        truth = [i.truth for i in subset]
        rows: list[tuple[str, Figures]] = [
            ("product (engine.cluster_records)", figures(product_labels(subset), truth)),
            ("product, words only", figures(product_labels(subset, False), truth)),
            ("floor: every item alone", figures(list(range(len(subset))), truth)),
        ]
        if split == "dev":
            by_family = family_folds(subset)
            for label, with_embeddings in (("product", True), ("product, words only", False)):
                product_cv, chosen = dev_cv(product_cut(subset, with_embeddings), subset, by_family)
                shown = ", ".join(f"{t:.3f}" for t in chosen)
                print(f"{label}: threshold per family fold: {shown}")
                rows.append((f"{label}, threshold CV over families", product_cv))
            family_cv, chosen = chargram_dev_cv(subset, by_family)
            print("chargram: threshold per family fold: " + ", ".join(f"{t:.3f}" for t in chosen))
            rows.append(("floor: chargram, CV over needs", cv))
            rows.append(("floor: chargram, CV over families", family_cv))
            rows.append(
                (
                    f"chargram at {threshold:.3f} (fit on dev)",
                    figures(average_linkage(chargram_similarity(subset))(threshold), truth),
                )
            )
        else:
            rows.append(
                (
                    f"floor: chargram at {threshold:.3f}",
                    figures(average_linkage(chargram_similarity(subset))(threshold), truth),
                )
            )
        report(split, subset, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
