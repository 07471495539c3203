"""Events: the meetings a text reports, with date, host, guests,
participants, topics in priority order and follow-ups.

Each sentence (outside quotes) is checked for trigger phrases; the most
specific kind wins.  A sentence of a kind already seen continues that
event (the headline and the lead tell the same meeting twice) unless it
says "daha sonra" (later); a generic meeting phrase continues the event
before it.  An event covers the sentences from its first trigger to the
next event's, and its participants are the people named there outside
quotes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ortakmasa.lib.turkish import lower

from . import minutes
from .document import Doc, Event, InstitutionMention, Side, Span
from .tokens import GENITIVE_ENDINGS
from .topics import rank

_TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    ("congratulation_visit", re.compile(r"tebrik ziyaret|hayırlı olsun ziyaret")),
    ("courtesy_visit", re.compile(r"nezaket ziyaret|iade-?i ziyaret|iadei ziyaret")),
    ("joint_table_meeting", re.compile(r"ortak masa toplantı")),
    ("workshop", re.compile(r"çalıştay")),
    ("signing", re.compile(r"protokol\w* imza|imza töreni|protokol imzalandı|imzaların? atıldı")),
    (
        "council_session",
        re.compile(
            r"meclis\w*(?:'\w+)?,? (?:\d+\. )?(?:[\w']+ ){0,2}(?:toplantı|birleşim|oturum)"
            r"|olağan meclis"
            r"|meclis\w* toplandı|birleşimine ait tutanak|toplanan meclis|^birleşim ?: ?\d",
            re.M,
        ),
    ),
    (
        "ngo_meeting",
        re.compile(
            r"(?:stk|sivil toplum kuruluş)\w*(?:'\w+)? (?:\w+ ){0,2}"
            r"(?:bir araya|buluş|toplantı|görüş)"
        ),
    ),
    (
        "delegation_meeting",
        re.compile(
            r"heyet\w*(?:'\w+)? (?:[^.]{0,80}?)(?:bir araya gel|ağırla|görüş|toplan)"
            r"|heyet\w* ağırladı"
        ),
    ),
    (
        "visit",
        re.compile(
            r"ziyaret etti|ziyaret ederek|ziyaretinde bulundu|ziyarette bulundu"
            r"|ziyaret gerçekleştir|makamında ziyaret|konuğu oldu|ziyaret eden"
            r"|ziyaretine gitti|ziyaret ettik|ağırladı"
        ),
    ),
    (
        "meeting",
        re.compile(
            r"bir araya geldi|bir araya gelerek|toplantı\w* (?:gerçekleştir|düzenle|yap|tamamla)"
            r"|istişare toplantı|buluştu|görüşme gerçekleştir|toplantısında bir araya"
            r"|katıldığı toplantı|toplantı\w* katıl|toplantısı tutanağı|halk toplantısı"
            r"|(?:düzenlenen|yapılan|gerçekleştirilen) (?:[\w'\"]+ ){0,5}?toplantı"
        ),
    ),
]
_YOUTH_COUNCIL = re.compile(r"(?:çocuk|gençlik|kadın|kent|engelli) meclis")
_VISITS = {"visit", "congratulation_visit", "courtesy_visit"}
# "daha sonra" or "<event noun> ardından" opens a new event; a bare
# "seçimlerin ardından" does not.
_LATER_RE = re.compile(
    r"\bdaha sonra\b|\bakabinde\b"
    r"|(?:toplantı|ziyaret|görüşme|konuşma|tören|açılış|program)\w* (?:ardından|sonrasında)"
)
_HOST_RE = re.compile(r"ev sahipliğinde|ev sahipliği yaptı|ev sahipliğini")
_FOLLOW_RE = re.compile(
    r"kararlaştırıldı|karar verildi|mutabık kal|planlan|gerçekleştirilecek|yapılacak"
    r"|hazırlanacak|başlatılacak|sürdürülecek|devam edilecek|bir sonraki|takip edilecek"
    r"|ele alınacak|değerlendirilecek|hayata geçirilecek|sunulacak|imzalanacak"
)
_TO_CASES = (
    "a",
    "e",
    "ya",
    "ye",
    "na",
    "ne",
    "ı",
    "i",
    "u",
    "ü",
    "yı",
    "yi",
    "yu",
    "yü",
    "nı",
    "ni",
    "nu",
    "nü",
)


def _council_event(doc: Doc, events: list[Event]) -> None:
    """Minutes read as a council session are one: a generic meeting
    becomes it, or it is added when no sentence named it."""
    if doc.council is None or not doc.sentences:
        return
    if any(ev.kind == "council_session" for ev in events):
        return
    generic = [ev for ev in events if ev.kind == "meeting"]
    if generic:
        generic[0].kind = "council_session"
        return
    events.insert(0, Event("council_session", doc.sentences[0], sentences=[0]))


def _trigger(doc: Doc, span: Span) -> tuple[str, Span] | None:
    low = doc.lower
    for kind, rx in _TRIGGERS:
        for m in rx.finditer(low, span[0], span[1]):
            if not doc.in_quote(m.start()):
                return kind, (m.start(), m.end())
    return None


T = TypeVar("T")


class _Index:
    """Mentions, bodies, topic hits and dates of a document grouped by
    the sentence they start in, built once: an event reads only its own
    sentences, so the work over all events stays linear in the text."""

    def __init__(self, doc: Doc, topic_hits: list[tuple[int, int, str]]) -> None:
        self.doc = doc
        self.mentions = self._group(doc.mentions, lambda m: m.start)
        self.institutions = self._group(doc.institutions, lambda i: i.start)
        self.hits = self._group(topic_hits, lambda h: h[0])
        self.dates = self._group(doc.dates, lambda d: d.start)
        self.venue = _venue(doc)
        self.municipalities = [i.name for i in doc.institutions if "municipality" in i.kind]
        self.municipality_names = list(dict.fromkeys(self.municipalities))

    def _group(self, items: Iterable[T], pos: Callable[[T], int]) -> dict[int, list[T]]:
        out: dict[int, list[T]] = {}
        sents = self.doc.sentences
        for item in items:
            p = pos(item)
            si = self.doc.sentence_of(p)
            if sents and sents[si][0] <= p < sents[si][1]:
                out.setdefault(si, []).append(item)
        return out

    def within(self, groups: dict[int, list[T]], sentences: Iterable[int]) -> list[T]:
        return [x for si in sorted(set(sentences)) for x in groups.get(si, ())]

    def in_span(self, groups: dict[int, list[T]], span: Span) -> list[T]:
        """Items of the sentence whose span is ``span``."""
        return list(groups.get(self.doc.sentence_of(span[0]), ()))


#: a sentence saying its people did not attend ("A ve B mazeretleri
#: nedeniyle toplantıya katılmadı"): they are no participants
_NOT_ATTENDED_RE = re.compile(
    r"\b(?:katıl(?:a)?ma(?:dı|dılar|mıştır|mışlardır)|bulun(?:a)?ma(?:dı|dılar|mıştır))\b"
)


def _people_in(ix: _Index, sentences: list[int]) -> list[int]:
    out: list[int] = []
    seen: set[int] = set()
    doc = ix.doc
    absent = {si for si in sentences if _NOT_ATTENDED_RE.search(doc.lower, *doc.sentences[si])}
    for si in sorted(set(sentences)):
        for m in ix.mentions.get(si, ()):
            if not m.in_quote and m.person not in seen and si not in absent:
                seen.add(m.person)
                out.append(m.person)
    return out


@dataclass
class _Reading:
    """Where ``find_events`` stands while it reads the sentences."""

    doc: Doc
    title_end: int
    events: list[Event] = field(default_factory=list)
    current: Event | None = None


def find_events(doc: Doc, topic_hits: list[tuple[int, int, str]]) -> None:
    """Pass 1: sentences to events; pass 2: each event's fields; pass 3:
    sides carried over from a visit and the people of each side."""
    reading = _Reading(doc, doc.title_span[1] if doc.title_span else -1)
    for si, span in enumerate(doc.sentences):
        _read_sentence(reading, si, span)
    events = reading.events
    _council_event(doc, events)
    ix = _Index(doc, topic_hits)
    for i, ev in enumerate(events):
        _fill(ix, ev, topic_hits, after_visit=i > 0 and events[i - 1].kind in _VISITS)
        if not ev.topics and ev.sentences:
            ev.topics = _lead_topics(doc, events, i, topic_hits)
    for i, ev in enumerate(events):
        if ev.host is None and i > 0 and events[i - 1].kind in _VISITS:
            ev.host = events[i - 1].host
            ev.guests = list(events[i - 1].guests)
        _fill_sides(doc, ev)
    doc.events = events
    _members_by_party(doc)


def _members_by_party(doc: Doc) -> None:
    """In news of one municipality's council sitting, a person the text
    names only with a party ("CHP'li Ersin Atar söz aldı") is a member of
    that council, as gold/real writes such people (dev5, dev17)."""
    hosts = {e.host.name for e in doc.events if e.kind == "council_session" and e.host}
    if len(hosts) != 1:
        return
    (host,) = hosts
    if not host.endswith(" Belediyesi"):
        return
    for p in doc.people:
        if p.party and p.title is None and p.institution is None:
            p.title, p.institution = "Meclis Üyesi", host


def _lead_topics(
    doc: Doc, events: list[Event], i: int, topic_hits: list[tuple[int, int, str]]
) -> list[str]:
    """Nothing said inside the event's own sentences: the headline and lead
    before the first event (or, for a text of one event, the whole text)
    tell what it was about."""
    first = doc.sentences[min(events[i].sentences)][0]
    lead = [h for h in topic_hits if h[0] < first] if i == 0 else []
    if not lead and len(events) == 1:
        lead = list(topic_hits)
    return [t.theme for t in rank(doc, lead)]


def _read_sentence(r: _Reading, si: int, span: Span) -> None:
    doc = r.doc
    found = _trigger(doc, span)
    in_title = span[0] < r.title_end
    if found is None:
        if r.current is None and not in_title and r.events:
            # only the headline named the meeting: the body tells it
            r.current = r.events[-1]
        if r.current is not None and not in_title:
            r.current.sentences.append(si)
        return
    kind, trig = found
    if kind == "council_session" and _YOUTH_COUNCIL.search(
        doc.lower, max(0, trig[0] - 12), trig[0] + 6
    ):
        kind = "meeting"  # a children's or youth council is a consultation, not the council
    later = bool(_LATER_RE.search(doc.lower, span[0], span[1]))
    target = _continued_event(r, kind, later, in_title)
    if target is None:
        target = Event(kind, trig)
        r.events.append(target)
    elif (target.kind == "meeting" and kind != "meeting") or (
        target.kind == "visit" and kind in _VISITS
    ):
        target.kind = kind
        target.trigger = trig
    elif _title_only(doc, target, r.title_end):
        target.trigger = trig
    target.sentences.append(si)
    target.spans.append(trig)
    if not in_title:
        r.current = target


def _continued_event(r: _Reading, kind: str, later: bool, in_title: bool) -> Event | None:
    """The event a trigger sentence goes on telling, if any: a generic
    meeting phrase continues the current event; a kind already seen (the
    headline, then the lead) continues it unless the sentence says later."""
    if kind == "meeting" and r.current is not None and not later:
        return r.current
    if later and not in_title:
        return None
    ordered = ([r.current] if r.current is not None else []) + r.events
    for ev in ordered:
        same = ev.kind == kind or (kind in _VISITS and ev.kind in _VISITS) or ev.kind == "meeting"
        if same and (ev is r.current or _title_only(r.doc, ev, r.title_end)):
            return ev
    return None


def _actor(ix: _Index, sent: Span, before: int) -> tuple[int, int, str | None] | None:
    """The first person or institution written without a case ending in
    the sentence before ``before``: (start, end, institution name)."""
    doc = ix.doc
    best: tuple[int, int, str | None] | None = None
    for m in ix.in_span(ix.mentions, sent):
        if sent[0] <= m.start < before and not m.in_quote and not m.case:
            best = (m.start, m.end, doc.people[m.person].institution)
            break
    for i in ix.in_span(ix.institutions, sent):
        if (
            sent[0] <= i.start < before
            and not doc.in_quote(i.start)
            and i.form != "modifier"
            and "'" not in doc.text[i.start : i.end]
            and doc.text[i.end : i.end + 1] in (",", " ")
        ):
            if best is None or i.start < best[0]:
                best = (i.start, i.end, i.name)
            break
    return best


def _title_only(doc: Doc, ev: Event, title_end: int) -> bool:
    return all(doc.sentences[s][0] < title_end for s in ev.sentences)


def _institution_of(doc: Doc, idx: int) -> str | None:
    return doc.people[idx].institution


def _fill(
    ix: _Index, ev: Event, topic_hits: list[tuple[int, int, str]], *, after_visit: bool
) -> None:
    """An event's fields, one small pass each."""
    doc = ix.doc
    people = _people_in(ix, ev.sentences)
    if ev.kind == "council_session" and minutes.participants(doc):
        # minutes list who attended: the session's participants are those
        people = minutes.participants(doc)
    ev.participants = [doc.people[p].name for p in people]
    ev.date = _event_date(ix, ev)
    ev.topics = [t.theme for t in rank(doc, ix.within(ix.hits, ev.sentences))]
    ev.follow_ups = _follow_ups(doc, ev)
    host_m = _written_host(ix, ev)
    if ev.host is None and ev.kind == "council_session":
        # the body whose council is written ("… Birliği Meclisi") sits at home
        # wherever the hall or organiser is named
        named = minutes.named_council(doc)
        ev.host = Side(named) if named else None
    if ev.host is None:
        host_m = _organiser(ix, ev.sentences)
        if host_m is not None:
            ev.host = Side(host_m.name)
    if ev.host is None:
        _host_from_triggers(ix, ev, after_visit=after_visit)
    _guests(ix, ev, host_m)


