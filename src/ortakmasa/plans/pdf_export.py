"""The plan as a PDF (reportlab), from the same blocks as the Word file.

Turkish letters need a font that has them, embedded in the file: Roboto,
which ships inside the ``font-roboto`` package on PyPI (Apache-2.0), so a
fresh machine needs nothing from its operating system.  Debian's DejaVu
fonts are used instead when that package is missing and they are there.

The contents page has page numbers without laying the document out twice:
its entries are known from the headings before layout, and each entry's page
number is a PDF form (an XObject) that the contents page draws by name and
that is written when the heading is placed.  reportlab's ``multiBuild`` would
lay the whole document out three times for the same result.

Tables and objective cards, most of a plan's pages, are laid out and drawn
by ``pdf_grid`` rather than by reportlab's ``Table``, for speed.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.enums import TA_CENTER  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet  # type: ignore[import-untyped]
from reportlab.lib.units import cm  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Paragraph as _Paragraph
from reportlab.platypus import Table as T

from ortakmasa.plans.document import (
    Bullets,
    Card,
    Document,
    Figure,
    Heading,
    Paragraph,
    Table,
)
from ortakmasa.plans.document import PageBreak as Break
from ortakmasa.plans.pdf_grid import (
    HEADER_FILL,
    LABEL_FILL,
    Cell,
    Grid,
    KeepWithNext,
    Layout,
    LineBreaker,
    TextStyle,
)

FONT = "PlanSans"
FONT_BOLD = "PlanSans-Bold"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


def font_files() -> tuple[Path, Path]:
    """The regular and bold TrueType files used for the PDF."""
    try:
        import font_roboto  # type: ignore[import-untyped]

        folder = Path(font_roboto.__file__).parent / "files"
        regular, bold = folder / "Roboto-Regular.ttf", folder / "Roboto-Bold.ttf"
        if regular.exists() and bold.exists():
            return regular, bold
    except ImportError:
        pass
    regular, bold = DEJAVU / "DejaVuSans.ttf", DEJAVU / "DejaVuSans-Bold.ttf"
    if regular.exists() and bold.exists():
        return regular, bold
    raise RuntimeError(
        "No font with Turkish letters found: install the font-roboto package "
        "(pip install font-roboto) or Debian's fonts-dejavu-core."
    )


@cache
def register_fonts() -> str:
    regular, bold = font_files()
    pdfmetrics.registerFont(TTFont(FONT, str(regular)))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(bold)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )
    return regular.name


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=base["BodyText"], fontName=FONT, fontSize=10, leading=13)

    def style(name: str, bold: bool = False, **extra: Any) -> ParagraphStyle:
        # Each style is known by its own name, so the table says it once.
        if bold:
            extra["fontName"] = FONT_BOLD
        return ParagraphStyle(name, parent=body, **extra)

    return {
        each.name: each
        for each in (
            body,
            style("note", textColor=colors.grey),
            style("title", bold=True, fontSize=22, leading=28, alignment=TA_CENTER),
            style("subtitle", fontSize=14, leading=18, alignment=TA_CENTER),
            style("center", alignment=TA_CENTER),
            style("h1", bold=True, fontSize=15, leading=19, spaceBefore=6, spaceAfter=8),
            style("h2", bold=True, fontSize=12, leading=15, spaceBefore=8, spaceAfter=4),
            style("h3", bold=True, fontSize=10.5, leading=13, spaceBefore=6),
            style("caption", bold=True, fontSize=9, leading=11, spaceBefore=6, spaceAfter=3),
            style("cell", fontSize=7.5, leading=9),
            style("cellb", bold=True, fontSize=7.5, leading=9),
            style("toc1", bold=True, leftIndent=0),
            style("toc2", leftIndent=14, fontSize=9.5),
            style("toc3", leftIndent=28, fontSize=9),
        )
    }


class P(_Paragraph):
    """A paragraph that breaks its lines once per width.

    The contents table, and a heading kept with what follows it, wrap a
    paragraph to measure it and again, at the same width, to draw it (the
    plan's tables once spent a fifth of the PDF's time so, before they were
    laid out by ``pdf_grid``).  The lines depend on
    the width alone (``Paragraph.wrap`` ignores the available height), so
    a second wrap at the same width returns the first one's result."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # reportlab drops the broken lines (``blPara``) in some paths, e.g.
        # when the paragraph is split across pages; then break them again.
        if (
            self._wrapped is not None
            and self._wrapped[0] == avail_width
            and hasattr(self, "blPara")
        ):
            return self._wrapped[1]
        size: tuple[float, float] = super().wrap(avail_width, avail_height)
        self._wrapped = (avail_width, size)
        return size


