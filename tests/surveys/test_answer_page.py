"""Answering a public survey on its page: a complete answer is saved once
with its district; wrong answers come back with the message beside the
question and nothing saved."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from ortakmasa.surveys.models import Response, ResponseStatus
from tests.surveys.conftest import Built, good_post

pytestmark = pytest.mark.django_db


def test_a_complete_answer_is_saved(built: Built) -> None:
    client = Client()
    url = reverse("surveys:answer", args=[built.survey.pk])
    page = client.get(url)
    assert page.status_code == 200
    assert "Yanıtlarınız yalnızca stratejik plan için kullanılır." in page.content.decode()
    response = client.post(url, good_post(built))
    assert response.status_code == 302
    saved = Response.objects.get(survey=built.survey)
    assert saved.status == ResponseStatus.SUBMITTED
    assert saved.district is not None and saved.district.name == "Kadıköy"
    assert saved.answers == {
        built.single.key: "Evet",
        built.follow_up.key: "34AS ve M4",
        built.multiple.key: ["Metro", "Vapur"],
        built.likert.key: 4,
        built.ranking.key: ["transport", "children"],
        built.matrix.key: {"Temizlik": 5, "Aydınlatma": 2},
        built.number.key: 3,
        built.text.key: "Deprem toplanma alanları artırılmalı, otobüs seferleri sıklaşmalı.",
    }


def test_errors_are_shown_beside_their_questions(built: Built) -> None:
    client = Client()
    url = reverse("surveys:answer", args=[built.survey.pk])
    data = good_post(built, **{built.number.key: "50", built.single.key: ""})
    response = client.post(url, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert f'id="{built.number.key}_error"' in html
    assert f'id="{built.single.key}_error"' in html
    assert 'aria-invalid="true"' in html
    # What was typed stays in the form.
    assert 'value="50"' in html
    assert Response.objects.count() == 0


def test_the_page_has_a_legend_for_every_group_of_choices(built: Built) -> None:
    html = Client().get(reverse("surveys:answer", args=[built.survey.pk])).content.decode()
    assert html.count("<legend>") >= 5
    assert f'<label for="{built.number.key}">' in html


def test_the_blank_form_is_rendered_once_and_follows_edits(
    built: Built, django_capture_on_commit_callbacks: Any
) -> None:
    url = reverse("surveys:answer", args=[built.survey.pk])
    first = Client().get(url).content.decode()
    assert built.number.text in first
    with django_capture_on_commit_callbacks(execute=True):
        built.number.text = "Evinizde kaç kişi var?"
        built.number.save()
    again = Client().get(url).content.decode()
    assert "Evinizde kaç kişi var?" in again
    assert "Hanenizde kaç kişi yaşıyor?" not in again
