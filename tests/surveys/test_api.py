"""``/api/v1/surveys/`` and ``/api/v1/citizen-proposals/``: a published
public survey with its questions is readable without an account, drafts are
not; answers go through the same checks as the page."""

from __future__ import annotations

import pytest
from django.core import mail
from django.test import Client

from ortakmasa.registry.models import District
from ortakmasa.surveys.models import (
    Audience,
    CitizenProposal,
    CitizenStatus,
    Response,
    SurveyStatus,
)
from tests.surveys.conftest import Built, build_survey

pytestmark = pytest.mark.django_db


def test_a_public_survey_with_its_questions_without_login(built: Built) -> None:
    draft = build_survey()
    draft.survey.status = SurveyStatus.DRAFT
    draft.survey.save()
    listing = Client().get("/api/v1/surveys/").json()
    assert [s["id"] for s in listing["results"]] == [built.survey.pk]
    detail = Client().get(f"/api/v1/surveys/{built.survey.pk}/").json()
    keys = [q["key"] for q in detail["questions"]]
    assert keys[0] == built.single.key and len(keys) == 8
    ranking = next(q for q in detail["questions"] if q["kind"] == "ranking")
    assert sorted(ranking["themes"]) == ["children", "environment_climate", "transport"]
    follow = next(q for q in detail["questions"] if q["key"] == built.follow_up.key)
    assert (follow["show_if"], follow["show_if_value"]) == (built.single.key, "Evet")
    assert Client().get(f"/api/v1/surveys/{draft.survey.pk}/").status_code == 404


def test_answers_through_the_api_follow_the_pages_rules(built: Built) -> None:
    url = f"/api/v1/surveys/{built.survey.pk}/answers/"
    kadikoy = District.objects.get(name="Kadıköy", province__plate=34).pk
    missing = Client().post(url, {"answers": {}}, content_type="application/json")
    assert missing.status_code == 400
    assert built.single.key in missing.json()["fields"]
    body = {"answers": {built.single.key: "Hayır", built.likert.key: 3}, "district": kadikoy}
    ok = Client().post(url, body, content_type="application/json")
    assert ok.status_code == 201
    again = Client().post(url, body, content_type="application/json")
    assert again.status_code == 409 and again.json()["code"] == "duplicate"
    saved = Response.objects.get()
    assert saved.answers == {built.single.key: "Hayır", built.likert.key: 3}
    assert saved.district_id == kadikoy


def test_a_personal_token_answers_once_through_the_api() -> None:
    from ortakmasa.registry.models import Institution
    from ortakmasa.surveys.models import Invitation
    from tests.conftest import KADIKOY

    built = build_survey(Audience.STAKEHOLDER)
    invitation = Invitation.objects.create(
        survey=built.survey, institution=Institution.objects.get(reference_key=KADIKOY)
    )
    url = f"/api/v1/surveys/{built.survey.pk}/answers/"
    body = {"answers": {built.single.key: "Hayır"}, "token": invitation.token}
    assert Client().post(url, body, content_type="application/json").status_code == 201
    second = Client(HTTP_USER_AGENT="x").post(url, body, content_type="application/json")
    assert second.status_code == 409 and second.json()["code"] == "answered"
    # Without the token a stakeholder survey is not even found.
    body.pop("token")
    assert Client().post(url, body, content_type="application/json").status_code == 404


def test_citizen_proposals_through_the_api() -> None:
    kadikoy = District.objects.get(name="Kadıköy", province__plate=34)
    sent = Client().post(
        "/api/v1/citizen-proposals/",
        {
            "title": "Çocuk parkı",
            "description": "Mahallede çocuk parkı yok.",
            "district": kadikoy.pk,
            "themes": ["children"],
            "email": "veli@example.org",
        },
        content_type="application/json",
    )
    assert sent.status_code == 201
    assert "email" not in sent.json()
    assert mail.outbox and mail.outbox[-1].to == ["veli@example.org"]
    item = CitizenProposal.objects.get()
    assert item.status == CitizenStatus.UNCONFIRMED
    # Not listed until it is confirmed and published.
    assert Client().get("/api/v1/citizen-proposals/").json()["results"] == []
    item.status = CitizenStatus.PUBLISHED
    item.save()
    listed = Client().get("/api/v1/citizen-proposals/").json()["results"]
    assert [x["title"] for x in listed] == ["Çocuk parkı"]
    assert "email" not in listed[0] and listed[0]["supporters"] == 0
