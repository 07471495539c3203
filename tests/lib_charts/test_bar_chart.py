"""bar_chart: structure, printed values, edge cases."""

from __future__ import annotations

import pytest

from ortakmasa.lib.charts import PALETTE, bar_chart

from .svgtools import NS, all_text, by_class, num, parse, texts, tooltips

HOURS = {"Adalar": 4, "Beşiktaş": 12.5, "Şişli": 7, "Üsküdar": 1234.5}


def test_one_bar_per_item_with_its_value_printed() -> None:
    chart = bar_chart(HOURS, title="İlçe başına saat", description="Kampanya", unit="saat")
    root = parse(chart)
    assert len(by_class(root, "bar", "rect")) == len(HOURS)
    assert texts(root, "value") == ["4 saat", "12,5 saat", "7 saat", "1.234,5 saat"]
    assert texts(root, "label") == list(HOURS)
    assert root.get("viewBox", "").startswith("0 0 ")


def test_bar_lengths_are_proportional_to_values() -> None:
    root = parse(bar_chart({"a": 10, "b": 20, "c": 40}, title="t"))
    widths = [num(bar, "width") for bar in by_class(root, "bar", "rect")]
    assert widths[1] == pytest.approx(2 * widths[0], abs=0.05)
    assert widths[2] == pytest.approx(4 * widths[0], abs=0.05)


def test_table_and_alt_carry_the_same_numbers() -> None:
    chart = bar_chart(HOURS, title="İlçe başına saat", unit="saat")
    assert chart.table.caption == "İlçe başına saat"
    assert chart.table.header == ("Kategori", "Değer (saat)")
    assert chart.table.rows == (
        ("Adalar", "4"),
        ("Beşiktaş", "12,5"),
        ("Şişli", "7"),
        ("Üsküdar", "1.234,5"),
    )
    assert chart.alt == (
        "İlçe başına saat: 4 kalem; en yüksek Üsküdar (1.234,5 saat), en düşük Adalar (4 saat)."
    )


def test_english_locale_formats_numbers_and_headers() -> None:
    chart = bar_chart(HOURS, title="Hours", unit="h", locale="en", headers=["District", "Hours"])
    root = parse(chart)
    assert "1,234.5 h" in texts(root, "value")
    assert chart.table.header == ("District", "Hours")
    assert chart.table.rows[3] == ("Üsküdar", "1,234.5")
    assert "highest Üsküdar" in chart.alt


def test_percent_unit_uses_turkish_percent_sign_placement() -> None:
    root = parse(bar_chart({"Ulaşım": 45}, title="Pay", unit="%", max_value=100))
    assert texts(root, "value") == ["%45"]
    # max_value stretches the scale: the bar covers 45 % of the axis.
    ticks = texts(root, "tick")
    assert ticks[0] == "0" and ticks[-1] == "100"


def test_turkish_letters_survive_in_svg_and_table() -> None:
    labels = ["İĞÜŞÖÇ", "ığüşöç", "Çağlayan Şükrü Öğün"]
    chart = bar_chart({label: 1 for label in labels}, title="Türkçe: İıŞşĞğÜüÖöÇç")
    root = parse(chart)
    assert texts(root, "label") == labels
    assert root[0].text == "Türkçe: İıŞşĞğÜüÖöÇç"
    assert [row[0] for row in chart.table.rows] == labels
    assert "İĞÜŞÖÇ" in chart.svg


def test_xml_special_characters_are_escaped() -> None:
    label = 'Ali\'nin <"Yeşil"> & Co'
    chart = bar_chart({label: 3}, title='A & B <c> "d"', description="x < y & 'z'")
    root = parse(chart)
    assert texts(root, "label") == [label]
    assert tooltips(root, "item") == [f"{label}: 3"]
    assert root[0].text == 'A & B <c> "d"'
    assert "x < y & 'z'" in (root[1].text or "")
    assert "<c>" not in chart.svg


def test_control_characters_do_not_break_the_xml() -> None:
    chart = bar_chart({"bad\x00label\x07": 1}, title="t\x0b\x01x")
    root = parse(chart)
    assert texts(root, "label") == ["bad label"]
    assert chart.title == "t x"
    assert chart.table.rows == (("bad label", "1"),)


def test_long_labels_are_truncated_with_the_full_text_in_a_tooltip() -> None:
    long_label = "Ulaşım, trafik güvenliği ve toplu taşıma entegrasyonu " * 3
    root = parse(bar_chart({long_label: 5, "Kısa": 2}, title="Temalar", width=480))
    shown = texts(root, "label")
    assert shown[0].endswith("…")
    assert len(shown[0]) < len(long_label.strip())
    assert long_label.strip().startswith(shown[0][:-1])
    assert shown[1] == "Kısa"
    assert tooltips(root, "item")[0] == f"{long_label.strip()}: 5"
    # The plot keeps a usable width despite the long label.
    bars = by_class(root, "bar", "rect")
    assert num(bars[0], "width") > 100


