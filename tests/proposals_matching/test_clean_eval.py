"""bench/proposals_clean.py: the evaluation that scores the matcher away from
the dev families its hand-written cues were read from (issue 14, round 5b)."""

from __future__ import annotations

import csv
import io
from importlib import resources
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from ortakmasa.proposals import engine, hybrid, normalize
from tests.proposals_matching.benchload import load_bench


def bench() -> ModuleType:
    return load_bench("proposals_clean")


def test_source_families_are_dev_families() -> None:
    ref = resources.files("ortakmasa.proposals").joinpath("data", "real", "items.tsv")
    rows = list(
        csv.DictReader(
            io.StringIO(ref.read_text(encoding="utf-8"), newline=""),
            delimiter="\t",
            quoting=csv.QUOTE_NONE,
        )
    )
    split_of = {r["family"]: r["split"] for r in rows}
    # The cues were written on dev: a misspelt or test family would make the
    # "clean" part silently include the very families it should leave out.
    assert {split_of.get(f) for f in bench().SOURCE_FAMILIES} == {"dev"}


def test_tally_over_every_item_gives_the_plain_figures() -> None:
    b = bench()
    truth = ["a", "a", "b", "b", "c"]
    pred = [0, 0, 0, 1, 2]
    tally = b.Tally()
    tally.add(pred, truth, np.ones(5, dtype=bool))
    plain = b.real.figures(pred, truth)
    assert tally.f() == pytest.approx((plain.pair_f, plain.b3_f))


def test_patched_constants_come_back_after_an_error() -> None:
    b = bench()
    before = hybrid.ACTION_WEIGHT
    with pytest.raises(RuntimeError), b.patched(ACTION_WEIGHT=0.0):
        assert hybrid.ACTION_WEIGHT == 0.0
        raise RuntimeError
    assert hybrid.ACTION_WEIGHT == before


def test_the_product_never_reads_the_concept_lexicon(monkeypatch: pytest.MonkeyPatch) -> None:
    # Variant "c" (no concept overlap) is the product itself only as long as
    # the product's path reads nothing of normalize's vocabulary.
    def refuse(*args: object) -> None:
        raise AssertionError("the concept lexicon was read")

    monkeypatch.setattr(normalize, "default_analyzer", refuse)
    monkeypatch.setattr(normalize.Vocabulary, "default", classmethod(refuse))
    texts = [
        "Metro hattı. İlçemize metro hattı yapılmasını istiyoruz.",
        "Raylı sistem. Mahallemize metro bağlantısı gelsin.",
        "Kreş. Çalışan anneler için kreş açılsın.",
    ]
    assert len(engine.cluster_texts(texts)) == 3
    built = hybrid.Corpus([hybrid.Item(t) for t in texts], use_embeddings=False)
    assert built.explain(0, 1).shared_words


def test_without_texts_nothing_is_measured(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench().main(["--items", str(tmp_path / "missing.jsonl")]) == 0
    assert "nothing was measured" in capsys.readouterr().out
