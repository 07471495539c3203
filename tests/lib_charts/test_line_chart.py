"""line_chart: indicator values per period with targets and gaps."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from ortakmasa.lib.charts import PALETTE, line_chart

from .svgtools import NS, all_text, by_class, num, parse, texts, tooltips

YEARS = ["2025", "2026", "2027", "2028", "2029"]


def test_one_point_per_known_value_and_a_target_line() -> None:
    chart = line_chart(
        {"Geri dönüşüm oranı": [12, 14.5, None, 19, 22.25]},
        YEARS,
        title="Atık göstergesi",
        targets=[15, 17, 19, 21, 23],
        unit="%",
    )
    root = parse(chart)
    assert len(by_class(root, "point", "g")) == 4
    assert len(by_class(root, "target-point", "g")) == 5
    # A single series prints its values next to the points.
    assert texts(root, "value") == ["%12", "%14,5", "%19", "%22,3"]
    assert "Hedef" in all_text(root)
    assert tooltips(root, "point")[0] == "Geri dönüşüm oranı – 2025: %12"
    assert chart.table.header == ("Dönem", "Geri dönüşüm oranı", "Hedef")
    assert chart.table.rows[2] == ("2027", "–", "19")
    assert chart.table.rows[4] == ("2029", "22,25", "23")
    assert chart.alt == (
        "Atık göstergesi: 5 dönem (2025 – 2029); "
        "Geri dönüşüm oranı son değeri %22,3 (2029); hedef %23."
    )


def test_gaps_split_the_line() -> None:
    root = parse(line_chart({"a": [1, 2, None, 4, 5]}, YEARS, title="Boşluk"))
    lines = by_class(root, "line", "polyline")
    assert len(lines) == 2
    assert [len((line.get("points") or "").split()) for line in lines] == [2, 2]


def test_isolated_points_keep_their_marker() -> None:
    root = parse(line_chart({"a": [1, None, 3, None, None]}, YEARS, title="Tek tek"))
    assert by_class(root, "line", "polyline") == []
    assert len(by_class(root, "point", "g")) == 2


def marker(group: ET.Element) -> ET.Element:
    """The marker shape drawn for one point (the group's first drawn child)."""
    return next(child for child in group if child.tag != f"{NS}title")


def marker_y(group: ET.Element) -> float:
    shape = marker(group)
    if shape.tag == f"{NS}circle":
        return num(shape, "cy")
    return num(shape, "y") + num(shape, "height") / 2


def test_higher_values_are_drawn_higher() -> None:
    root = parse(line_chart({"a": [1, 5, 3, 2, 4]}, YEARS, title="Sıra"))
    heights = [marker_y(g) for g in by_class(root, "point", "g")]
    # SVG y grows downwards: the largest value has the smallest y.
    assert sorted(range(5), key=lambda i: heights[i]) == [1, 4, 2, 3, 0]


def test_negative_values_go_below_the_zero_axis() -> None:
    root = parse(line_chart({"değişim": [-3, 2]}, ["2025", "2026"], title="Eksi"))
    (axis,) = by_class(root, "axis", "line")
    zero = num(axis, "y1")
    low, high = (marker_y(g) for g in by_class(root, "point", "g"))
    assert low > zero > high
    assert "-3" in texts(root, "value")


def test_several_series_differ_in_colour_dash_and_marker() -> None:
    chart = line_chart(
        {"Kadıköy": [1, 2, 3], "Üsküdar": [2, 1, None], "Şişli": [None, 4, 5]},
        ["Ç1", "Ç2", "Ç3"],
        title="Üç seri",
    )
    root = parse(chart)
    lines = by_class(root, "line", "polyline")
    strokes = {line.get("stroke") for line in lines}
    assert strokes == set(PALETTE[:3])
    assert len({line.get("stroke-dasharray") for line in lines}) == 3
    # circle, square (rect) and triangle (a polygon with three corners)
    shapes = {
        (marker(g).tag, len((marker(g).get("points") or "").split()))
        for g in by_class(root, "point", "g")
    }
    assert shapes == {(f"{NS}circle", 0), (f"{NS}rect", 0), (f"{NS}polygon", 3)}
    # With several series the values stay in the table rather than on the lines.
    assert texts(root, "value") == []
    assert [len(row) for row in chart.table.rows] == [4, 4, 4]


def test_single_period() -> None:
    chart = line_chart({"a": [7]}, ["2025"], title="Tek dönem", targets=[10])
    root = parse(chart)
    assert len(by_class(root, "point", "g")) == 1
    assert len(by_class(root, "target-point", "g")) == 1
    assert by_class(root, "line", "polyline") == []
    assert texts(root, "value") == ["7"]


def test_long_period_labels_are_slanted_with_tooltips() -> None:
    periods = [f"{year} yılı birinci izleme dönemi" for year in range(2025, 2035)]
    root = parse(line_chart({"a": list(range(10))}, periods, title="Uzun"))
    assert tooltips(root, "axis-label") == periods


@pytest.mark.parametrize(
    ("series", "labels"),
    [({}, YEARS), ({"a": []}, []), ({"a": [None] * 5}, YEARS)],
)
def test_no_data(series: dict[str, list[float | None]], labels: list[str]) -> None:
    chart = line_chart(series, labels, title="Boş", locale="en")
    root = parse(chart)
    assert "No data" in all_text(root)
    assert by_class(root, "point", "g") == []
    assert chart.table.rows == ()


def test_targets_alone_are_data() -> None:
    root = parse(line_chart({"a": [None, None]}, ["1", "2"], title="t", targets=[5, 6]))
    assert len(by_class(root, "target-point", "g")) == 2


def test_all_zero_values() -> None:
    root = parse(line_chart({"a": [0, 0, 0]}, ["1", "2", "3"], title="Sıfır"))
    assert len(by_class(root, "point", "g")) == 3
    assert texts(root, "value") == ["0", "0", "0"]


def test_mismatched_lengths_are_rejected() -> None:
    with pytest.raises(ValueError):
        line_chart({"a": [1, 2]}, YEARS, title="t")
    with pytest.raises(ValueError):
        line_chart({"a": [1, 2]}, ["1", "2"], title="t", targets=[1])


def test_special_characters_in_series_names() -> None:
    chart = line_chart({'<Ali & "Veli">': [1, 2]}, ["Ç1 & Ç2", "<Ç3>"], title="t")
    root = parse(chart)
    assert '<Ali & "Veli"> – <Ç3>: 2' in tooltips(root, "point")
    assert chart.table.header[1] == '<Ali & "Veli">'