def _event_date(ix: _Index, ev: Event) -> str | None:
    """A date written in the trigger sentence, unless it is older than the
    document (the election of "31 Mart'ta … seçimi kazanan"); a day wins
    over a month written before it ("2024 YILI MART AYI TOPLANTISININ
    04.03.2024 TARİHLİ …")."""
    doc = ix.doc
    trig_sent = doc.sentences[doc.sentence_of(ev.trigger[0])]
    dated = [
        d
        for d in ix.in_span(ix.dates, trig_sent)
        if trig_sent[0] <= d.start < trig_sent[1] and d.has_year and not doc.in_quote(d.start)
    ]
    dated.sort(key=lambda d: len(d.value) != 10)
    if dated and (doc.date is None or dated[0].value[:7] >= doc.date[:7]):
        return dated[0].value
    return doc.date


def _follow_ups(doc: Doc, ev: Event) -> list[tuple[str, Span]]:
    """Sentences that end on what is to be done ("… kararlaştırıldı."), not
    a relative clause ("yapılacak projeler hakkında")."""
    out = []
    for si in ev.sentences:
        s, e = doc.sentences[si]
        if _FOLLOW_RE.search(doc.lower, max(s, e - 28), e) and not doc.in_quote(s):
            out.append((doc.text[s:e], (s, e)))
    return out


