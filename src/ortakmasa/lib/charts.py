"""Small server-side SVG charts for dashboards, monitoring pages and reports.

Every function returns a :class:`Chart` with three renderings of the same
numbers:

* ``chart.svg`` - self-contained SVG markup (``role="img"``, ``<title>`` and
  ``<desc>`` referenced by ``aria-labelledby``, a ``viewBox`` so it scales
  down on phones, no scripts, no external fonts or images);
* ``chart.table`` - a :class:`Table` (caption, header row, body rows of
  strings) carrying the same numbers, for an HTML ``<table>`` next to the
  chart and for Word/PDF reports;
* ``chart.alt`` - a one-sentence text alternative.

In a Django template, render the chart and its numbers together, preferably
through the shared include::

    {% include "includes/chart.html" with chart=coverage_chart %}

which boils down to ``{{ chart.svg|safe }}`` followed by a ``<table>`` built
from ``chart.table`` (caption, ``<th scope="col">`` header, first cell of each
row as ``<th scope="row">``).  ``|safe`` is correct here because every piece
of text that goes into the SVG is XML-escaped by this module.

Why server-side SVG rather than a JavaScript chart library: there is nothing
to vendor, audit or keep up to date; the chart is in the HTML the server
sends, so it shows without JavaScript, prints as crisp vectors, and the very
same markup can be embedded in (or converted for) Word/PDF exports.  Values
are printed on the marks themselves, so a greyscale printout stays readable,
and colour never carries meaning alone (status charts add a symbol, a word
and a hatch pattern; line charts add marker shapes and dash patterns).

Numbers are formatted for ``locale="tr"`` (``1.234,5`` and ``%45``) or
``locale="en"`` (``1,234.5`` and ``45%``); any locale code starting with
``tr`` counts as Turkish, everything else as English, so ``get_language()``
can be passed straight through.

Pure standard library: no Django, no I/O.
"""

from __future__ import annotations

import functools
import hashlib
import html
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

__all__ = [
    "DEFAULT_THRESHOLDS",
    "PALETTE",
    "STATUS_COLORS",
    "Chart",
    "Status",
    "Table",
    "achievement_bars",
    "bar_chart",
    "contrast_ratio",
    "format_number",
    "format_percent",
    "heatmap",
    "heatmap_colors",
    "line_chart",
    "stacked_progress",
    "with_narrow",
]

Lang = Literal["tr", "en"]
Status = Literal["achieved", "acceptable", "not_achieved", "no_data"]
Series = Mapping[str, float | None] | Sequence[tuple[str, float | None]]

#: Categorical colours derived from the Okabe-Ito colour-blind-safe set,
#: darkened where needed so that each has at least 4.5:1 contrast on white
#: (WCAG AA for text, and comfortably above the 3:1 asked of graphics).
PALETTE: tuple[str, ...] = ("#0072B2", "#B84A00", "#007A5E", "#A8437F", "#332288", "#5E5E5E")

#: Status band colours: bluish green / ochre / vermilion stay apart for the
#: common colour-vision deficiencies, and every one is AA on white.
STATUS_COLORS: Mapping[Status, str] = {
    "achieved": "#007A5E",
    "acceptable": "#9A6200",
    "not_achieved": "#B8321E",
    "no_data": "#767676",
}

#: Achievement percentage at or above which a goal counts as achieved, and
#: at or above which it is still acceptable.
DEFAULT_THRESHOLDS: tuple[float, float] = (100.0, 75.0)

DEFAULT_WIDTH = 640
FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif"
TEXT_COLOR = "#1A1A1A"
MUTED_TEXT = "#595959"
GRID_COLOR = "#D9D9D9"
AXIS_COLOR = "#595959"
TRACK_COLOR = "#E6E6E6"
BACKGROUND = "#FFFFFF"

_PAD = 12.0
_STATUS_ORDER: tuple[Status, ...] = ("achieved", "acceptable", "not_achieved", "no_data")
_STATUS_SYMBOLS: Mapping[Status, str] = {
    "achieved": "✓",
    "acceptable": "~",
    "not_achieved": "✗",
    "no_data": "–",
}
_DASHES: tuple[str | None, ...] = (None, "7 4", "2 3", "9 3 2 3")
_MARKERS: tuple[str, ...] = ("circle", "square", "triangle", "diamond")
_TARGET_DASH = "5 4"
_HEAT_LIGHT = (0xD6, 0xE6, 0xF5)
_HEAT_DARK = (0x0B, 0x3A, 0x6B)
_MISSING = "–"

_TEXT: Mapping[Lang, Mapping[str, str]] = {
    "tr": {
        "no_data": "Veri yok",
        "category": "Kategori",
        "value": "Değer",
        "period": "Dönem",
        "target": "Hedef",
        "done": "Tamamlanan",
        "remaining": "Kalan",
        "total": "Toplam",
        "count": "Sayı",
        "share": "Oran",
        "achievement": "Gerçekleşme",
        "status": "Durum",
        "achieved": "Ulaşıldı",
        "acceptable": "Kabul edilebilir",
        "not_achieved": "Ulaşılmadı",
        "alt_empty": "{title}: veri yok.",
        "alt_bar": "{title}: {n} kalem; en yüksek {hi_label} ({hi}), en düşük {lo_label} ({lo}).",
        "alt_bar_one": "{title}: {label} {value}.",
        "alt_progress": "{title}: {done} / {total}{unit} tamamlandı{share}.",
        "alt_line": "{title}: {periods} dönem ({first} – {last}); {details}.",
        "alt_line_series": "{name} son değeri {value} ({period})",
        "alt_line_target": "hedef {value}",
        "alt_heatmap": (
            "{title}: {rows} satır × {cols} sütun, toplam {total}; "
            "en yüksek değer {value} ({row}, {col})."
        ),
        "alt_achievement": (
            "{title}: {n} kalemden {achieved} ulaşıldı, {acceptable} kabul edilebilir, "
            "{not_achieved} ulaşılmadı{no_data}."
        ),
        "alt_achievement_missing": ", {count} kalemde veri yok",
    },
    "en": {
        "no_data": "No data",
        "category": "Category",
        "value": "Value",
        "period": "Period",
        "target": "Target",
        "done": "Done",
        "remaining": "Remaining",
        "total": "Total",
        "count": "Count",
        "share": "Share",
        "achievement": "Achievement",
        "status": "Status",
        "achieved": "Achieved",
        "acceptable": "Acceptable",
        "not_achieved": "Not achieved",
        "alt_empty": "{title}: no data.",
        "alt_bar": "{title}: {n} items; highest {hi_label} ({hi}), lowest {lo_label} ({lo}).",
        "alt_bar_one": "{title}: {label} {value}.",
        "alt_progress": "{title}: {done} of {total}{unit} done{share}.",
        "alt_line": "{title}: {periods} periods ({first} – {last}); {details}.",
        "alt_line_series": "{name} last value {value} ({period})",
        "alt_line_target": "target {value}",
        "alt_heatmap": (
            "{title}: {rows} rows × {cols} columns, total {total}; "
            "highest value {value} ({row}, {col})."
        ),
        "alt_achievement": (
            "{title}: of {n} items, {achieved} achieved, {acceptable} acceptable, "
            "{not_achieved} not achieved{no_data}."
        ),
        "alt_achievement_missing": ", {count} without data",
    },
}


