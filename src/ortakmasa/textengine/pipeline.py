"""The pipeline: bytes or text in, one ``ortakmasa.extract/1`` record out.

    normalise → split → find names → link → events and quotes → topics and facts

Each step is a function of the ``Doc`` that fills some of its fields; the
record is built from the ``Doc`` at the end.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from typing import Any

from . import (
    dates,
    events,
    facts,
    foreign,
    institutions,
    levels,
    mayors,
    minutes,
    names,
    publisher,
    quotes,
    sentences,
    topics,
)
from .document import Doc
from .inputs import Decoded, decode, with_checks
from .normalize import lower_same_length, normalize
from .tokens import tokenize

SCHEMA = "ortakmasa.extract/1"

_HEADER_RE = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s+([^\n]*)\n")


def _split_header(text: str) -> tuple[str | None, str | None, str]:
    """The seeds' form "date YYYY-MM <title>" on the first line."""
    m = _HEADER_RE.match(text + "\n")
    if not m:
        return None, None, text
    return m.group(1), m.group(2).strip() or None, text[m.end() :]


def _iso_date(value: str | None) -> str | None:
    if value and re.match(r"^\d{4}-\d{2}(?:-\d{2})?$", value):
        return value
    return None


def make_doc(data: str | bytes, source: str = "-") -> Doc:
    """Decode and normalise; the Doc has ``error`` set if that failed."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    doc = Doc(text="", source=source, sha256=hashlib.sha256(raw).hexdigest())
    doc.publisher = publisher.publisher_of(source)
    if isinstance(data, str):
        decoded = with_checks(Decoded(data)) if data.strip() else Decoded(None, error="empty input")
    else:
        decoded = decode(data)
    if decoded.text is None:
        doc.error = decoded.error or "unreadable input"
        return doc
    doc.warnings = decoded.warnings
    meta_date, title, body = _split_header(decoded.text)
    meta_date = meta_date or _iso_date(decoded.date)
    title = title or decoded.title
    body = normalize(body)
    if title:
        title = normalize(title)
        if body.startswith(title):
            body = body[len(title) :].lstrip()
        doc.text = f"{title}\n\n{body}" if body else title
        doc.title = title
        doc.title_span = (0, len(title))
    else:
        doc.text = body
        first = body.split("\n", 1)[0]
        if 0 < len(first) <= 200 and "\n" in body:
            doc.title = first
            doc.title_span = (0, len(first))
    doc.meta_date = meta_date
    if not doc.text.strip():
        doc.error = "no text after cleaning"
    return doc


STEPS: list[tuple[str, Callable[[Doc], Any]]] = []


def analyse(doc: Doc) -> Doc:
    """Run every component on a decoded, normalised Doc."""
    if doc.error:
        return doc
    doc.lower = lower_same_length(doc.text)
    doc.tokens = tokenize(doc.text)
    doc.set_sentences(sentences.split(doc.text))
    dates.resolve(doc)
    quotes.find_quote_spans(doc)
    institutions.find_institutions(doc)
    names.find_people(doc)
    institutions.trim_person_edges(doc)
    foreign.name_foreign_bodies(doc)
    minutes.find_council(doc)
    publisher.complete_posts(doc)
    mayors.complete_bare_posts(doc)
    levels.complete_levels(doc)
    quotes.attribute(doc)
    hits = topics.find_topics(doc)
    events.find_events(doc, hits)
    facts.find_facts(doc)
    return doc


def to_record(doc: Doc) -> dict[str, Any]:
    """The ``ortakmasa.extract/1`` record of a Doc (see docs/extract-schema.json)."""
    rec: dict[str, Any] = {
        "schema": SCHEMA,
        "source": doc.source,
        "sha256": doc.sha256,
        "error": doc.error,
        "warnings": doc.warnings,
        "date": doc.date,
        "title": doc.title,
        "text": doc.text,
        "institutions": [],
        "people": [],
        "events": [],
        "quotes": [],
        "topics": [],
        "facts": [],
        "council_session": None,
    }
    if doc.error:
        return rec
    inst: dict[str, dict[str, Any]] = {}
    for m in doc.institutions:
        entry = inst.setdefault(m.name, {"name": m.name, "kind": m.kind, "spans": []})
        entry["spans"].append([m.start, m.end])
    rec["institutions"] = list(inst.values())
    rec["people"] = [
        {
            "name": p.name,
            "title": p.title,
            "unit": p.unit,
            "institution": p.institution,
            "party": p.party,
            "spans": [list(s) for s in p.spans],
        }
        for p in doc.people
    ]
    rec["events"] = [
        {
            "kind": e.kind,
            "date": e.date,
            "host": e.host.as_dict() if e.host else None,
            "guests": [g.as_dict() for g in e.guests],
            "participants": e.participants,
            "topics": e.topics,
            "follow_ups": [{"text": t, "span": list(s)} for t, s in e.follow_ups],
            "spans": [list(s) for s in e.spans],
        }
        for e in doc.events
    ]
    rec["quotes"] = [
        {
            "speaker": doc.people[q.speaker].name if q.speaker is not None else None,
            "text": doc.text[q.start : q.end].strip(),
            "span": [q.start, q.end],
        }
        for q in doc.quotes
    ]
    rec["topics"] = [
        {"theme": t.theme, "label": t.label, "rank": t.rank, "spans": [list(s) for s in t.spans]}
        for t in doc.topics
    ]
    rec["facts"] = [
        {"kind": f.kind, "text": f.text, "value": f.value, "span": list(f.span)} for f in doc.facts
    ]
    rec["council_session"] = minutes.as_record(doc)
    return rec


#: Characters of normalised text analysed at most.  Every step is linear
#: or near-linear in the text (bench/fuzz_textengine.py measures it), so
#: this bounds the time one document can take; a longer text is refused
#: with an error rather than cut (nothing is dropped silently).
MAX_CHARS = 2_000_000


def extract(data: str | bytes, source: str = "-") -> dict[str, Any]:
    """Read one document (text, or bytes of text/HTML/DOCX) into a record.

    Never raises: the record's ``error`` says what was wrong, so that one
    bad document never stops a batch.
    """
    try:
        doc = make_doc(data, source)
        if len(doc.text) > MAX_CHARS:
            doc.error = f"text too long: {len(doc.text):,} characters (limit {MAX_CHARS:,})"
            doc.text = ""
        analyse(doc)
        return to_record(doc)
    except Exception as exc:
        return error_record(data, source, f"internal error: {type(exc).__name__}: {exc}")


def error_record(data: str | bytes, source: str, error: str) -> dict[str, Any]:
    """The record of a document that could not be read: ``error`` set,
    every list empty."""
    try:
        raw = data.encode("utf-8", "replace") if isinstance(data, str) else bytes(data)
        sha = hashlib.sha256(raw).hexdigest()
    except Exception:
        sha = ""
    return to_record(Doc(text="", source=source, sha256=sha, error=error))
