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

import bisect
import json
import re
from dataclasses import dataclass
from functools import lru_cache

from ortakmasa.lib.turkish import lower

from .document import Doc, Mention, Quote, Span
from .resources import ENGINE_DATA_DIR, lexicon
from .tokens import GENITIVE_ENDINGS

# A quote in single marks is at most _MAX_SINGLE characters (a longer run
# between two marks is more likely two apostrophes than one saying).
_MAX_SINGLE = 1500
_SINGLE_OPEN_BEFORE = "(:;"
_SINGLE_CLOSE_AFTER = ".,;:!?)…"
# A speech turn: up to six words, each a capital and letters or dots with
# exactly one space between words, so that a run such as "Dr.Dr.Dr." or
# "T.C.İSTANBUL…" can be split into words in one way only (the former
# pattern let both the word and the optional dot and space take a dot,
# which backtracked exponentially).  Applied line by line.
_TURN_RE = re.compile(
    r"(?P<spk>[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜa-zçğıöşü.]{0,40}"
    r"(?: [A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜa-zçğıöşü.]{0,40}){0,5}"
    r"(?: ?\([^)\n]{1,40}\))?) ?[-–—:] +(?P<txt>\S[^\n]{4,})"
)
_MAX_TURN_LINE = 20_000
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
    "kullanan",
    # round 11: reporting participles written from general knowledge of
    # news Turkish, not from the development texts
    "açıklayan",
    "hatırlatan",
    "anlatan",
    "uyaran",
    "savunan",
    "soran",
    "yanıtlayan",
    "müjdeleyen",
    "öne süren",
    "ileri süren",
    "iddia eden",
    "dikkat çeken",
    "altını çizen",
    "yanıt veren",
    "cevap veren",
    "tepki gösteren",
    "tepkisini gösteren",
    "açıklamasını yapan",
    "açıklama yapan",
    "uyarısını yapan",
    "çağrısını yapan",
    "çağrı yapan",
    "değerlendirmesini yapan",
    "değerlendirme yapan",
    "mesajını veren",
    "mesajı veren",
    "mesajlarını veren",
    "müjdesini veren",
    "yanıtını veren",
    "cevabını veren",
    "sarf eden",
    # round 13: an order quoted word for word
    "talimatı veren",
    "talimatını veren",
    "emrini veren",
)
# "“…” uyarısında bulunan Kaymakam X": the person after it says the quote;
# not a participle for speech without marks ("ziyarette bulunan X, …").
_REPORTING_PARTICIPLES = (*_PARTICIPLES, " bulunan")
# the speaker of the last attributed quote, its sentence and its end
_Last = tuple[int | None, int, int]
_SUBJECT_AFTER = re.compile(r"^(?:,|:| da\b| de\b| ise\b| ta\b| te\b)")
_MAYOR_TITLES = (
    "Belediye Başkanı",
    "Belediye Başkan Vekili",
    "Başkan Vekili",
    "Başkan",
    "Meclis Başkanı",
    "Belediye Eş Başkanı",
)


@lru_cache(maxsize=1)
def _rules() -> dict[str, tuple[str, ...]]:
    """Word lists of ``quote_rules.json`` (converbs, unnamed speakers,
    colon intros), longest first so that alternations prefer them."""
    raw = json.loads((ENGINE_DATA_DIR / "quote_rules.json").read_text("utf-8"))
    return {
        k: tuple(sorted(v, key=len, reverse=True)) for k, v in raw.items() if not k.startswith("_")
    }


@lru_cache(maxsize=16)
def _rule_re(name: str, tail: str) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _rules()[name])
    return re.compile(r"(?<![\w])(?:" + words + r")" + tail)


@lru_cache(maxsize=1)
def _reporting_re() -> re.Pattern[str]:
    nouns = tuple(
        f"{noun} {verb}"
        for noun in _rules()["reporting_nouns"]
        for verb in ("bulundu", "bulunan", "bulunarak")
    )
    verbs = sorted(
        (*lexicon().reporting_verbs, *_rules()["reporting_words"], *nouns), key=len, reverse=True
    )
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(v) for v in verbs) + r")(?![\w])")


def _pair_marks(text: str, start: int, end: int) -> list[Span]:
    """Content spans of double-quoted passages in text[start:end] (one
    paragraph); an unpaired mark runs to the paragraph's edge."""
    marks = [i for i in range(start, end) if text[i] == '"']
    nested = _nested_spans(text, marks, start, end)
    if nested is not None:
        return [(s, e) for s, e in nested if e - s >= 2]
    spans: list[Span] = []
    k = 0
    while k + 1 < len(marks):
        spans.append((marks[k] + 1, marks[k + 1]))
        k += 2
    if k < len(marks):
        p = marks[k]
        # "şu sözlere yer verdi; \" Çok …": a stray space after an opening mark
        opening = p + 1 < end and _mark_side(text, p, start, end) != "c"
        if opening:
            spans.append((p + 1, _open_end(text, p, end)))
        elif not spans:
            colon = text.rfind(":", start, p)
            spans.append((colon + 1 if colon >= 0 else start, p))
    return [(s, e) for s, e in spans if e - s >= 2]


def _open_end(text: str, p: int, end: int) -> int:
    """Where a quote opened at ``p`` and never closed ends: at the
    paragraph's end, or where a final reporting verb begins ("“… yapılarda
    dedi.")."""
    tail = lower(text[max(p + 1, end - 60) : end])
    verbs = list(_reporting_re().finditer(tail))
    if verbs and tail[verbs[-1].end() :].strip(" .") == "":
        return max(p + 1, end - 60) + verbs[-1].start()
    return end


# characters before an opening mark and after a closing one
_OPEN_BEFORE = "([{:;/"
_CLOSE_AFTER = ".,;:!?)]}…"


def _mark_side(text: str, i: int, start: int, end: int) -> str:
    """Whether the mark at ``i`` opens ("o") or closes ("c") a quote, read
    from its neighbours (the normaliser wrote every quote mark as one
    character); "?" when it is glued on both sides ("dedi.\"Esnaf")."""
    prev = text[i - 1] if i > start else " "
    nxt = text[i + 1] if i + 1 < end else " "
    open_before = prev.isspace() or prev in _OPEN_BEFORE
    close_after = nxt.isspace() or nxt in _CLOSE_AFTER
    if open_before != close_after:
        return "o" if open_before else "c"
    if open_before:
        # spaces on both sides: a stray space inside the marks ("“ Barışın")
        first = text[i + 1 : end].lstrip()[:1]
        return "o" if first.isupper() or first.isdigit() else "c"
    return "?"


def _nested_spans(text: str, marks: list[int], start: int, end: int) -> list[Span] | None:
    """The outermost quotes of a paragraph that quotes inside a quote
    ("“… ilçenin de “Kardeş Belediyesi” görevini …” dedi") or closes a
    quote it never opened ("OSB'nin 'Ekonominin Bugünü\" konulu …"), by the
    side of each mark; None when neither happens, so that other paragraphs
    are paired in order as before."""
    depth, by_side, opened = 0, False, -1
    spans: list[Span] = []
    for i in marks:
        side = _mark_side(text, i, start, end)
        if side == "?":
            side = "c" if depth else "o"
        if side == "o":
            depth += 1
            by_side = by_side or depth > 1
            opened = i if depth == 1 else opened
        elif depth:
            depth -= 1
            if depth == 0:
                spans.append((opened + 1, i))
        else:
            by_side = True  # a stray close: pairing in order would shift every quote
    if not by_side:
        return None
    if depth:
        spans.append((opened + 1, _open_end(text, opened, end)))
    return spans