PAGE_REF_WIDTH = 1.2 * cm


class _PageRef(Flowable):
    """The page number of a heading, drawn by reference to a form that
    :meth:`_Doc.afterFlowable` writes once the heading has a page."""

    def __init__(self, key: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.key, self.style = key, style

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return PAGE_REF_WIDTH, self.style.leading

    def draw(self) -> None:
        self.canv.saveState()
        # The form draws its number ending at x = 0, on the baseline.
        self.canv.translate(PAGE_REF_WIDTH, self.style.leading - self.style.fontSize)
        self.canv.doForm(self.key)
        self.canv.restoreState()


class _Doc(BaseDocTemplate):
    def afterFlowable(self, flowable: Any) -> None:  # reportlab calls this hook
        level = getattr(flowable, "_toc_level", None)
        if level is not None:
            key = flowable._toc_key
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.getPlainText(), key, level=level - 1)
            style = flowable._toc_style
            self.canv.beginForm(f"{key}-page")
            self.canv.setFont(style.fontName, style.fontSize)
            self.canv.drawRightString(0, 0, str(self.page))
            self.canv.endForm()


def _contents(headings: list[tuple[int, str, str]], usable: float) -> list[Any]:
    """The contents page: one row per heading, its page number a form
    reference (see :class:`_PageRef`)."""
    s = styles()
    rows = [
        [_p(text, s[f"toc{level}"]), _PageRef(f"{key}-page", s[f"toc{level}"])]
        for level, text, key in headings
    ]
    if not rows:
        return []
    table = T(rows, colWidths=[usable - PAGE_REF_WIDTH, PAGE_REF_WIDTH])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return [table]


def _p(text: str, style: ParagraphStyle) -> P:
    return P(escape(text).replace("\n", "<br/>"), style)


#: Cell text: 7.5 pt on 9 pt lines, as the Word file's tables.
CELL_SIZE, CELL_LEADING = 7.5, 9.0


def _layout(usable: float, frame_height: float, pad_x: float, keep: bool = False) -> Layout:
    return Layout(
        width=usable,
        body=TextStyle(FONT, CELL_SIZE, CELL_LEADING),
        pad_x=pad_x,
        pad_y=3,
        caption_style=TextStyle(FONT_BOLD, 9, 11),
        breaker=_breaker(),
        bold_font=FONT_BOLD,
        page_height=frame_height,
        keep_together=keep,
    )


@cache
def _breaker() -> LineBreaker:
    register_fonts()
    return LineBreaker()


def _widths(block_widths: list[float], count: int, usable: float) -> list[float]:
    widths = block_widths if len(block_widths) == count else [1.0] * count
    total = sum(widths)
    return [usable * w / total for w in widths]


def _table(block: Table, usable: float, frame_height: float) -> list[Any]:
    widths = _widths(block.widths, len(block.header), usable)
    grid = Grid.build(
        block.full_caption,
        [[Cell(text, bold=True, fill=HEADER_FILL) for text in block.header]],
        [[Cell(text) for text in row] for row in block.rows],
        widths,
        _layout(usable, frame_height, 3),
    )
    return [grid, Spacer(1, 6)]


