"""Results: counts per question with a chart and its table, cross-tabs by
audience, district and stakeholder group, open answers grouped by the
topic tagger's themes, in a fixed number of queries."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ortakmasa.registry.models import District
from ortakmasa.surveys import results, totals
from ortakmasa.surveys.models import Audience, Response, ResponseStatus
from tests.surveys.conftest import Built, office_client, stored

pytestmark = pytest.mark.django_db


def answer(built: Built, district: str, **answers: object) -> Response:
    return stored(
        survey=built.survey,
        audience=Audience.PUBLIC,
        status=ResponseStatus.SUBMITTED,
        district=District.objects.get(name=district, province__plate=34),
        answers={getattr(built, k).key: v for k, v in answers.items()},
    )


def fill(built: Built) -> None:
    answer(built, "Kadıköy", single="Evet", likert=5, text="Deprem toplanma alanı yok.")
    answer(built, "Kadıköy", single="Hayır", likert=4, text="Otobüs seferleri çok seyrek.")
    answer(built, "Başakşehir", single="Evet", likert=1, ranking=["transport", "children"])
    answer(built, "Başakşehir", single="Evet", number=4, text="Deprem için çadır alanı.")
    stored(survey=built.survey, audience=Audience.PUBLIC, answers={})


def test_counts_and_charts_with_their_tables(built: Built) -> None:
    fill(built)
    data = results.build(built.survey)
    assert (data.total, data.drafts) == (4, 1)
    single = next(r for r in data.questions if r.question == built.single)
    assert single.answered == 4
    assert single.chart is not None
    assert dict(single.chart.table.rows) == {"Evet": "3", "Hayır": "1"}
    assert 'role="img"' in single.chart.svg
    ranking = next(r for r in data.questions if r.question == built.ranking)
    assert ranking.chart is not None and ranking.chart.table.rows[0][1] == "2"


def test_crosstab_by_district(built: Built) -> None:
    fill(built)
    single = results.build(built.survey).questions[0]
    by_district = next(c for c in single.crosstabs if "ilçe" in c.title or "district" in c.title)
    assert by_district.table.header[1:] == ("Evet", "Hayır")
    assert dict((row[0], row[1:]) for row in by_district.table.rows) == {
        "Başakşehir": ("2", "0"),
        "Kadıköy": ("1", "1"),
    }


def test_open_answers_are_grouped_by_the_topic_taggers_themes(built: Built) -> None:
    fill(built)
    text = next(r for r in results.build(built.survey).questions if r.question == built.text)
    groups = {group.label: group.texts for group in text.groups}
    assert groups["Afet ve deprem"] == ["Deprem toplanma alanı yok.", "Deprem için çadır alanı."]
    assert groups["Ulaşım"] == ["Otobüs seferleri çok seyrek."]
    assert text.groups[0][0] == "Afet ve deprem"  # the largest group first


def test_the_results_page_costs_the_same_queries_for_more_answers(built: Built) -> None:
    client = office_client("ofis")
    url = reverse("surveys:results", args=[built.survey.pk])
    fill(built)
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    fill(built)
    fill(built)
    with CaptureQueriesContext(connection) as many:
        page = client.get(url)
    assert len(many) == len(few)
    assert "Deprem toplanma alanı yok." in page.content.decode()


def test_the_page_draws_the_cross_tabulation_the_reader_picks(
    built: Built, client_for: object
) -> None:
    fill(built)
    # Başakşehir's answers come from staff, so two audiences can be compared.
    Response.objects.filter(survey=built.survey, district__name="Başakşehir").update(
        audience=Audience.STAFF, group="staff"
    )
    totals.rebuild(built.survey)  # written around the answering code, as an import would
    client = client_for("office")  # type: ignore[operator]
    url = reverse("surveys:results", args=[built.survey.pk])
    by_district = client.get(url).content.decode()
    assert "(ilçeye göre)" in by_district and "(hedef kitleye göre)" not in by_district
    by_audience = client.get(url, {"by": "audience"}).content.decode()
    assert "(hedef kitleye göre)" in by_audience and "(ilçeye göre)" not in by_audience
    assert client.get(url, {"by": "nonsense"}).status_code == 200
