"""Sentence splitting that survives abbreviations, ordinals and quotes.

A paragraph (a line) is always a boundary.  Inside one, a full stop,
question or exclamation mark followed by a space and a capital (or a quote
or digit) ends a sentence unless it closes an abbreviation ("Prof. Dr."),
an initial ("M. Ali"), a short ordinal ("3. Dönem") or lies inside
quotation marks, so that a quoted speech stays in the sentence that
reports it.
"""

from __future__ import annotations

import re

from ortakmasa.lib.turkish import lower

from .document import Span
from .resources import lexicon

_BOUNDARY_RE = re.compile(r"[.!?…]+\"?(?=\s+[\"(]?[A-ZÇĞİÖŞÜ0-9\"])")
_WORD_BEFORE_RE = re.compile(r"([\w.]+)$")


def _is_abbreviation(before: str) -> bool:
    m = _WORD_BEFORE_RE.search(before)
    if not m:
        return False
    word = m.group(1)
    low = lower(word.strip("."))
    if low in lexicon().abbreviations:
        return True
    if len(word) == 1 and word.isupper():
        return True
    return bool(word.isdigit() and len(word) <= 2)


def split(text: str) -> list[Span]:
    """Sentence spans of ``text`` (offsets, whitespace trimmed)."""
    spans: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        end_line = pos + len(line)
        pos = end_line + 1
        if not line.strip():
            continue
        sent_start = start
        marks = 0  # quote marks in line[:counted]
        counted = 0
        for m in _BOUNDARY_RE.finditer(line):
            # An odd number of quote marks so far: the stop is inside a quote.
            marks += line.count('"', counted, m.end())
            counted = m.end()
            if marks % 2 == 1:
                continue
            # the word before the stop (abbreviations are short: a bounded
            # look-back keeps long lines linear)
            if m.group()[0] == "." and _is_abbreviation(line[max(0, m.start() - 40) : m.start()]):
                continue
            s_end = start + m.end()
            spans.append(_trim(text, sent_start, s_end))
            sent_start = s_end
        if sent_start < end_line:
            spans.append(_trim(text, sent_start, end_line))
    return [s for s in spans if s[1] > s[0]]


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
