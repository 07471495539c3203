"""The document object that every pipeline component reads and fills.

All positions are ``(start, end)`` character offsets into ``Doc.text``, the
normalised text, so that every extracted field can point back to its words.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    #: the part before an apostrophe ("Başakşehir" of "Başakşehir'e")
    base: str
    #: the suffix after an apostrophe, without it ("e"), or ""
    suffix: str

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()


@dataclass(slots=True)
class InstitutionMention:
    start: int
    end: int
    name: str
    kind: str
    #: "full" when the body itself is written ("Başakşehir Belediyesi'ne"),
    #: "modifier" when only implied by a title ("Başakşehir Belediye Başkanı"),
    #: "alias" for an abbreviation ("İBB'nin")
    form: str = "full"


@dataclass(slots=True)
class Person:
    name: str
    key: str
    title: str | None = None
    unit: str | None = None
    institution: str | None = None
    party: str | None = None
    spans: list[Span] = field(default_factory=list)
    #: the lower-cased words of the name, for matching later short mentions
    words: tuple[str, ...] = ()


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    person: int
    #: the case suffix written on the mention ("na" of "Kartoğlu'na"), or ""
    case: str
    in_quote: bool
    #: True for a title without a name that was resolved to a person
    role_only: bool = False


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    speaker: int | None = None
    #: how the speaker was found, for debugging and documentation
    rule: str = ""


@dataclass(slots=True)
class Side:
    name: str
    people: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {"name": self.name, "people": list(self.people)}


@dataclass(slots=True)
class Event:
    kind: str
    trigger: Span
    sentences: list[int] = field(default_factory=list)
    date: str | None = None
    host: Side | None = None
    guests: list[Side] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    follow_ups: list[tuple[str, Span]] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class TopicHit:
    theme: str
    label: str
    rank: int
    spans: list[Span]


@dataclass(slots=True)
class Fact:
    kind: str
    text: str
    value: object
    span: Span


@dataclass(slots=True)
class DateMention:
    start: int
    end: int
    #: ISO form, "2024-06-21" or "2024-06"; a missing year is filled in later
    value: str
    has_year: bool


@dataclass
class Doc:
    text: str
    source: str = "-"
    sha256: str = ""
    error: str | None = None
    #: encoding problems found in the input (``encoding.warning`` dicts)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    title: str | None = None
    title_span: Span | None = None
    date: str | None = None
    #: the date given by the document's metadata (header line, HTML meta)
    meta_date: str | None = None
    lower: str = ""
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    quote_spans: list[Span] = field(default_factory=list)
    institutions: list[InstitutionMention] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    topics: list[TopicHit] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    #: the province the text is about (from the bodies and places it names)
    province: str | None = None
    #: what council minutes say of their session (``minutes.Council``)
    council: Any = None
    #: who published the text, from its source address (``publisher.Publisher``)
    publisher: Any = None
    _quote_starts: list[int] = field(default_factory=list, repr=False)
    _sent_starts: list[int] = field(default_factory=list, repr=False)
    _mention_starts: list[int] = field(default_factory=list, repr=False)

    def sort_mentions(self) -> None:
        self.mentions.sort(key=lambda m: m.start)
        self._mention_starts = [m.start for m in self.mentions]

    def mention_starts(self) -> list[int]:
        """Starts of ``mentions`` (sorted by start once names are read)."""
        if len(self._mention_starts) != len(self.mentions):
            self._mention_starts = [m.start for m in self.mentions]
        return self._mention_starts

    def set_quote_spans(self, spans: list[Span]) -> None:
        self.quote_spans = sorted(spans)
        self._quote_starts = [s for s, _ in self.quote_spans]

    def in_quote(self, pos: int) -> bool:
        """Whether ``pos`` lies inside quotation marks."""
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        return i >= 0 and self.quote_spans[i][0] <= pos < self.quote_spans[i][1]

    def set_sentences(self, spans: list[Span]) -> None:
        self.sentences = spans
        self._sent_starts = [s for s, _ in spans]

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence holding ``pos`` (the nearest one before it)."""
        return max(0, bisect.bisect_right(self._sent_starts, pos) - 1)

    def institution_kind(self, name: str) -> str | None:
        for inst in self.institutions:
            if inst.name == name:
                return inst.kind
        return None
