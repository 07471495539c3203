"""A stakeholder's personal link takes one answer: a second is refused on
the page, in the service, and by the database itself."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction
from django.test import Client

from ortakmasa.registry.models import Institution
from ortakmasa.surveys.answering import AnswerRefused, Respondent, save
from ortakmasa.surveys.models import Audience, Invitation, Response, ResponseStatus
from tests.conftest import KADIKOY
from tests.surveys.conftest import build_survey, good_post

pytestmark = pytest.mark.django_db


def test_one_answer_per_personal_link() -> None:
    built = build_survey(Audience.STAKEHOLDER)
    kadikoy = Institution.objects.get(reference_key=KADIKOY)
    invitation = Invitation.objects.create(survey=built.survey, institution=kadikoy)
    client = Client()
    url = invitation.get_absolute_url()
    assert client.post(url, good_post(built)).status_code == 302
    saved = Response.objects.get()
    assert saved.institution == kadikoy and saved.group == kadikoy.kind
    assert saved.district_id == kadikoy.district_id

    again = Client().get(url)
    assert "already been used" in again.content.decode() or "zaten" in again.content.decode()
    with pytest.raises(AnswerRefused):
        save(built.survey, Respondent(Audience.STAKEHOLDER, invitation=invitation), {}, final=True)
    with pytest.raises(IntegrityError), transaction.atomic():
        Response.objects.create(
            survey=built.survey,
            audience=Audience.STAKEHOLDER,
            invitation=invitation,
            status=ResponseStatus.SUBMITTED,
        )
    assert Response.objects.count() == 1


def test_a_link_of_another_audience_is_refused() -> None:
    built = build_survey(Audience.PUBLIC)
    with pytest.raises(AnswerRefused):
        save(built.survey, Respondent(Audience.STAFF), {}, final=True)