def _written_host(ix: _Index, ev: Event) -> InstitutionMention | None:
    """ "X ev sahipliğinde": the body written right before the phrase."""
    doc = ix.doc
    for si in sorted(set(ev.sentences)):
        s, e = doc.sentences[si]
        hm = _HOST_RE.search(doc.lower, s, e)
        if not hm:
            continue
        before = [
            i
            for i in ix.institutions.get(si, ())
            if s <= i.end <= hm.start() and hm.start() - i.end <= 6
        ]
        if before:
            ev.host = Side(before[-1].name)
            return before[-1]
    return None


def _host_from_triggers(ix: _Index, ev: Event, *, after_visit: bool) -> None:
    """The trigger sentences in order, the lead's first: the headline or a
    later "Toplantıya katılan …" may name the meeting without its sides."""
    doc = ix.doc
    triggers = sorted({ev.trigger, *ev.spans}, key=lambda t: t[0])
    body = [t for t in triggers if not _in_title(doc, t)] or triggers
    rest = [t for t in triggers if t not in body]
    for trig in body + rest:
        trig_sent = doc.sentences[doc.sentence_of(trig[0])]
        if _host_from_trigger(ix, ev, trig, trig_sent, after_visit=after_visit):
            return  # two sides met as equals: no host
        if ev.host is not None:
            return
    if all(_in_title(doc, t) for t in triggers):
        # only the headline names the meeting: its subject is the lead's
        lead = [doc.sentences[i] for i in ev.sentences if not _in_title(doc, doc.sentences[i])]
        if lead:
            _host_from_trigger(ix, ev, (lead[0][1], lead[0][1]), lead[0], after_visit=after_visit)


