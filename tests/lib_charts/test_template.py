"""The includes/chart.html snippet renders the chart with its data table."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.conf import settings
from django.template import Context, Engine

import ortakmasa
from ortakmasa.lib.charts import Chart, bar_chart, heatmap

TEMPLATES = Path(ortakmasa.__file__).parent / "templates"


@pytest.fixture(scope="module")
def engine() -> Engine:
    # Under pytest-django the project's settings are in place; when the chart
    # tests run on their own (-p no:django) a minimal configuration will do.
    if not os.environ.get("DJANGO_SETTINGS_MODULE") and not settings.configured:
        settings.configure(USE_I18N=False)
    return Engine(dirs=[str(TEMPLATES)], libraries={"i18n": "django.templatetags.i18n"})


def render(engine: Engine, chart: Chart) -> ET.Element:
    html = engine.get_template("includes/chart.html").render(Context({"chart": chart}))
    # The snippet is well-formed markup, so the XML parser can check it.
    return ET.fromstring(html[html.index("<figure") :])


SVG = "{http://www.w3.org/2000/svg}svg"


def test_figure_with_svg_caption_and_table(engine: Engine) -> None:
    chart = bar_chart(
        {"Kadıköy": 12, "Şişli & <Beyoğlu>": 7.5},
        title="Saat",
        unit="saat",
        description="Kampanya süresince",
    )
    figure = render(engine, chart)
    assert figure.tag == "figure"
    assert figure.find(SVG) is not None
    caption = figure.find("figcaption")
    assert caption is not None and "Saat" in "".join(caption.itertext())
    assert "Kampanya süresince" in "".join(caption.itertext())
    details = figure.find("details")
    assert details is not None
    summary = details.find("summary")
    assert summary is not None and (summary.text or "").strip()
    table = details.find("table")
    assert table is not None
    assert table.findtext("caption") == "Saat"
    assert [th.text for th in table.iter("th") if th.get("scope") == "col"] == [
        "Kategori",
        "Değer (saat)",
    ]
    rows = table.findall("tbody/tr")
    assert [(r.find("th").text, r.find("td").text) for r in rows] == [  # type: ignore[union-attr]
        ("Kadıköy", "12"),
        ("Şişli & <Beyoğlu>", "7,5"),
    ]
    assert all(r.find("th").get("scope") == "row" for r in rows)  # type: ignore[union-attr]


def test_wide_table_has_one_row_header_and_data_cells(engine: Engine) -> None:
    chart = heatmap(
        ["Adalar", "Şile"],
        ["Ulaşım", "Çevre", "İklim"],
        [[1, 0, 2], [3, 4, None]],
        title="Konular",
        row_header="İlçe",
    )
    table = render(engine, chart).find("details/table")
    assert table is not None
    for row in table.findall("tbody/tr"):
        assert len(row.findall("th")) == 1
        assert len(row.findall("td")) == 3


def test_no_data_chart_has_no_empty_table(engine: Engine) -> None:
    figure = render(engine, bar_chart({}, title="Boş"))
    assert figure.find(SVG) is not None
    assert figure.find("details") is None


#: The rows of the data table as ``includes/chart.html`` looped over them
#: before ``Table.body`` wrote them in one pass.
FORMER_ROWS = """{% for row in table.rows %}
        <tr>{% for cell in row %}{% if forloop.first %}<th scope="row">{{ cell }}</th>{% else %}<td>{{ cell }}</td>{% endif %}{% endfor %}</tr>
        {% endfor %}"""  # noqa: E501


def test_table_body_equals_the_former_loop(engine: Engine) -> None:
    from django.utils.safestring import mark_safe

    from ortakmasa.lib.charts import Table

    table = Table(
        caption="c",
        header=("a", "b", "c"),
        rows=(
            ("Kadıköy <Belediyesi> & \"şube\" 'x'", "1,5", "–"),
            (mark_safe("<b>hazır</b>"), "<i>", "12"),
            ("yalnız",),
        ),
    )
    former = engine.from_string(FORMER_ROWS).render(Context({"table": table}))
    assert table.body == former
    chart = heatmap(["Ada & <Köy>", "Şile"], ["T'1", 'T"2'], [[1, 0], [3, 7]], title="t")
    assert chart.table.body == engine.from_string(FORMER_ROWS).render(
        Context({"table": chart.table})
    )
