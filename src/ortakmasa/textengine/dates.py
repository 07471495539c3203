"""Dates written the ways Turkish texts write them.

"21 Haziran 2024", "31.05.2024 - Cuma 13:47", "2024-06-21", "Haziran 2024",
"2023 yılı Eylül ayı" and "8 Temmuz'da" (year taken from the document).
Own rules rather than a general date parser, which reads "Şu" or a
suffixed month ("Mart'ta") wrongly.
"""

from __future__ import annotations

import re

from .document import DateMention, Doc
from .gazetteer import load
from .resources import lexicon

_MONTHS = {m: i + 1 for i, m in enumerate(lexicon().months)}
_M = "|".join(_MONTHS)
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})\s+({_M})(?:'?[a-zçğıöşü]*)?(?:\s+(\d{{4}}))?\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MONTH_YEAR = re.compile(rf"\b({_M})\s+(\d{{4}})\b|\b(\d{{4}})\s+yılı\s+({_M})\s+ayı")
_LABEL_RE = re.compile(r"(?<!\w)tarih(?:i)? ?: ?$")
# "4.3.2005 tarih ve 25745 sayılı Resmi Gazete": the date of a law or a
# decision referred to, not of the document
_REFERENCE_RE = re.compile(r"\s{0,3}tarih(?:li|inde)?\s{1,3}ve\s{1,3}\S{1,30}\s{1,3}sayılı")
# "19 Mayıs Belediyesi", "19 Mayıs Kaymakamı": a district named by a day
# and a month, not a date
_PLACE_AFTER_RE = re.compile(r"\s{1,3}(?:belediye|kaymakam|ilçe|muhtar)")
_BARE_YEAR = re.compile(r"\b((?:19|20)\d\d)\b(?! ?[-–/] ?\d)")


class Taken:
    """Characters already read as part of a date or fact (one byte each)."""

    def __init__(self, size: int) -> None:
        self.mask = bytearray(size + 1)

    def add(self, start: int, end: int) -> None:
        self.mask[start:end] = b"\x01" * (end - start)

    def free(self, start: int, end: int) -> bool:
        return self.mask.find(1, start, end) < 0


def _valid(year: int, month: int, day: int) -> bool:
    return 1900 < year < 2100 and 1 <= month <= 12 and 1 <= day <= 31


def find_dates(low: str) -> list[DateMention]:
    """All date mentions in the lower-cased text, in order, no overlaps."""
    out: list[DateMention] = []
    taken = Taken(len(low))

    for m in _ISO.finditer(low):
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid(y, mo, d):
            out.append(DateMention(m.start(), m.end(), f"{y:04d}-{mo:02d}-{d:02d}", True))
            taken.add(m.start(), m.end())
    for m in _NUMERIC.finditer(low):
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid(y, mo, d) and taken.free(m.start(), m.end()):
            out.append(DateMention(m.start(), m.end(), f"{y:04d}-{mo:02d}-{d:02d}", True))
            taken.add(m.start(), m.end())
    for m in _DAY_MONTH_YEAR.finditer(low):
        if not taken.free(m.start(), m.end()):
            continue
        d, mo = int(m.group(1)), _MONTHS[m.group(2)]
        if m.group(3):
            y = int(m.group(3))
            if _valid(y, mo, d):
                out.append(DateMention(m.start(), m.end(), f"{y:04d}-{mo:02d}-{d:02d}", True))
                taken.add(m.start(), m.end())
        elif 1 <= d <= 31 and not _names_district(low, m):
            out.append(DateMention(m.start(), m.end(), f"--{mo:02d}-{d:02d}", False))
            taken.add(m.start(), m.end())
    for m in _MONTH_YEAR.finditer(low):
        if not taken.free(m.start(), m.end()):
            continue
        if m.group(1):
            mo, y = _MONTHS[m.group(1)], int(m.group(2))
        else:
            y, mo = int(m.group(3)), _MONTHS[m.group(4)]
        if 1900 < y < 2100:
            out.append(DateMention(m.start(), m.end(), f"{y:04d}-{mo:02d}", True))
            taken.add(m.start(), m.end())
    out.sort(key=lambda d: d.start)
    return out


def _names_district(low: str, m: re.Match[str]) -> bool:
    return (
        m.group(0) == f"{m.group(1)} {m.group(2)}"
        and load().is_place(m.group(0))
        and bool(_PLACE_AFTER_RE.match(low, m.end()))
    )


def with_year(value: str, year: str | None) -> str | None:
    """Complete a "--MM-DD" value with ``year``; None if no year is known."""
    if not value.startswith("--"):
        return value
    return f"{year}{value[1:]}" if year else None


def resolve(doc: Doc) -> None:
    """Fill ``doc.dates`` and ``doc.date``.

    The document's own metadata wins; otherwise the first dated mention in
    its opening (the dateline), otherwise its first complete date.  Dates
    without a year take the year of the document.
    """
    doc.dates = find_dates(doc.lower)
    year = None
    if doc.meta_date:
        year = doc.meta_date[:4]
    else:
        for d in doc.dates:
            if d.has_year:
                year = d.value[:4]
                break
        if year is None:
            m = _BARE_YEAR.search(doc.lower)
            year = m.group(1) if m else None
    for d in doc.dates:
        if not d.has_year:
            completed = with_year(d.value, year)
            if completed:
                d.value, d.has_year = completed, True
    if doc.meta_date:
        doc.date = doc.meta_date
        return
    for d in doc.dates:
        # minutes and decisions label their date ("Tarih: 27/04/2016")
        if len(d.value) == 10 and _LABEL_RE.search(doc.lower, max(0, d.start - 12), d.start):
            doc.date = d.value
            return
    own = [d for d in doc.dates if not _REFERENCE_RE.match(doc.lower, d.end)]
    for d in own:
        if d.has_year and len(d.value) == 10:
            doc.date = d.value
            return
    for d in own:
        if d.has_year:
            doc.date = d.value
            return