@dataclass(frozen=True, slots=True)
class Table:
    """The numbers behind a chart, already formatted as strings.

    The first cell of every row names the row (render it as
    ``<th scope="row">``); missing values are ``"–"``.
    """

    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    @property
    def body(self) -> str:
        """The rows as ``includes/chart.html`` lays them out, cells escaped:
        written in one pass, as the template's nested loops cost a heat
        map's thousand cells a template lookup each."""
        return "".join(
            "\n        <tr>"
            + "".join(
                f'<th scope="row">{_escaped(cell)}</th>' if i == 0 else f"<td>{_escaped(cell)}</td>"
                for i, cell in enumerate(row)
            )
            + "</tr>\n        "
            for row in self.rows
        )


def _escaped(value: object) -> str:
    """What ``{{ value }}`` writes for a string: escaped unless already
    marked safe."""
    marked = getattr(value, "__html__", None)
    return str(marked()) if marked else html.escape(str(value))


@dataclass(frozen=True, slots=True)
class Chart:
    """A rendered chart: SVG markup, its data table and a text alternative.
    ``narrow`` is the same chart laid out for a phone (see
    :func:`with_narrow`)."""

    svg: str
    table: Table
    alt: str
    title: str
    description: str = ""
    narrow: Chart | None = None


#: A phone's content width (390 px less the page's margins).  A chart laid
#: out at this width is shown at its own size on a phone, so its 11-px
#: labels stay 11 px; a desktop chart scaled down to it had 4-px labels.
NARROW_WIDTH = 340


def with_narrow(build: Callable[[int], Chart], width: int = DEFAULT_WIDTH) -> Chart:
    """``build(width)`` with ``narrow`` set to ``build(NARROW_WIDTH)``: the
    chart laid out again for a phone (labels shortened or turned, bars
    re-spaced) rather than shrunk.  ``includes/chart.html`` shows the one
    that fits the screen."""
    wide = build(width)
    return Chart(
        svg=wide.svg,
        table=wide.table,
        alt=wide.alt,
        title=wide.title,
        description=wide.description,
        narrow=build(NARROW_WIDTH),
    )


# ---------------------------------------------------------------------------
# Numbers and colours
# ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def _lang(locale: str) -> Lang:
    return "tr" if re.split(r"[-_]", locale, maxsplit=1)[0].lower() == "tr" else "en"


_TR_SEPARATORS = str.maketrans({",": ".", ".": ","})


def _format(value: float, lang: Lang, places: int, strip: bool) -> str:
    # Decimal from the shortest repr rounds half up on the digits people see
    # (22,25 -> 22,3), where float formatting would round 22.25 to even.
    magnitude = abs(float(value))
    if magnitude < 1e15 and magnitude.is_integer():
        # Whole numbers (most cells of a count table) need no rounding.
        text = f"{int(magnitude):,}" + ("." + "0" * places if places else "")
    elif magnitude < 1e15:
        exact = Decimal(repr(magnitude)).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
        text = f"{exact:,.{places}f}"
    else:  # beyond Decimal's default precision; no rounding subtlety left to care about
        text = f"{magnitude:,.{places}f}"
    if strip and "." in text:
        text = text.rstrip("0").rstrip(".")
    # A value that rounds to zero must not come out as "-0".
    if value < 0 and text.strip("0.,"):
        text = "-" + text
    return text.translate(_TR_SEPARATORS) if lang == "tr" else text


def format_number(value: float, locale: str = "tr", *, decimals: int | None = None) -> str:
    """Format ``value`` with the locale's separators ("1.234,5" in Turkish).

    With ``decimals=None`` whole numbers get no decimals and others at most
    two, without trailing zeros.  Non-finite values come out as ``"–"``.
    """
    if not math.isfinite(value):
        return _MISSING
    lang = _lang(locale)
    if decimals is not None:
        return _format(value, lang, decimals, strip=False)
    return _format(value, lang, 0 if float(value).is_integer() else 2, strip=True)


def format_percent(value: float, locale: str = "tr", *, decimals: int | None = None) -> str:
    """Format a percentage: ``%87,5`` in Turkish (sign first), ``87.5%`` in English."""
    if not math.isfinite(value):
        return _MISSING
    lang = _lang(locale)
    number = _format(abs(value), lang, 1 if decimals is None else decimals, decimals is None)
    sign = "-" if value < 0 and number.strip("0.,") else ""
    return f"{sign}%{number}" if lang == "tr" else f"{sign}{number}%"


def _with_unit(value: float | None, unit: str, lang: Lang) -> str:
    if value is None:
        return _MISSING
    if unit == "%":
        return format_percent(value, lang)
    number = format_number(value, lang)
    return f"{number} {unit}" if unit else number


