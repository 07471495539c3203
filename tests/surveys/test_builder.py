"""The strategy office builds a survey on its pages: sections, questions of
every kind with their checks, conditions, a preview, links per institution
or unit."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from ortakmasa.registry.models import Institution
from ortakmasa.surveys.models import Audience, Invitation, Kind, Question, Survey
from tests.conftest import BASAKSEHIR, IBB, KADIKOY

pytestmark = pytest.mark.django_db


def test_build_a_survey_from_its_pages(client_for: Callable[[str], Client]) -> None:
    office = client_for("office")
    ibb = Institution.objects.get(reference_key=IBB)
    response = office.post(
        reverse("surveys:create"),
        {
            "title": "Paydaş anketi",
            "owner": ibb.pk,
            "audience": Audience.STAKEHOLDER,
            "anonymous": "",
            "kvkk_notice": "",
            "status": "draft",
        },
    )
    assert response.status_code == 200  # identified without a notice is refused
    assert "kvkk_notice" in response.context["form"].errors
    response = office.post(
        reverse("surveys:create"),
        {
            "title": "Paydaş anketi",
            "owner": ibb.pk,
            "audience": Audience.STAKEHOLDER,
            "kvkk_notice": "Verileriniz plan için işlenir.",
            "status": "published",
        },
    )
    survey = Survey.objects.get()
    assert response["Location"] == survey.get_absolute_url()
    section = survey.sections.get()
    add = reverse("surveys:question_add", args=[survey.pk])
    base = {"section": section.pk, "position": 1, "text": "Etkiniz", "score_role": ""}
    bad = office.post(add, {**base, "kind": Kind.SINGLE, "choices_text": "Tek"})
    assert "choices_text" in bad.context["form"].errors
    office.post(add, {**base, "kind": Kind.SINGLE, "choices_text": "Evet\nHayır"})
    first = Question.objects.get()
    assert first.choices == ["Evet", "Hayır"]
    office.post(
        add,
        {
            **base,
            "kind": Kind.LIKERT,
            "text": "Kurumunuzun etkisi",
            "show_if": first.pk,
            "show_if_value": "Evet",
            "score_role": "influence",
        },
    )
    second = Question.objects.exclude(pk=first.pk).get()
    assert second.show_if == first and second.labels[0] == "Kesinlikle katılmıyorum"
    preview = office.get(reverse("surveys:preview", args=[survey.pk]))
    assert "Kurumunuzun etkisi" in preview.content.decode()

    links = reverse("surveys:links", args=[survey.pk])
    targets = [Institution.objects.get(reference_key=k).pk for k in (KADIKOY, BASAKSEHIR)]
    office.post(links, {"institutions": targets})
    office.post(links, {"institutions": targets})  # twice: still one link each
    assert Invitation.objects.filter(survey=survey).count() == 2


def test_a_liaison_cannot_build(client_for: Callable[[str], Client]) -> None:
    assert client_for("liaison").get(reverse("surveys:create")).status_code == 403