def _wrapped_close(lines: list[Span], text: str, k: int) -> int:
    """For line ``k`` holding an opening mark without its close: the index
    of a line among the next few that closes it (a quotation hard-wrapped
    by the page, no mark on the lines between), else ``k``."""
    s, e = lines[k]
    if text.count('"', s, e) % 2 == 0:
        return k
    last = text.rfind('"', s, e)
    if last + 1 >= e or text[last + 1].isspace():
        return k  # the odd mark closes: nothing opened here
    for j in range(k + 1, min(k + 9, len(lines))):
        a, b = lines[j]
        if a == b:
            return k  # a blank line ends the paragraph
        first = text.find('"', a, b)
        if first < 0:
            continue
        closing = first > a and not text[first - 1].isspace()
        return j if closing and text.count('"', a, b) % 2 == 1 else k
    return k


def find_quote_spans(doc: Doc) -> None:
    text = doc.text
    spans: list[Span] = []
    lines: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    k = 0
    while k < len(lines):
        j = _wrapped_close(lines, text, k) if '"' in text[lines[k][0] : lines[k][1]] else k
        start, end = lines[k][0], lines[j][1]
        if j > k or '"' in text[start:end]:
            spans.extend(_pair_marks(text, start, end))
        k = j + 1
    for a, b in lines:
        if "'" not in text[a:b]:
            continue
        for s, e in _single_spans(text, a, b):
            if not any(x <= s < y for x, y in spans):
                spans.append((s, e))
    doc.set_quote_spans(spans)


def _single_side(text: str, i: int, start: int, end: int) -> str:
    """Whether the single mark at ``i`` opens ("o"), closes ("c") or is an
    apostrophe ("a", "Malatya'da", a letter on both sides)."""
    prev = text[i - 1] if i > start else " "
    nxt = text[i + 1] if i + 1 < end else " "
    if prev.isalnum() and nxt.isalnum():
        return "a"
    if (prev.isspace() or prev in _SINGLE_OPEN_BEFORE) and (nxt.isalnum() or nxt == '"'):
        return "o"
    if not prev.isspace() and (nxt.isspace() or nxt in _SINGLE_CLOSE_AFTER):
        return "c"
    return "a"


def _single_spans(text: str, start: int, end: int) -> list[Span]:
    """Quotes in single marks on one line, read by the side of each mark so
    that an apostrophe ("Malatya'da") or a quote inside the quote
    ("… gelerek, 'rektör' olarak …") does not end it. The outermost quote
    opens before a capital or a digit ("'2026 yılında …'"); one left open
    runs to the end of the line (an excerpt or a site that lost the close)."""
    spans: list[Span] = []
    depth, opened = 0, -1
    for i in range(start, end):
        if text[i] != "'":
            continue
        side = _single_side(text, i, start, end)
        if side == "o" and depth == 0:
            nxt = text[i + 1]
            if nxt.isupper() or nxt.isdigit() or nxt == '"':
                depth, opened = 1, i
        elif side == "o":
            depth += 1
        elif side == "c" and depth:
            depth -= 1
            if depth == 0 and 12 <= i - opened - 1 <= _MAX_SINGLE:
                spans.append((opened + 1, i))
    if depth and 12 <= end - opened - 1 <= _MAX_SINGLE:
        spans.append((opened + 1, end))
    return spans


def _mentions_between(doc: Doc, lo: int, hi: int) -> list[Mention]:
    """Person mentions starting in text[lo:hi] (``doc.mentions`` is sorted)."""
    starts = doc.mention_starts()
    return doc.mentions[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]


def _nominative_subject(doc: Doc, lo: int, hi: int) -> int | None:
    """The sentence subject among person mentions in text[lo:hi]."""
    cands = [m for m in _mentions_between(doc, lo, hi) if not m.in_quote and not m.case]
    if not cands:
        return None
    for m in cands:
        if _SUBJECT_AFTER.match(doc.text[m.end : m.end + 5]):
            return m.person
    return cands[0].person


def _chair(doc: Doc) -> int | None:
    for wanted in (
        "Meclis Başkanı",
        "Belediye Başkanı",
        "Belediye Başkan Vekili",
        "Başkan Vekili",
        "Meclis Başkan Vekili",
    ):
        for i, p in enumerate(doc.people):
            if p.title == wanted:
                return i
    return None


def _speaker_of_turn(doc: Doc, spk: str, start: int, end: int) -> int | None:
    low = lower(spk).strip(" .")
    low = _PAREN_RE.sub("", low).strip()
    if low in _CHAIR_WORDS:
        return _chair(doc)
    inside = _mentions_between(doc, start, end)
    if inside:
        return inside[0].person
    words = low.split()
    for i, p in enumerate(doc.people):
        if p.words and words and p.words[-1] == words[-1]:
            return i
    return None


_PAREN_RE = re.compile(r"\([^()]*\)")


