"""The source text of a drafted meeting, cut into runs for the review page.

Every drafted field points at the characters it came from; the review page
shows the text with those characters marked, each mark saying which fields
it supports, so the reviewer can check a field against its words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from ortakmasa.meetings.models import Meeting, SourceDocument


@dataclass
class Run:
    text: str
    labels: list[str] = field(default_factory=list)
    anchor: str = ""

    @property
    def css(self) -> str:
        kinds = {label.split(":", 1)[0] for label in self.labels}
        return " ".join(sorted(f"hl-{k}" for k in kinds))


def _spans(meeting: Meeting) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    spans = meeting.spans or {}
    for key in ("kind", "host", "guests"):
        for start, end in spans.get(key, []):
            found.append((start, end, f"{key}:{key}"))
    for p in meeting.participations.all():
        for start, end in p.spans or []:
            found.append((start, end, f"person:{p.name_as_written}"))
    for t in meeting.topics.select_related("theme"):
        for start, end in t.spans or []:
            found.append((start, end, f"topic:{t.theme.name}"))
    for q in meeting.quotes.all():
        for start, end in q.spans or []:
            found.append((start, end, f"quote:{q.speaker_name}"))
    return found


def highlight(document: SourceDocument, meeting: Meeting) -> list[Run]:
    text = document.text
    spans = [(max(0, s), min(len(text), e), label) for s, e, label in _spans(meeting) if e > s]
    cuts = sorted({0, len(text), *(s for s, _e, _l in spans), *(e for _s, e, _l in spans)})
    runs: list[Run] = []
    anchors: set[str] = set()
    for start, end in pairwise(cuts):
        labels = sorted({label for s, e, label in spans if s <= start and end <= e})
        anchor = ""
        if labels:
            anchor = f"src-{start}"
            anchors.add(anchor)
        runs.append(Run(text[start:end], labels, anchor))
    return runs


def first_anchor(spans: list[list[int]] | None) -> str:
    """The id of the mark where a field's first span starts."""
    return f"src-{spans[0][0]}" if spans else ""
