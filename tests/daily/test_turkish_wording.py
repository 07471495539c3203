"""One msgid per meaning, and figures written by the language's rules."""

from __future__ import annotations

import pytest
from django.template import Context, Template
from django.utils import translation

from ortakmasa.lib.charts import format_money, format_number, format_percent
from ortakmasa.meetings.forms import MeetingForm
from ortakmasa.registry.forms import PostForm

pytestmark = pytest.mark.django_db


def test_title_of_a_thing_and_title_of_a_person() -> None:
    with translation.override("tr"):
        assert MeetingForm().fields["title"].label == "Başlık"
        assert PostForm(user=None).fields["title"].label == "Unvan"
        html = Template('{% load i18n %}{% translate "Action" context "history" %}').render(
            Context()
        )
        assert html == "İşlem"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("tr", ["12.000", "%89,7", "850.000 €"]), ("en", ["12,000", "89.7%", "€850,000"])],
)
def test_numbers_money_and_per_cents(lang: str, expected: list[str]) -> None:
    assert [
        format_number(12000, lang),
        format_percent(89.7, lang),
        format_money(850000, "EUR", lang),
    ] == expected
    with translation.override(lang):
        html = Template("{{ a|num }} {{ b|pct }} {{ c|money:'EUR' }}").render(
            Context({"a": 12000, "b": 89.7, "c": "850000.00"})
        )
    assert html.split(" ", 2) == [expected[0], expected[1], expected[2]]


def test_capfirst_filter_is_turkish() -> None:
    with translation.override("tr"):
        assert (
            Template("{{ w|tr_capfirst }} {{ w|capfirst }}").render(Context({"w": "işbirliği"}))
            == "İşbirliği İşbirliği"
        )


def test_table_head_translates_and_escapes_each_column() -> None:
    with translation.override("tr"):
        html = Template('{% table_head _("Status") name %}').render(Context({"name": "<b>İl</b>"}))
    assert html == (
        '<thead><tr><th scope="col">Durum</th>'
        '<th scope="col">&lt;b&gt;İl&lt;/b&gt;</th></tr></thead>'
    )
