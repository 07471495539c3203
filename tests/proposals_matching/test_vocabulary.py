"""The municipal vocabulary added without the test pairs in view, and its own pair set."""

from __future__ import annotations

from collections import Counter

import pytest

from ortakmasa.proposals.evaluation import load_pairs
from ortakmasa.proposals.normalize import default_analyzer


def concepts(text: str) -> set[str]:
    return {t for t in default_analyzer().analyze(text).terms if t.startswith("c:")}


def actions(text: str) -> set[str]:
    return set(default_analyzer().analyze(text).actions)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sokağa tretuvar yapılsın", "Kaldırım yapılması"),
        ("Okul önüne kasis yapılsın", "Okul önüne hız kesici konulması"),
        ("Cem evi yapılması", "Cemevi yapılsın"),
        ("Başıboş köpekler", "Sahipsiz hayvanlar"),
        ("Hayvan bakımevi kurulması", "Hayvan barınağı yapılması"),
        ("Yol çukurlarının yamanması", "Asfalt yapılması"),
        ("Ara sokakların ışıklandırılması", "Sokak aydınlatması"),
        ("Rögarlar taşıyor", "Kanalizasyon sorunu"),
        ("Mazgal yapılması", "Yağmur suyu ızgarası yapılması"),
        ("Taziyehane yapılması", "Taziye evi yapılması"),
        ("Çocuk yuvası açılması", "Kreş açılması"),
        ("Otobüs sefer sıklığı", "Otobüs seferleri"),
    ],
)
def test_phrasings_of_one_need_share_a_concept(a: str, b: str) -> None:
    assert concepts(a) & concepts(b), (concepts(a), concepts(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Çöp toplama sıklığının artırılması", "Çöp konteyneri konulması"),
        ("Parke taşı döşenmesi", "Park yapılması"),
        ("Bank konulması", "Çocuk oyun grubu konulması"),
        ("Hız kesici yapılması", "Yaya geçidi çizilmesi"),
        ("Taziye evi yapılması", "Cenaze aracı verilmesi"),
        ("Akülü sandalye verilmesi", "Engelli rampası yapılması"),
        ("Sulama kanalı yapılması", "İçme suyu hattı yapılması"),
        ("Cemevi yapılması", "Cami yapılması"),
        ("Stabilize yol yapılması", "Yolların asfaltlanması"),
    ],
)
def test_different_needs_keep_different_concepts(a: str, b: str) -> None:
    assert not concepts(a) & concepts(b), (concepts(a), concepts(b))


def test_complaint_words_ask_for_repair() -> None:
    assert actions("Kaldırımlar bozuk") == {"a:repair"}
    assert actions("Arızalı lambalar") == {"a:repair"}
    assert actions("Kaldırım yapılsın") == {"a:add"}


def test_sunday_is_not_a_market() -> None:
    assert "c:pazar" not in concepts("Pazar günleri de açık olsun")
    assert "c:pazar" in concepts("Semt pazarı kurulsun")


def test_vocab_pair_set() -> None:
    pairs = load_pairs("pairs_vocab.tsv")
    assert len(pairs) >= 60
    assert {p.split for p in pairs} == {"vocab"}
    kinds = Counter(p.kind for p in pairs)
    assert kinds["hard_negative"] >= 20
    labels = Counter(p.label for p in pairs)
    assert labels[0] >= 20 and labels[1] >= 20
    assert len({(p.text_a, p.text_b) for p in pairs}) == len(pairs)
