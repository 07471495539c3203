"""The plan as a PDF (reportlab), from the same blocks as the Word file.

Turkish letters need a font that has them, embedded in the file: Roboto,
which ships inside the ``font-roboto`` package on PyPI (Apache-2.0), so a
fresh machine needs nothing from its operating system.  Debian's DejaVu
fonts are used instead when that package is missing and they are there.

The contents page has page numbers: reportlab lays the document out twice
(``multiBuild``) to learn where each heading falls.
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
from reportlab.platypus import Paragraph as P
from reportlab.platypus import Table as T
from reportlab.platypus.tableofcontents import TableOfContents  # type: ignore[import-untyped]

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
    return {
        "body": body,
        "note": ParagraphStyle("note", parent=body, textColor=colors.grey),
        "title": ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=22, leading=28, alignment=TA_CENTER
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=14, leading=18, alignment=TA_CENTER
        ),
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=15,
            leading=19,
            spaceBefore=6,
            spaceAfter=8,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=8,
            spaceAfter=4,
        ),
        "h3": ParagraphStyle(
            "h3", parent=body, fontName=FONT_BOLD, fontSize=10.5, leading=13, spaceBefore=6
        ),
        "caption": ParagraphStyle(
            "caption",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=9,
            leading=11,
            spaceBefore=6,
            spaceAfter=3,
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=7.5, leading=9),
        "cellb": ParagraphStyle("cellb", parent=body, fontName=FONT_BOLD, fontSize=7.5, leading=9),
        "toc1": ParagraphStyle("toc1", parent=body, fontName=FONT_BOLD, leftIndent=0),
        "toc2": ParagraphStyle("toc2", parent=body, leftIndent=14, fontSize=9.5),
        "toc3": ParagraphStyle("toc3", parent=body, leftIndent=28, fontSize=9),
    }


class _Doc(BaseDocTemplate):
    def afterFlowable(self, flowable: Any) -> None:  # reportlab calls this hook
        level = getattr(flowable, "_toc_level", None)
        if level is not None:
            key = f"h{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.getPlainText(), key, level=level - 1)
            self.notify("TOCEntry", (level - 1, flowable.getPlainText(), self.page, key))


def _p(text: str, style: ParagraphStyle) -> P:
    return P(escape(text).replace("\n", "<br/>"), style)


def _table_style(header_rows: int = 1) -> list[tuple[Any, ...]]:
    return [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#D9E2F3")),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]


def _widths(block_widths: list[float], count: int, usable: float) -> list[float]:
    widths = block_widths if len(block_widths) == count else [1.0] * count
    total = sum(widths)
    return [usable * w / total for w in widths]


def _table(block: Table, usable: float) -> list[Any]:
    s = styles()
    data = [[_p(h, s["cellb"]) for h in block.header]]
    data += [[_p(c, s["cell"]) for c in row] for row in block.rows]
    table = T(data, colWidths=_widths(block.widths, len(block.header), usable), repeatRows=1)
    table.setStyle(TableStyle(_table_style()))
    return [_p(block.full_caption, s["caption"]), table, Spacer(1, 6)]


def _card(block: Card, usable: float) -> list[Any]:
    s = styles()
    cols = len(block.grid_header)
    widths = _widths([3.2] + [1.0] * (cols - 1), cols, usable)
    data: list[list[Any]] = []
    spans: list[tuple[Any, ...]] = []
    label_rows: list[int] = []

    def label_row(label: str, text: str) -> None:
        row = len(data)
        data.append([_p(label, s["cellb"]), _p(text, s["cell"])] + [""] * (cols - 2))
        spans.append(("SPAN", (1, row), (cols - 1, row)))
        label_rows.append(row)

    for label, text in block.top:
        label_row(label, text)
    header_row = len(data)
    data.append([_p(h, s["cellb"]) for h in block.grid_header])
    data += [[_p(c, s["cell"]) for c in row] for row in block.grid]
    for label, text in block.bottom:
        label_row(label, text)
    table = T(data, colWidths=widths)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, header_row), (-1, header_row), colors.HexColor("#D9E2F3")),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        *spans,
        *[("BACKGROUND", (0, r), (0, r), colors.HexColor("#EDEDED")) for r in label_rows],
    ]
    table.setStyle(TableStyle(style))
    return [KeepTogether([_p(block.full_caption, s["caption"]), table]), Spacer(1, 8)]


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
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_footer)])
    usable = doc.width
    story: list[Any] = [
        Spacer(1, 6 * cm),
        _p(document.title, s["title"]),
        Spacer(1, 12),
        _p(document.subtitle, s["subtitle"]),
        Spacer(1, 12),
        _p(document.status_line, s["center"]),
        PageBreak(),
        _p("İÇİNDEKİLER", s["h1"]),
    ]
    toc = TableOfContents()
    toc.levelStyles = [s["toc1"], s["toc2"], s["toc3"]]
    story += [toc, PageBreak()]
    first = True
    for block in document.blocks:
        if isinstance(block, Heading):
            if block.level == 1 and not first:
                story.append(PageBreak())
            first = False
            heading = _p(block.full, s[f"h{block.level}"])
            heading._toc_level = block.level
            heading.keepWithNext = True
            story.append(heading)
        elif isinstance(block, Paragraph):
            story.append(_p(block.text, s["note" if block.style == "note" else "body"]))
            story.append(Spacer(1, 4))
        elif isinstance(block, Bullets):
            story.append(
                ListFlowable(
                    [ListItem(_p(item, s["body"])) for item in block.items],
                    bulletType="bullet",
                    bulletFontName=FONT,
                )
            )
        elif isinstance(block, Table):
            story += _table(block, usable)
        elif isinstance(block, Card):
            story += _card(block, usable)
        elif isinstance(block, Figure):
            story += _figure(block, usable)
        elif isinstance(block, Break):
            story.append(PageBreak())
    doc.multiBuild(story)
    return out.getvalue()
