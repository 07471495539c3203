"""Finding the surveys: the strategy office (and the administrator) have
a "Surveys" link in the main navigation, other roles do not; the portal
links every open public survey's answer page, and not a closed one."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from ortakmasa.surveys.models import SurveyStatus
from tests.surveys.conftest import build_survey

pytestmark = pytest.mark.django_db

LINK = f'href="{reverse("surveys:list")}">Anketler</a>'


@pytest.mark.parametrize(
    ("role", "shown"),
    [("office", True), ("admin", True), ("liaison", False), ("stakeholder", False)],
)
def test_the_main_navigation_links_the_surveys_for_the_office(
    client_for: object, role: str, shown: bool
) -> None:
    client = client_for(role)  # type: ignore[operator]
    page = client.get(reverse("plans:list")).content.decode()
    nav = page.split('<nav aria-label="Ana menü">', 1)[1].split("</nav>", 1)[0]
    assert (LINK in nav) is shown
    if shown:
        assert client.get(reverse("surveys:list")).status_code == 200


def test_the_portal_links_the_open_public_survey(client_for: object) -> None:
    built = build_survey()
    closed = build_survey()
    closed.survey.title = "Kapanmış anket"
    closed.survey.closes_at = timezone.now() - timedelta(days=1)
    closed.survey.save()
    draft = build_survey()
    draft.survey.title = "Taslak anket"
    draft.survey.status = SurveyStatus.DRAFT
    draft.survey.save()
    page = client_for("public").get(reverse("portal:home")).content.decode()  # type: ignore[operator]
    answer = reverse("surveys:answer", args=[built.survey.pk])
    assert f'<a href="{answer}">{built.survey.title}</a>' in page
    assert "Kapanmış anket" not in page and "Taslak anket" not in page
    assert client_for("public").get(answer).status_code == 200  # type: ignore[operator]
