"""bench/proposals_match7.py: the pieces of issue 14's round-7 comparison
(request sentences, hubness correction, mutual-neighbour clustering, the
pairwise model) do what the figures say they do."""

from __future__ import annotations

from types import ModuleType

import numpy as np

from tests.proposals_matching.benchload import load_bench


def bench() -> ModuleType:
    return load_bench("proposals_match7")


def test_request_sentences_are_told_from_the_rest() -> None:
    b = bench()
    # Our own sentences.
    assert b.is_request("Mahallemize bir sağlık ocağı yapılsın.")
    assert b.is_request("Yetkililerden çözüm bekliyoruz.")
    assert b.is_request("Bu yol ne zaman asfaltlanacak?")
    assert b.is_request("Okulun yeniden açılması gerektiğini, velilerin mağdur olduğunu söyledi.")
    assert not b.is_request("Sağlık ocağı 1990 yılında açıldı.")
    assert not b.is_request("Mahallede üç bin kişi yaşıyor.")
    assert not b.is_request("Kışın yol çamur oluyor, bu kesin.")
    assert b.is_request("Yola asfalt dökülsün, kasis konsun.")


def test_the_request_part_falls_back_to_the_whole_text() -> None:
    b = bench()
    with_request = b.real.Item("r1", "Başlık", "Yol çok bozuk. Yol onarılsın.", "", "dev")
    without = b.real.Item("r2", "Başlık", "Yol çok bozuk. Kışın çamur oluyor.", "", "dev")
    assert b.request_part(with_request) == "Yol onarılsın."
    assert b.request_part(without) == without.text


def test_hubness_correction_lowers_the_pairs_of_a_crowded_item() -> None:
    b = bench()
    # Item 0 is a hub, as close to items 3-7 as items 1 and 2 are to each
    # other; those five are close to nothing else, 1 and 2 to nothing else.
    sim = np.zeros((8, 8))
    sim[0, 3:] = sim[3:, 0] = 0.6
    sim[1, 2] = sim[2, 1] = 0.6
    np.fill_diagonal(sim, 1.0)
    corrected = b.csls(sim, k=3)
    assert corrected[1, 2] > corrected[0, 3]
    # The order of an item's own neighbours is kept.
    assert (
        np.argsort(-corrected[3], kind="stable").tolist()
        == np.argsort(-sim[3], kind="stable").tolist()
    )


def test_mutual_neighbours_do_not_chain_through_a_hub() -> None:
    b = bench()
    # 1 and 2 each have 0 as their best neighbour, but 0's best is 3: with one
    # neighbour each only the mutual pair (0, 3) is joined.
    score = np.array(
        [
            [1.0, 0.8, 0.8, 0.9],
            [0.8, 1.0, 0.2, 0.2],
            [0.8, 0.2, 1.0, 0.2],
            [0.9, 0.2, 0.2, 1.0],
        ]
    )
    labels = b.mutual_knn_cut(score, k=1)(0.5)
    assert labels[0] == labels[3]
    assert len({labels[0], labels[1], labels[2]}) == 3


def test_the_pairwise_model_learns_which_feature_separates() -> None:
    b = bench()
    rng = np.random.default_rng(0)
    useful = np.concatenate([rng.normal(2.0, 1.0, 200), rng.normal(-2.0, 1.0, 200)])
    noise = rng.normal(0.0, 1.0, 400)
    y = np.concatenate([np.ones(200), np.zeros(200)])
    w = b.fit_logistic(np.column_stack([useful, noise]), y)
    assert w[0] > 1.0
    assert abs(w[1]) < 0.5


def test_error_kinds_separate_hard_negatives_from_other_mistakes() -> None:
    b = bench()
    item = b.real.Item
    items = [
        item("a", "", "", "lamp_out", "dev", "lighting"),
        item("b", "", "", "lamp_out", "dev", "lighting"),
        item("c", "", "", "lamp_by_day", "dev", "lighting"),
        item("d", "", "", "", "dev", "parks"),
    ]
    # a, b and c together (one right pair, two within-family mistakes); d
    # alone.
    assert b.error_kinds([0, 0, 0, 1], items) == (2, 0, 0, 1)
    # All four together: three more mistakes across families.
    assert b.error_kinds([0, 0, 0, 0], items) == (2, 3, 0, 1)
