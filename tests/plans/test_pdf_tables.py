"""The PDF's tables and objective cards are laid out by ``pdf_grid``, not by
reportlab's Table: these tests open the rendered file and check what a
reader sees — every indicator there, long Turkish text wrapped inside its
column, and tables and cards that run over a page split or move without
drawing outside the page's frame."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.lib.units import cm  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]

from ortakmasa.plans import exports, pdf_export
from ortakmasa.plans.document import Card, Document, Heading, Paragraph, Table
from ortakmasa.plans.models import Indicator
from ortakmasa.plans.pdf_grid import LineBreaker, TextStyle
from ortakmasa.plans.sample import make_plan
from ortakmasa.registry.models import Institution

LONG = (
    "Çağdaş, güvenli ve erişilebilir şehir içi ulaşım hizmetlerinin ilçelerin tümünde "
    "eşit düzeyde sunulabilmesi için öğrencilerin, yaşlıların ve engelli yurttaşların "
    "ihtiyaçlarına öncelik veren ölçülebilir düzenlemeler yapılması gerekmektedir."
)


@dataclass
class Run:
    """A piece of text as drawn: its page (from 1), position and size."""

    page: int
    x: float
    y: float
    text: str
    size: float


def runs(content: bytes) -> list[Run]:
    out: list[Run] = []
    for number, page in enumerate(PdfReader(io.BytesIO(content)).pages, start=1):

        def visit(text: str, cm_: list[float], tm: list[float], font: object, size: float) -> None:
            if not text.strip():
                return
            x = tm[4] * cm_[0] + tm[5] * cm_[2] + cm_[4]
            y = tm[4] * cm_[1] + tm[5] * cm_[3] + cm_[5]
            out.append(Run(number, x, y, text, size))  # noqa: B023 (called at once)

        page.extract_text(visitor_text=visit)
    return out


def flat(text: str) -> str:
    return " ".join(text.split())


def document(*blocks: object) -> Document:
    return Document(
        title="Deneme Belediyesi Stratejik Planı",
        subtitle="2030–2034",
        status_line="Taslak",
        blocks=list(blocks),  # type: ignore[arg-type]
    )


def card(number: int, rows: int) -> Card:
    return Card(
        number,
        f"H1.{number} Hedef Kartı",
        top=[("Amaç", "A1 Ulaşımı iyileştirmek"), ("Hedef", f"H1.{number} Erişimi artırmak")],
        grid_header=["Performans Göstergeleri", "Etki", "Başlangıç", "2030", "2031"],
        grid=[
            [f"PG{number}.{i} Gösterge {i}: ölçüm", "20", "100", "110", "120"] for i in range(rows)
        ],
        bottom=[("Sorumlu Birim", "Ulaşım Dairesi Başkanlığı"), ("Riskler", "Bütçe kısıtı")],
    )


def inside_frame(drawn: list[Run]) -> None:
    """Every piece of body text lies inside the page's frame (the footer,
    at 1.2 cm, is below it)."""
    bottom, top = 2 * cm, A4[1] - 2 * cm
    for run in drawn:
        if run.y < 1.5 * cm:
            continue  # the footer
        assert bottom <= run.y <= top, run
        width = pdfmetrics.stringWidth(run.text, pdf_export.FONT, run.size)
        assert 2 * cm - 1 <= run.x and run.x + width <= A4[0] - 2 * cm + 1, run


def test_every_indicator_code_and_name_is_in_the_text(ibb: Institution) -> None:
    plan = make_plan(ibb, goals=3, objectives=2, indicators=4)
    content, _type, _name = exports.export(plan.pk, "pdf")
    text = flat("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages))
    indicators = list(Indicator.objects.filter(objective__goal__plan=plan))
    assert len(indicators) == 24
    for indicator in indicators:
        # In its objective's card, code and name share a cell.
        assert f"{indicator.number} {flat(indicator.name)}" in text, indicator.number
    inside_frame(runs(content))


def test_long_turkish_text_wraps_inside_its_column() -> None:
    doc = document(
        Heading(1, "1.", "MEVZUAT"),
        Table(1, "Mevzuat Analizi", ["Yükümlülük", "Tespitler"], [["Ulaşım", LONG]], [1, 2]),
    )
    drawn = runs(pdf_export.render(doc))
    # pypdf hands over a line at a time: the row's first line starts with
    # the first column's text, the wrapped lines start in the second column.
    first = next(r for r in drawn if r.text.startswith("Ulaşım "))
    wrapped = [r for r in drawn if r.page == first.page and r.y < first.y and r.y > 2 * cm]
    assert len(wrapped) >= 2, wrapped
    column_left = wrapped[0].x
    assert {r.x for r in wrapped} == {column_left} and column_left > first.x + 50
    lines = [first.text.removeprefix("Ulaşım "), *(r.text for r in wrapped)]
    assert flat(" ".join(lines)) == flat(LONG)  # no word lost or reordered
    table_right = A4[0] - 2 * cm - 6  # the frame's padding
    for line in lines:
        width = pdfmetrics.stringWidth(line.strip(), pdf_export.FONT, pdf_export.CELL_SIZE)
        assert column_left + width <= table_right - 3, line  # inside the cell's padding
    inside_frame(drawn)


def test_line_breaker_keeps_words_and_cuts_only_overlong_ones() -> None:
    pdf_export.register_fonts()
    style = TextStyle(pdf_export.FONT, 7.5, 9)
    breaker = LineBreaker()
    lines = breaker.lines(LONG, style, 120)
    assert len(lines) > 3 and " ".join(lines) == LONG
    for line in lines:
        assert pdfmetrics.stringWidth(line, style.font, style.size) <= 120
    assert breaker.lines("• birinci\n• ikinci", style, 120) == ["• birinci", "• ikinci"]
    cut = breaker.lines("Büyükşehirbelediyesiulaşımdairesi", style, 40)
    assert len(cut) > 1 and "".join(cut) == "Büyükşehirbelediyesiulaşımdairesi"
    for piece in cut:
        assert pdfmetrics.stringWidth(piece, style.font, style.size) <= 40


def test_a_card_that_fits_a_page_moves_whole_to_the_next() -> None:
    filler = [Paragraph(" ".join([LONG] * 3)) for _ in range(4)]
    doc = document(Heading(1, "1.", "HEDEF KARTLARI"), *filler, card(1, 30))
    drawn = runs(pdf_export.render(doc))
    filler_page = max(r.page for r in drawn if r.text.startswith("Çağdaş"))
    card_pages = {
        r.page
        for r in drawn
        if r.text.startswith(("PG1.", "Tablo 1: H1.1", "Amaç", "Bütçe kısıtı"))
    }
    # The filler leaves room for part of the card only: all of it goes on.
    assert card_pages == {filler_page + 1}
    inside_frame(drawn)


def test_a_card_longer_than_a_page_splits_between_rows() -> None:
    doc = document(Heading(1, "1.", "HEDEF KARTLARI"), card(1, 120))
    content = pdf_export.render(doc)
    drawn = runs(content)
    codes = [r for r in drawn if r.text.startswith("PG1.")]
    assert sorted(int(r.text.split()[0].split(".")[1]) for r in codes) == list(range(120))
    assert len({r.page for r in codes}) >= 2
    last = next(r for r in drawn if r.text == "Bütçe kısıtı")
    assert last.page == max(r.page for r in codes)
    inside_frame(drawn)


def test_a_long_table_repeats_its_header_and_a_row_taller_than_a_page_is_cut() -> None:
    rows = [[f"S{i}", "kısa"] for i in range(80)]
    rows.insert(40, ["UZUN", "\n".join(f"{i}. {LONG}" for i in range(40))])
    doc = document(Heading(1, "1.", "TABLOLAR"), Table(1, "Uzun Tablo", ["Kod", "Metin"], rows))
    content = pdf_export.render(doc)
    drawn = runs(content)
    # pypdf hands over a line at a time, cells on one line together.
    codes = [r.text.split()[0] for r in drawn if r.text.startswith("S")]
    assert codes == [f"S{i}" for i in range(80)]
    table_pages = {r.page for r in drawn if r.size == pdf_export.CELL_SIZE}
    header = [r for r in drawn if r.text.startswith("Kod ")]
    header_pages = {r.page for r in header}
    assert len(table_pages) >= 4 and header_pages == table_pages  # a header on each page
    # The tall row goes on over the pages, under each page's header row.
    cells = [r for r in drawn if r.size == pdf_export.CELL_SIZE and r not in header]
    text = flat(" ".join(r.text for r in cells))
    for i in range(40):
        assert flat(f"{i}. {LONG}") in text
    inside_frame(drawn)
    reader = PdfReader(io.BytesIO(content))
    assert [getattr(item, "title", None) for item in reader.outline] == ["1. TABLOLAR"]
