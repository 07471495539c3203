"""Public links are protected against flooding without outside services:
a per-address limit counted in the cache, and the same answers from the
same client counted once."""

from __future__ import annotations

import pytest
from django.test import Client, override_settings
from django.urls import reverse

from ortakmasa.surveys.models import Response
from tests.surveys.conftest import Built, good_post

pytestmark = pytest.mark.django_db


def test_the_same_answers_from_the_same_client_count_once(built: Built) -> None:
    url = reverse("surveys:answer", args=[built.survey.pk])
    assert Client().post(url, good_post(built)).status_code == 302
    # A new session (cookies cleared) from the same browser and address.
    again = Client().post(url, good_post(built))
    assert again.status_code == 409
    assert Response.objects.count() == 1
    # Different answers are a different respondent.
    other = Client().post(url, good_post(built, **{built.number.key: "7"}))
    assert other.status_code == 302
    # The same answers from another browser count too.
    browser = Client(HTTP_USER_AGENT="Başka tarayıcı")
    assert browser.post(url, good_post(built)).status_code == 302
    assert Response.objects.count() == 3


@override_settings(SURVEYS_RATE_LIMIT=(3, 3600))
def test_too_many_answers_from_one_address_are_refused(built: Built) -> None:
    url = reverse("surveys:answer", args=[built.survey.pk])
    codes = [
        Client().post(url, good_post(built, **{built.number.key: str(n)})).status_code
        for n in range(1, 6)
    ]
    assert codes == [302, 302, 302, 429, 429]
    assert Response.objects.count() == 3
    # Another address is not affected.
    other = Client(REMOTE_ADDR="10.1.2.3").post(url, good_post(built))
    assert other.status_code == 302
