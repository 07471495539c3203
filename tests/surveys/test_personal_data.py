"""KVKK: what is kept about one e-mail address is exported and erased per
person, from the office's page or the command line, and the aggregate
results stay."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command

from ortakmasa.registry.models import District
from ortakmasa.surveys import citizens, personal, results
from ortakmasa.surveys.models import (
    Audience,
    CitizenProposal,
    Response,
    ResponseStatus,
    Support,
)
from tests.surveys.conftest import build_survey, stored

pytestmark = pytest.mark.django_db

EMAIL = "deniz@example.org"


def data() -> tuple[object, Response]:
    built = build_survey(anonymous=False)
    response = stored(
        survey=built.survey,
        audience=Audience.PUBLIC,
        status=ResponseStatus.SUBMITTED,
        name="Deniz Yılmaz",
        email=EMAIL,
        answers={built.single.key: "Evet", built.text.key: "Ben Deniz, Moda'da otururum."},
    )
    item = CitizenProposal.objects.create(
        title="Bank",
        description="Parka bank.",
        district=District.objects.get(name="Kadıköy", province__plate=34),
        email=EMAIL,
        name="Deniz",
        status="published",
    )
    Support.objects.create(citizen_proposal=item, email=EMAIL, email_key=citizens.email_key(EMAIL))
    return built, response


def test_export_gathers_everything_about_the_address() -> None:
    _built, _response = data()
    exported = personal.export(EMAIL.upper())
    assert exported["survey_responses"][0]["name"] == "Deniz Yılmaz"
    assert exported["citizen_proposals"][0]["title"] == "Bank"
    assert exported["supports"] == [{"proposal": "Bank", "confirmed": False}]


def test_erase_keeps_the_aggregates() -> None:
    built, response = data()
    before = results.build(built.survey).questions[0].chart  # type: ignore[attr-defined]
    assert personal.erase(EMAIL) == {"responses": 1, "citizen_proposals": 1, "supports": 1}
    response.refresh_from_db()
    assert (response.name, response.email) == ("", "")
    assert response.answers == {built.single.key: "Evet"}  # type: ignore[attr-defined]
    after = results.build(built.survey).questions[0].chart  # type: ignore[attr-defined]
    assert before is not None and after is not None and after.table == before.table
    assert not CitizenProposal.objects.filter(email=EMAIL).exists()
    assert Support.objects.get().email == ""
    assert personal.export(EMAIL)["survey_responses"] == []


def test_the_command() -> None:
    data()
    out = io.StringIO()
    call_command("personal_data", "export", EMAIL, stdout=out)
    assert json.loads(out.getvalue())["email"] == EMAIL
    out = io.StringIO()
    call_command("personal_data", "erase", EMAIL, stdout=out)
    assert "erased 1 survey responses" in out.getvalue()
    assert not Response.objects.filter(email=EMAIL).exists()


def test_the_office_page_erases(client_for: object) -> None:
    data()
    client = client_for("office")  # type: ignore[operator]
    page = client.post("/surveys/personal-data/", {"email": EMAIL, "action": "erase"})
    assert page.status_code == 302
    assert not Response.objects.filter(email=EMAIL).exists()
    exported = client.post("/surveys/personal-data/", {"email": EMAIL, "action": "export"})
    assert exported["Content-Type"].startswith("application/json")
