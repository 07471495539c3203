"""Direct quotes and who said them.

Two steps: ``find_quote_spans`` runs before names (so that a name inside
a quote is known to be quoted, not present), ``attribute`` after them.

A quoted span counts as speech when a reporting verb follows it in its
sentence ("… dedi", "… şeklinde dile getirdi", "… dileğini ileten X"),
when a colon introduces it ("sözlerini şöyle sürdürdü:", "Ad Soyad: …"),
or when it is a speech turn of council minutes ("BAŞKAN - …",
"Veli TOPAL (CHP) - …").  The speaker is, in that order: the person right
after a reporting participle; the subject of the sentence (the first
person written without a case ending and followed by a comma, "da/de",
"ise" or a colon); the subject of the sentence before a colon; the
previous speaker for a quote that continues a speech.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ortakmasa.lib.turkish import lower

from .document import Doc, Mention, Quote, Span
from .resources import lexicon

_SINGLE_QUOTE_RE = re.compile(
    r"(?:(?<=^)|(?<=[\s(:]))'([A-ZÇĞİÖŞÜ\"][^\n]{12,}?)'(?=[\s.,;:!?)]|$)", re.M
)
_TURN_RE = re.compile(
    r"^(?P<spk>(?:[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜa-zçğıöşü.]*\.? ?){1,6}(?:\([^)\n]{1,40}\))?)"
    r"\s*[-–—:]\s+(?P<txt>\S[^\n]{15,})$",
    re.M,
)
_CHAIR_WORDS = (
    "başkan",
    "meclis başkanı",
    "başkan vekili",
    "meclis başkan vekili",
    "oturum başkanı",
)
_PARTICIPLES = (
    "ileten",
    "diyen",
    "belirten",
    "vurgulayan",
    "kaydeden",
    "söyleyen",
    "ifade eden",
    "dile getiren",
    "aktaran",
    "diyerek",
    "dileyen",
    "konuşan",
    "seslenen",
    "ekleyen",
)
_SUBJECT_AFTER = re.compile(r"^(?:,|:| da\b| de\b| ise\b| ta\b| te\b)")
_MAYOR_TITLES = ("Belediye Başkanı", "Başkan Vekili", "Başkan", "Meclis Başkanı", "Eşbaşkan")


@lru_cache(maxsize=1)
def _reporting_re() -> re.Pattern[str]:
    verbs = sorted(lexicon().reporting_verbs, key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(v) for v in verbs) + r")(?![\w])")


def _pair_marks(text: str, start: int, end: int) -> list[Span]:
    """Content spans of double-quoted passages in text[start:end] (one
    paragraph); an unpaired mark runs to the paragraph's edge."""
    marks = [i for i in range(start, end) if text[i] == '"']
    spans: list[Span] = []
    k = 0
    while k + 1 < len(marks):
        spans.append((marks[k] + 1, marks[k + 1]))
        k += 2
    if k < len(marks):
        p = marks[k]
        opening = p + 1 < end and not text[p + 1].isspace()
        if opening:
            # a missing closing mark: the quote ends where the reporting
            # verb begins ("“… yapılarda dedi.")
            tail = lower(text[max(p + 1, end - 60) : end])
            verbs = list(_reporting_re().finditer(tail))
            cut = end
            if verbs and tail[verbs[-1].end() :].strip(" .") == "":
                cut = max(p + 1, end - 60) + verbs[-1].start()
            spans.append((p + 1, cut))
        elif not spans:
            colon = text.rfind(":", start, p)
            spans.append((colon + 1 if colon >= 0 else start, p))
    return [(s, e) for s, e in spans if e - s >= 2]


def find_quote_spans(doc: Doc) -> None:
    text = doc.text
    spans: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if '"' in line:
            spans.extend(_pair_marks(text, pos, end))
        pos = end + 1
    for m in _SINGLE_QUOTE_RE.finditer(text):
        s, e = m.start(1), m.end(1)
        if not any(a <= s < b for a, b in spans):
            spans.append((s, e))
    doc.set_quote_spans(spans)


def _nominative_subject(doc: Doc, mentions: list[Mention], lo: int, hi: int) -> int | None:
    """The sentence subject among person mentions in text[lo:hi]."""
    cands = [m for m in mentions if lo <= m.start < hi and not m.in_quote and not m.case]
    if not cands:
        return None
    for m in cands:
        if _SUBJECT_AFTER.match(doc.text[m.end : m.end + 5]):
            return m.person
    return cands[0].person


def _chair(doc: Doc) -> int | None:
    for wanted in ("Meclis Başkanı", "Belediye Başkanı", "Başkan Vekili", "Meclis Başkan Vekili"):
        for i, p in enumerate(doc.people):
            if p.title == wanted:
                return i
    return None