def _guests(ix: _Index, ev: Event, host_m: InstitutionMention | None) -> None:
    """Bodies named in the event besides the host."""
    doc = ix.doc
    host_name = ev.host.name if ev.host else None
    guest_names = [g.name for g in ev.guests]
    for i in ix.within(ix.institutions, ev.sentences):
        if i is host_m or i.kind == "unit" or doc.in_quote(i.start):
            continue
        if i.name != host_name and i.name not in guest_names:
            guest_names.append(i.name)
            ev.guests.append(Side(i.name))
    if ev.kind == "ngo_meeting" and not any(
        doc.institution_kind(g.name) == "ngo" for g in ev.guests
    ):
        ev.guests.append(Side("STK temsilcileri"))
    if ev.kind in _VISITS:
        ev.guests = [g for g in ev.guests if g.name != host_name]


def _in_title(doc: Doc, span: Span) -> bool:
    return doc.title_span is not None and span[0] < doc.title_span[1]


# "Esenyurt Belediyesi'nin düzenlediği toplantılar", "Maltepe Belediyesi
# Meclis Salonu'nda", "Yer: X Belediyesi …", "X Belediyesi'nde yapılan"
_ORGANISER_RE = re.compile(
    r"(?:'?n?[ıiuü]n)?\s*(?:\s(?:[^\s.]+\s+){0,6}?(?:düzenlediği|gerçekleştirdiği|yaptığı"
    r"|organize ettiği|ev sahipliği)"
    r"|(?:'?[nd][ae]|\s+(?:meclis salonu|toplantı salonu|hizmet binası|kültür merkezi"
    r"|konferans salonu)\w*'?(?:n?d[ae]))\s+(?:düzenlenen|yapılan|gerçekleştirilen"
    r"|gerçekleşen|bir araya))"
)
# "Etimesgut Belediyesinde düzenlenen", "Valiliği'nde yapılan": the body
# whose premises held the meeting (the suffix is part of the mention)
_LOCATIVE_END_RE = re.compile(r"(?:'n?|n)[dt][ae]$|'[dt][ae]$")
_HELD_RE = re.compile(
    r"\s+(?:[^\s.,]+\s+){0,3}?(?:düzenlenen|yapılan|gerçekleştirilen|gerçekleşen)\b"
)
_VENUE_LINE_RE = re.compile(r"(?:^|\n)\s*yer\s*:\s*", re.MULTILINE)


