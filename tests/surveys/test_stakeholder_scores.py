"""Stakeholders' influence and importance, read from their answers, are
offered for the plan; the office copies the chosen ones into the plan's
stakeholder analysis."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from ortakmasa.plans.models import Stakeholder
from ortakmasa.plans.sample import make_plan
from ortakmasa.registry.models import Institution
from ortakmasa.surveys import results
from ortakmasa.surveys.models import (
    Audience,
    Invitation,
    Kind,
    Question,
    ResponseStatus,
    ScoreRole,
)
from tests.conftest import BASAKSEHIR, KADIKOY
from tests.surveys.conftest import build_survey, stored

pytestmark = pytest.mark.django_db


def answered() -> tuple[object, Institution, Institution]:
    built = build_survey(Audience.STAKEHOLDER)
    influence = Question.objects.create(
        survey=built.survey,
        section=built.single.section,
        kind=Kind.LIKERT,
        text="Etkiniz",
        score_role=ScoreRole.INFLUENCE,
    )
    kadikoy = Institution.objects.get(reference_key=KADIKOY)
    basaksehir = Institution.objects.get(reference_key=BASAKSEHIR)
    for inst, (inf, imp) in ((kadikoy, (5, 2)), (basaksehir, (1, 4))):
        stored(
            survey=built.survey,
            audience=Audience.STAKEHOLDER,
            status=ResponseStatus.SUBMITTED,
            invitation=Invitation.objects.create(survey=built.survey, institution=inst),
            institution=inst,
            answers={influence.key: inf, built.likert.key: imp},
        )
    return built, kadikoy, basaksehir


def test_scores_from_the_answers() -> None:
    built, kadikoy, _basaksehir = answered()
    scores = {s.institution: s for s in results.stakeholder_scores(built.survey)}  # type: ignore[attr-defined]
    assert (scores[kadikoy].influence, scores[kadikoy].importance) == (5.0, 2.0)


def test_the_office_copies_chosen_scores_into_the_plan(
    client_for: Callable[[str], Client],
) -> None:
    built, kadikoy, basaksehir = answered()
    survey = built.survey  # type: ignore[attr-defined]
    plan = make_plan(survey.owner, goals=1, objectives=1, indicators=1)
    Stakeholder.objects.create(plan=plan, institution=kadikoy, influence=3, importance=3)
    url = reverse("surveys:scores_apply", args=[survey.pk])
    data = {"plan": plan.pk, "institutions": [kadikoy.pk]}
    assert client_for("liaison").post(url, data).status_code == 403
    assert client_for("office").post(url, data).status_code == 302
    row = Stakeholder.objects.get(plan=plan, institution=kadikoy)
    assert (row.influence, row.importance) == (5, 2)
    assert not Stakeholder.objects.filter(plan=plan, institution=basaksehir).exists()
    client_for("office").post(url, {"plan": plan.pk, "institutions": [basaksehir.pk]})
    added = Stakeholder.objects.get(plan=plan, institution=basaksehir)
    assert (added.influence, added.importance) == (1, 4)