def _speaker_of_turn(doc: Doc, spk: str, start: int, end: int) -> int | None:
    low = lower(spk).strip(" .")
    low = re.sub(r"\(.*\)", "", low).strip()
    if low in _CHAIR_WORDS:
        return _chair(doc)
    for m in doc.mentions:
        if start <= m.start < end:
            return m.person
    words = low.split()
    for i, p in enumerate(doc.people):
        if p.words and words and p.words[-1] == words[-1]:
            return i
    return None


def attribute(doc: Doc) -> None:
    """Fill ``doc.quotes`` from the quote spans and speech turns."""
    text = doc.text
    low = doc.lower
    rep = _reporting_re()
    mentions = doc.mentions
    quotes: list[Quote] = []
    turn_lines: list[Span] = []
    for m in _TURN_RE.finditer(text):
        spk = m.group("spk")
        # a speaker is written with at least one word in capitals
        # ("BAŞKAN", "Veli TOPAL", "Meclis Üyesi Gönül ERDEM (CHP)")
        bare = re.sub(r"\(.*?\)", "", spk)
        if len(spk) > 70 or not any(len(w) >= 3 and w.isupper() for w in bare.split()):
            continue
        body = [c for c in m.group("txt") if c.isalpha()]
        if sum(c.isupper() for c in body) > 0.6 * max(1, len(body)):
            continue  # a headline in capitals ("KARTOĞLU: ..."), not a speech turn
        turn_speaker = _speaker_of_turn(doc, spk, m.start("spk"), m.end("spk"))
        if turn_speaker is None and lower(spk).strip(" .") not in _CHAIR_WORDS:
            continue
        quotes.append(Quote(m.start("txt"), m.end("txt"), turn_speaker, "turn"))
        turn_lines.append((m.start(), m.end()))
    last_speaker: int | None = None
    last_sent = -10
    for qs, qe in doc.quote_spans:
        if any(a <= qs < b for a, b in turn_lines):
            continue
        content = text[qs:qe].strip()
        letters = [c for c in content if c.isalpha()]
        if len(letters) < 8 or sum(c.isupper() for c in letters) / len(letters) > 0.8:
            continue
        si = doc.sentence_of(qs)
        s_start = doc.sentences[si][0] if doc.sentences else 0
        # the sentence that reports a quote ends after its closing mark
        s_end = doc.sentences[doc.sentence_of(qe)][1] if doc.sentences else len(text)
        s_end = max(s_end, qe)
        after_start = qe + 1 if qe < len(text) and text[qe] == '"' else qe
        after = low[after_start : min(s_end, after_start + 90)]
        speaker: int | None = None
        rule = ""
        verb = rep.search(after)
        verb_near = verb is not None and verb.start() <= 45
        if verb_near:
            assert verb is not None
            phrase = after[verb.start() : verb.end()]
            if any(phrase.endswith(p) for p in _PARTICIPLES):
                hi = after_start + verb.end() + 60
                cands = [
                    x
                    for x in mentions
                    if after_start + verb.end() <= x.start < hi and not x.in_quote
                ]
                if cands:
                    speaker, rule = cands[0].person, "participle"
            if speaker is None:
                speaker = _nominative_subject(doc, mentions, s_start, qs)
                rule = "subject" if speaker is not None else ""
            if speaker is None:
                cands = [x for x in mentions if after_start <= x.start < s_end and not x.in_quote]
                if cands:
                    speaker, rule = cands[0].person, "after"
            if speaker is None and re.search(r"(?<![\w])başkan", low[s_start:qs]):
                speaker, rule = _last_mayor(doc, qs), "title"
        colon = text.rfind(":", max(s_start - 3, 0), qs)
        intro = colon >= 0 and not text[colon + 1 : qs - 1].strip()
        if speaker is None and intro:
            prev = doc.sentence_of(colon)
            p_start, _ = doc.sentences[prev] if doc.sentences else (0, 0)
            speaker = _nominative_subject(doc, mentions, p_start, colon + 1)
            rule = "colon" if speaker is not None else ""
            if speaker is None:
                speaker, rule = last_speaker, "continued"
        if speaker is None and not verb_near and not intro:
            continue
        if speaker is None and si - last_sent <= 2:
            speaker, rule = last_speaker, "continued"
        quotes.append(Quote(qs, qe, speaker, rule))
        if speaker is not None:
            last_speaker, last_sent = speaker, doc.sentence_of(qe)
    quotes.sort(key=lambda q: q.start)
    doc.quotes = quotes


def _last_mayor(doc: Doc, pos: int) -> int | None:
    best = None
    for m in doc.mentions:
        if m.start >= pos:
            break
        if doc.people[m.person].title in _MAYOR_TITLES:
            best = m.person
    return best