def _organiser(ix: _Index, sentences: list[int]) -> InstitutionMention | None:
    """The body that organised the meeting or whose building held it."""
    doc = ix.doc
    low = doc.lower
    for inst in ix.within(ix.institutions, sentences):
        if inst.kind == "unit" or doc.in_quote(inst.start) or inst.form == "modifier":
            continue
        if _LOCATIVE_END_RE.search(low[inst.start : inst.end]) and _HELD_RE.match(low, inst.end):
            return inst
        m = _ORGANISER_RE.match(low, inst.end)
        if m is None:
            continue
        tail = low[max(inst.start, inst.end - 8) : m.end()]
        organiser = re.search(r"düzenlediği|gerçekleştirdiği|yaptığı|organize|ev sahipliği", tail)
        if organiser is None or re.search(r"(?:n[ıiuü]n|[ıiuü]n)\s", tail):
            return inst
    return ix.venue


def _venue(doc: Doc) -> InstitutionMention | None:
    """The body named on a "Yer:" line of the document, if any."""
    by_start: dict[int, InstitutionMention] = {}
    for inst in doc.institutions:
        if inst.kind != "unit":
            by_start.setdefault(inst.start, inst)
    for m in _VENUE_LINE_RE.finditer(doc.lower):
        if m.end() in by_start:
            return by_start[m.end()]
    return None


def _parent_body(ix: _Index, name: str) -> str:
    """The municipality a council or board belongs to ("Çiğli Belediyesi
    Çocuk Meclisi" → "Çiğli Belediyesi"), else ``name``."""
    for muni in ix.municipality_names:
        if name.startswith(muni + " "):
            return muni
    return name


def _host_from_trigger(
    ix: _Index, ev: Event, trig: Span, trig_sent: Span, *, after_visit: bool
) -> bool:
    """Set ``ev.host`` from the sentence of one trigger; True when the
    sentence says two sides met as equals (then there is no host)."""
    doc = ix.doc
    mentions = [
        m
        for m in ix.in_span(ix.mentions, trig_sent)
        if trig_sent[0] <= m.start < trig_sent[1] and not m.in_quote
    ]
    if ev.kind in _VISITS:
        saved = ev.trigger
        ev.trigger = trig
        _visit_sides(ix, ev, mentions, trig_sent)
        ev.trigger = saved
        return False
    if ev.kind == "council_session":
        ev.host = _council_host(ix)
    actor = _actor(ix, trig_sent, trig[0])
    coordinated = actor is not None and bool(_VE_AFTER_RE.match(doc.text, actor[1]))
    joint = _met_as_equals(ix, ev, trig, trig_sent, mentions, actor)
    if ev.kind != "council_session" and actor is not None and not (joint or coordinated):
        ev.host = Side(_parent_body(ix, actor[2])) if actor[2] else None
    return joint or coordinated