def _rgb(color: str) -> tuple[int, int, int]:
    match = re.fullmatch(r"#?([0-9a-fA-F]{6})", color.strip())
    if match is None:
        raise ValueError(f"expected a #RRGGBB colour, got {color!r}")
    digits = match.group(1)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def _luminance(color: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = _rgb(color)
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(first: str, second: str = BACKGROUND) -> float:
    """WCAG 2 contrast ratio between two ``#RRGGBB`` colours (1 to 21)."""
    a, b = _luminance(first), _luminance(second)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def _ink_on(fill: str) -> str:
    # Pure black rather than TEXT_COLOR: with black, the better of black and
    # white always reaches 4.5:1, whatever the fill.
    black, white = contrast_ratio("#000000", fill), contrast_ratio("#FFFFFF", fill)
    return "#000000" if black >= white else "#FFFFFF"


def heatmap_colors(steps: int) -> tuple[str, ...]:
    """The sequential blue ramp used by :func:`heatmap`, lightest first."""
    if steps <= 0:
        return ()
    colors = []
    for index in range(steps):
        t = 1.0 if steps == 1 else index / (steps - 1)
        mixed = (round(lo + (hi - lo) * t) for lo, hi in zip(_HEAT_LIGHT, _HEAT_DARK, strict=True))
        colors.append("#{:02X}{:02X}{:02X}".format(*mixed))
    return tuple(colors)


# ---------------------------------------------------------------------------
# Text measurement and SVG building blocks
# ---------------------------------------------------------------------------

_NARROW = frozenset("iıjlIİtfr.,:;'!|()[] ")
_WIDE = frozenset("mwMW%@")
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _char_units(char: str) -> float:
    if char in _NARROW:
        return 0.34
    if char in _WIDE:
        return 0.92
    if char.isupper():
        return 0.72
    if char.isdigit():
        return 0.64
    return 0.6


class _Units(dict[str, float]):
    """Each character's width in ems, decided once per character."""

    def __missing__(self, char: str) -> float:
        units = self[char] = _char_units(char)
        return units


_UNITS = _Units()


def _text_width(text: str, size: float) -> float:
    """A deliberately generous estimate: no font metrics are available on
    the server, and DejaVu Sans (the fallback) is a wide face."""
    units = 0.0
    table = _UNITS
    for char in text:
        units += table[char]
    return units * size


def _fit(text: str, max_width: float, size: float) -> str:
    if _text_width(text, size) <= max_width:
        return text
    budget = max_width - _text_width("…", size)
    used = 0.0
    kept: list[str] = []
    for char in text:
        used += _text_width(char, size)
        if used > budget:
            break
        kept.append(char)
    return "".join(kept).rstrip() + "…"


def _clean_label(text: object) -> str:
    return " ".join(_INVALID_XML.sub(" ", str(text)).split())


def _clean_value(value: float | None) -> float | None:
    if value is None:
        return None
    number = float(value)
    return number if math.isfinite(number) else None


#: What ``_esc`` changes; most texts of a chart (colours, classes, numbers)
#: hold none of it and are returned as they are.
_TO_ESCAPE = re.compile("[&<>\"'\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _esc(text: str) -> str:
    if _TO_ESCAPE.search(text) is None:
        return text
    return html.escape(_INVALID_XML.sub("", text), quote=True)


def _num(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _el(tag: str, attrs: Mapping[str, str | float | None], content: str | None = None) -> str:
    rendered = "".join(
        f' {key}="{_num(value) if isinstance(value, int | float) else _esc(value)}"'
        for key, value in attrs.items()
        if value is not None
    )
    if content is None:
        return f"<{tag}{rendered}/>"
    return f"<{tag}{rendered}>{content}</{tag}>"


def _text(
    x: float,
    y: float,
    content: str,
    *,
    size: float = 12,
    anchor: str = "start",
    color: str = TEXT_COLOR,
    weight: str | None = None,
    cls: str | None = None,
    rotate: float | None = None,
) -> str:
    transform = f"rotate({_num(rotate)} {_num(x)} {_num(y)})" if rotate is not None else None
    attrs: dict[str, str | float | None] = {
        "class": cls,
        "x": x,
        "y": y,
        "font-size": size,
        "text-anchor": anchor,
        "fill": color,
        "font-weight": weight,
        "transform": transform,
    }
    return _el("text", attrs, _esc(content))


def _line(x1: float, y1: float, x2: float, y2: float, color: str, **extra: str | float) -> str:
    attrs: dict[str, str | float | None] = {"x1": x1, "y1": y1, "x2": x2, "y2": y2}
    attrs["stroke"] = color
    attrs.update(extra)
    return _el("line", attrs)


def _row_label(label: str, middle: float, column: float, size: float) -> str:
    """A row's name in a horizontal chart, right-aligned in the label column
    left of the bars and cut to fit it."""
    return _text(
        _PAD + column, middle + 4.5, _fit(label, column, size), size=size, anchor="end", cls="label"
    )


def _across(x: float, top: float, bottom: float, color: str, **extra: str | float) -> str:
    """A vertical rule across the rows of a horizontal chart, a little
    beyond the first and the last."""
    return _line(x, top - 4, x, bottom + 4, color, **extra)


def _group(cls: str, tooltip: str, *children: str) -> str:
    return f'<g class="{cls}"><title>{_esc(tooltip)}</title>{"".join(children)}</g>'


def _chart_id(kind: str, *payload: object) -> str:
    # Derived from the content, so the output is reproducible and two
    # different charts inlined in one page do not share ids.
    digest = hashlib.sha1(repr(payload).encode("utf-8"), usedforsecurity=False).hexdigest()
    return f"om-{kind}-{digest[:10]}"


def _document(
    cid: str,
    lang: Lang,
    width: float,
    height: float,
    title: str,
    desc: str,
    body: str,
    defs: str = "",
) -> str:
    w, h = math.ceil(width), math.ceil(height)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" '
        f'height="{h}" role="img" aria-labelledby="{cid}-title {cid}-desc" lang="{lang}" '
        f'font-family="{_esc(FONT_FAMILY)}" style="max-width:100%;height:auto">'
        f'<title id="{cid}-title">{_esc(title)}</title>'
        f'<desc id="{cid}-desc">{_esc(desc)}</desc>'
        + (f"<defs>{defs}</defs>" if defs else "")
        + _el("rect", {"class": "background", "width": w, "height": h, "fill": BACKGROUND})
        + body
        + "</svg>"
    )


def _finish(
    cid: str,
    lang: Lang,
    title: str,
    description: str,
    alt: str,
    table: Table,
    width: float,
    height: float,
    body: str,
    defs: str = "",
) -> Chart:
    desc = f"{alt} {description}".strip() if description else alt
    svg = _document(cid, lang, width, height, title, desc, body, defs)
    return Chart(svg=svg, table=table, alt=alt, title=title, description=description)


def _empty(
    kind: str, lang: Lang, title: str, description: str, header: tuple[str, ...], width: float
) -> Chart:
    text = _TEXT[lang]
    alt = text["alt_empty"].format(title=title)
    body = _text(width / 2, 64, text["no_data"], size=16, anchor="middle", color=MUTED_TEXT)
    body = (
        _el(
            "rect",
            {
                "class": "no-data",
                "x": _PAD,
                "y": _PAD,
                "width": width - 2 * _PAD,
                "height": 96,
                "fill": "none",
                "stroke": GRID_COLOR,
                "stroke-dasharray": "4 4",
            },
        )
        + body
    )
    table = Table(title, header, ())
    cid = _chart_id(kind, lang, title, description)
    return _finish(cid, lang, title, description, alt, table, width, 120, body)


def _headers(given: Sequence[str] | None, default: tuple[str, ...]) -> tuple[str, ...]:
    if given is None:
        return default
    header = tuple(_clean_label(cell) for cell in given)
    if len(header) != len(default):
        raise ValueError(f"expected {len(default)} headers, got {len(header)}")
    return header


def _value_header(lang: Lang, unit: str, key: str = "value") -> str:
    name = _TEXT[lang][key]
    return f"{name} ({unit})" if unit else name


def _cell(value: float | None, lang: Lang) -> str:
    return _MISSING if value is None else format_number(value, lang)


def _pairs(series: Series) -> list[tuple[str, float | None]]:
    pairs = series.items() if isinstance(series, Mapping) else series
    return [(_clean_label(label), _clean_value(value)) for label, value in pairs]


def _nice_ticks(lo: float, hi: float, *, integral: bool, count: int = 5) -> list[float]:
    """Round tick values covering [lo, hi]; the first and last are the domain."""
    if hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    if integral:
        step = max(step, 1.0)
    start = math.floor(round(lo / step, 9)) * step
    stop = math.ceil(round(hi / step, 9)) * step
    steps = round((stop - start) / step)
    return [round(start + i * step, 9) for i in range(steps + 1)]


def _all_integral(values: Sequence[float]) -> bool:
    return all(float(v).is_integer() for v in values)


def _x_tick_labels(
    ticks: Sequence[float], scale: Callable[[float], float], y: float, lang: Lang, right_edge: float
) -> str:
    parts = []
    for tick in ticks:
        x = scale(tick)
        label = format_number(tick, lang)
        half = _text_width(label, 11) / 2
        anchor = "end" if x + half > right_edge else "middle"
        parts.append(_text(x, y, label, size=11, anchor=anchor, color=MUTED_TEXT, cls="tick"))
    return "".join(parts)


_ROTATION = 40.0


def _category_labels(
    labels: Sequence[str], centers: Sequence[float], slot: float, top: float
) -> tuple[str, float]:
    """Labels under a horizontal axis: level when they fit, otherwise slanted
    and truncated; the full text stays in a tooltip.  Returns markup and height."""
    size = 12.0
    if all(_text_width(label, size) <= slot - 6 for label in labels):
        parts = [
            _group("axis-label", label, _text(x, top + 14, label, size=size, anchor="middle"))
            for label, x in zip(labels, centers, strict=True)
        ]
        return "".join(parts), 22.0
    cos = math.cos(math.radians(_ROTATION))
    sin = math.sin(math.radians(_ROTATION))
    parts = []
    tallest = 0.0
    for label, x in zip(labels, centers, strict=True):
        # Keep each slanted label inside the left edge of the drawing.
        shown = _fit(label, max(24.0, min(140.0, (x - 2) / cos)), size)
        tallest = max(tallest, _text_width(shown, size) * sin)
        text = _text(x + 4, top + 10, shown, size=size, anchor="end", rotate=-_ROTATION)
        parts.append(_group("axis-label", label, text))
    return "".join(parts), tallest + 18


def _legend(
    entries: Sequence[tuple[Callable[[float, float], str], str]],
    x0: float,
    y0: float,
    right: float,
) -> tuple[str, float]:
    """Lay legend entries (sample drawer, text) out in rows; returns markup and bottom y."""
    size = 12.0
    sample_width = 28.0
    x, y = x0, y0
    parts = []
    for draw, label in entries:
        shown = _fit(label, 200, size)
        entry_width = sample_width + 6 + _text_width(shown, size)
        if x > x0 and x + entry_width > right:
            x, y = x0, y + 20
        parts.append(
            _group(
                "legend-entry",
                label,
                draw(x, y + 10),
                _text(x + sample_width + 6, y + 14, shown, size=size),
            )
        )
        x += entry_width + 18
    return "".join(parts), y + 20


# ---------------------------------------------------------------------------
# Bar chart
# ---------------------------------------------------------------------------


def bar_chart(
    series: Series,
    *,
    title: str,
    description: str = "",
    unit: str = "",
    max_value: float | None = None,
    horizontal: bool = True,
    width: int = DEFAULT_WIDTH,
    colors: Sequence[str] = PALETTE[:1],
    locale: str = "tr",
    headers: Sequence[str] | None = None,
) -> Chart:
    """Labelled bars with each value printed at the end of its bar.

    ``series`` is a mapping or a sequence of ``(label, value)`` pairs, drawn
    in the given order; ``None`` marks a missing value.  ``max_value`` makes
    the scale reach at least that far (e.g. 100 for percentages, or a common
    maximum for charts shown side by side).  ``colors`` cycle over the bars;
    the default is one colour, as the bars are one series.  ``headers``
    overrides the two table column titles.
    """
    title, description = _clean_label(title), _clean_label(description)
    lang = _lang(locale)
    if not colors:
        raise ValueError("colors must not be empty")
    for color in colors:
        _rgb(color)
    items = _pairs(series)
    header = _headers(headers, (_TEXT[lang]["category"], _value_header(lang, unit)))
    if not items:
        return _empty("bar", lang, title, description, header, width)
    table = Table(title, header, tuple((label, _cell(value, lang)) for label, value in items))
    texts = [_with_unit(value, unit, lang) for _, value in items]
    known = [(label, value) for label, value in items if value is not None]
    if len(items) == 1:
        alt = _TEXT[lang]["alt_bar_one"].format(title=title, label=items[0][0], value=texts[0])
    elif known:
        highest = max(known, key=lambda pair: pair[1])
        lowest = min(known, key=lambda pair: pair[1])
        alt = _TEXT[lang]["alt_bar"].format(
            title=title,
            n=len(items),
            hi_label=highest[0],
            hi=_with_unit(highest[1], unit, lang),
            lo_label=lowest[0],
            lo=_with_unit(lowest[1], unit, lang),
        )
    else:
        alt = _TEXT[lang]["alt_empty"].format(title=title)
    values = [value for _, value in known]
    limits = [0.0, *values, *([max_value] if max_value is not None else [])]
    ticks = _nice_ticks(min(limits), max(limits), integral=_all_integral(limits))
    draw = _horizontal_bars if horizontal else _vertical_bars
    body, height = draw(items, texts, ticks, lang, float(width), colors)
    cid = _chart_id(
        "bar", lang, title, description, items, unit, max_value, horizontal, width, tuple(colors)
    )
    return _finish(cid, lang, title, description, alt, table, width, height, body)


def _horizontal_bars(
    items: Sequence[tuple[str, float | None]],
    texts: Sequence[str],
    ticks: Sequence[float],
    lang: Lang,
    width: float,
    colors: Sequence[str],
) -> tuple[str, float]:
    label_size, value_size, bar_height, gap = 13.0, 12.0, 22.0, 8.0
    lo, hi = ticks[0], ticks[-1]
    positive_room = (
        max(
            (
                _text_width(t, value_size)
                for (_, v), t in zip(items, texts, strict=True)
                if v is None or v >= 0
            ),
            default=0.0,
        )
        + 8
    )
    negative_room = (
        max(
            (
                _text_width(t, value_size)
                for (_, v), t in zip(items, texts, strict=True)
                if v is not None and v < 0
            ),
            default=-8.0,
        )
        + 8
    )
    widest_label = max(_text_width(label, label_size) for label, _ in items)
    label_width = max(
        40.0,
        min(widest_label, width * 0.38, width - 2 * _PAD - 8 - positive_room - negative_room - 120),
    )
    start = _PAD + label_width + 8 + negative_room
    end = width - _PAD - positive_room

    def scale(value: float) -> float:
        return start + (value - lo) / (hi - lo) * (end - start)

    top = _PAD
    bottom = top + len(items) * (bar_height + gap) - gap
    parts = [_across(scale(t), top, bottom, GRID_COLOR, **{"class": "grid"}) for t in ticks]
    zero = scale(0.0)
    for index, ((label, value), text) in enumerate(zip(items, texts, strict=True)):
        y = top + index * (bar_height + gap)
        middle = y + bar_height / 2
        tip = scale(value) if value is not None else zero
        left, right = sorted((zero, tip))
        color = colors[index % len(colors)]
        negative = value is not None and value < 0
        parts.append(
            _group(
                "item",
                f"{label}: {text}",
                _row_label(label, middle, label_width, label_size),
                _el(
                    "rect",
                    {
                        "class": "bar",
                        "x": left,
                        "y": y,
                        "width": right - left,
                        "height": bar_height,
                        "fill": color,
                    },
                ),
                _text(
                    tip - 4 if negative else tip + 4,
                    middle + 4,
                    text,
                    size=value_size,
                    anchor="end" if negative else "start",
                    cls="value",
                ),
            )
        )
    parts.append(_across(zero, top, bottom, AXIS_COLOR, **{"class": "axis"}))
    parts.append(_x_tick_labels(ticks, scale, bottom + 18, lang, width - 2))
    return "".join(parts), bottom + 18 + _PAD


def _vertical_bars(
    items: Sequence[tuple[str, float | None]],
    texts: Sequence[str],
    ticks: Sequence[float],
    lang: Lang,
    width: float,
    colors: Sequence[str],
) -> tuple[str, float]:
    value_size, plot_height = 12.0, 220.0
    lo, hi = ticks[0], ticks[-1]
    tick_texts = [format_number(t, lang) for t in ticks]
    axis_width = max(_text_width(t, 11) for t in tick_texts) + 8
    left, right = _PAD + axis_width, width - _PAD
    slot = (right - left) / len(items)
    bar_width = min(slot * 0.64, 64.0)
    top = _PAD + 18
    bottom = top + plot_height

    def scale(value: float) -> float:
        return top + (hi - value) / (hi - lo) * plot_height

    parts = []
    for tick, label in zip(ticks, tick_texts, strict=True):
        y = scale(tick)
        parts.append(_line(left, y, right, y, GRID_COLOR, **{"class": "grid"}))
        parts.append(
            _text(left - 6, y + 4, label, size=11, anchor="end", color=MUTED_TEXT, cls="tick")
        )
    zero = scale(0.0)
    centers = [left + slot * (index + 0.5) for index in range(len(items))]
    has_negative = False
    for index, ((label, value), text) in enumerate(zip(items, texts, strict=True)):
        center = centers[index]
        tip = scale(value) if value is not None else zero
        upper, lower = sorted((zero, tip))
        negative = value is not None and value < 0
        has_negative = has_negative or negative
        parts.append(
            _group(
                "item",
                f"{label}: {text}",
                _el(
                    "rect",
                    {
                        "class": "bar",
                        "x": center - bar_width / 2,
                        "y": upper,
                        "width": bar_width,
                        "height": lower - upper,
                        "fill": colors[index % len(colors)],
                    },
                ),
                _text(
                    center,
                    tip + 15 if negative else tip - 5,
                    text,
                    size=value_size,
                    anchor="middle",
                    cls="value",
                ),
            )
        )
    parts.append(_line(left, zero, right, zero, AXIS_COLOR, **{"class": "axis"}))
    labels_top = bottom + (18 if has_negative else 0)
    labels, labels_height = _category_labels(
        [label for label, _ in items], centers, slot, labels_top
    )
    parts.append(labels)
    return "".join(parts), labels_top + labels_height + _PAD


# ---------------------------------------------------------------------------
# Progress bar
# ---------------------------------------------------------------------------


def stacked_progress(
    done: float,
    total: float,
    *,
    title: str,
    description: str = "",
    unit: str = "",
    done_label: str | None = None,
    remaining_label: str | None = None,
    width: int = DEFAULT_WIDTH,
    color: str = PALETTE[0],
    locale: str = "tr",
) -> Chart:
    """A single bar split into done and remaining, e.g. ``36 / 39 ilçe``.

    ``unit`` follows the total in the headline ("ilçe"); ``done_label`` and
    ``remaining_label`` name the two parts ("Dinlenen", "Dinlenecek").  A
    ``done`` above ``total`` fills the bar and is reported as it is.
    """
    title, description = _clean_label(title), _clean_label(description)
    lang = _lang(locale)
    text = _TEXT[lang]
    _rgb(color)
    if not (math.isfinite(done) and math.isfinite(total)) or done < 0 or total < 0:
        raise ValueError("done and total must be finite and not negative")
    done_name = _clean_label(done_label) if done_label else text["done"]
    remaining_name = _clean_label(remaining_label) if remaining_label else text["remaining"]
    remaining = max(total - done, 0.0)
    share = done / total if total else None
    share_text = format_percent(share * 100, lang) if share is not None else _MISSING
    unit_suffix = f" {unit}" if unit else ""
    headline = f"{format_number(done, lang)} / {format_number(total, lang)}{unit_suffix}"

    def part_share(value: float) -> str:
        return format_percent(value / total * 100, lang) if total else _MISSING

    table = Table(
        title,
        ("", _value_header(lang, unit, "count"), text["share"]),
        (
            (done_name, format_number(done, lang), part_share(done)),
            (remaining_name, format_number(remaining, lang), part_share(remaining)),
            (text["total"], format_number(total, lang), part_share(total)),
        ),
    )
    alt = text["alt_progress"].format(
        title=title,
        done=format_number(done, lang),
        total=format_number(total, lang),
        unit=unit_suffix,
        share=f" ({share_text})" if share is not None else "",
    )
    bar_left, bar_right = _PAD, width - _PAD
    bar_top, bar_height = _PAD + 30, 24.0
    split = bar_left + (bar_right - bar_left) * min(share or 0.0, 1.0)
    parts = [
        _text(bar_left, _PAD + 20, headline, size=18, weight="600", cls="headline"),
        _text(bar_right, _PAD + 20, share_text, size=18, anchor="end", weight="600", cls="share"),
        _group(
            "item",
            f"{remaining_name}: {format_number(remaining, lang)}",
            _el(
                "rect",
                {
                    "class": "bar remaining",
                    "x": split,
                    "y": bar_top,
                    "width": bar_right - split,
                    "height": bar_height,
                    "fill": TRACK_COLOR,
                },
            ),
        ),
        _group(
            "item",
            f"{done_name}: {format_number(done, lang)}",
            _el(
                "rect",
                {
                    "class": "bar done",
                    "x": bar_left,
                    "y": bar_top,
                    "width": split - bar_left,
                    "height": bar_height,
                    "fill": color,
                },
            ),
        ),
        # The outline keeps the empty part visible on paper and on screens
        # where the light grey fades into white.
        _el(
            "rect",
            {
                "class": "outline",
                "x": bar_left,
                "y": bar_top,
                "width": bar_right - bar_left,
                "height": bar_height,
                "fill": "none",
                "stroke": "#767676",
            },
        ),
    ]

    def swatch(fill: str) -> Callable[[float, float], str]:
        return lambda x, y: _el(
            "rect",
            {"x": x, "y": y - 6, "width": 28, "height": 12, "fill": fill, "stroke": "#767676"},
        )

    legend, legend_bottom = _legend(
        [
            (swatch(color), f"{done_name}: {format_number(done, lang)}"),
            (swatch(TRACK_COLOR), f"{remaining_name}: {format_number(remaining, lang)}"),
        ],
        bar_left,
        bar_top + bar_height + 10,
        bar_right,
    )
    parts.append(legend)
    cid = _chart_id(
        "progress",
        lang,
        title,
        description,
        done,
        total,
        unit,
        done_name,
        remaining_name,
        width,
        color,
    )
    return _finish(
        cid, lang, title, description, alt, table, width, legend_bottom + _PAD, "".join(parts)
    )


# ---------------------------------------------------------------------------
# Line chart
# ---------------------------------------------------------------------------


def _marker(shape: str, x: float, y: float, color: str, *, hollow: bool = False) -> str:
    fill = BACKGROUND if hollow else color
    style: dict[str, str | float | None] = {"fill": fill, "stroke": color, "stroke-width": 2}
    if shape == "circle":
        return _el("circle", {"cx": x, "cy": y, "r": 4, **style})
    if shape == "square":
        return _el("rect", {"x": x - 3.5, "y": y - 3.5, "width": 7, "height": 7, **style})
    if shape == "triangle":
        corners = [(x, y - 5), (x + 4.5, y + 3.5), (x - 4.5, y + 3.5)]
    else:
        corners = [(x, y - 5), (x + 5, y), (x, y + 5), (x - 5, y)]
    points = " ".join(f"{_num(px)},{_num(py)}" for px, py in corners)
    return _el("polygon", {"points": points, **style})


def _runs(points: Sequence[tuple[float, float] | None]) -> list[list[tuple[float, float]]]:
    """Split a sequence of points at the gaps (``None``)."""
    runs: list[list[tuple[float, float]]] = [[]]
    for point in points:
        if point is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(point)
    return [run for run in runs if run]


def line_chart(
    series_by_name: Mapping[str, Sequence[float | None]],
    x_labels: Sequence[str],
    *,
    title: str,
    description: str = "",
    targets: Sequence[float | None] | None = None,
    unit: str = "",
    width: int = DEFAULT_WIDTH,
    locale: str = "tr",
    headers: Sequence[str] | None = None,
) -> Chart:
    """Values per period, one line per series, with an optional target line.

    Every series (and ``targets``) must have one value per ``x_labels``
    entry; ``None`` is a gap in the line.  Series are told apart by colour,
    marker shape and dash pattern; the target is a grey dashed line with
    hollow diamonds.  With a single series each point's value is printed.
    ``headers`` overrides the first table column title (the period).
    """
    title, description = _clean_label(title), _clean_label(description)
    lang = _lang(locale)
    text = _TEXT[lang]
    periods = [_clean_label(label) for label in x_labels]
    series = [
        (_clean_label(name), [_clean_value(v) for v in values])
        for name, values in series_by_name.items()
    ]
    target_values = [_clean_value(v) for v in targets] if targets is not None else None
    for name, values in series:
        if len(values) != len(periods):
            raise ValueError(f"series {name!r} has {len(values)} values for {len(periods)} periods")
    if target_values is not None and len(target_values) != len(periods):
        raise ValueError(f"targets has {len(target_values)} values for {len(periods)} periods")
    header = (
        *_headers(headers, (text["period"],)),
        *(name for name, _ in series),
        *((text["target"],) if target_values is not None else ()),
    )
    columns = [values for _, values in series] + ([target_values] if target_values else [])
    known = [v for values in columns for v in values if v is not None]
    if not periods or not known:
        return _empty("line", lang, title, description, header, width)
    table = Table(
        title,
        header,
        tuple(
            (period, *(_cell(values[i], lang) for values in columns))
            for i, period in enumerate(periods)
        ),
    )
    details = []
    for name, values in series:
        last = max((i for i, v in enumerate(values) if v is not None), default=None)
        if last is not None:
            details.append(
                text["alt_line_series"].format(
                    name=name, value=_with_unit(values[last], unit, lang), period=periods[last]
                )
            )
    if target_values is not None:
        last_target = next((v for v in reversed(target_values) if v is not None), None)
        if last_target is not None:
            details.append(
                text["alt_line_target"].format(value=_with_unit(last_target, unit, lang))
            )
    alt = text["alt_line"].format(
        title=title,
        periods=len(periods),
        first=periods[0],
        last=periods[-1],
        details="; ".join(details),
    )

    ticks = _nice_ticks(min(0.0, *known), max(0.0, *known), integral=_all_integral(known))
    lo, hi = ticks[0], ticks[-1]
    tick_texts = [format_number(t, lang) for t in ticks]
    left = _PAD + max(_text_width(t, 11) for t in tick_texts) + 10
    right = width - _PAD - 10

    def sample(
        color: str, dash: str | None, shape: str, hollow: bool
    ) -> Callable[[float, float], str]:
        def draw(x: float, y: float) -> str:
            line = _line(
                x,
                y,
                x + 28,
                y,
                color,
                **{"stroke-width": 2.5},
                **({"stroke-dasharray": dash} if dash else {}),
            )
            return line + _marker(shape, x + 14, y, color, hollow=hollow)

        return draw

    styles = [
        (PALETTE[i % len(PALETTE)], _DASHES[i % len(_DASHES)], _MARKERS[i % len(_MARKERS)])
        for i in range(len(series))
    ]
    entries = [
        (sample(color, dash, shape, False), name)
        for (name, _), (color, dash, shape) in zip(series, styles, strict=True)
    ]
    if target_values is not None:
        entries.append((sample(AXIS_COLOR, _TARGET_DASH, "diamond", True), text["target"]))
    legend, legend_bottom = _legend(entries, _PAD, _PAD, width - _PAD)
    top = legend_bottom + 16
    plot_height = 220.0
    bottom = top + plot_height
    slot = (right - left) / len(periods)
    inset = min(24.0, slot / 2)
    if len(periods) == 1:
        xs = [(left + right) / 2]
    else:
        step = (right - left - 2 * inset) / (len(periods) - 1)
        xs = [left + inset + i * step for i in range(len(periods))]

    def scale(value: float) -> float:
        return top + (hi - value) / (hi - lo) * plot_height

    parts = [legend]
    for tick, label in zip(ticks, tick_texts, strict=True):
        y = scale(tick)
        parts.append(_line(left, y, right, y, GRID_COLOR, **{"class": "grid"}))
        parts.append(
            _text(left - 6, y + 4, label, size=11, anchor="end", color=MUTED_TEXT, cls="tick")
        )
    parts.append(_line(left, scale(0.0), right, scale(0.0), AXIS_COLOR, **{"class": "axis"}))

    def draw_series(
        cls: str,
        name: str,
        values: Sequence[float | None],
        color: str,
        dash: str | None,
        shape: str,
        hollow: bool,
        print_values: bool,
    ) -> str:
        points = [(x, scale(v)) if v is not None else None for x, v in zip(xs, values, strict=True)]
        out = []
        for run in _runs(points):
            if len(run) > 1:
                coords = " ".join(f"{_num(x)},{_num(y)}" for x, y in run)
                out.append(
                    _el(
                        "polyline",
                        {
                            "class": "line",
                            "points": coords,
                            "fill": "none",
                            "stroke": color,
                            "stroke-width": 2.5,
                            "stroke-linejoin": "round",
                            "stroke-dasharray": dash,
                        },
                    )
                )
        guides = target_values or [None] * len(periods)
        for period, value, point, target in zip(periods, values, points, guides, strict=True):
            if value is None or point is None:
                continue
            shown = _with_unit(value, unit, lang)
            # Print the value on the side away from the target marker.
            below = target is not None and target > value
            label = (
                _text(
                    point[0],
                    point[1] + 17 if below else point[1] - 9,
                    shown,
                    size=11,
                    anchor="middle",
                    cls="value",
                )
                if print_values
                else ""
            )
            out.append(
                _group(
                    cls,
                    f"{name} – {period}: {shown}",
                    _marker(shape, point[0], point[1], color, hollow=hollow),
                    label,
                )
            )
        return f'<g class="series">{"".join(out)}</g>'

    if target_values is not None:
        parts.append(
            draw_series(
                "target-point",
                text["target"],
                target_values,
                AXIS_COLOR,
                _TARGET_DASH,
                "diamond",
                True,
                False,
            )
        )
    for (name, values), (color, dash, shape) in zip(series, styles, strict=True):
        parts.append(
            draw_series("point", name, values, color, dash, shape, False, len(series) == 1)
        )
    labels, labels_height = _category_labels(periods, xs, slot, bottom + 6)
    parts.append(labels)
    cid = _chart_id("line", lang, title, description, series, periods, target_values, unit, width)
    return _finish(
        cid,
        lang,
        title,
        description,
        alt,
        table,
        width,
        bottom + 6 + labels_height + _PAD,
        "".join(parts),
    )


# ---------------------------------------------------------------------------
# Heat map
# ---------------------------------------------------------------------------


def heatmap(
    rows: Sequence[str],
    columns: Sequence[str],
    values: Sequence[Sequence[float | None]],
    *,
    title: str,
    description: str = "",
    row_header: str = "",
    width: int = DEFAULT_WIDTH,
    locale: str = "tr",
) -> Chart:
    """A rows × columns matrix of counts (e.g. district × theme).

    ``values[r][c]`` belongs to ``rows[r]`` and ``columns[c]``; ``None`` is
    "not known" (grey cell, "–").  Cells are shaded in up to five steps of
    one hue and every non-zero cell prints its number in black or white,
    whichever contrasts more with the shade.  ``row_header`` titles the
    first table column (e.g. "İlçe").
    """
    title, description = _clean_label(title), _clean_label(description)
    lang = _lang(locale)
    row_names = [_clean_label(r) for r in rows]
    column_names = [_clean_label(c) for c in columns]
    if len(values) != len(row_names):
        raise ValueError(f"values has {len(values)} rows for {len(row_names)} row labels")
    matrix = []
    for index, row in enumerate(values):
        if len(row) != len(column_names):
            raise ValueError(f"row {index} has {len(row)} values for {len(column_names)} columns")
        matrix.append([_clean_value(v) for v in row])
    header = (_clean_label(row_header), *column_names)
    if not row_names or not column_names:
        return _empty("heatmap", lang, title, description, header, width)
    table = Table(
        title,
        header,
        tuple(
            (name, *(_cell(v, lang) for v in row))
            for name, row in zip(row_names, matrix, strict=True)
        ),
    )
    known = [(v, r, c) for r, row in enumerate(matrix) for c, v in enumerate(row) if v is not None]
    text = _TEXT[lang]
    if known:
        peak, peak_row, peak_col = max(known, key=lambda item: item[0])
        alt = text["alt_heatmap"].format(
            title=title,
            rows=len(row_names),
            cols=len(column_names),
            total=format_number(sum(v for v, _, _ in known), lang),
            value=format_number(peak, lang),
            row=row_names[peak_row],
            col=column_names[peak_col],
        )
    else:
        alt = text["alt_empty"].format(title=title)

    positives = [v for v, _, _ in known if v > 0]
    top_value = max(positives, default=0.0)
    integral = _all_integral(positives)
    steps = (min(5, math.floor(top_value)) if integral else 5) if top_value > 0 else 0
    shades = heatmap_colors(steps)

    def step_of(value: float) -> int:
        return min(steps - 1, max(0, math.ceil(round(value / top_value * steps, 9)) - 1))

    size = 12.0
    row_width = max(40.0, min(max(_text_width(n, size) for n in row_names), 180.0, width * 0.35))
    grid_left = _PAD + row_width + 8
    available = width - _PAD - grid_left
    cell_width = max(30.0, min(80.0, available / len(column_names)))
    cell_height = 30.0
    level = all(_text_width(n, size) <= cell_width - 6 for n in column_names)
    column_labels = []
    extra_right = 0.0
    if level:
        header_height = 22.0
        for index, name in enumerate(column_names):
            x = grid_left + cell_width * (index + 0.5)
            column_labels.append(
                _group("column-label", name, _text(x, _PAD + 14, name, size=size, anchor="middle"))
            )
    else:
        slant = math.sqrt(0.5)
        shown_names = [_fit(name, 130.0, size) for name in column_names]
        header_height = max(_text_width(s, size) for s in shown_names) * slant + 14
        grid_right = grid_left + cell_width * len(column_names)
        for index, (name, shown) in enumerate(zip(column_names, shown_names, strict=True)):
            x = grid_left + cell_width * (index + 0.5) - 4
            y = _PAD + header_height - 4
            extra_right = max(extra_right, x + _text_width(shown, size) * slant - grid_right)
            column_labels.append(
                _group("column-label", name, _text(x, y, shown, size=size, rotate=-45))
            )
    grid_top = _PAD + header_height + 4
    parts = list(column_labels)
    # A district × theme matrix has about a thousand cells: the ink of each
    # shade, the label of each value and the escaped names are decided once,
    # and each cell is written from a fixed pattern (the same markup
    # ``_group``/``_el``/``_text`` would give).
    inks = [_ink_on(shade) for shade in shades]
    labels: dict[float, str] = {}
    column_titles = [_esc(f" × {c}: ") for c in column_names]
    box = f'width="{_num(cell_width)}" height="{_num(cell_height)}"'
    value_x = [_num(grid_left + c * cell_width + cell_width / 2) for c in range(len(column_names))]
    cell_x = [_num(grid_left + c * cell_width) for c in range(len(column_names))]
    missing, zero = _esc(_MISSING), _esc(format_number(0.0, lang))
    for r, (name, row) in enumerate(zip(row_names, matrix, strict=True)):
        y = grid_top + r * cell_height
        parts.append(
            _group(
                "row-label",
                name,
                _text(
                    grid_left - 8,
                    y + cell_height / 2 + 4.5,
                    _fit(name, row_width, size),
                    size=size,
                    anchor="end",
                ),
            )
        )
        row_title, cell_y, value_y = _esc(name), _num(y), _num(y + cell_height / 2 + 4.5)
        for c, value in enumerate(row):
            if value is None:
                fill, ink, label = "#F2F2F2", MUTED_TEXT, missing
            else:
                label = labels.get(value, "")
                if not label and value != 0:
                    label = labels[value] = _esc(format_number(value, lang))
                if value > 0:
                    step = step_of(value)
                    fill, ink = shades[step], inks[step]
                else:
                    fill, ink = BACKGROUND, TEXT_COLOR
            tooltip = label or zero
            number = (
                f'<text class="value" x="{value_x[c]}" y="{value_y}" font-size="{_num(size)}" '
                f'text-anchor="middle" fill="{ink}">{label}</text>'
                if label
                else ""
            )
            parts.append(
                f'<g class="cell"><title>{row_title}{column_titles[c]}{tooltip}</title>'
                f'<rect class="cell-box" x="{cell_x[c]}" y="{cell_y}" {box} fill="{fill}" '
                f'stroke="{GRID_COLOR}"/>{number}</g>'
            )
    grid_bottom = grid_top + len(row_names) * cell_height
    legend_top = grid_bottom + 16
    legend_parts = []
    for index, shade in enumerate(shades):
        low, high = top_value * index / steps, top_value * (index + 1) / steps
        if integral:
            first, last = math.floor(round(low, 9)) + 1, math.floor(round(high, 9))
            span = (
                format_number(first, lang)
                if first == last
                else (f"{format_number(first, lang)}–{format_number(last, lang)}")
            )
        else:
            span = f"{format_number(low, lang)}–{format_number(high, lang)}"
        x = grid_left + index * 64
        legend_parts.append(
            _group(
                "legend-entry",
                span,
                _el(
                    "rect",
                    {
                        "x": x,
                        "y": legend_top,
                        "width": 56,
                        "height": 14,
                        "fill": shade,
                        "stroke": GRID_COLOR,
                    },
                ),
                _text(x + 28, legend_top + 28, span, size=11, anchor="middle", color=MUTED_TEXT),
            )
        )
    parts.extend(legend_parts)
    height = legend_top + (32 if shades else 0) + _PAD
    total_width = max(
        float(width),
        grid_left + cell_width * len(column_names) + extra_right + _PAD,
        grid_left + 64 * len(shades) + _PAD,
    )
    cid = _chart_id("heatmap", lang, title, description, row_names, column_names, matrix, width)
    return _finish(cid, lang, title, description, alt, table, total_width, height, "".join(parts))


# ---------------------------------------------------------------------------
# Achievement bars
# ---------------------------------------------------------------------------


def _patterns(cid: str) -> str:
    # Hatching is the non-colour cue that survives greyscale printing: solid
    # for achieved, stripes for acceptable, cross-hatch for not achieved.
    acceptable = STATUS_COLORS["acceptable"]
    failing = STATUS_COLORS["not_achieved"]
    return (
        f'<pattern id="{cid}-acceptable" width="6" height="6" patternUnits="userSpaceOnUse" '
        f'patternTransform="rotate(45)">'
        f'<rect width="6" height="6" fill="{acceptable}"/>'
        f'<rect width="2" height="6" fill="#FFFFFF" fill-opacity="0.6"/></pattern>'
        f'<pattern id="{cid}-not_achieved" width="6" height="6" patternUnits="userSpaceOnUse" '
        f'patternTransform="rotate(45)">'
        f'<rect width="6" height="6" fill="{failing}"/>'
        f'<rect width="1.5" height="6" fill="#FFFFFF" fill-opacity="0.6"/>'
        f'<rect width="6" height="1.5" fill="#FFFFFF" fill-opacity="0.6"/></pattern>'
    )


def _status_fill(cid: str, status: Status) -> str:
    if status in ("acceptable", "not_achieved"):
        return f"url(#{cid}-{status})"
    return STATUS_COLORS[status]


def achievement_bars(
    items: Series,
    *,
    statuses: Sequence[Status],
    title: str,
    description: str = "",
    thresholds: tuple[float, float] = DEFAULT_THRESHOLDS,
    status_labels: Mapping[Status, str] | None = None,
    width: int = DEFAULT_WIDTH,
    locale: str = "tr",
    headers: Sequence[str] | None = None,
) -> Chart:
    """Achievement percentages per goal/objective with status bands.

    ``statuses`` gives each row's band, one per item: the chart draws bands,
    it does not decide them (the rule is ``monitoring.achievement.band``).
    ``thresholds`` is ``(achieved_at, acceptable_at)``, drawn as lines and
    named in the legend.  Each row shows its band by colour, by a hatch
    pattern, by a symbol (✓ ~ ✗ –) and by the band's name.
    ``status_labels`` overrides the band names; ``headers`` the three table
    column titles.
    """
    title, description = _clean_label(title), _clean_label(description)
    lang = _lang(locale)
    text = _TEXT[lang]
    achieved_at, acceptable_at = thresholds
    if not (math.isfinite(achieved_at) and math.isfinite(acceptable_at)):
        raise ValueError("thresholds must be finite")
    if acceptable_at > achieved_at:
        raise ValueError(
            "thresholds must be (achieved_at, acceptable_at) with achieved_at >= acceptable_at"
        )
    names: dict[Status, str] = {
        "achieved": text["achieved"],
        "acceptable": text["acceptable"],
        "not_achieved": text["not_achieved"],
        "no_data": text["no_data"],
    }
    if status_labels:
        names.update({key: _clean_label(value) for key, value in status_labels.items()})
    rows = _pairs(items)
    header = _headers(
        headers, (text["category"], _value_header(lang, "%", "achievement"), text["status"])
    )
    if not rows:
        return _empty("achievement", lang, title, description, header, width)
    if len(statuses) != len(rows):
        raise ValueError("one status per item")
    statuses = list(statuses)
    labels = [f"{_STATUS_SYMBOLS[s]} {names[s]}" for s in statuses]
    table = Table(
        title,
        header,
        tuple(
            (name, _cell(value, lang), label)
            for (name, value), label in zip(rows, labels, strict=True)
        ),
    )
    counts = {status: statuses.count(status) for status in _STATUS_ORDER}
    alt = text["alt_achievement"].format(
        title=title,
        n=len(rows),
        achieved=counts["achieved"],
        acceptable=counts["acceptable"],
        not_achieved=counts["not_achieved"],
        no_data=text["alt_achievement_missing"].format(count=counts["no_data"])
        if counts["no_data"]
        else "",
    )
    values = [value for _, value in rows if value is not None]
    ticks = _nice_ticks(0.0, max([achieved_at, *values]), integral=True)
    lo, hi = ticks[0], ticks[-1]
    label_size, value_size, bar_height, gap = 13.0, 12.0, 20.0, 10.0
    value_texts = [format_percent(v, lang) if v is not None else _MISSING for _, v in rows]
    value_room = max(_text_width(t, value_size) for t in value_texts) + 10
    status_room = max(_text_width(label, value_size) for label in labels) + 12
    label_width = max(40.0, min(max(_text_width(n, label_size) for n, _ in rows), width * 0.32))
    start = _PAD + label_width + 8
    end = max(start + 120, width - _PAD - status_room - value_room)
    total_width = max(float(width), end + value_room + status_room + _PAD)

    def scale(value: float) -> float:
        return start + (min(max(value, lo), hi) - lo) / (hi - lo) * (end - start)

    top = _PAD + 18
    bottom = top + len(rows) * (bar_height + gap) - gap

    cid = _chart_id(
        "achievement", lang, title, description, rows, thresholds, sorted(names.items()), width
    )
    parts = []
    for tick in ticks:
        x = scale(tick)
        parts.append(_across(x, top, bottom, GRID_COLOR, **{"class": "grid"}))
    for threshold in sorted({achieved_at, acceptable_at}):
        if lo <= threshold <= hi:
            x = scale(threshold)
            parts.append(
                _across(
                    x, top, bottom, AXIS_COLOR, **{"class": "threshold", "stroke-dasharray": "4 3"}
                )
            )
            parts.append(
                _text(
                    x,
                    top - 7,
                    format_percent(threshold, lang),
                    size=11,
                    anchor="middle",
                    color=MUTED_TEXT,
                    cls="threshold-label",
                )
            )
    for index, ((name, value), status, shown) in enumerate(
        zip(rows, statuses, value_texts, strict=True)
    ):
        y = top + index * (bar_height + gap)
        middle = y + bar_height / 2
        tip = scale(value) if value is not None else start
        color = STATUS_COLORS[status]
        symbol = _el("tspan", {"fill": color, "font-weight": "700"}, _esc(_STATUS_SYMBOLS[status]))
        status_text = _el(
            "text",
            {
                "class": "status",
                "x": end + value_room,
                "y": middle + 4,
                "font-size": value_size,
                "fill": TEXT_COLOR,
            },
            f"{symbol} {_esc(names[status])}",
        )
        parts.append(
            _group(
                f"item {status}",
                f"{name}: {shown} – {names[status]}",
                _row_label(name, middle, label_width, label_size),
                _el(
                    "rect",
                    {
                        "class": "bar",
                        "x": start,
                        "y": y,
                        "width": tip - start,
                        "height": bar_height,
                        "fill": _status_fill(cid, status),
                        "stroke": color,
                        "data-status": status,
                    },
                ),
                _text(tip + 4, middle + 4, shown, size=value_size, cls="value"),
                status_text,
            )
        )
    parts.append(_across(start, top, bottom, AXIS_COLOR, **{"class": "axis"}))
    parts.append(_x_tick_labels(ticks, scale, bottom + 18, lang, total_width - 2))

    def swatch(status: Status) -> Callable[[float, float], str]:
        return lambda x, y: _el(
            "rect",
            {
                "x": x,
                "y": y - 7,
                "width": 28,
                "height": 14,
                "fill": _status_fill(cid, status),
                "stroke": STATUS_COLORS[status],
            },
        )

    ranges: dict[Status, str] = {
        "achieved": f"≥ {format_percent(achieved_at, lang)}",
        "acceptable": f"{format_percent(acceptable_at, lang)}–{format_percent(achieved_at, lang)}",
        "not_achieved": f"< {format_percent(acceptable_at, lang)}",
    }
    entries = [
        (swatch(status), f"{_STATUS_SYMBOLS[status]} {names[status]} ({ranges[status]})")
        for status in _STATUS_ORDER[:3]
        if status != "acceptable" or acceptable_at < achieved_at
    ]
    legend, legend_bottom = _legend(entries, _PAD, bottom + 30, total_width - _PAD)
    parts.append(legend)
    return _finish(
        cid,
        lang,
        title,
        description,
        alt,
        table,
        total_width,
        legend_bottom + _PAD,
        "".join(parts),
        _patterns(cid),
    )


_CURRENCY_SIGNS = {"EUR": "€", "TRY": "₺", "USD": "$", "GBP": "£"}


def format_money(
    value: float, currency: str = "TRY", locale: str = "tr", *, decimals: int = 0
) -> str:
    """An amount with its currency as the language writes it: ``850.000 €``
    and ``12.000 ₺`` in Turkish, ``€850,000`` in English."""
    if not math.isfinite(value):
        return _MISSING
    lang = _lang(locale)
    number = format_number(value, lang, decimals=decimals)
    sign = _CURRENCY_SIGNS.get(currency.upper(), currency.upper())
    if lang == "tr":
        return f"{number} {sign}"
    if len(sign) == 1:
        return f"-{sign}{number[1:]}" if number.startswith("-") else f"{sign}{number}"
    return f"{sign} {number}"