def _card(block: Card, usable: float, frame_height: float) -> list[Any]:
    cols = len(block.grid_header)
    widths = _widths([3.2] + [1.0] * (cols - 1), cols, usable)

    def label_rows(pairs: list[tuple[str, str]]) -> list[list[Cell]]:
        return [
            [Cell(label, bold=True, fill=LABEL_FILL), Cell(text, span=cols - 1)]
            for label, text in pairs
        ]

    rows = [
        *label_rows(block.top),
        [Cell(text, bold=True, fill=HEADER_FILL) for text in block.grid_header],
        *[[Cell(text) for text in row] for row in block.grid],
        *label_rows(block.bottom),
    ]
    grid = Grid.build(
        block.full_caption,
        [],
        rows,
        widths,
        _layout(usable, frame_height, 2, keep=True),
        repeat_header=False,
    )
    return [grid, Spacer(1, 8)]


def _figure(block: Figure, usable: float) -> list[Any]:
    from reportlab.lib.utils import ImageReader  # type: ignore[import-untyped]

    reader = ImageReader(io.BytesIO(block.png))
    width_px, height_px = reader.getSize()
    width = min(usable, block.width_cm * cm)
    image = Image(io.BytesIO(block.png), width=width, height=width * height_px / width_px)
    return [
        KeepTogether([image, _p(block.full_caption, styles()["caption"])]),
        Spacer(1, 6),
    ]


def _footer(canvas: Any, doc: Any) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 8)
    canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, str(doc.page))
    canvas.drawString(2 * cm, 1.2 * cm, doc.title)
    canvas.restoreState()


def render(document: Document) -> bytes:
    s = styles()
    out = io.BytesIO()
    doc = _Doc(
        out,
        pagesize=A4,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
        title=document.title,
        subject=document.subject,
        lang="tr-TR",
        keepTogetherClass=KeepWithNext,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_footer)])
    usable = doc.width
    frame_height = frame._aH
    # Tables line up with the text, inside the frame's padding.
    table_width = frame._getAvailableWidth()
    story: list[Any] = [
        Spacer(1, 6 * cm),
        _p(document.title, s["title"]),
        Spacer(1, 12),
        _p(document.subtitle, s["subtitle"]),
        Spacer(1, 12),
        _p(document.status_line, s["center"]),
        *[_p(line, s["center"]) for line in document.cover_lines],
        PageBreak(),
        _p("İÇİNDEKİLER", s["h1"]),
    ]
    headings: list[tuple[int, str, str]] = []
    body: list[Any] = []
    first = True
    for block in document.blocks:
        if isinstance(block, Heading):
            if block.level == 1 and not first:
                body.append(PageBreak())
            first = False
            level = min(block.level, 3)
            heading = _p(block.full, s[f"h{block.level}"])
            heading._toc_level = block.level
            heading._toc_key = f"h{len(headings)}"
            heading._toc_style = s[f"toc{level}"]
            heading.keepWithNext = True
            headings.append((level, block.full, heading._toc_key))
            body.append(heading)
        elif isinstance(block, Paragraph):
            body.append(_p(block.text, s["note" if block.style == "note" else "body"]))
            body.append(Spacer(1, 4))
        elif isinstance(block, Bullets):
            body.append(
                ListFlowable(
                    [ListItem(_p(item, s["body"])) for item in block.items],
                    bulletType="bullet",
                    bulletFontName=FONT,
                )
            )
        elif isinstance(block, Table):
            body += _table(block, table_width, frame_height)
        elif isinstance(block, Card):
            body += _card(block, table_width, frame_height)
        elif isinstance(block, Figure):
            body += _figure(block, usable)
        elif isinstance(block, Break):
            body.append(PageBreak())
    story += [*_contents(headings, usable), PageBreak(), *body]
    doc.build(story)
    return out.getvalue()
