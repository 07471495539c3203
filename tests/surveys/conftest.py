"""A survey with one question of every kind, owned by İBB."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.db import connections
from django.test import Client

from ortakmasa.accounts.models import Role, User
from ortakmasa.registry.models import District, Institution
from ortakmasa.surveys import totals
from ortakmasa.surveys.answering import load_questions
from ortakmasa.surveys.models import (
    Audience,
    Kind,
    Question,
    Response,
    ResponseStatus,
    ScoreRole,
    Survey,
    SurveyStatus,
)
from ortakmasa.themes.models import Theme
from tests.conftest import IBB


@dataclass
class Built:
    survey: Survey
    single: Question
    multiple: Question
    likert: Question
    ranking: Question
    matrix: Question
    number: Question
    text: Question
    follow_up: Question


def build_survey(audience: str = Audience.PUBLIC, *, anonymous: bool = True) -> Built:
    ibb = Institution.objects.get(reference_key=IBB)
    survey = Survey.objects.create(
        title="Ulaşım ve yaşam anketi",
        owner=ibb,
        audience=audience,
        anonymous=anonymous,
        kvkk_notice="Yanıtlarınız yalnızca stratejik plan için kullanılır.",
        status=SurveyStatus.PUBLISHED,
    )
    first = survey.sections.create(title="Genel", position=1)
    second = survey.sections.create(title="Ayrıntılar", position=2)

    def q(section: object, position: int, kind: str, text: str, **extra: object) -> Question:
        return Question.objects.create(
            survey=survey, section=section, position=position, kind=kind, text=text, **extra
        )

    single = q(
        first,
        1,
        Kind.SINGLE,
        "Toplu taşıma kullanıyor musunuz?",
        choices=["Evet", "Hayır"],
        required=True,
    )
    follow_up = q(
        first,
        2,
        Kind.TEXT,
        "Hangi hatları kullanıyorsunuz?",
        show_if=single,
        show_if_value="Evet",
        required=True,
    )
    multiple = q(
        first,
        3,
        Kind.MULTIPLE,
        "Hangi hizmetleri kullanıyorsunuz?",
        choices=["Metro", "Otobüs", "Vapur"],
    )
    likert = q(
        first, 4, Kind.LIKERT, "Belediye hizmetlerinden memnunum.", score_role=ScoreRole.IMPORTANCE
    )
    ranking = q(second, 1, Kind.RANKING, "Temaları önem sırasına koyun.")
    ranking.themes.set(
        Theme.objects.filter(code__in=["transport", "children", "environment_climate"])
    )
    matrix = q(
        second, 2, Kind.MATRIX, "Şu hizmetleri değerlendirin.", choices=["Temizlik", "Aydınlatma"]
    )
    number = q(second, 3, Kind.NUMBER, "Hanenizde kaç kişi yaşıyor?", min_value=1, max_value=20)
    text = q(second, 4, Kind.TEXT, "Öneriniz nedir?")
    return Built(survey, single, multiple, likert, ranking, matrix, number, text, follow_up)


def good_post(b: Built, **changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        b.single.key: "Evet",
        b.follow_up.key: "34AS ve M4",
        b.multiple.key: ["Metro", "Vapur"],
        b.likert.key: "4",
        f"{b.ranking.key}_transport": "1",
        f"{b.ranking.key}_children": "2",
        f"{b.matrix.key}_0": "5",
        f"{b.matrix.key}_1": "2",
        b.number.key: "3",
        b.text.key: "Deprem toplanma alanları artırılmalı, otobüs seferleri sıklaşmalı.",
        "district": District.objects.get(name="Kadıköy", province__plate=34).pk,
        "action": "submit",
    }
    data.update(changes)
    return data


@pytest.fixture
def built(db: None) -> Built:
    return build_survey()


def stored(**fields: object) -> Response:
    """A response written directly (as an import would), counted in the
    running totals when it is submitted."""
    response = Response.objects.create(**fields)
    if response.status == ResponseStatus.SUBMITTED:
        totals.submitted(response.survey, response, load_questions(response.survey))
    return response


def office_client(username: str) -> Client:
    """A client logged in as a strategy-office user of İBB."""
    user = User.objects.create_user(username, password="pw-for-tests-1")
    user.role = Role.STRATEGY_OFFICE
    user.institution = Institution.objects.get(reference_key=IBB)
    user.save()
    client = Client()
    client.force_login(user)
    return client


def run_at_once(count: int, work: Callable[[int], None]) -> None:
    """Runs ``work(0)`` … ``work(count - 1)`` in threads released together."""
    start = threading.Barrier(count)

    def run(index: int) -> None:
        try:
            start.wait()
            work(index)
        finally:
            # Each thread opened its own connection: close it, or the test
            # database cannot be dropped.
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
