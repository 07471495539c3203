"""stacked_progress: the "36 / 39 ilçe" coverage bar."""

from __future__ import annotations

import pytest

from ortakmasa.lib.charts import stacked_progress

from .svgtools import by_class, num, parse, texts


def test_coverage_bar_splits_done_and_remaining() -> None:
    chart = stacked_progress(
        36,
        39,
        title="Dinlenen ilçeler",
        unit="ilçe",
        done_label="Dinlenen",
        remaining_label="Dinlenecek",
    )
    root = parse(chart)
    (done,) = by_class(root, "done", "rect")
    (remaining,) = by_class(root, "remaining", "rect")
    (outline,) = by_class(root, "outline", "rect")
    assert num(done, "width") / num(outline, "width") == pytest.approx(36 / 39, abs=1e-3)
    assert num(done, "width") + num(remaining, "width") == pytest.approx(num(outline, "width"))
    assert texts(root, "headline") == ["36 / 39 ilçe"]
    assert texts(root, "share") == ["%92,3"]
    assert chart.alt == "Dinlenen ilçeler: 36 / 39 ilçe tamamlandı (%92,3)."
    assert chart.table.header == ("", "Sayı (ilçe)", "Oran")
    assert chart.table.rows == (
        ("Dinlenen", "36", "%92,3"),
        ("Dinlenecek", "3", "%7,7"),
        ("Toplam", "39", "%100"),
    )
    assert "Dinlenen: 36" in chart.svg and "Dinlenecek: 3" in chart.svg


def test_english_wording() -> None:
    chart = stacked_progress(3, 4, title="Coverage", locale="en")
    assert chart.alt == "Coverage: 3 of 4 done (75%)."
    assert [row[0] for row in chart.table.rows] == ["Done", "Remaining", "Total"]


def test_zero_of_zero_does_not_divide_by_zero() -> None:
    chart = stacked_progress(0, 0, title="Henüz yok")
    root = parse(chart)
    (done,) = by_class(root, "done", "rect")
    assert num(done, "width") == 0
    assert texts(root, "headline") == ["0 / 0"]
    assert texts(root, "share") == ["–"]
    assert chart.alt == "Henüz yok: 0 / 0 tamamlandı."
    assert chart.table.rows[0] == ("Tamamlanan", "0", "–")


def test_everything_done_and_more_than_planned() -> None:
    root = parse(stacked_progress(41, 39, title="Fazla"))
    (done,) = by_class(root, "done", "rect")
    (remaining,) = by_class(root, "remaining", "rect")
    (outline,) = by_class(root, "outline", "rect")
    assert num(done, "width") == pytest.approx(num(outline, "width"))
    assert num(remaining, "width") == 0
    assert texts(root, "headline") == ["41 / 39"]


def test_nothing_done_yet() -> None:
    root = parse(stacked_progress(0, 39, title="Başlangıç"))
    (done,) = by_class(root, "done", "rect")
    assert num(done, "width") == 0
    assert texts(root, "share") == ["%0"]


@pytest.mark.parametrize(("done", "total"), [(-1, 5), (1, -5), (float("nan"), 3)])
def test_impossible_counts_are_rejected(done: float, total: float) -> None:
    with pytest.raises(ValueError):
        stacked_progress(done, total, title="x")
