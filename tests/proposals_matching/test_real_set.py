"""The real evaluation set's annotations (data/real/items.tsv) and its bench script."""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from tests.proposals_matching.benchload import load_bench


def rows() -> list[dict[str, str]]:
    ref = resources.files("ortakmasa.proposals").joinpath("data", "real", "items.tsv")
    text = ref.read_text(encoding="utf-8")
    return list(
        csv.DictReader(io.StringIO(text, newline=""), delimiter="\t", quoting=csv.QUOTE_NONE)
    )


def bench() -> ModuleType:
    return load_bench("proposals_real")


def test_annotations_are_well_formed() -> None:
    items = rows()
    assert list(items[0]) == ["id", "url", "place", "need", "family", "split", "note"]
    ids = [r["id"] for r in items]
    assert len(set(ids)) == len(ids)
    assert all(r["url"].startswith(("http://", "https://")) for r in items)
    assert len({r["url"] for r in items}) == len(items)
    assert {r["split"] for r in items} == {"dev", "test"}
    assert all(r["place"] and r["family"] and r["note"] for r in items)


def test_a_need_and_its_family_live_in_one_split() -> None:
    split_of: dict[str, set[str]] = defaultdict(set)
    family_of: dict[str, set[str]] = defaultdict(set)
    for r in rows():
        split_of[r["family"]].add(r["split"])
        if r["need"]:
            split_of[r["need"]].add(r["split"])
            family_of[r["need"]].add(r["family"])
    assert all(len(s) == 1 for s in split_of.values())
    assert all(len(f) == 1 for f in family_of.values())


def test_there_are_shared_needs_in_both_splits() -> None:
    for split in ("dev", "test"):
        needs = Counter(r["need"] for r in rows() if r["split"] == split and r["need"])
        assert sum(1 for n in needs.values() if n >= 2) >= 10, split


def test_bench_scores_clusterings() -> None:
    b = bench()
    truth = ["a", "a", "b", "c"]
    perfect = b.figures([0, 0, 1, 2], truth)
    assert (perfect.pair_f, perfect.b3_f) == (1.0, 1.0)
    alone = b.figures([0, 1, 2, 3], truth)
    assert alone.pair_f == 0.0 and alone.b3_p == 1.0
    assert alone.b3_r == pytest.approx((0.5 + 0.5 + 1 + 1) / 4)
    lumped = b.figures([0, 0, 0, 0], truth)
    assert lumped.pair_p == pytest.approx(1 / 6) and lumped.pair_r == 1.0
    # Only pairs touching the masked items are counted.
    mask = np.array([False, False, True, True])
    assert b.pair_counts([0, 0, 0, 0], truth, mask) == (0, 5, 0)


def test_bench_without_texts_explains_and_exits_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench().main(["--items", str(tmp_path / "missing.jsonl")]) == 0
    assert "Nothing was measured" in capsys.readouterr().out


def test_family_folds_hold_out_whole_topics_and_stay_balanced() -> None:
    b = bench()
    dev = [
        b.Item(r["id"], "", "", r["need"], r["split"], r["family"])
        for r in rows()
        if r["split"] == "dev"
    ]
    fold = b.family_folds(dev)
    folds_of_family: dict[str, set[int]] = defaultdict(set)
    for item, k in zip(dev, fold.tolist(), strict=True):
        folds_of_family[item.family].add(k)
    # A family -- a need and the needs it must be kept apart from -- is
    # never split between the part that chooses a threshold and the part
    # that is scored.
    assert all(len(ks) == 1 for ks in folds_of_family.values())
    families_per_fold = Counter(next(iter(ks)) for ks in folds_of_family.values())
    assert set(families_per_fold) == set(range(b.FOLDS))
    assert max(families_per_fold.values()) - min(families_per_fold.values()) <= 1
