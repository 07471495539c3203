"""The plan as a Word document (python-docx).

A cover page, then a table of contents — a real TOC field whose current
result is the written list of headings, so the document reads correctly
before anyone updates its fields and Word rebuilds it with page numbers on
F9 —, then the parts with numbered headings (Heading 1–3 styles, so Word's
navigation pane and TOC see them), numbered table captions ("Tablo 1: …")
and an objective card per objective.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from docx import Document as new_document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from ortakmasa.plans.document import (
    Bullets,
    Card,
    Document,
    Figure,
    Heading,
    PageBreak,
    Paragraph,
    Table,
)

HEADER_FILL = "D9E2F3"
LABEL_FILL = "EDEDED"
TABLE_HALF_POINTS = 16  # 8 pt
USABLE_TWIPS = 9600  # 17 cm of an A4 page with 2 cm margins


def _cell_xml(
    text: str, *, bold: bool = False, fill: str = "", span: int = 1, width: int = 0
) -> str:
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>' if width else ""
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if fill:
        props += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
    rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + f'<w:sz w:val="{TABLE_HALF_POINTS}"/></w:rPr>'
    paragraphs = "".join(
        f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r>{rpr}'
        f'<w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
        for line in (text.split("\n") or [""])
    )
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{paragraphs}</w:tc>"


def _table_xml(rows: list[str], widths: list[int], header_rows: int) -> object:
    """A whole table written as WordprocessingML at once: python-docx's
    cell-by-cell API is too slow for a plan of hundreds of indicators."""
    borders = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    body = "".join(
        "<w:tr>"
        + (
            "<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"
            if i < header_rows
            else "<w:trPr><w:cantSplit/></w:trPr>"
        )
        + row
        + "</w:tr>"
        for i, row in enumerate(rows)
    )
    xml = (
        f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
        f'<w:jc w:val="center"/><w:tblBorders>{borders}</w:tblBorders>'
        '<w:tblLayout w:type="fixed"/>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>"
    )
    return parse_xml(xml)


def _append(doc: object, element: object) -> None:
    body = doc.element.body  # type: ignore[attr-defined]
    if len(body) and body[-1].tag == qn("w:sectPr"):
        body[-1].addprevious(element)
    else:
        body.append(element)


def _twips(relative: list[float], count: int) -> list[int]:
    widths = relative if len(relative) == count else [1.0] * count
    total = sum(widths)
    return [int(USABLE_TWIPS * w / total) for w in widths]


def _field(paragraph: object, kind: str, instr: str | None = None) -> None:
    run = paragraph.add_run()  # type: ignore[attr-defined]
    if instr is not None:
        el = OxmlElement("w:instrText")
        el.set(qn("xml:space"), "preserve")
        el.text = instr
    else:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
    run._r.append(el)


def _toc_styles(doc: object) -> None:
    names = {s.name for s in doc.styles}  # type: ignore[attr-defined]
    for level in (1, 2, 3):
        name = f"toc {level}"
        if name in names:
            continue
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)  # type: ignore[attr-defined]
        style.base_style = doc.styles["Normal"]  # type: ignore[attr-defined]
        style.paragraph_format.left_indent = Cm(0.6 * (level - 1))
        style.paragraph_format.space_after = Pt(2)
        style.font.bold = level == 1


def _contents(doc: object, document: Document) -> None:
    _toc_styles(doc)
    doc.add_paragraph("İÇİNDEKİLER", style="Title")  # type: ignore[attr-defined]
    headings = document.headings
    for index, heading in enumerate(headings):
        style = f"toc {heading.level}"
        paragraph = doc.add_paragraph(style=style)  # type: ignore[attr-defined]
        if index == 0:
            _field(paragraph, "begin")
            _field(paragraph, "", 'TOC \\o "1-3" \\h \\z \\u')
            _field(paragraph, "separate")
        paragraph.add_run(heading.full)
        if index == len(headings) - 1:
            _field(paragraph, "end")
    doc.add_paragraph(  # type: ignore[attr-defined]
        "Sayfa numaralarını görmek için içindekiler tablosunu güncelleyin (F9).",
        style="Caption",
    )


def _caption(doc: object, text: str) -> None:
    paragraph = doc.add_paragraph(style="Caption")  # type: ignore[attr-defined]
    paragraph.add_run(text).bold = True
    paragraph.paragraph_format.keep_with_next = True


def _table(doc: object, block: Table) -> None:
    _caption(doc, block.full_caption)
    widths = _twips(block.widths, len(block.header))
    rows = [
        "".join(
            _cell_xml(h, bold=True, fill=HEADER_FILL, width=w)
            for h, w in zip(block.header, widths, strict=True)
        )
    ]
    for row in block.rows:
        cells = list(row) + [""] * (len(widths) - len(row))
        rows.append("".join(_cell_xml(c, width=w) for c, w in zip(cells, widths, strict=False)))
    _append(doc, _table_xml(rows, widths, header_rows=1))


def _card(doc: object, block: Card) -> None:
    _caption(doc, block.full_caption)
    cols = len(block.grid_header)
    widths = _twips([3.2] + [1.0] * (cols - 1), cols)
    rest = sum(widths[1:])

    def label_row(label: str, text: str) -> str:
        return _cell_xml(label, bold=True, fill=LABEL_FILL, width=widths[0]) + _cell_xml(
            text, span=cols - 1, width=rest
        )

    rows = [label_row(label, text) for label, text in block.top]
    rows.append(
        "".join(
            _cell_xml(h, bold=True, fill=HEADER_FILL, width=w)
            for h, w in zip(block.grid_header, widths, strict=True)
        )
    )
    for row in block.grid:
        rows.append("".join(_cell_xml(c, width=w) for c, w in zip(row, widths, strict=False)))
    rows += [label_row(label, text) for label, text in block.bottom]
    _append(doc, _table_xml(rows, widths, header_rows=0))


def _figure(doc: object, block: Figure) -> None:
    """The chart as a picture whose description (alt text) Word reads out."""
    paragraph = doc.add_paragraph()  # type: ignore[attr-defined]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.keep_with_next = True
    run = paragraph.add_run()
    run.add_picture(io.BytesIO(block.png), width=Cm(block.width_cm))
    for props in run._r.iter(qn("wp:docPr")):
        props.set("descr", block.alt)
        props.set("title", block.caption)
    _caption(doc, block.full_caption)


def render(document: Document) -> bytes:
    doc = new_document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    # Turkish public documents are A4 (python-docx's template is US Letter).
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    doc.core_properties.title = document.title
    doc.core_properties.subject = document.subject
    doc.core_properties.language = "tr-TR"

    for _ in range(6):
        doc.add_paragraph()
    title = doc.add_paragraph(document.title, style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sub = doc.add_paragraph(document.subtitle, style="Subtitle")
    sub.alignment = WD_ALIGN_PARAGRAPH.CENTER
    status = doc.add_paragraph(document.status_line)
    status.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in document.cover_lines:
        doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _contents(doc, document)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for block in document.blocks:
        if isinstance(block, Heading):
            if block.level == 1 and block is not document.blocks[0]:
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            doc.add_heading(block.full, level=block.level)
        elif isinstance(block, Paragraph):
            paragraph = doc.add_paragraph(block.text)
            if block.style == "note":
                for run in paragraph.runs:
                    run.italic = True
                    run.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
        elif isinstance(block, Bullets):
            for item in block.items:
                doc.add_paragraph(item, style="List Bullet")
        elif isinstance(block, Table):
            _table(doc, block)
            doc.add_paragraph()
        elif isinstance(block, Card):
            _card(doc, block)
            doc.add_paragraph()
        elif isinstance(block, Figure):
            _figure(doc, block)
        elif isinstance(block, PageBreak):
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
