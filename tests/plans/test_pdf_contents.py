"""The PDF's contents page is laid out in one pass: each entry's page
number is written when its heading is placed, and it is the page the
heading is really on (also when the contents run over several pages)."""

from __future__ import annotations

import io
import itertools
import re

from pypdf import PdfReader

from ortakmasa.plans import exports
from ortakmasa.plans.sample import make_plan
from ortakmasa.registry.models import Institution

NUMBERED = re.compile(r"^\s*(\d+(?:\.\d+)*\.\s.+)$")


def contents_entries(reader: PdfReader) -> list[tuple[str, int]]:
    entries: list[tuple[str, int]] = []
    for page in reader.pages[1:]:
        lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        if not entries and "İÇİNDEKİLER" not in lines:
            continue
        found = False
        for text, number in itertools.pairwise(lines):
            if NUMBERED.match(text) and number.isdigit():
                entries.append((text, int(number)))
                found = True
        if not found:
            break
    return entries


def test_contents_page_numbers_are_the_headings_pages(ibb: Institution) -> None:
    plan = make_plan(ibb, goals=6, objectives=4, indicators=3, start_year=2031)
    content, _type, _name = exports.export(plan.pk, "pdf")
    reader = PdfReader(io.BytesIO(content))
    entries = contents_entries(reader)
    assert len(entries) > 20
    pages = [page.extract_text() for page in reader.pages]
    for text, number in entries:
        assert text in pages[number - 1], (text, number)
    numbers = [number for _text, number in entries]
    assert numbers == sorted(numbers) and numbers[0] > 2  # after the cover and contents
