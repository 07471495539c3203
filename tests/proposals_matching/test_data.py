"""The labelled pair set, the evaluation helpers and the synthetic generator."""

from __future__ import annotations

from collections import Counter

import numpy as np

from ortakmasa.proposals.evaluation import load_pairs, prf, sweep
from ortakmasa.proposals.synthetic import dative, generate, istanbul_districts, locative


def test_pair_set_is_large_and_balanced_enough() -> None:
    pairs = load_pairs()
    assert len(pairs) >= 400
    labels = Counter(p.label for p in pairs)
    assert labels[0] >= 150 and labels[1] >= 150
    kinds = Counter(p.kind for p in pairs)
    assert kinds["hard_negative"] >= 100
    for kind in ("inflection", "ascii", "synonym", "word_order", "cross_district", "paraphrase"):
        assert kinds[kind] > 0, kind
    assert {p.split for p in pairs} == {"dev", "heldout"}
    # A topic lives in one split only, so no wording is tuned on and tested on.
    split_of: dict[str, set[str]] = {}
    for p in pairs:
        split_of.setdefault(p.topic, set()).add(p.split)
    assert all(len(s) == 1 for s in split_of.values())
    assert len({(p.text_a, p.text_b) for p in pairs}) == len(pairs)


def test_prf_and_sweep() -> None:
    labels = np.array([1, 1, 0, 0])
    scores = np.array([0.9, 0.4, 0.5, 0.1])
    r = prf(labels, scores, 0.45)
    assert (r.precision, r.recall) == (0.5, 0.5)
    best = sweep(labels, scores)
    assert best.f1 == prf(labels, scores, best.threshold).f1
    assert best.f1 >= r.f1


def test_turkish_case_suffixes_for_district_names() -> None:
    assert dative("Kadıköy") == "Kadıköy'e"
    assert dative("Esenyurt") == "Esenyurt'a"
    assert dative("Şile") == "Şile'ye"
    assert locative("Beşiktaş") == "Beşiktaş'ta"
    assert locative("Tuzla") == "Tuzla'da"


def test_generator_is_reproducible_and_spreads_over_districts() -> None:
    a = generate(300, seed=3)
    assert a == generate(300, seed=3)
    assert len(istanbul_districts()) == 39
    assert len({p.district for p in a}) > 30
    assert len({p.need_id for p in a}) > 60
    assert all(p.text.strip() for p in a)
