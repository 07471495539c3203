"""What counts as a valid answer for each kind of question, and how
conditions hide a question and drop its answer."""

from __future__ import annotations

import pytest

from ortakmasa.surveys.answering import clean, load_questions
from tests.surveys.conftest import Built

pytestmark = pytest.mark.django_db


def check(built: Built, raw: dict[str, object], *, final: bool = True) -> tuple[dict, dict]:
    return clean(load_questions(built.survey), raw, final=final)


def test_required_questions_must_be_answered_only_in_a_final_answer(built: Built) -> None:
    _answers, errors = check(built, {})
    assert set(errors) == {built.single.key}
    _answers, errors = check(built, {}, final=False)
    assert errors == {}


def test_a_condition_hides_its_question_and_drops_the_answer(built: Built) -> None:
    answers, errors = check(built, {built.single.key: "Hayır", built.follow_up.key: "M4"})
    assert errors == {}
    assert built.follow_up.key not in answers
    # Shown, and required, when the condition holds.
    _answers, errors = check(built, {built.single.key: "Evet"})
    assert set(errors) == {built.follow_up.key}


@pytest.mark.parametrize(
    ("attribute", "value"),
    [
        ("single", "Belki"),
        ("multiple", ["Metro", "Uçak"]),
        ("likert", "6"),
        ("likert", "2.5"),
        ("number", "0"),
        ("number", "21"),
        ("number", "üç"),
        ("number", "nan"),
        ("ranking", ["transport", "transport"]),
        ("ranking", ["sports"]),
        ("matrix", {"Temizlik": 9}),
        ("matrix", {"Uzay": 3}),
    ],
)
def test_wrong_values_are_refused_with_a_message(
    built: Built, attribute: str, value: object
) -> None:
    question = getattr(built, attribute)
    answers, errors = check(built, {built.single.key: "Hayır", question.key: value})
    assert errors.get(question.key)
    assert question.key not in answers


def test_values_are_kept_in_their_canonical_form(built: Built) -> None:
    answers, errors = check(
        built,
        {
            built.single.key: "Hayır",
            built.multiple.key: ["Vapur", "Metro"],
            built.likert.key: "5",
            built.number.key: "2,5",
            built.ranking.key: ["children", "transport"],
        },
    )
    assert errors == {}
    assert answers[built.multiple.key] == ["Metro", "Vapur"]  # in the options' order
    assert answers[built.likert.key] == 5
    assert answers[built.number.key] == 2.5
    assert answers[built.ranking.key] == ["children", "transport"]
