"""heatmap: district × theme counts."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from ortakmasa.lib.charts import contrast_ratio, heatmap

from .svgtools import NS, all_text, by_class, parse, tooltips

DISTRICTS = ["Adalar", "Beşiktaş", "Çekmeköy"]
THEMES = ["Ulaşım", "Çevre", "İklim", "Kültür"]
COUNTS: list[list[float | None]] = [[0, 1, 2, 3], [4, 5, 6, 7], [8, 0, None, 9]]


def cell_parts(group: ET.Element) -> tuple[ET.Element, ET.Element | None]:
    rect = group.find(f"{NS}rect")
    assert rect is not None
    return rect, group.find(f"{NS}text")


def test_one_cell_per_pair_and_numbers_in_non_zero_cells() -> None:
    chart = heatmap(DISTRICTS, THEMES, COUNTS, title="Konular", row_header="İlçe")
    root = parse(chart)
    cells = by_class(root, "cell", "g")
    assert len(cells) == 12
    printed = []
    for group in cells:
        _, label = cell_parts(group)
        printed.append(None if label is None else label.text)
    # Zero cells stay blank, the unknown cell shows a dash.
    assert printed == [None, "1", "2", "3", "4", "5", "6", "7", "8", None, "–", "9"]
    assert tooltips(root, "cell")[0] == "Adalar × Ulaşım: 0"
    assert tooltips(root, "cell")[10] == "Çekmeköy × İklim: –"
    assert tooltips(root, "row-label") == DISTRICTS
    assert tooltips(root, "column-label") == THEMES


def test_table_matches_the_matrix() -> None:
    chart = heatmap(DISTRICTS, THEMES, COUNTS, title="Konular", row_header="İlçe")
    assert chart.table.header == ("İlçe", *THEMES)
    assert chart.table.rows == (
        ("Adalar", "0", "1", "2", "3"),
        ("Beşiktaş", "4", "5", "6", "7"),
        ("Çekmeköy", "8", "0", "–", "9"),
    )
    assert chart.alt == (
        "Konular: 3 satır × 4 sütun, toplam 45; en yüksek değer 9 (Çekmeköy, Kültür)."
    )


def test_printed_numbers_contrast_with_their_cell() -> None:
    values = [[v for v in range(r * 10, r * 10 + 10)] for r in range(5)]
    root = parse(
        heatmap([f"r{i}" for i in range(5)], [f"c{i}" for i in range(10)], values, title="Kontrast")
    )
    checked = 0
    for group in by_class(root, "cell", "g"):
        rect, label = cell_parts(group)
        if label is not None:
            assert contrast_ratio(label.get("fill") or "", rect.get("fill") or "") >= 4.5
            checked += 1
    assert checked == 49  # every cell but the zero


def test_larger_counts_get_darker_cells() -> None:
    root = parse(heatmap(["a"], ["1", "2", "3", "4", "5"], [[1, 2, 3, 4, 5]], title="Ton"))
    fills = [cell_parts(g)[0].get("fill") or "" for g in by_class(root, "cell", "g")]
    ratios = [contrast_ratio(fill) for fill in fills]
    assert ratios == sorted(ratios) and len(set(fills)) == 5
    # Light cells carry dark numbers, dark cells white ones.
    inks = []
    for group in by_class(root, "cell", "g"):
        label = cell_parts(group)[1]
        assert label is not None
        inks.append(label.get("fill"))
    assert inks[0] == "#000000" and inks[-1] == "#FFFFFF"


def test_legend_lists_the_value_ranges() -> None:
    root = parse(heatmap(["a"], ["x", "y", "z"], [[1, 4, 7]], title="Lejant"))
    assert tooltips(root, "legend-entry") == ["1", "2", "3–4", "5", "6–7"]
    small = parse(heatmap(["a"], ["x", "y"], [[1, 2]], title="İki"))
    assert tooltips(small, "legend-entry") == ["1", "2"]
    fractions = parse(heatmap(["a"], ["x"], [[0.5]], title="Kesir", locale="en"))
    assert tooltips(fractions, "legend-entry")[0] == "0–0.1"


def test_all_zeros_print_nothing_and_need_no_legend() -> None:
    root = parse(heatmap(DISTRICTS, THEMES, [[0] * 4 for _ in DISTRICTS], title="Sıfır"))
    assert len(by_class(root, "cell", "g")) == 12
    assert by_class(root, "value", "text") == []
    assert by_class(root, "legend-entry", "g") == []


def test_single_cell() -> None:
    chart = heatmap(["Şile"], ["Ulaşım"], [[3]], title="Tek")
    root = parse(chart)
    (cell,) = by_class(root, "cell", "g")
    assert cell_parts(cell)[1] is not None
    assert chart.table.rows == (("Şile", "3"),)


@pytest.mark.parametrize(
    ("rows", "columns", "values"), [([], THEMES, []), (DISTRICTS, [], [[], [], []])]
)
def test_no_rows_or_no_columns_is_no_data(
    rows: list[str], columns: list[str], values: list[list[float]]
) -> None:
    chart = heatmap(rows, columns, values, title="Boş")
    root = parse(chart)
    assert "Veri yok" in all_text(root)
    assert by_class(root, "cell", "g") == []


def test_shape_mismatch_is_rejected() -> None:
    with pytest.raises(ValueError):
        heatmap(DISTRICTS, THEMES, COUNTS[:2], title="t")
    with pytest.raises(ValueError):
        heatmap(DISTRICTS, THEMES, [[1, 2], [3, 4], [5, 6]], title="t")


def test_long_and_special_column_names_are_slanted_and_escaped() -> None:
    themes = ["Kentsel dönüşüm & afet <hazırlığı>", 'Sosyal "hizmetler" ve engelli erişimi']
    chart = heatmap(["Kadıköy"], themes, [[1, 2]], title="Uzun")
    root = parse(chart)
    assert tooltips(root, "column-label") == themes
    for group in by_class(root, "column-label", "g"):
        label = group.find(f"{NS}text")
        assert label is not None
        assert "rotate(-45" in (label.get("transform") or "")
    # The drawing grows to make room for the slanted labels.
    view_box = [float(v) for v in (root.get("viewBox") or "").split()]
    assert view_box[2] >= 640
