"""The results' running totals: after random submits and erasures they
equal a recount from the responses, on SQLite and (with real threads
submitting at once) on PostgreSQL; the command recounts them and finds a
difference."""

from __future__ import annotations

import random
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from ortakmasa.registry.models import District
from ortakmasa.surveys import answering, personal, totals
from ortakmasa.surveys.answering import AnswerRefused, Respondent
from ortakmasa.surveys.models import Audience, Kind, Question, Survey, Total
from tests.surveys.conftest import Built, build_survey, run_at_once

TEXTS = [
    "Deprem toplanma alanları artırılmalı.",
    "Otobüs seferleri akşamları çok seyrek.",
    "Parklar bakımsız.",
    "Teşekkürler.",
]


def random_answers(built: Built, rng: random.Random) -> dict[str, Any]:
    raw: dict[str, Any] = {}
    for q in answering.load_questions(built.survey):
        if rng.random() < 0.2:
            continue
        if q.kind == Kind.SINGLE:
            raw[q.key] = rng.choice(q.choices)
        elif q.kind == Kind.MULTIPLE:
            raw[q.key] = rng.sample(q.choices, rng.randint(1, len(q.choices)))
        elif q.kind == Kind.LIKERT:
            raw[q.key] = rng.randint(1, 5)
        elif q.kind == Kind.MATRIX:
            raw[q.key] = {row: rng.randint(1, 5) for row in q.choices}
        elif q.kind == Kind.RANKING:
            codes = [t.code for t in q.themes.all()]
            raw[q.key] = rng.sample(codes, rng.randint(1, len(codes)))
        elif q.kind == Kind.NUMBER:
            raw[q.key] = rng.choice([1, 2, 2.5, 7, 20])
        else:
            raw[q.key] = rng.choice(TEXTS)
    answers, errors = answering.clean(answering.load_questions(built.survey), raw, final=False)
    assert not errors
    return answers


def equal_to_recount(survey: Survey) -> bool:
    counters, _rows = totals.recount(survey)
    return totals.stored(survey) == totals.nonzero(counters)


@pytest.mark.django_db
def test_totals_equal_a_recount_after_random_submits_and_erasures() -> None:
    built = build_survey(anonymous=False)
    rng = random.Random(18)
    districts = [*District.objects.filter(province__plate=34)[:5], None]
    emails = [f"kisi{n}@example.org" for n in range(12)]
    for n in range(60):
        who = Respondent(
            Audience.PUBLIC,
            district=rng.choice(districts),
            name=f"Kişi {n}",
            email=rng.choice(emails),
            fingerprint=f"client-{n}",
        )
        final = rng.random() < 0.8
        answering.save(built.survey, who, random_answers(built, rng), final=final)
        if rng.random() < 0.15:
            personal.erase(rng.choice(emails))
    assert Total.objects.filter(survey=built.survey, key="").exists()
    assert equal_to_recount(built.survey)
    personal.erase(emails[0])
    assert equal_to_recount(built.survey)


@pytest.mark.django_db
def test_the_command_finds_and_repairs_a_difference() -> None:
    built = build_survey()
    rng = random.Random(5)
    for n in range(5):
        who = Respondent(Audience.PUBLIC, fingerprint=f"client-{n}")
        answering.save(built.survey, who, random_answers(built, rng), final=True)
    call_command("rebuild_survey_totals", str(built.survey.pk), "--check")
    Total.objects.filter(survey=built.survey, key="").update(n=99)
    with pytest.raises(CommandError):
        call_command("rebuild_survey_totals", str(built.survey.pk), "--check")
    call_command("rebuild_survey_totals", str(built.survey.pk))
    assert equal_to_recount(built.survey)
    with pytest.raises(CommandError):
        call_command("rebuild_survey_totals", "999999")


@pytest.mark.transactional
def test_totals_stay_right_when_answers_arrive_at_once(committed_base_data: None) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (DATABASE_URL): SQLite cannot run writers at once")
    built = build_survey()
    threads, per_thread = 16, 5
    failures: list[BaseException] = []
    questions: list[Question] = answering.load_questions(built.survey)

    def run(index: int) -> None:
        rng = random.Random(index)
        try:
            for k in range(per_thread):
                who = Respondent(Audience.PUBLIC, fingerprint=f"client-{index}-{k}")
                try:
                    answering.save(
                        built.survey,
                        who,
                        random_answers(built, rng),
                        final=True,
                        questions=questions,
                    )
                except AnswerRefused:
                    pass  # the same answers from the same client: refused, not counted
        except BaseException as exc:  # the test reports it
            failures.append(exc)

    run_at_once(threads, run)
    assert not failures, failures
    submitted = built.survey.responses.filter(status="submitted").count()
    assert submitted == threads * per_thread
    assert totals.stored(built.survey)[("", "", "", "")][0] == submitted
    # Spread over the shards, so the answers did not all queue on one row.
    assert Total.objects.filter(survey=built.survey, key="", dim="").count() > 1
    assert equal_to_recount(built.survey)
