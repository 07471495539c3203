"""Number formatting, colour contrast and the module's independence."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from ortakmasa.lib import charts
from ortakmasa.lib.charts import (
    PALETTE,
    STATUS_COLORS,
    contrast_ratio,
    format_number,
    format_percent,
    heatmap_colors,
)


@pytest.mark.parametrize(
    ("value", "locale", "expected"),
    [
        (1234.5, "tr", "1.234,5"),
        (1234.5, "en", "1,234.5"),
        (1234567, "tr", "1.234.567"),
        (1234567, "en", "1,234,567"),
        (36, "tr", "36"),
        (0.25, "tr", "0,25"),
        (2 / 3, "tr", "0,67"),
        (2.675, "en", "2.68"),
        (0.125, "tr", "0,13"),
        (-4.5, "tr", "-4,5"),
        (-1234.5, "en", "-1,234.5"),
        (-0.001, "tr", "0"),
        (0.0, "en", "0"),
        (1e30, "en", "1,000,000,000,000,000,019,884,624,838,656"),
        (1234.5, "tr-TR", "1.234,5"),
        (1234.5, "tr_TR", "1.234,5"),
        (1234.5, "en-us", "1,234.5"),
        (1234.5, "de", "1,234.5"),
    ],
)
def test_format_number(value: float, locale: str, expected: str) -> None:
    assert format_number(value, locale) == expected


def test_format_number_with_fixed_decimals() -> None:
    assert format_number(3, "tr", decimals=2) == "3,00"
    assert format_number(1234.567, "en", decimals=1) == "1,234.6"


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_format_non_finite_is_a_dash(value: float) -> None:
    assert format_number(value) == "–"
    assert format_percent(value) == "–"


@pytest.mark.parametrize(
    ("value", "locale", "expected"),
    [
        (87.5, "tr", "%87,5"),
        (87.5, "en", "87.5%"),
        (100, "tr", "%100"),
        (92.307, "tr", "%92,3"),
        (22.25, "tr", "%22,3"),
        (2.675, "en", "2.7%"),
        (1234.5, "tr", "%1.234,5"),
        (-5, "tr", "-%5"),
        (-5, "en", "-5%"),
        (-0.01, "tr", "%0"),
    ],
)
def test_format_percent(value: float, locale: str, expected: str) -> None:
    assert format_percent(value, locale) == expected


def test_contrast_ratio_extremes() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1)
    with pytest.raises(ValueError):
        contrast_ratio("red")


@pytest.mark.parametrize("color", [*PALETTE, *STATUS_COLORS.values()])
def test_mark_colours_meet_wcag_aa_on_white(color: str) -> None:
    # 4.5:1 is the AA level for text, so the colours also serve as text colours.
    assert contrast_ratio(color) >= 4.5


def test_palette_and_status_colours_are_distinct() -> None:
    assert len(set(PALETTE)) == len(PALETTE)
    assert len(set(STATUS_COLORS.values())) == len(STATUS_COLORS)


@pytest.mark.parametrize("steps", [1, 2, 3, 5])
def test_heatmap_ramp_gets_darker_and_keeps_a_readable_ink(steps: int) -> None:
    ramp = heatmap_colors(steps)
    assert len(ramp) == steps
    ratios = [contrast_ratio(color) for color in ramp]
    assert ratios == sorted(ratios)
    for color in ramp:
        assert max(contrast_ratio(color, "#000000"), contrast_ratio(color, "#FFFFFF")) >= 4.5


def test_heatmap_ramp_with_no_steps_is_empty() -> None:
    assert heatmap_colors(0) == ()


def test_module_uses_the_standard_library_only() -> None:
    tree = ast.parse(Path(charts.__file__).read_text(encoding="utf-8"))
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    assert imported
    assert imported <= set(sys.stdlib_module_names) | {"__future__"}
