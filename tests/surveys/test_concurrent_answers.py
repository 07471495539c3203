"""Answers arriving at once, on PostgreSQL with real threads: none is lost,
a personal link still takes one, and identical public answers from one
client count once.  (SQLite serialises writers, so there the race cannot
happen; the test needs DATABASE_URL pointing at PostgreSQL.)"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection

from ortakmasa.registry.models import Institution
from ortakmasa.surveys.answering import AnswerRefused, Respondent, save
from ortakmasa.surveys.models import Audience, Invitation, Response, ResponseStatus
from tests.conftest import KADIKOY
from tests.surveys.conftest import build_survey, run_at_once

pytestmark = pytest.mark.transactional

THREADS = 24


def race(work: Callable[[int], Any]) -> list[Any]:
    outcome: list[Any] = [None] * THREADS

    def attempt(index: int) -> None:
        try:
            outcome[index] = work(index)
        except Exception as exc:  # the outcome is what the tests check
            outcome[index] = exc

    run_at_once(THREADS, attempt)
    return outcome


@pytest.fixture
def postgres(committed_base_data: None) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (DATABASE_URL): SQLite cannot run writers at once")


def test_simultaneous_public_answers_lose_none_and_duplicate_none(postgres: None) -> None:
    built = build_survey()
    key = built.single.key

    def answer(index: int) -> int:
        # Half the threads send the same answers from the same client.
        client = "the-same-client" if index % 2 else f"client-{index}"
        who = Respondent(Audience.PUBLIC, fingerprint=client)
        return save(built.survey, who, {key: "Evet"}, final=True).pk

    outcome = race(answer)
    saved = [o for o in outcome if isinstance(o, int)]
    refused = [o for o in outcome if isinstance(o, AnswerRefused)]
    assert len(saved) + len(refused) == THREADS, outcome
    assert all(r.code == "duplicate" for r in refused)
    assert len(saved) == THREADS // 2 + 1
    assert Response.objects.filter(status=ResponseStatus.SUBMITTED).count() == len(saved)


def test_simultaneous_answers_through_one_personal_link_count_once(postgres: None) -> None:
    built = build_survey(Audience.STAKEHOLDER)
    invitation = Invitation.objects.create(
        survey=built.survey, institution=Institution.objects.get(reference_key=KADIKOY)
    )

    def answer(index: int) -> int:
        who = Respondent(Audience.STAKEHOLDER, invitation=invitation)
        return save(built.survey, who, {built.number.key: index + 1}, final=True).pk

    outcome = race(answer)
    saved = [o for o in outcome if isinstance(o, int)]
    assert len(saved) == 1, outcome
    assert all(isinstance(o, AnswerRefused) for o in outcome if not isinstance(o, int))
    assert Response.objects.filter(invitation=invitation).count() == 1
