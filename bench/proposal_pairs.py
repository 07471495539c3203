"""Pair-level precision / recall / F1 of the proposal matcher, per model.

Run from the repository root:

    .venv/bin/python bench/proposal_pairs.py            # the shipped weights
    .venv/bin/python bench/proposal_pairs.py --tune     # re-choose them on dev
    .venv/bin/python bench/proposal_pairs.py --models tfidf tfidf+e5

The labelled set is src/ortakmasa/proposals/data/pairs.tsv; its ``split``
column holds topics out of the development split.  Thresholds (and with
--tune the other weights, or the logistic model's coefficients) are chosen
on ``dev`` only; ``heldout`` is never used to choose anything, ``all`` is
both together.  ``heldout2`` (data/pairs_heldout2.tsv) is a second held-out
set written later, before the matcher was changed; it is only reported.
``vocab`` (data/pairs_vocab.tsv) is a third set, written from a study of
published municipal needs before the vocabulary was widened; also only
reported.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from dataclasses import replace

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from ortakmasa.lib.turkish import lower
from ortakmasa.proposals.embeddings import embedding_text, load_encoder
from ortakmasa.proposals.evaluation import (
    components_for,
    default_grid,
    load_pairs,
    prf,
    sweep,
    tune,
    tune_logistic,
)
from ortakmasa.proposals.matching import DEFAULT_MODEL, MODELS, Components, combine
from ortakmasa.proposals.vectors import TfIdf, char_ngrams


def concat(a: Components, b: Components) -> Components:
    """The evidence of two pair lists, one after the other."""
    emb = None
    if a.embedding is not None and b.embedding is not None:
        emb = np.concatenate([a.embedding, b.embedding])
    return Components(
        np.concatenate([a.word, b.word]),
        np.concatenate([a.char, b.char]),
        np.concatenate([a.action_overlap, b.action_overlap]),
        np.concatenate([a.concept_overlap, b.concept_overlap]),
        np.concatenate([a.group_overlap, b.group_overlap]),
        np.concatenate([a.length_ratio, b.length_ratio]),
        emb,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", nargs="+", default=list(MODELS), choices=list(MODELS))
    parser.add_argument(
        "--tune", action="store_true", help="choose weights and threshold on the dev split"
    )
    parser.add_argument("--errors", action="store_true", help="list misjudged dev pairs")
    args = parser.parse_args(argv)

    first = load_pairs()
    second = load_pairs("pairs_heldout2.tsv")
    third = load_pairs("pairs_vocab.tsv")
    pairs = first + second + third
    labels = np.array([p.label for p in pairs])
    splits = {
        "dev": np.array([p.split == "dev" for p in pairs]),
        "heldout": np.array([p.split == "heldout" for p in pairs]),
    }
    splits["all"] = np.array([p.split in ("dev", "heldout") for p in pairs])
    splits["heldout2"] = np.array([p.split == "heldout2" for p in pairs])
    splits["vocab"] = np.array([p.split == "vocab" for p in pairs])
    counts = Counter((p.split, p.label) for p in pairs)
    print(
        f"pairs: {len(pairs)} (dev {counts['dev', 1]}+/{counts['dev', 0]}-, "
        f"heldout {counts['heldout', 1]}+/{counts['heldout', 0]}-, "
        f"heldout2 {counts['heldout2', 1]}+/{counts['heldout2', 0]}-, "
        f"vocab {counts['vocab', 1]}+/{counts['vocab', 0]}-)"
    )
    texts = sorted({t for p in pairs for t in (p.text_a, p.text_b)})
    texts1 = sorted({t for p in first for t in (p.text_a, p.text_b)})

    vectors: dict[str, dict[str, np.ndarray]] = {}
    for name in {MODELS[m].embedding for m in args.models} - {None}:
        assert name is not None
        t0 = time.perf_counter()
        encoder = load_encoder(name)
        loaded = time.perf_counter() - t0
        t0 = time.perf_counter()
        matrix = encoder.encode([embedding_text(t) for t in texts])
        took = time.perf_counter() - t0
        print(
            f"encoder {name}: load {loaded:.2f} s, {len(texts)} texts in {took:.1f} s "
            f"({len(texts) / took:.0f} texts/s)"
        )
        vectors[name] = dict(zip(texts, matrix, strict=True))

    header = f"{'model':<11} {'split':<8} {'P':>6} {'R':>6} {'F1':>6}  threshold"
    print(header)
    print("-" * len(header))
    for model in args.models:
        params = MODELS[model]
        t0 = time.perf_counter()
        # The files are scored as separate corpora, as they were written.
        parts_1 = components_for(first, model, vectors.get(params.embedding or ""))
        parts_2 = components_for(second, model, vectors.get(params.embedding or ""))
        parts_3 = components_for(third, model, vectors.get(params.embedding or ""))
        parts = concat(concat(parts_1, parts_2), parts_3)
        took = time.perf_counter() - t0
        if args.tune:
            dev = splits["dev"]
            if params.coefficients:
                params, _ = tune_logistic(labels[dev], parts.take(dev), params)
            else:
                params, _ = tune(labels[dev], parts.take(dev), params, default_grid(params))
            print(f"# tuned {model}: {params}")
        scores = combine(parts, params)
        for split, mask in splits.items():
            r = prf(labels[mask], scores[mask], params.threshold)
            print(
                f"{model:<11} {split:<8} {r.precision:6.3f} {r.recall:6.3f} {r.f1:6.3f}"
                f"  {params.threshold:.3f}"
            )
        print(f"{model:<11} scoring {len(pairs)} pairs took {took:.2f} s (without encoding)")
        if args.errors:
            for k in np.flatnonzero(splits["dev"]):
                if (scores[k] >= params.threshold) != bool(labels[k]):
                    p = pairs[k]
                    print(f"  {p.label} {scores[k]:.2f} {p.kind:<14} {p.text_a} | {p.text_b}")
        MODELS[model] = replace(params)
    # The model-free baseline the matcher has to beat: character 3-5-grams of
    # the lower-cased text, TF-IDF weighted, cosine; no Turkish analysis.
    texts = texts1
    grams = TfIdf().transform([char_ngrams(" ".join(lower(t).split())) for t in texts])
    pos = {t: k for k, t in enumerate(texts)}
    ia = np.array([pos.get(p.text_a, 0) for p in pairs])
    ib = np.array([pos.get(p.text_b, 0) for p in pairs])
    texts2 = sorted({t for p in second for t in (p.text_a, p.text_b)})
    pos2 = {t: k for k, t in enumerate(texts2)}
    base = np.asarray(grams[ia].multiply(grams[ib]).sum(axis=1)).ravel()
    base[splits["heldout2"]] = 0.0
    grams2 = TfIdf().transform([char_ngrams(" ".join(lower(t).split())) for t in texts2])
    ia2 = np.array([pos2[p.text_a] for p in second])
    ib2 = np.array([pos2[p.text_b] for p in second])
    base[splits["heldout2"]] = np.asarray(grams2[ia2].multiply(grams2[ib2]).sum(axis=1)).ravel()
    texts3 = sorted({t for p in third for t in (p.text_a, p.text_b)})
    pos3 = {t: k for k, t in enumerate(texts3)}
    grams3 = TfIdf().transform([char_ngrams(" ".join(lower(t).split())) for t in texts3])
    ia3 = np.array([pos3[p.text_a] for p in third])
    ib3 = np.array([pos3[p.text_b] for p in third])
    base[splits["vocab"]] = np.asarray(grams3[ia3].multiply(grams3[ib3]).sum(axis=1)).ravel()
    chosen = sweep(labels[splits["dev"]], base[splits["dev"]]).threshold
    for split, mask in splits.items():
        r = prf(labels[mask], base[mask], chosen)
        row = f"{r.precision:6.3f} {r.recall:6.3f} {r.f1:6.3f}"
        print(f"{'chargram':<11} {split:<8} {row}  {chosen:.3f}")
    print(f"default model: {DEFAULT_MODEL}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
