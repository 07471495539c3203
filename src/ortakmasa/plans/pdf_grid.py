"""Ruled tables for the plan PDF, laid out here instead of by reportlab's
``Table`` and ``Paragraph``.

A 250-indicator plan has some 6,800 table cells; reportlab's table measured
each cell's paragraph to size its row, wrapped it again to draw it and drew
every line with its own text call, and that was four fifths of the PDF's
time.  The cells here are plain text in one font size: each is broken into
lines once (word widths from the font's metrics, cached per word), the
table then knows every row's height, and it draws itself with one text
object and one batch of rules per page.

A table that does not fit where it stands is split between rows (the header
rows repeated on the next page); a row taller than a whole page is cut
between its lines.  An objective card is kept on one page when it fits on
one, as a Word user would expect of a card.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.platypus import Flowable, KeepTogether  # type: ignore[import-untyped]

HEADER_FILL = colors.HexColor("#D9E2F3")
LABEL_FILL = colors.HexColor("#EDEDED")
RULE = colors.grey
RULE_WIDTH = 0.4


@dataclass(frozen=True)
class TextStyle:
    font: str
    size: float
    leading: float


class LineBreaker:
    """Greedy line breaking by word widths, the widths measured once per
    word and font (a plan repeats its words: years, units, frequencies)."""

    def __init__(self) -> None:
        self._widths: dict[tuple[str, str], float] = {}

    def width(self, word: str, font: str) -> float:
        """The width of ``word`` at size 1."""
        key = (word, font)
        found = self._widths.get(key)
        if found is None:
            found = pdfmetrics.stringWidth(word, font, 1000) / 1000
            self._widths[key] = found
        return found

    def lines(self, text: str, style: TextStyle, width: float) -> list[str]:
        """``text`` broken into lines no wider than ``width``; a newline in
        the text starts a new line, a word wider than a line is cut between
        letters rather than run over the cell's rule."""
        limit = width / style.size
        space = self.width(" ", style.font)
        out: list[str] = []
        for part in text.split("\n"):
            words = part.split()
            if not words:
                out.append("")
                continue
            line: list[str] = []
            used = 0.0
            for word in words:
                w = self.width(word, style.font)
                if line and used + space + w <= limit:
                    line.append(word)
                    used += space + w
                    continue
                if line:
                    out.append(" ".join(line))
                if w > limit:
                    pieces = self._cut(word, style.font, limit)
                    out.extend(pieces[:-1])
                    word = pieces[-1]
                    w = self.width(word, style.font)
                line, used = [word], w
            out.append(" ".join(line))
        return out

    def _cut(self, word: str, font: str, limit: float) -> list[str]:
        pieces: list[str] = []
        start = 0
        for end in range(1, len(word) + 1):
            if end - start > 1 and self.width(word[start:end], font) > limit:
                pieces.append(word[start : end - 1])
                start = end - 1
        pieces.append(word[start:])
        return pieces


@dataclass
class Cell:
    text: str
    bold: bool = False
    fill: Any = None
    #: How many columns the cell covers, from its own.
    span: int = 1


@dataclass
class _Row:
    height: float
    #: (x, text lines, bold) for each cell, x at the cell's text start.
    texts: list[tuple[float, list[str], bool]]
    #: (x, width, colour) for each filled cell.
    fills: list[tuple[float, float, Any]]
    #: x of the rules between the cells.
    inner: list[float]
    lines: int = 0


@dataclass
class Layout:
    """What every chunk of one table shares."""

    width: float
    body: TextStyle
    pad_x: float
    pad_y: float
    caption_style: TextStyle
    breaker: LineBreaker
    bold_font: str
    #: Where the frame's full height is known, rows that are taller are cut.
    page_height: float
    keep_together: bool = False
    header: list[_Row] = field(default_factory=list)


def lay_out_rows(
    rows: Sequence[Sequence[Cell]], widths: Sequence[float], layout: Layout
) -> list[_Row]:
    """Rows of cells measured: each cell broken into lines once."""
    out: list[_Row] = []
    body, pad_x, pad_y = layout.body, layout.pad_x, layout.pad_y
    for cells in rows:
        x = 0.0
        col = 0
        texts: list[tuple[float, list[str], bool]] = []
        fills: list[tuple[float, float, Any]] = []
        inner: list[float] = []
        most = 1
        for cell in cells:
            w = sum(widths[col : col + cell.span])
            style = TextStyle(layout.bold_font, body.size, body.leading) if cell.bold else body
            lines = layout.breaker.lines(cell.text, style, w - 2 * pad_x) if cell.text else []
            most = max(most, len(lines))
            texts.append((x + pad_x, lines, cell.bold))
            if cell.fill is not None:
                fills.append((x, w, cell.fill))
            col += cell.span
            x += w
            if col < len(widths):
                inner.append(x)
        out.append(_Row(most * body.leading + 2 * pad_y, texts, fills, inner, most))
    return out


def _cut_row(row: _Row, lines: int, layout: Layout) -> tuple[_Row, _Row]:
    """A row too tall for a page as its first ``lines`` lines and the rest."""
    body, pad_y = layout.body, layout.pad_y
    head = _Row(
        lines * body.leading + 2 * pad_y,
        [(x, text[:lines], bold) for x, text, bold in row.texts],
        row.fills,
        row.inner,
        lines,
    )
    rest_lines = row.lines - lines
    tail = _Row(
        rest_lines * body.leading + 2 * pad_y,
        [(x, text[lines:], bold) for x, text, bold in row.texts],
        row.fills,
        row.inner,
        rest_lines,
    )
    return head, tail