def test_empty_series_says_no_data() -> None:
    chart = bar_chart({}, title="Boş")
    root = parse(chart)
    assert by_class(root, "bar", "rect") == []
    assert "Veri yok" in all_text(root)
    assert chart.table.rows == ()
    assert chart.table.header == ("Kategori", "Değer")
    assert chart.alt == "Boş: veri yok."
    assert "No data" in all_text(parse(bar_chart([], title="Empty", locale="en")))


def test_all_zeros_draw_empty_bars_and_print_zeros() -> None:
    chart = bar_chart({"a": 0, "b": 0, "c": 0}, title="Sıfır")
    root = parse(chart)
    bars = by_class(root, "bar", "rect")
    assert len(bars) == 3
    assert all(num(bar, "width") == 0 for bar in bars)
    assert texts(root, "value") == ["0", "0", "0"]


def test_negative_values_grow_left_from_the_zero_axis() -> None:
    root = parse(bar_chart({"artış": 10, "düşüş": -4.5}, title="Değişim"))
    (axis,) = by_class(root, "axis", "line")
    zero = num(axis, "x1")
    up, down = by_class(root, "bar", "rect")
    assert num(up, "x") == pytest.approx(zero)
    assert num(down, "x") + num(down, "width") == pytest.approx(zero)
    assert num(down, "width") > 0
    value_texts = by_class(root, "value", "text")
    assert "".join(value_texts[1].itertext()) == "-4,5"
    assert value_texts[1].get("text-anchor") == "end"
    assert num(value_texts[1], "x") < num(down, "x")


def test_only_negative_values() -> None:
    root = parse(bar_chart({"a": -3, "b": -1}, title="Eksi"))
    (axis,) = by_class(root, "axis", "line")
    for bar in by_class(root, "bar", "rect"):
        assert num(bar, "x") + num(bar, "width") == pytest.approx(num(axis, "x1"))


def test_single_item() -> None:
    chart = bar_chart([("Kadıköy", 36)], title="Tek")
    root = parse(chart)
    assert len(by_class(root, "bar", "rect")) == 1
    assert texts(root, "value") == ["36"]
    assert chart.alt == "Tek: Kadıköy 36."


def test_missing_value_is_shown_as_a_dash() -> None:
    chart = bar_chart([("a", 5), ("b", None), ("c", float("nan"))], title="Eksik")
    root = parse(chart)
    bars = by_class(root, "bar", "rect")
    assert len(bars) == 3
    assert num(bars[1], "width") == 0
    assert texts(root, "value") == ["5", "–", "–"]
    assert chart.table.rows[1] == ("b", "–")


def test_vertical_bars_stand_on_the_zero_axis() -> None:
    chart = bar_chart({"a": 5, "b": -2, "c": 3}, title="Dikey", horizontal=False)
    root = parse(chart)
    bars = by_class(root, "bar", "rect")
    assert len(bars) == 3
    (axis,) = by_class(root, "axis", "line")
    zero = num(axis, "y1")
    assert num(bars[0], "y") + num(bars[0], "height") == pytest.approx(zero)
    assert num(bars[1], "y") == pytest.approx(zero)
    assert num(bars[0], "height") == pytest.approx(5 / 3 * num(bars[2], "height"), abs=0.05)
    assert texts(root, "value") == ["5", "-2", "3"]


def test_vertical_bars_slant_long_labels_and_keep_tooltips() -> None:
    labels = [f"Çok uzun bir ilçe adı {i}" for i in range(12)]
    root = parse(
        bar_chart({label: i for i, label in enumerate(labels)}, title="t", horizontal=False)
    )
    axis_labels = by_class(root, "axis-label", "g")
    assert len(axis_labels) == 12
    assert tooltips(root, "axis-label") == labels
    for group in axis_labels:
        label = group.find(f"{NS}text")
        assert label is not None
        assert (label.get("transform") or "").startswith("rotate(-40")


def test_colours_cycle_and_are_validated() -> None:
    root = parse(bar_chart({"a": 1, "b": 2, "c": 3}, title="t", colors=PALETTE[:2]))
    fills = [bar.get("fill") for bar in by_class(root, "bar", "rect")]
    assert fills == [PALETTE[0], PALETTE[1], PALETTE[0]]
    with pytest.raises(ValueError):
        bar_chart({"a": 1}, title="t", colors=["javascript:alert(1)"])
    with pytest.raises(ValueError):
        bar_chart({"a": 1}, title="t", colors=[])


def test_header_override_must_match_the_columns() -> None:
    with pytest.raises(ValueError):
        bar_chart({"a": 1}, title="t", headers=["only one"])


def test_output_is_deterministic_and_ids_differ_between_charts() -> None:
    first = bar_chart(HOURS, title="t")
    assert first == bar_chart(HOURS, title="t")
    other = bar_chart({"x": 1}, title="t")
    assert parse(first)[0].get("id") != parse(other)[0].get("id")