def speech_turns(text: str) -> list[tuple[int, int, int, int]]:
    """(speaker start, speaker end, speech start, speech end) of every line
    that reads as a speech turn of minutes ("BAŞKAN - …", "Veli TOPAL
    (CHP) - …"), and of every turn head alone on its line ("Veli TOPAL –
    Kent Konseyi Başkanı:") with the paragraph below it; the pattern is
    anchored at each line's start."""
    out: list[tuple[int, int, int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if 20 <= len(line) <= _MAX_TURN_LINE:
            m = _TURN_RE.match(line)
            if m is not None and _is_turn(m.group("spk"), m.group("txt")):
                out.append(
                    (
                        pos + m.start("spk"),
                        pos + m.end("spk"),
                        pos + m.start("txt"),
                        pos + m.end("txt"),
                    )
                )
        pos += len(line) + 1
    out.extend((ss, se, ts, te) for ss, se, _ps, _pe, ts, te in turn_heads(text))
    return sorted(out)


# "Gökhan ÇINAR – Tokat Kent Konseyi Başkanı:" alone on its line: the
# speaker, a dash, their post and a colon; the speech is the next paragraph
_TURN_HEAD_RE = re.compile(
    r"^(?P<spk>[A-ZÇĞİÖŞÜ][a-zçğıöşü]{1,20} (?:[A-ZÇĞİÖŞÜ][a-zçğıöşü]{1,20} "
    r"(?:[A-ZÇĞİÖŞÜ][a-zçğıöşü]{1,20} )?)?[A-ZÇĞİÖŞÜ]{2,25})"
    r" ?[-–—] ?(?P<post>[A-ZÇĞİÖŞÜ][^\n:]{2,80}?)\s?:\s*$",
    re.M,
)
_NEXT_PARAGRAPH_RE = re.compile(r"\s*\n\s*(?P<txt>\S[^\n]{20,})")


def turn_heads(text: str) -> list[tuple[int, int, int, int, int, int]]:
    """(speaker, post and speech spans) of every turn head written alone on
    its line ("Ad SOYAD – Post:") and followed by a paragraph of speech."""
    out = []
    for m in _TURN_HEAD_RE.finditer(text):
        nxt = _NEXT_PARAGRAPH_RE.match(text, m.end())
        if nxt is None or _TURN_HEAD_RE.match(nxt.group("txt")):
            continue
        out.append((*m.span("spk"), *m.span("post"), *nxt.span("txt")))
    return out


def _is_turn(spk: str, txt: str) -> bool:
    # a speaker is written with at least one word in capitals
    # ("BAŞKAN", "Veli TOPAL", "Meclis Üyesi Gönül ERDEM (CHP)")
    bare = _PAREN_RE.sub("", spk)
    if len(spk) > 70 or not any(len(w) >= 3 and w.isupper() for w in bare.split()):
        return False
    if txt.startswith('"'):
        return False  # "İBB Başkanı Ak: \"…\"": a news line quoting, its marks say what

    words = txt.split()
    if (
        len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not txt.rstrip().endswith((".", "?", "!", "…"))
    ):
        return False  # "MECLİS BAŞKANI : Orhan KOÇ": a labelled name, not speech
    body = [c for c in txt[:400] if c.isalpha()]
    # a headline in capitals ("KARTOĞLU: ..."), not a speech turn
    return sum(c.isupper() for c in body) <= 0.6 * max(1, len(body))


def _turn_quotes(doc: Doc) -> list[Quote]:
    quotes: list[Quote] = []
    for ss, se, ts, te in speech_turns(doc.text):
        spk = doc.text[ss:se]
        speaker = _speaker_of_turn(doc, spk, ss, se)
        if speaker is None and lower(spk).strip(" .") not in _CHAIR_WORDS:
            continue
        quotes.append(Quote(ts, te, speaker, "turn"))
    return quotes


def _participle_speaker(doc: Doc, verb_end: int) -> int | None:
    """The person named right after a reporting participle ("… diyen X")."""
    for x in _mentions_between(doc, verb_end, verb_end + 60):
        if not x.in_quote:
            return x.person
    return None


def _first_free_mention(doc: Doc, lo: int, hi: int) -> int | None:
    for x in _mentions_between(doc, lo, hi):
        if not x.in_quote:
            return x.person
    return None


def _after_verb_speaker(doc: Doc, ctx: _QuoteCtx, verb: re.Match[str]) -> tuple[int | None, str]:
    """The speaker of a quote followed by a reporting verb."""
    phrase = ctx.after[verb.start() : verb.end()]
    end = verb.end()
    if phrase == "diye":
        # "“…” diye isyan eden X": any participle after "diye" reports
        part = _DIYE_PARTICIPLE_RE.match(ctx.after, end)
        end = part.end() if part else -1
    if phrase.endswith("diyerek"):
        # "Ak, “…” diyerek cevap verdi": the converb's subject is named
        # before the quote; only without one is it the name after
        speaker = _adjacent_speaker(doc, ctx)
        if speaker is not None:
            return speaker, "adjacent"
    if end >= 0 and (phrase == "diye" or phrase.endswith(_REPORTING_PARTICIPLES)):
        speaker = _participle_speaker(doc, ctx.after_start + end)
        if speaker is not None:
            return speaker, "participle"
    speaker = _adjacent_speaker(doc, ctx)
    if speaker is not None:
        return speaker, "adjacent"
    speaker = _nominative_subject(doc, ctx.s_start, ctx.qs)
    if speaker is not None:
        return speaker, "subject"
    speaker = _first_free_mention(doc, ctx.after_start, ctx.s_end)
    if speaker is not None:
        return speaker, "after"
    speaker = _genitive_owner(doc, ctx.s_start, ctx.qs)
    if speaker is not None:
        return speaker, "genitive"
    if _BASKAN_RE.search(doc.lower, ctx.s_start, ctx.qs):
        return _last_mayor(doc, ctx.qs, ctx.s_start), "title"
    return None, ""


_DIYE_PARTICIPLE_RE = re.compile(r"(?: \w+)? \w+(?:an|en)(?![\w])")
_ADJACENT_GAP_RE = re.compile(r"(?:'\w+)?[\s,;]*(?:(?:ise|da|de)[\s,]*)?")


def _adjacent_speaker(doc: Doc, ctx: _QuoteCtx) -> int | None:
    """ "… teşekkür eden Başkan Ak \"…\" dedi", "Ak'ın \"…\" sözleri": the
    person named right before the opening mark (bare or in the genitive)
    says the quote, whoever else the sentence names first."""
    before = [m for m in _mentions_between(doc, ctx.s_start, ctx.qs) if not m.in_quote]
    if not before:
        return None
    m = before[-1]
    if not _ADJACENT_GAP_RE.fullmatch(doc.text[m.end : ctx.qs].rstrip('"')):
        return None
    return m.person if not m.case or m.case in GENITIVE_ENDINGS else None


def _genitive_owner(doc: Doc, lo: int, hi: int) -> int | None:
    """ "Seçer'in defterdeki notunda, \"…\" ifadeleri yer aldı": the owner
    of the note or the words is the one who wrote or said them."""
    for x in reversed(_mentions_between(doc, lo, hi)):
        if x.in_quote or x.case in _DATIVE:
            continue  # "X'in, Müftü Y'ye “…” talimatı": Y is spoken to
        return x.person if x.case in GENITIVE_ENDINGS else None
    return None


_DATIVE = frozenset({"a", "e", "ya", "ye", "na", "ne"})


def _earlier_speaker(doc: Doc, ctx: _QuoteCtx) -> int | None:
    """A quote with a reporting verb but no one named in its sentence
    ("… \"…\" diye konuştu."): the person named last in the two sentences
    before it, who is the subject the text goes on about."""
    if not doc.sentences:
        return None
    lo = doc.sentences[max(ctx.si - 2, 0)][0]
    free = [x for x in _mentions_between(doc, lo, ctx.s_start) if not x.in_quote]
    # the subject (no case ending) before anyone only visited or thanked
    subjects = [x for x in free if not x.case]
    pick = subjects or free
    return pick[-1].person if pick else None


_BASKAN_RE = re.compile(r"(?<![\w])başkan")


@dataclass(slots=True)
class _QuoteCtx:
    qs: int
    qe: int
    si: int
    s_start: int
    s_end: int
    after_start: int
    after: str


def _context(doc: Doc, qs: int, qe: int) -> _QuoteCtx:
    text = doc.text
    si = doc.sentence_of(qs)
    s_start = doc.sentences[si][0] if doc.sentences else 0
    # the sentence that reports a quote ends after its closing mark
    s_end = doc.sentences[doc.sentence_of(qe)][1] if doc.sentences else len(text)
    s_end = max(s_end, qe)
    after_start = qe + 1 if qe < len(text) and text[qe] == '"' else qe
    after = doc.lower[after_start : min(s_end, after_start + 90)]
    return _QuoteCtx(qs, qe, si, s_start, s_end, after_start, after)


def _is_speech(content: str) -> bool:
    letters = [c for c in content if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) / len(letters) <= 0.8


def _voting_formula(content: str) -> bool:
    """A quote made only of the chair's voting words (``voting_formulas``)."""
    rest = _rule_re("voting_formulas", r"(?![\w])").sub(" ", content)
    return rest != content and len(_WORD_RE.findall(rest)) < 2


def _in_any(spans: list[Span], starts: list[int], pos: int) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def attribute(doc: Doc) -> None:
    """Fill ``doc.quotes`` from the quote spans and speech turns."""
    quotes = _turn_quotes(doc)
    turn_spans = sorted((q.start, q.end) for q in quotes)
    turn_starts = [s for s, _ in turn_spans]
    last: _Last = (None, -10, -1)
    headings: list[Quote] = []
    for qs, qe in doc.quote_spans:
        if _in_any(turn_spans, turn_starts, qs):
            continue
        if _voting_formula(doc.lower[qs:qe]):
            continue  # "kabul edenler… etmeyenler…": procedure, not speech
        if not _is_speech(doc.text[qs:qe].strip()):
            if _capitals_heading(doc.text, qs, qe):
                headings.append(Quote(qs, qe, None, "heading"))
            else:
                quotes.extend(_headline_with_speaker(doc, qs, qe))
            continue
        quote = _quoted_speech(doc, _context(doc, qs, qe), last)
        if quote is None:
            if _stands_alone(doc.text, qs, qe):
                headings.append(Quote(qs, qe, None, "heading"))
            continue
        quotes.append(quote)
        if quote.speaker is not None:
            last = (quote.speaker, doc.sentence_of(qe), qe)
    # a paragraph whose quote is in single marks is not speech without marks
    unmarked = [
        q
        for q in _unmarked_speech(doc)
        if not any(s < q.end and q.start <= e for s, e in doc.quote_spans)
    ]
    quotes.extend(unmarked)
    quotes.extend(_wrapped_unmarked(doc, unmarked))
    quotes.extend(_colon_paragraphs(doc))
    quotes.extend(_speech_before_participle(doc, quotes))
    quotes.sort(key=lambda q: q.start)
    quotes.extend(_heading_quotes(doc, headings, quotes))
    quotes.sort(key=lambda q: q.start)
    doc.quotes = [q for q in quotes if not _cut_at_the_end(doc.text, q)]


_SENTENCE_END_RE = re.compile(r"[.!?…]")
# "… söyleyen Rektör Ali Ak, Üniversitemiz … teşekkür ediyorum dedi.": a
# speech whose marks the site lost, closed by a verb that reports words as
# said (indirect speech ends in "söyledi", "belirtti" …)
_UNMARKED_VERB_RE = re.compile(r"\s(?:dedi|diye konuştu|diye ekledi|diye devam etti)\.?\s*$")
_SPEAKER_COMMA_RE = re.compile(r"(?:'\w+)?,\s")
# "Yılmaz konuşmasında bir dönemdir … yapıyorum … dedi": the speech noun
# in the locative after the name marks the subject as a comma does
_SPEAKER_MARK_RE = re.compile(r"(?:'\w+)?(?:,| konuşmasında,?| açıklamasında,?)\s")
_FIRST_PERSON_RE = re.compile(
    r"\b(?:ben|biz|bizim|benim|bize|bana)\b|\w(?:yoruz|yorum|acağız|eceğiz|dık|dik|duk|dük|tık|tik|mız|miz|muz|müz)\b"
)


def _unmarked_speech(doc: Doc) -> list[Quote]:
    """Paragraphs without quote marks where a person named with a comma
    after them speaks (in the first person, or in whole sentences) up to
    "dedi" / "diye konuştu"."""
    text, out = doc.text, []
    pos = 0
    for para in text.split("\n"):
        start, pos = pos, pos + len(para) + 1
        verb = _UNMARKED_VERB_RE.search(para)
        if verb is None or '"' in para:
            continue
        for m in _mentions_between(doc, start, start + verb.start()):
            comma = _SPEAKER_MARK_RE.match(text, m.end)
            if m.in_quote or m.case or comma is None:
                continue
            s_from = _after_converb(text, comma.end(), start + verb.start())
            speech = text[s_from : start + verb.start()]
            said = _FIRST_PERSON_RE.search(lower(speech)) or ". " in speech.strip()
            if len(speech.split()) >= 6 and said:
                out.append(Quote(s_from, start + verb.start(), m.person, "unmarked"))
            break
    return out


def _after_converb(text: str, lo: int, hi: int) -> int:
    """ "X, toplantıları her ay yaptıklarını belirterek Bölgemiz için …
    dedi": indirect speech closed by a reporting converb (``converbs``)
    before the speech itself, which opens with a capital; the speech starts
    after the converb. ``lo`` when the first sentence has none."""
    first = _SENTENCE_END_RE.search(text, lo, hi)
    stop = first.start() if first else hi
    for m in _rule_re("converbs", r",?[ \t]+").finditer(lower(text[lo:stop])):
        if text[lo + m.end() : lo + m.end() + 1].isupper():
            return lo + m.end()
    return lo


_UNMARKED_END_RE = re.compile(
    r"\s(?:dedi|diye konuştu|diye ekledi|diye devam etti)\.?[ \t]*$", re.M
)
# an indirect sentence closed between a speaker and "dedi": not one speech
_INDIRECT_END_RE = re.compile(
    r"(?:belirtti|söyledi|ifade etti|kaydetti|vurguladı|dile getirdi|bildirdi)\."
)
_MAX_UNMARKED = 700


def _wrapped_unmarked(doc: Doc, found: list[Quote]) -> list[Quote]:
    """Speech without marks that the paragraph rule cannot see: lines
    hard-wrapped by the page ("… ifade eden Güvenç, Ajansımız⏎kurulduğu …⏎
    … düşünüyorum dedi."), or an excerpt cut before the verb. The speaker
    is named after a reporting participle, a comma follows, and the speech
    opens in the first person."""
    text = doc.text
    ends = [m.start() for m in _UNMARKED_END_RE.finditer(text)]
    tail = text.rstrip()
    if tail and tail[-1] not in '.!?…"':
        ends.append(len(tail))
    out = []
    for end in ends:
        if any(q.start <= end <= q.end + 1 for q in found):
            continue
        quote = _speech_back_to_speaker(doc, end)
        if quote is not None:
            out.append(quote)
    return out


_PARTICIPLE_WORD_RE = re.compile(r"(?<![\w])(?:" + "|".join(_PARTICIPLES) + r")(?![\w])")


def _participle_before(doc: Doc, pos: int) -> bool:
    """A reporting participle at most three words before ``pos``, with no
    comma between ("dile getiren Başkan Yazgı")."""
    window = doc.lower[max(0, pos - 60) : pos]
    hits = list(_PARTICIPLE_WORD_RE.finditer(window))
    if not hits:
        return False
    rest = window[hits[-1].end() :]
    return "," not in rest and len(rest.split()) <= 3


def _speech_back_to_speaker(doc: Doc, end: int) -> Quote | None:
    text = doc.text
    lo = max(0, end - _MAX_UNMARKED)
    cut = max(text.rfind('"', lo, end), text.rfind("\n\n", lo, end))
    lo = cut + 1 if cut >= 0 else lo
    for m in reversed(_mentions_between(doc, lo, end)):
        comma = _SPEAKER_COMMA_RE.match(text, m.end)
        if m.in_quote or m.case or comma is None:
            continue
        if not _participle_before(doc, m.start):
            return None
        speech = text[comma.end() : end]
        first = _SENTENCE_END_RE.split(speech, maxsplit=1)[0]
        if (
            len(speech.split()) < 6
            or _INDIRECT_END_RE.search(lower(speech))
            or not _FIRST_PERSON_RE.search(lower(first))
        ):
            return None
        return Quote(comma.end(), end, m.person, "unmarked")
    return None


# "… artıyor diyen Vali X, …", "… verdi ifadelerini kullanan Başkan X, …":
# a speech without marks reported by a participle written right after it
_PARTICIPLE_AFTER_SPEECH_RE = re.compile(
    r"(?<=[^\s\"]) (?:diyen|diye konuşan|şeklinde konuşan|"
    r"(?:ifadelerini|sözlerini|cümlelerini) (?:kullanan|sarf eden))(?= )"
)


def _speech_before_participle(doc: Doc, found: list[Quote]) -> list[Quote]:
    """Speech without marks that a reporting participle closes and the
    person after it says: the sentences of the paragraph back to one that
    names someone or holds a quote mark, when they read as speech (first
    person, no indirect sentence closed by "belirtti", "söyledi" …)."""
    text, out = doc.text, []
    for m in _PARTICIPLE_AFTER_SPEECH_RE.finditer(doc.lower):
        end = m.start()
        if doc.in_quote(end) or any(q.start <= end <= q.end + 1 for q in found):
            continue
        speaker = _participle_speaker(doc, m.end())
        start = _speech_start(doc, end)
        if speaker is None or start is None:
            continue
        speech = lower(text[start:end])
        if len(speech.split()) < 6 or _INDIRECT_END_RE.search(speech):
            continue
        if _FIRST_PERSON_RE.search(speech):
            out.append(Quote(start, end, speaker, "before participle"))
    return out


def _speech_start(doc: Doc, end: int) -> int | None:
    """The start of the first sentence of a speech without marks ending at
    ``end``: back over the sentences of its paragraph while they name no one
    and hold no quote mark; None when the sentence of ``end`` does."""
    text, si = doc.text, doc.sentence_of(end)
    if not doc.sentences:
        return None
    start = None
    for k in range(si, max(si - 6, -1), -1):
        a = doc.sentences[k][0]
        b = end if k == si else doc.sentences[k][1]
        if '"' in text[a:b] or "\n" in text[a:b].strip() or _mentions_between(doc, a, b):
            break
        start = a
    if start is None:
        return None
    return start + len(text[start:end]) - len(text[start:end].lstrip())


def _colon_paragraphs(doc: Doc) -> list[Quote]:
    """ "… dile getiren Karakoyun, şunları kaydetti:⏎Bölgede 62 KOBİye destek
    verdik. …": a speech after a colon intro whose marks the site lost;
    it runs while its sentences name nobody (and opens in the first
    person)."""
    text, out = doc.text, []
    for m in _rule_re("colon_intros", r"[ \t]*:\s*").finditer(doc.lower):
        # "şöyle konuştu:⏎⏎Kentimiz …": the speech may open after a blank
        # line, or on the colon's line with a capital ("konuştu: Kentimiz …")
        start = m.end()
        same_line = "\n" not in text[m.start() : start]
        opening = text[start : start + 1]
        if opening == '"' or (same_line and not opening.isupper()) or not doc.sentences:
            continue
        end = _speech_end(doc, start)
        first = _SENTENCE_END_RE.split(text[start:end], maxsplit=1)[0]
        if end - start < 20 or not _FIRST_PERSON_RE.search(lower(first)):
            continue
        intro = doc.sentences[doc.sentence_of(m.start())][0]
        speaker = _nominative_subject(doc, intro, m.start())
        if speaker is None:
            speaker = _genitive_owner(doc, intro, m.start())
        out.append(Quote(start, end, speaker, "colon paragraph"))
    return out


def _speech_end(doc: Doc, start: int) -> int:
    """The end of the last sentence after ``start`` before a blank line, a
    quote mark or a sentence naming someone."""
    text, end = doc.text, start
    si = doc.sentence_of(start)
    for a, b in doc.sentences[si : si + 15]:
        a = max(a, start)
        seg = text[a:b]
        named = any(not x.in_quote for x in _mentions_between(doc, a, b))
        if '"' in seg or "\n\n" in text[end:b] or named:
            break
        end = b
    return end


def _cut_at_the_end(text: str, q: Quote) -> bool:
    """A saying the excerpt cuts off before its first sentence ends
    ("Veli TOPAL- Sayın Başkanım Cumhuri"): not a whole sentence of anyone's."""
    return q.end >= len(text.rstrip()) and not _SENTENCE_END_RE.search(text, q.start, q.end)


def _stands_alone(text: str, qs: int, qe: int) -> bool:
    """A quoted phrase that is a whole line: a sub-heading quoting what
    someone says in the paragraphs below ("\"Kuşadası çok çekici\"")."""
    line_start = text.rfind("\n", 0, qs) + 1
    line_end = text.find("\n", qe)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].strip().rstrip("….").rstrip()
    return line.strip("\"'").strip() == text[qs:qe].strip()


def _capitals_heading(text: str, qs: int, qe: int) -> bool:
    """A quoted phrase in capitals is a sub-heading when it is a line of its
    own, or when the site lost the line breaks around it: the opening mark
    glued to the end of a sentence, the closing one to the next paragraph's
    first word ("… diye sordu.“ESNAF NEREDE?”Kaya, …"). Capitals inside a
    sentence are a name or a slogan, not a heading."""
    if sum(c.isalpha() for c in text[qs:qe]) < 8:
        return False
    if _stands_alone(text, qs, qe):
        return True
    before = text[qs - 2] if qs >= 2 else ""
    after = text[qe + 1] if qe + 1 < len(text) else ""
    return before in ".!?…" and before != "" and after.isupper()


def _headline_with_speaker(doc: Doc, qs: int, qe: int) -> list[Quote]:
    """ "VALİ AYDIN: “KENTİMİZDE ASAYİŞ SORUNU YOK”": a headline in capitals
    that names its speaker and a colon (or a comma) before the saying, alone
    on its line."""
    text = doc.text
    line_start = text.rfind("\n", 0, qs) + 1
    line_end = text.find("\n", qe)
    line_end = len(text) if line_end < 0 else line_end
    head = text[line_start : qs - 1].rstrip()
    # "VALİ AYDIN: “…”", "BAŞKAN BEYAZGÜL, “…”"
    if not head.endswith((":", ",")) or text[qe:line_end].strip(' ".!?…'):
        return []
    if head.endswith(",") and text[qe : qe + 1] not in ('"', "'"):
        return []  # "GÜRKAN, 'X TOPLANTISI'NA KATILDI": a name's mark, never closed
    named = [m for m in _mentions_between(doc, line_start, qs) if not m.in_quote]
    if not named or named[-1].case or len(head.split()) > 6:
        return []
    return [Quote(qs, qe, named[-1].person, "headline")]


def _heading_quotes(doc: Doc, headings: list[Quote], quotes: list[Quote]) -> list[Quote]:
    """Sub-heading quotes take the subject of the paragraph below them
    ("Ziyarette konuşan Başkan Ak, …"), else the speaker of the first
    attributed quote after them (within a few paragraphs); without either
    they are dropped."""
    starts = [q.start for q in quotes]
    out = []
    labels = _rules()["heading_labels"]
    for h in headings:
        words = lower(doc.text[h.start : h.end]).split()
        if words and words[-1].strip(".!?…") in labels:
            continue  # "BİRLİK MESAJI": what the news is about, not a saying
        echoed = _echoed_by(doc, h, quotes)
        if echoed is not None:
            out.append(Quote(h.start, h.end, echoed, "heading"))
            continue
        subject = _subject_below(doc, h.end)
        if subject is not None:
            out.append(Quote(h.start, h.end, subject, "heading"))
            continue
        i = bisect.bisect_left(starts, h.end)
        nxt = next(
            (q for q in quotes[i : i + 3] if q.speaker is not None and q.start - h.end < 1500),
            None,
        )
        if nxt is not None:
            out.append(Quote(h.start, h.end, nxt.speaker, "heading"))
    return out


_WORD_RE = re.compile(r"\w{3,}")


def _echoed_by(doc: Doc, h: Quote, quotes: list[Quote]) -> int | None:
    """The speaker of the quote that a sub-heading repeats (most of its
    words, in any order: "Benim ve ailem için büyük onur" over "… benim
    için, ailem için büyük bir onur …"), wherever that quote stands."""
    words = set(_WORD_RE.findall(doc.lower[h.start : h.end]))
    if len(words) < 3:
        return None
    best, share = None, 0.6
    for q in quotes:
        if q.speaker is None:
            continue
        got = len(words & set(_WORD_RE.findall(doc.lower[q.start : q.end]))) / len(words)
        if got > share or (best is None and got >= share):
            best, share = q.speaker, got
    return best


def _subject_below(doc: Doc, pos: int) -> int | None:
    """The subject of the first sentence of the paragraph after ``pos``,
    read up to its first quote mark."""
    text = doc.text
    if not doc.sentences:
        return None
    if pos + 1 < len(text) and text[pos + 1].isalpha():
        start = pos + 1  # a heading glued to its paragraph
    else:
        line_end = text.find("\n", pos)
        if line_end < 0:
            return None
        start = line_end + len(text[line_end:]) - len(text[line_end:].lstrip())
    end = doc.sentences[doc.sentence_of(start)][1]
    mark = text.find('"', start, end)
    # only a subject marked as one (a comma, "ise", "da" after it): in
    # "Kaymakam ve müftü arasındaki … belirten Evsen şunları söyledi:" the
    # first bare name is not the speaker, the quote below tells who is
    for m in _mentions_between(doc, start, mark if mark >= 0 else end):
        if not m.in_quote and not m.case and _SUBJECT_AFTER.match(text[m.end : m.end + 5]):
            return m.person
    return None


# "“Eskiyi öv, yeniyi seç” dendiğini hatırlatan X": an impersonal passive
# right after the marks cites a saying; the verb after it reports that X
# recalled the saying, not that X said the quoted words.
_SAYING_RE = re.compile(
    r"[\s,]*(?:diye |şeklinde )?(?:denir|denilir|deniyor|denilmektedir|dendiği|denildiği|derler)",
    re.I,
)


# "“Temiz Sokak” projesini anlatan X", "“Yeşil Kent” adlı kitabı": a quote
# that a noun after it owns (possessive, accusative) or that "adlı" names
# is the name of a thing, unless the noun is one for words said.
_NAMED_THING_RE = re.compile(
    r"[\s,]*(?:(?P<noun>\w+?)(?:s?[ıiuü]n[ıiuü]|s?[ıiuü]yla|s?[ıiuü]yle)"
    r"|adlı|adındaki|isimli|başlıklı|konulu|temalı|sloganlı)(?![\w])"
)
_VERBAL_NOUN_RE = re.compile(r"[dt][ıiuü]ğ|m[ae]s[ıi]")
_SAID_NOUNS = (
    "söz",
    "ifade",
    "açıklama",
    "mesaj",
    "müjde",
    "uyarı",
    "çağrı",
    "değerlendirme",
    "yanıt",
    "cevab",
    "tepki",
    "sitem",
    "eleştiri",
    "dileğ",
    "temenni",
    "not",
    "paylaşım",
    "cümle",
    "yorum",
    "talebi",
    "soru",
    "iddia",
    "hatırlatma",
    "seslen",
    "beyan",
    "yazı",
    "vurgu",
)


# a noun's number, possessive and case endings after a stem of
# ``named_things`` ("ziyareti", "kampanyasına", "projesinde", "etkinliğine")
_THING_ENDING = (
    r"(?:l[ae]r)?(?:s?[ıiuü])?"
    r"(?:n?(?:[ae]|d[ae]n?|t[ae]n?|[ıiuü]n|[ıiuü])|yl[ae]|y[ae]|y[ıiuü])?(?![\w])"
)


@lru_cache(maxsize=1)
def _thing_re() -> re.Pattern[str]:
    return _rule_re("named_things", _THING_ENDING)


def _names_a_thing(after: str) -> bool:
    """ "“…” projesini açıklayan", "“…” ziyareti için", "“…” adlı", "“…” diye
    bir proje": the quote is the name of a thing that a noun after it (or
    "adlı", "diye bilinen") stands for, unless the noun is one for words said."""
    lead = len(after) - len(after.lstrip(" ,"))
    naming = after.startswith("diye ", lead) and _rule_re("naming_after_diye", r"(?![\w])").match(
        after, lead + 5
    )
    if naming or _thing_re().match(after, lead):
        return True
    m = _NAMED_THING_RE.match(after)
    if m is None:
        return False
    noun = m.group("noun")
    if noun is None:
        return True
    # "“…” demesini", "“…” dediğini belirten": a verb's noun form reports speech
    verbal = noun.startswith(("deme", "dedi")) or _VERBAL_NOUN_RE.search(m.group(0)) is not None
    return not verbal and not noun.startswith(_SAID_NOUNS)


def _quoted_speech(doc: Doc, ctx: _QuoteCtx, last: _Last) -> Quote | None:
    """A quoted span as a quote with its speaker, or None when nothing
    says it is speech (no reporting verb near it, no colon before it)."""
    if _indirect(doc, ctx):
        return None  # "parkın “kentin en güzel parkı” olduğunu söyledi"
    verb = _reporting_re().search(ctx.after)
    verb_near = (
        verb is not None
        and verb.start() <= 45
        and not _SAYING_RE.match(ctx.after)
        and not _names_a_thing(ctx.after)
    )
    if verb_near and _unnamed_speaker(doc, ctx):
        return Quote(ctx.qs, ctx.qe, None, "unnamed")
    if _impersonal(ctx.after):
        return Quote(ctx.qs, ctx.qe, _impersonal_speaker(doc, ctx), "impersonal")
    colon = _intro_mark(doc, ctx)
    intro = colon >= 0
    speaker, rule = _first_speaker(doc, ctx, verb if verb_near else None, colon, last)
    if speaker is None and not verb_near and not intro:
        return _unintroduced(doc, ctx, last)
    if speaker is None and ctx.si - last[1] <= 2:
        speaker, rule = last[0], "continued"
    if speaker is None and verb_near:
        speaker, rule = _earlier_speaker(doc, ctx), "earlier"
    return Quote(ctx.qs, ctx.qe, speaker, rule)


_IMPERSONAL_LEAD_RE = re.compile(r"[\s,.]*(?:diye |şeklinde )?")
_AGENT_RE = re.compile(r"(?:'\w+)? tarafından\b")


def _indirect(doc: Doc, ctx: _QuoteCtx) -> bool:
    """Words in marks that an indirect sentence goes on from ("… olduğunu
    söyledi", ``indirect_after``): a phrase, not a whole sentence said."""
    if _SENTENCE_END_RE.search(doc.text, ctx.qs, ctx.qe):
        return False
    lead = len(ctx.after) - len(ctx.after.lstrip())
    return _rule_re("indirect_after", r"(?![\w])").match(ctx.after, lead) is not None


def _impersonal(after: str) -> bool:
    """A passive reporting verb (``impersonal_reporting``) right after the
    closing mark."""
    lead = _IMPERSONAL_LEAD_RE.match(after)
    end = lead.end() if lead else 0
    return _rule_re("impersonal_reporting", r"(?![\w])").match(after, end) is not None


def _impersonal_speaker(doc: Doc, ctx: _QuoteCtx) -> int | None:
    """ "Valilikten yapılan açıklamada “…” denildi": a passive reports a
    body's statement, said by no one named, unless the sentence gives the
    owner of the statement in the genitive ("Ak'ın açıklamasında “…”
    denildi") or the agent ("Ak tarafından “…” denildi")."""
    for m in reversed(_mentions_between(doc, ctx.s_start, ctx.qs)):
        if not m.in_quote and _AGENT_RE.match(doc.text, m.end):
            return m.person
    return _genitive_owner(doc, ctx.s_start, ctx.qs)


def _first_speaker(
    doc: Doc,
    ctx: _QuoteCtx,
    verb: re.Match[str] | None,
    colon: int,
    last: _Last,
) -> tuple[int | None, str]:
    """The speaker named around a reporting verb after the quote, else the
    one a colon (or semicolon) intro names, else the subject of a sentence
    that introduces the quote with a converb ("… belirterek, “…")."""
    if verb is not None:
        speaker, rule = _after_verb_speaker(doc, ctx, verb)
        if speaker is not None:
            return speaker, rule
    if colon >= 0:
        return _colon_speaker(doc, colon, last)
    if _converb_before(doc, ctx):
        speaker = _nominative_subject(doc, ctx.s_start, ctx.qs)
        if speaker is not None:
            return speaker, "converb"
    return None, ""


def _colon_speaker(doc: Doc, colon: int, last: _Last) -> tuple[int | None, str]:
    """The subject of the sentence a colon ends, else the owner in the
    genitive ("Başkan Çetin'in konuşması şöyle; “…"), else the previous
    speaker."""
    prev = doc.sentence_of(colon)
    p_start = doc.sentences[prev][0] if doc.sentences else 0
    speaker = _participle_subject(doc, p_start, colon)
    if speaker is None:
        speaker = _nominative_subject(doc, p_start, colon + 1)
    if speaker is None:
        speaker = _genitive_owner(doc, p_start, colon)
    if speaker is None:
        speaker = _ablative_source(doc, p_start, colon)
    if speaker is not None:
        return speaker, "colon"
    return last[0], "continued"


_ABLATIVE = frozenset({"dan", "den", "tan", "ten", "ndan", "nden"})


def _ablative_source(doc: Doc, lo: int, colon: int) -> int | None:
    """ "Vali Ak'tan uyarı: “…”", "Başkan Ak'dan yeni yıl mesajı: “…”": a
    heading naming the speaker in the ablative, a noun or two for what is
    said, then the colon."""
    named = [m for m in _mentions_between(doc, lo, colon) if not m.in_quote]
    if not named or named[-1].case not in _ABLATIVE:
        return None
    m = named[-1]
    return m.person if _few_words(doc.text[m.end : colon], 3) else None


def _participle_subject(doc: Doc, lo: int, hi: int) -> int | None:
    """ "Kaymakam ve müftü arasındaki … belirten Evsen şunları söyledi:": the
    last person named before the colon, right after a reporting participle,
    is the one the participle phrase describes, the sentence's subject,
    whoever a title word named earlier."""
    bare = [m for m in _mentions_between(doc, lo, hi) if not m.in_quote and not m.case]
    if bare and _participle_before(doc, bare[-1].start):
        return bare[-1].person
    return None


def _intro_mark(doc: Doc, ctx: _QuoteCtx) -> int:
    """The colon that introduces the quote ("… şöyle konuştu: “…"), or the
    semicolon written for it after a reporting phrase ("şunları söyledi;
    “…"); -1 when neither stands right before the opening mark."""
    text = doc.text
    lo = max(ctx.s_start - 3, 0)
    # "şu yanıtı verdi:⏎⏎ • “…": a colon, then blank lines or a bullet
    gap = text[max(0, ctx.qs - 13) : ctx.qs - 1]
    lead = gap.rstrip(_BULLETS + "\n")
    if lead.endswith(":") and len(lead) < len(gap):
        return ctx.qs - 1 - len(gap) + len(lead) - 1
    colon = text.rfind(":", lo, ctx.qs)
    if colon >= 0 and not text[colon + 1 : ctx.qs - 1].strip():
        return colon
    semi = text.rfind(";", lo, ctx.qs)
    if semi < 0 or text[semi + 1 : ctx.qs - 1].strip():
        return _intro_phrase_end(doc, ctx)
    phrase = _rule_re("colon_intros", r"\s*$").search(doc.lower, max(lo, semi - 40), semi)
    return semi if phrase is not None else -1


def _intro_phrase_end(doc: Doc, ctx: _QuoteCtx) -> int:
    """ "… şu sözlere yer verdi.⏎“…": an intro phrase that a full stop, a
    comma or nothing ends right before the opening mark stands for the
    colon; its last letter, or -1."""
    lo = max(0, ctx.qs - 90)
    before = doc.lower[lo : ctx.qs - 1]
    if _rule_re("colon_intros", r"[\s.,]*$").search(before) is None:
        return -1
    return lo + len(before.rstrip(" \n.,")) - 1


def _converb_before(doc: Doc, ctx: _QuoteCtx) -> bool:
    """ "… olduğunu söyleyerek, “…" diye tepki gösterdi": a reporting verb's
    -ArAk form and a comma right before the opening mark say that the
    quote is speech, whatever verb ends the sentence."""
    before = doc.lower[max(ctx.s_start, ctx.qs - 40) : ctx.qs].rstrip('" ')
    return _rule_re("converbs", r"\s*[,;]$").search(before) is not None


def _unnamed_speaker(doc: Doc, ctx: _QuoteCtx) -> bool:
    """ "… bir vatandaş, oğlunu getirerek “…” dedi": a speaker the text
    does not name (``unnamed_speakers``) is the subject written last before
    the opening mark, with no person named after it."""
    before = doc.lower[ctx.s_start : ctx.qs]
    hits = list(_rule_re("unnamed_speakers", r"\s*,").finditer(before))
    if not hits:
        return False
    after = ctx.s_start + hits[-1].end()
    return not any(not m.in_quote and not m.case for m in _mentions_between(doc, after, ctx.qs))


def _whole_paragraphs(text: str, ctx: _QuoteCtx) -> bool:
    """A quotation that opens a paragraph and closes another one below it:
    a press release quoting its own author, who is named nowhere near."""
    opens = text.rfind("\n", 0, ctx.qs) + 1
    closes = text.find("\n", ctx.qe)
    closes = len(text) if closes < 0 else closes
    return (
        "\n" in text[ctx.qs : ctx.qe]
        and not text[opens : ctx.qs].strip(' "')
        and not text[ctx.qe : closes].strip(' ".')
    )


def _unintroduced(doc: Doc, ctx: _QuoteCtx, last: _Last) -> Quote | None:
    """A quote that no reporting verb, colon or converb reports: said by
    the person named right before it ("Başkan Ak ise “…"); else, when it
    stands as sentences of its own, by the speaker of the quote it goes on
    from (a speech over several paragraphs, each opened by a mark) or by
    the person the sentence before it is about; else a passage over
    paragraphs with no speaker; else no quote."""
    if _names_a_thing(ctx.after):
        return None  # "Ak, “Bir Fidan Bir Nefes” kampanyasına destek verdi"
    speaker = _introducing_subject(doc, ctx)
    if speaker is not None:
        return Quote(ctx.qs, ctx.qe, speaker, "introduced")
    whole = _stands_as_sentences(doc.text, ctx)
    if whole:
        speaker = _speaker_below(doc, ctx)
        if speaker is not None:
            return Quote(ctx.qs, ctx.qe, speaker, "below")
    # a short last paragraph of a speech ("“Hepinize teşekkür ederim.”")
    # goes on from the quote above it as a long one does
    if whole or _stands_as_sentences(doc.text, ctx, min_words=2):
        speaker = _continued_speech(doc, ctx, last)
        if speaker is not None:
            return Quote(ctx.qs, ctx.qe, speaker, "continued paragraph")
    if whole:
        speaker = _subject_before(doc, ctx)
        if speaker is not None:
            return Quote(ctx.qs, ctx.qe, speaker, "about")
    if _whole_paragraphs(doc.text, ctx):
        return Quote(ctx.qs, ctx.qe, None, "passage")
    return None


# what may stand before a quote's opening mark on its line: a list bullet
_BULLETS = " \t•·▪►*-–—"
_AFTER_CLOSE_RE = re.compile(r'"?[.!?…]*"?[ \t]*(?:$|\n|[A-ZÇĞİÖŞÜ"(])')


def _stands_as_sentences(text: str, ctx: _QuoteCtx, min_words: int = 4) -> bool:
    """The quote opens its sentence (or its line, after a bullet) and ends
    it, and reads as speech: four words or more, a capital first and a
    full stop, question or exclamation mark at its end ("“Eğitim her şeyin
    başıdır.”"). A sub-heading without a stop stays a heading."""
    line_start = text.rfind("\n", 0, ctx.qs) + 1
    opened = max(ctx.s_start, line_start)
    if ctx.qs == 0 or text[ctx.qs - 1] != '"' or text[opened : ctx.qs - 1].strip(_BULLETS):
        return False  # no opening mark (a closing one alone), or words before it
    content = text[ctx.qs : ctx.qe].strip()
    if len(content.split()) < min_words or not content[:1].isupper():
        return False
    after = text[ctx.qe : ctx.qe + 4]
    stop = content[-1] in ".!?…" or after.lstrip('"')[:1] in (".", "!", "?", "…")
    return stop and _AFTER_CLOSE_RE.match(text, ctx.qe) is not None


def _speaker_below(doc: Doc, ctx: _QuoteCtx) -> int | None:
    """ "“…”⏎Bu sözleri söyleyen Vali Ak, …": the sentence after the quote
    opens with a reporting participle, and the person named after it said
    the quote."""
    si = doc.sentence_of(ctx.qe)
    if si + 1 >= len(doc.sentences):
        return None
    a = doc.sentences[si + 1][0]
    if doc.text.count("\n", ctx.qe, a) > 2:
        return None
    for verb in _reporting_re().finditer(doc.lower, a, a + 40):
        if verb.group().endswith(_PARTICIPLES):
            return _participle_speaker(doc, verb.end())
    return None


def _continued_speech(doc: Doc, ctx: _QuoteCtx, last: _Last) -> int | None:
    """The speaker of the last attributed quote when this one goes on from
    it: in the same paragraph within two sentences, or opening the next
    paragraph (Turkish news opens every paragraph of a long speech with a
    mark and reports it once), with nobody else named in between."""
    speaker, si, end = last
    if speaker is None or end < 0 or end > ctx.qs:
        return None
    if any(not m.in_quote for m in _mentions_between(doc, end, ctx.qs)):
        return None
    text = doc.text
    line_start = text.rfind("\n", 0, ctx.qs) + 1
    if line_start <= end:
        return speaker if ctx.si - si <= 2 else None
    quote_line_end = text.find("\n", end)
    between = text[quote_line_end:line_start]
    return speaker if not between.strip(_BULLETS + "\n") else None


def _subject_before(doc: Doc, ctx: _QuoteCtx) -> int | None:
    """The subject of the sentence before the quote, in its paragraph or
    ending the paragraph above ("Öğretmenlerle sohbet eden Demir, eğitimin
    önemine değindi. “Eğitim her şeyin başıdır.”"): the person that
    sentence is about says the quote that follows it."""
    if ctx.si == 0 or not doc.sentences:
        return None
    a, b = doc.sentences[ctx.si - 1]
    if doc.text[b : ctx.s_start].count("\n") > 2:
        return None
    speaker = _participle_subject(doc, a, b)
    if speaker is None:
        speaker = _nominative_subject(doc, a, b)
    if speaker is None:
        # "Başkan Ak'ın konuşmasından satır başları:": the owner of the words
        speaker = _genitive_owner(doc, a, b)
    return speaker


_CLITIC_DA = frozenset(("da", "de", "ta", "te"))
_INTRO_RE = re.compile(r"(?:'\w+)?(?:,|;| ise,?| da,?| de,?) ?$")


def _introducing_subject(doc: Doc, ctx: _QuoteCtx) -> int | None:
    """ "Başkan Ömer Günel ise \"…": a person named, then only a comma or
    "ise"/"da" before the opening mark, says what follows even when the
    text is cut before its reporting verb."""
    if len(doc.text[ctx.qs : ctx.qe].split()) < 4:
        return None  # a term in marks ("kardeş belediye"), not a saying
    if doc.text[ctx.qs - 1] == "'" and '"' in doc.text[ctx.qs : ctx.qe]:
        return None  # "Ak, 'Sizi görmek istiyoruz\" diyen …": marks that do not pair
    before = _mentions_between(doc, ctx.s_start, ctx.qs)
    if not before or before[-1].in_quote:
        return None
    m = before[-1]
    between = doc.text[m.end : ctx.qs].rstrip("\"'").rstrip()  # either kind of mark
    if m.case in _CLITIC_DA and between.lstrip("'").removeprefix(m.case) in ("", ","):
        return m.person  # "Başkan Ak'da “…": "da" (too) written as a case ending
    if m.case:
        # "Başkan Ak'a göre “…", "Ak'ın deyişiyle, “…": the source
        source = _rule_re("source_intros", r",?$").search(lower(between))
        return m.person if source is not None and _few_words(between, 4) else None
    if not between:
        # "Rektörü Ekrem Ak “Üniversitemize hoş geldiniz. …": the name right
        # before the mark, no comma, and whole sentences in the marks
        # a sentence ended inside the marks, not only a teaser's "…" at the end
        said = doc.text[ctx.qs : ctx.qe].rstrip(" .…")
        whole = _SENTENCE_END_RE.search(said) is not None
        spaced = doc.text[ctx.qs - 2 : ctx.qs - 1].isspace()  # not "Çerçioğlu\"na"
        return m.person if whole and spaced else None
    return m.person if _INTRO_RE.fullmatch(between) else None


def _few_words(gap: str, most: int) -> bool:
    """A case ending and a few plain words (at most ``most`` pieces) between
    a person and what follows ("'a göre", "'nın deyişiyle,")."""
    pieces = gap.rstrip(",").split()
    return 0 < len(pieces) <= most and all(p.replace("'", "").isalnum() for p in pieces)


def _last_mayor(doc: Doc, pos: int, s_start: int = 0) -> int | None:
    """The person with a mayor's title named last before ``pos``; one named
    in the quote's own sentence with a case ending is whom the "Başkan" of
    that sentence thanked or visited ("Ak'a teşekkür eden Başkan, “…”"),
    so such a person is taken only when no other fits."""
    objects = {m.person for m in _mentions_between(doc, s_start, pos) if m.case and not m.in_quote}
    mayors = [
        m.person
        for m in reversed(_mentions_between(doc, 0, pos))
        if doc.people[m.person].title in _MAYOR_TITLES
    ]
    return next((p for p in mayors if p not in objects), mayors[0] if mayors else None)