class Grid(Flowable):
    """A ruled table (with its caption above it) that measures, splits and
    draws itself.  ``header`` rows are repeated on each page it spans."""

    def __init__(
        self,
        layout: Layout,
        rows: list[_Row],
        caption: list[str] | None,
        *,
        continued: bool = False,
    ) -> None:
        super().__init__()
        self.layout = layout
        self.rows = rows
        self.caption = caption
        self.continued = continued
        cap = layout.caption_style
        self._caption_height = len(caption) * cap.leading + 3 if caption else 0.0
        self._header_height = sum(r.height for r in layout.header) if continued else 0.0
        self.height = self._caption_height + self._header_height + sum(r.height for r in self.rows)
        self.width = layout.width
        if caption:
            self.spaceBefore = 6

    @classmethod
    def build(
        cls,
        caption: str,
        header: Sequence[Sequence[Cell]],
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
        layout: Layout,
        *,
        repeat_header: bool = True,
    ) -> Grid:
        """The table with its caption; with ``repeat_header`` the ``header``
        rows start each page it runs onto, otherwise they are ordinary rows
        (an objective card's header is in its middle)."""
        cap = layout.caption_style
        caption_lines = layout.breaker.lines(caption, cap, layout.width)
        laid_header = lay_out_rows(header, widths, layout)
        laid_rows = lay_out_rows(rows, widths, layout)
        if repeat_header:
            layout.header = laid_header
        return cls(layout, laid_header + laid_rows, caption_lines)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def first_part_height(self) -> float:
        """The least this table puts on a page where it starts: its caption,
        header rows and first row (see :meth:`split`)."""
        if self.layout.keep_together:
            return self.height
        shown = len(self.layout.header) + 1 if not self.continued else 1
        return (
            self.getSpaceBefore()
            + self._caption_height
            + self._header_height
            + sum(r.height for r in self.rows[:shown])
        )

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        layout = self.layout
        if (
            layout.keep_together
            and not self.continued
            and self.height <= layout.page_height
            and self.height > avail_height
        ):
            return []  # the card moves whole to the next page
        room = avail_height - self._caption_height - self._header_height
        used = 0.0
        count = 0
        for row in self.rows:
            if used + row.height > room:
                break
            used += row.height
            count += 1
        first = self.rows[:count]
        rest = self.rows[count:]
        if not rest:
            return [self]
        # Nothing below the header rows: a caption or header left alone at
        # the bottom of a page says nothing, so the table starts on the next.
        repeated = 0 if self.continued else len(layout.header)
        if count <= repeated:
            row = rest[0] if count == repeated else self.rows[repeated]
            overhead = self._caption_height + sum(r.height for r in layout.header)
            if row.height + overhead <= layout.page_height or count < repeated:
                return []
            # A row taller than any page: cut it between its lines.
            first = self.rows[:repeated]
            left = room - sum(r.height for r in first) - 2 * layout.pad_y
            fit = int(left // layout.body.leading)
            if fit < 1:
                return []
            head, tail = _cut_row(row, fit, layout)
            first = [*first, head]
            rest = [tail, *self.rows[repeated + 1 :]]
        return [
            Grid(layout, first, self.caption, continued=self.continued),
            Grid(layout, rest, None, continued=bool(layout.header)),
        ]

    def draw(self) -> None:
        canvas = self.canv
        layout = self.layout
        body = layout.body
        top = self.height
        text = canvas.beginText()
        if self.caption:
            cap = layout.caption_style
            text.setFont(cap.font, cap.size, cap.leading)
            y = top - cap.size
            for line in self.caption:
                text.setTextOrigin(0, y)
                text.textOut(line)
                y -= cap.leading
            top -= self._caption_height
        rows = [*layout.header, *self.rows] if self.continued else self.rows
        rules: list[tuple[float, float, float, float]] = []
        current = ""
        y = top
        for row in rows:
            bottom = y - row.height
            for x, w, fill in row.fills:
                canvas.setFillColor(fill)
                canvas.rect(x, bottom, w, row.height, stroke=0, fill=1)
            baseline = y - layout.pad_y - body.size
            for x, lines, bold in row.texts:
                font = layout.bold_font if bold else body.font
                if font != current:
                    text.setFont(font, body.size, body.leading)
                    current = font
                line_y = baseline
                for line in lines:
                    if line:
                        text.setTextOrigin(x, line_y)
                        text.textOut(line)
                    line_y -= body.leading
            rules.append((0, bottom, self.width, bottom))
            rules.extend((x, bottom, x, y) for x in row.inner)
            y = bottom
        canvas.setFillColor(colors.black)
        canvas.drawText(text)
        rules.append((0, top, self.width, top))
        rules.append((0, y, 0, top))
        rules.append((self.width, y, self.width, top))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(RULE_WIDTH)
        canvas.lines(rules)


class KeepWithNext(KeepTogether):
    """reportlab's grouping of a heading with what follows it, which moves
    the heading to the next page whenever the pair does not fit; for a
    long table that wastes the rest of the page, so a heading stays where
    it is when the table's first rows fit under it."""

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        *lead, last = self._content
        if isinstance(last, Grid) and not last.layout.keep_together:
            needed = last.first_part_height()
            for flowable in lead:
                needed += flowable.wrapOn(self.canv, avail_width, avail_height)[1]
                needed += flowable.getSpaceBefore() + flowable.getSpaceAfter()
            if needed <= avail_height:
                return [*lead, last]
        result: list[Flowable] = super().split(avail_width, avail_height)
        return result
