"""achievement_bars: percentages with status bands that do not rely on colour."""

from __future__ import annotations

import pytest

from ortakmasa.lib.charts import STATUS_COLORS, Status, achievement_bars

from .svgtools import NS, all_text, by_class, num, parse, texts, tooltips

GOALS = [
    ("H1.1 Toplu taşıma kullanımını artırmak", 104.0),
    ("H1.2 Bisiklet yolları", 80.0),
    ("H2.1 Yeşil alan", 45.5),
    ("H3.1 Şikâyet çözüm süresi", None),
]
# The chart draws the bands it is given; deciding them is monitoring's.
GOAL_STATUSES: list[Status] = ["achieved", "acceptable", "not_achieved", "no_data"]


def test_each_row_shows_status_by_colour_pattern_symbol_and_word() -> None:
    chart = achievement_bars(GOALS, statuses=GOAL_STATUSES, title="Hedef gerçekleşmeleri")
    root = parse(chart)
    bars = by_class(root, "bar", "rect")
    assert len(bars) == 4
    assert [bar.get("data-status") for bar in bars] == [
        "achieved",
        "acceptable",
        "not_achieved",
        "no_data",
    ]
    assert texts(root, "status") == [
        "✓ Ulaşıldı",
        "~ Kabul edilebilir",
        "✗ Ulaşılmadı",
        "– Veri yok",
    ]
    assert texts(root, "value") == ["%104", "%80", "%45,5", "–"]
    # Colour is never the only cue: two bands are hatched, and every bar has
    # an outline in its band colour.
    pattern_ids = {p.get("id") for p in root.iter(f"{NS}pattern")}
    assert bars[0].get("fill") == STATUS_COLORS["achieved"]
    for bar in bars[1:3]:
        fill = bar.get("fill") or ""
        assert fill.startswith("url(#") and fill[5:-1] in pattern_ids
    assert [bar.get("stroke") for bar in bars] == [
        STATUS_COLORS["achieved"],
        STATUS_COLORS["acceptable"],
        STATUS_COLORS["not_achieved"],
        STATUS_COLORS["no_data"],
    ]


def test_bars_are_proportional_and_the_thresholds_are_marked() -> None:
    root = parse(
        achievement_bars(
            [("a", 50), ("b", 100)], statuses=["not_achieved", "achieved"], title="Oran"
        )
    )
    half, full = by_class(root, "bar", "rect")
    assert num(full, "width") == pytest.approx(2 * num(half, "width"), abs=0.05)
    assert texts(root, "threshold-label") == ["%75", "%100"]
    thresholds = by_class(root, "threshold", "line")
    assert num(thresholds[1], "x1") == pytest.approx(num(full, "x") + num(full, "width"))


def test_table_alt_and_legend() -> None:
    chart = achievement_bars(GOALS, statuses=GOAL_STATUSES, title="Hedef gerçekleşmeleri")
    assert chart.table.header == ("Kategori", "Gerçekleşme (%)", "Durum")
    assert chart.table.rows[0] == (GOALS[0][0], "104", "✓ Ulaşıldı")
    assert chart.table.rows[3] == (GOALS[3][0], "–", "– Veri yok")
    assert chart.alt == (
        "Hedef gerçekleşmeleri: 4 kalemden 1 ulaşıldı, 1 kabul edilebilir, 1 ulaşılmadı, "
        "1 kalemde veri yok."
    )
    assert tooltips(parse(chart), "legend-entry") == [
        "✓ Ulaşıldı (≥ %100)",
        "~ Kabul edilebilir (%75–%100)",
        "✗ Ulaşılmadı (< %75)",
    ]


def test_custom_thresholds_labels_and_english() -> None:
    chart = achievement_bars(
        {"Goal A": 85, "Goal B": 95},
        statuses=["acceptable", "achieved"],
        title="Goals",
        thresholds=(90, 80),
        status_labels={"achieved": "On track"},
        locale="en",
    )
    root = parse(chart)
    assert texts(root, "status") == ["~ Acceptable", "✓ On track"]
    assert texts(root, "value") == ["85%", "95%"]
    assert chart.alt == "Goals: of 2 items, 1 achieved, 1 acceptable, 0 not achieved."


def test_over_achievement_stays_inside_the_plot() -> None:
    root = parse(
        achievement_bars(
            [("a", 250), ("b", -20)], statuses=["achieved", "not_achieved"], title="Aşırı"
        )
    )
    over, negative = by_class(root, "bar", "rect")
    ticks = by_class(root, "tick", "text")
    assert "".join(ticks[-1].itertext()) == "250"
    assert num(negative, "width") == 0
    assert texts(root, "value") == ["%250", "-%20"]
    view_box = [float(v) for v in (root.get("viewBox") or "").split()]
    assert num(over, "x") + num(over, "width") < view_box[2]


def test_single_item_and_long_label() -> None:
    label = "Stratejik amaç 4: Afetlere dirençli, iklim değişikliğine uyumlu bir kent " * 2
    root = parse(achievement_bars([(label, 75)], statuses=["acceptable"], title="Tek"))
    assert len(by_class(root, "bar", "rect")) == 1
    (shown,) = texts(root, "label")
    assert shown.endswith("…")
    assert tooltips(root, "item") == [f"{label.strip()}: %75 – Kabul edilebilir"]


def test_all_zeros() -> None:
    root = parse(achievement_bars({"a": 0, "b": 0}, statuses=["not_achieved"] * 2, title="Sıfır"))
    assert [num(bar, "width") for bar in by_class(root, "bar", "rect")] == [0, 0]
    assert texts(root, "status") == ["✗ Ulaşılmadı", "✗ Ulaşılmadı"]


def test_empty_is_no_data() -> None:
    chart = achievement_bars([], statuses=[], title="Boş")
    assert "Veri yok" in all_text(parse(chart))
    assert chart.table.rows == ()


def test_special_characters_are_escaped() -> None:
    chart = achievement_bars(
        {'A & B <"C">': 100}, statuses=["achieved"], title="<t>", status_labels={"achieved": "<ok>"}
    )
    root = parse(chart)
    assert texts(root, "label") == ['A & B <"C">']
    assert texts(root, "status") == ["✓ <ok>"]


@pytest.mark.parametrize("thresholds", [(70.0, 90.0), (float("nan"), 50.0)])
def test_invalid_thresholds_are_rejected(thresholds: tuple[float, float]) -> None:
    with pytest.raises(ValueError):
        achievement_bars({"a": 1}, statuses=["not_achieved"], title="t", thresholds=thresholds)


def test_patterns_are_scoped_to_the_chart() -> None:
    first = parse(achievement_bars({"a": 80}, statuses=["acceptable"], title="Bir"))
    second = parse(achievement_bars({"a": 80}, statuses=["acceptable"], title="İki"))
    ids_first = {p.get("id") for p in first.iter(f"{NS}pattern")}
    ids_second = {p.get("id") for p in second.iter(f"{NS}pattern")}
    assert ids_first and not ids_first & ids_second


def test_one_status_per_item() -> None:
    with pytest.raises(ValueError):
        achievement_bars({"a": 1, "b": 2}, statuses=["achieved"], title="t")
