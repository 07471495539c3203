"""A half-finished answer is saved without its required questions and can
be resumed in the same session or, through its link, on another device."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from ortakmasa.surveys.models import Response, ResponseStatus
from tests.surveys.conftest import Built, good_post

pytestmark = pytest.mark.django_db


def test_a_draft_is_resumed_on_another_device_and_then_submitted(built: Built) -> None:
    phone = Client()
    url = reverse("surveys:answer", args=[built.survey.pk])
    page = phone.post(url, {built.number.key: "4", "action": "save"})
    assert page.status_code == 200
    draft = Response.objects.get()
    assert draft.status == ResponseStatus.DRAFT
    assert draft.answers == {built.number.key: 4}
    resume = reverse("surveys:resume", args=[draft.resume_token])
    assert resume in page.content.decode()

    # The same session sees its answer again.
    assert 'value="4"' in phone.get(url).content.decode()

    desktop = Client()
    assert desktop.get(resume)["Location"] == url
    assert 'value="4"' in desktop.get(url).content.decode()
    done = desktop.post(url, good_post(built, **{built.number.key: "5"}))
    assert done.status_code == 302
    saved = Response.objects.get()  # the draft became the answer: still one row
    assert saved.pk == draft.pk and saved.status == ResponseStatus.SUBMITTED
    assert saved.answers[built.number.key] == 5


def test_a_submitted_answer_cannot_be_resumed(built: Built) -> None:
    client = Client()
    client.post(reverse("surveys:answer", args=[built.survey.pk]), good_post(built))
    token = Response.objects.get().resume_token
    assert client.get(reverse("surveys:resume", args=[token])).status_code == 404
