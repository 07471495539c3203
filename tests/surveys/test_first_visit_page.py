"""The blank public answer page is rendered once and served to every new
visitor with their own CSRF token (issue 18: the page a crowd opens at once);
anyone the page holds something for gets it rendered for them."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.conf import settings
from django.test import Client
from django.test.signals import template_rendered
from django.urls import reverse

from ortakmasa.surveys.models import Response, ResponseStatus
from tests.surveys.conftest import Built, good_post

pytestmark = pytest.mark.django_db


def _token(html: str) -> str:
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert found is not None
    return found.group(1)


def _templates_rendered(client: Client, url: str) -> tuple[int, str]:
    seen: list[object] = []

    def count(sender: object, **kwargs: object) -> None:
        seen.append(kwargs.get("template"))

    template_rendered.connect(count)
    try:
        html = client.get(url).content.decode()
    finally:
        template_rendered.disconnect(count)
    return len(seen), html


def test_new_visitors_get_the_cached_page_with_a_working_token_of_their_own(
    built: Built,
) -> None:
    url = reverse("surveys:answer", args=[built.survey.pk])
    first = Client(enforce_csrf_checks=True)
    rendered, html = _templates_rendered(first, url)
    assert rendered > 0
    second = Client(enforce_csrf_checks=True)
    rendered_again, html_again = _templates_rendered(second, url)
    assert rendered_again == 0
    assert "csrfhole" not in html_again
    # The same page but for the token, which differs per visitor.
    assert re.sub(r'value="[^"]+" name|name="csrfmiddlewaretoken" value="[^"]+"', "", html) == (
        re.sub(r'value="[^"]+" name|name="csrfmiddlewaretoken" value="[^"]+"', "", html_again)
    )
    assert "csrftoken" in second.cookies
    # The token the cached page carries is accepted with the visitor's cookie.
    data = {"csrfmiddlewaretoken": _token(html_again), **good_post(built)}
    assert second.post(url, data).status_code == 302
    assert Response.objects.filter(status=ResponseStatus.SUBMITTED).count() == 1


def test_a_visitor_with_a_half_finished_answer_gets_it_back(built: Built) -> None:
    url = reverse("surveys:answer", args=[built.survey.pk])
    Client().get(url)  # the blank page is cached now
    client = Client()
    saved = client.post(url, {built.number.key: "7", "action": "save"})
    assert saved.status_code == 200
    html = client.get(url).content.decode()
    assert 'value="7"' in html
    assert Client().get(url).content.decode().count('value="7"') == 0


def test_each_language_has_its_own_page(built: Built) -> None:
    url = reverse("surveys:answer", args=[built.survey.pk])
    turkish = Client().get(url).content.decode()
    visitor = Client()
    visitor.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    english = visitor.get(url).content.decode()
    assert "Yanıtlarımı gönder" in turkish
    assert "Send my answers" in english and "Yanıtlarımı gönder" not in english
    assert "Yanıtlarımı gönder" in Client().get(url).content.decode()


def test_a_signed_in_user_is_not_served_the_visitors_page(
    built: Built, client_for: Callable[[str], Client]
) -> None:
    url = reverse("surveys:answer", args=[built.survey.pk])
    visitor = Client().get(url).content.decode()
    assert 'href="/accounts/logout/' not in visitor and "office ·" not in visitor
    html = client_for("office").get(url).content.decode()
    assert "office ·" in html
