"""Floors for the document benchmarks: the same library writing an empty
document (with the plan's embedded font for PDF), timed in the same run, so
that a figure reads as a ratio that survives a noisy machine."""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable


def median_seconds(work: Callable[[], object], rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def empty_docx() -> bytes:
    from docx import Document

    out = io.BytesIO()
    document = Document()
    document.add_paragraph("İçindekiler")
    document.save(out)
    return out.getvalue()


def empty_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from ortakmasa.plans.pdf_export import register_fonts, styles

    register_fonts()
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([Paragraph("İçindekiler", styles()["body"])])
    return out.getvalue()


def document_floor(fmt: str) -> float:
    """Seconds for an empty document of ``fmt`` (docx or pdf; xlsx takes docx's)."""
    if fmt == "pdf":
        return median_seconds(empty_pdf)
    if fmt == "xlsx":
        from openpyxl import Workbook

        def empty_xlsx() -> bytes:
            out = io.BytesIO()
            Workbook().save(out)
            return out.getvalue()

        return median_seconds(empty_xlsx)
    return median_seconds(empty_docx)


def ratio_line(label: str, seconds: float, floor: float) -> str:
    return f"{label:<42} {seconds:8.3f} s   floor {floor * 1000:7.1f} ms   {seconds / floor:8.1f}x"