_VE_AFTER_RE = re.compile(r"\s+ve\s")
_ILE_AFTER_RE = re.compile(r"\s+ile\s")


def _met_as_equals(
    ix: _Index,
    ev: Event,
    trig: Span,
    trig_sent: Span,
    mentions: list[Any],
    actor: tuple[int, int, str | None] | None,
) -> bool:
    """ "X ile Y bir araya geldi": two sides meet as equals; but in "X, Y ile
    bir araya geldi" X meets Y on its own ground."""
    doc = ix.doc
    low = doc.lower
    first_person = next((m for m in mentions if m.start < trig[0] and not m.case), None)
    ends = [a[1] for a in (actor,) if a is not None]
    if first_person is not None:
        ends.append(first_person.end)
    paired = any(_ILE_AFTER_RE.match(doc.text, e) for e in ends)
    return (
        (paired or (actor is None and " ile " in low[trig_sent[0] : trig[0]]))
        and ev.kind in ("meeting", "delegation_meeting", "signing")
        and "ağırla" not in low[trig[0] : trig[1]]
    )


def _council_host(ix: _Index) -> Side | None:
    """The body whose council met: read from the minutes, else a
    municipality, else the assembly or union named ("Türkiye Büyük Millet
    Meclisi", "… Belediyeler Birliği")."""
    doc = ix.doc
    if doc.council is not None and doc.council.body:
        return Side(doc.council.body)
    named = minutes.named_council(doc)
    if named is not None:
        return Side(named)
    own = minutes.publisher_council(doc)
    if own is not None and not ix.municipalities:
        return Side(own)
    assemblies = [i.name for i in doc.institutions if i.name.endswith(("Meclisi", "Birliği"))]
    found = ix.municipalities or assemblies
    return Side(found[0]) if found else None


def _visit_sides(ix: _Index, ev: Event, mentions: list[Any], trig_sent: Span) -> None:
    doc = ix.doc
    trigger_text = doc.lower[ev.trigger[0] : ev.trigger[1]]
    visitor, visited = _visitor_and_visited(ev, mentions, trigger_text)
    if visited is None:
        host = _visited_body(ix, ev, trig_sent, trigger_text)
        if host is not None:
            ev.host = Side(host)
    else:
        p = doc.people[visited]
        ev.host = Side(p.institution or p.name)
    if visitor is not None:
        p = doc.people[visitor]
        ev.guests = [Side(p.institution or p.name)]


def _visitor_and_visited(
    ev: Event, mentions: list[Any], trigger_text: str
) -> tuple[int | None, int | None]:
    """The subject visits; the person in the dative or accusative (or the
    genitive before "konuğu") is visited; "ağırladı" turns them round."""
    guest_of = "konuğu" in trigger_text
    visitor = visited = None
    for m in mentions:
        if not m.case and visitor is None and m.start < ev.trigger[0]:
            visitor = m.person
        elif visited is None and m.case in (GENITIVE_ENDINGS if guest_of else _TO_CASES):
            visited = m.person
    if "ağırla" in trigger_text:
        visitor, visited = visited, visitor
    if visited is not None and visited == visitor:
        visited = None
    return visitor, visited


def _visited_body(ix: _Index, ev: Event, trig_sent: Span, trigger_text: str) -> str | None:
    """The body visited, written with a case ending before the trigger:
    "Saraybosna Belediyesinin konuğu oldu", "Valiliğini ziyaret etti"."""
    doc = ix.doc
    cases = GENITIVE_ENDINGS if "konuğu" in trigger_text else _TO_CASES
    for inst in ix.in_span(ix.institutions, trig_sent):
        if not trig_sent[0] <= inst.start < ev.trigger[0] or inst.kind == "unit":
            continue
        if "'" in doc.text[inst.start : inst.end]:
            return inst.name
        end = inst.end
        while end < min(len(doc.text), inst.end + 24) and doc.text[end].isalpha():
            end += 1
        word = lower(doc.text[inst.start : end]).rsplit(" ", 1)[-1]
        nominative = lower(inst.name).rsplit(" ", 1)[-1]
        if word.startswith(nominative) and word[len(nominative) :] in cases:
            return inst.name
    return None


def _fill_sides(doc: Doc, ev: Event) -> None:
    for side in ([ev.host] if ev.host else []) + ev.guests:
        side.people = [
            doc.people[i].name
            for i in range(len(doc.people))
            if doc.people[i].institution == side.name and doc.people[i].name in ev.participants
        ]
