"""Council minutes (meclis tutanakları, karar özetleri) as a first-class input.

Read from the lines of a document, after people are found:

* the session's body: the municipality or union whose council met
  ("BAYRAKLI BELEDİYE MECLİSİNİN …", "Edirne Belediye Meclisinin …",
  "MARMARA BELEDİYELER BİRLİĞİ MECLİS KARARLARI");
* labelled lines and blocks: "Meclis Başkanı : Ad SOYAD", "Kâtip Üye : …",
  "Üyeler : Ad SOYAD - Ad SOYAD - …", "HAZIR BULUNMAYANLAR: …",
  "TOPLANTIDA BULUNANLAR" followed by lines of names; an "Adı Soyadı /
  Parti / İmza" table is read as one name (and party) per line;
* agenda items ("1- …", "KARAR NO: 22 – …", "Madde 3 - …") with the
  decision on each and its vote (oy birliği / oy çokluğu).

Every listed person gets the post the list gives (chair, clerk, member)
at the session's body, unless the text already gave them a post; the
absent are people of the text but not participants of the session.
The result is ``Doc.council``; the pipeline writes it as the record's
``council_session``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ortakmasa.lib.turkish import lower, search_key, title

from .document import Doc, InstitutionMention, Mention, Person
from .gazetteer import load
from .names import FIXED_BODIES, find_titles
from .quotes import speech_turns, turn_heads
from .resources import lexicon

# -- what a label says ------------------------------------------------------

#: (words in the lower-cased label, role, title given to the person); the
#: first row whose words all occur in the label wins.
LABELS: tuple[tuple[tuple[str, ...], str, str | None], ...] = (
    (("bulunmayan",), "absent", None),
    (("katılmayan",), "absent", None),
    (("katılamayan",), "absent", None),
    (("gelmeyen",), "absent", None),
    (("mazeretli",), "absent", None),
    (("izinli",), "absent", None),
    (("kâtip",), "clerk", "Kâtip Üye"),
    (("katip",), "clerk", "Kâtip Üye"),
    (("meclis", "başkan", "vekili"), "chair", "Meclis Başkan Vekili"),
    (("belediye", "başkan", "vekili"), "chair", "Belediye Başkan Vekili"),
    (("meclis", "başkanı"), "chair", "Meclis Başkanı"),
    (("oturum", "başkanı"), "chair", "Meclis Başkanı"),
    (("belediye", "başkanı"), "chair", "Belediye Başkanı"),
    (("başkan",), "chair", "Meclis Başkanı"),
    (("üyeler",), "present", None),
    (("üyesi",), "present", None),
    (("bulunanlar",), "present", None),
    (("katılanlar",), "present", None),
    (("katılımcılar",), "present", None),
)
MEMBER_TITLE = "Meclis Üyesi"

# "Label : value" with a short label; the label may be padded with spaces
# before the colon.  Both parts are bounded, so the pattern is linear.
_LABEL_RE = re.compile(r"^\s{0,8}\(?(?P<label>[^\W\d][^:\n]{1,45}?)\s{0,40}:\s{0,40}(?P<value>.*)$")
# A line that is a label alone ("TOPLANTIDA BULUNANLAR", "HAZIR BULUNANLAR :")
_HEAD_ONLY_RE = re.compile(r"^\s{0,8}(?P<label>[^\W\d][^:\n]{1,45}?)\s{0,40}:?\s{0,8}$")
# separators of names in a list: comma, semicolon, a dash next to a space
_ITEM_RE = re.compile(r"[^,;\n\-–—]+")
_PAREN_RE = re.compile(r"\(([^()\n]{1,40})\)")
_AGENDA_RE = re.compile(
    r"^\s{0,8}(?:(?P<num>\d{1,3})\s?[-.)–]\s?|karar\s?no\s?:?\s?(?P<karar>\d{1,4})\s?[-–.:]\s?"
    r"|madde\s(?P<madde>\d{1,3})\s?[-–.:]\s?)(?P<text>\S.*)$",
    re.M,
)
_VOTE_RE = re.compile(r"oy\s?birliği|oy\s?çokluğu|ittifakla|oybirliğiyle|oyçokluğuyla")
_DECIDED_RE = re.compile(
    r"kabul edil\w*|karar veril\w*|reddedil\w*|karara bağlan\w*|uygun görül\w*|onaylan\w*"
    r"|havale edil\w*|tasvip edil\w*"
)
_BODY_BEFORE_COUNCIL_RE = re.compile(r"\s{0,3}(?:büyükşehir\s)?(?:belediye\s)?meclis")
_COUNCIL_DOC_RE = re.compile(
    r"meclis\w*(?:['’]\w+)?\s(?:\w+\s){0,6}?(?:toplantı|birleşim|oturum|seçim)|meclis karar|tutanak"
    r"|karar özeti"
    # "ilk toplantısını yapan İstanbul Büyükşehir Belediye Meclisi"
    r"|(?:toplantı|birleşim|oturum)\w*\s(?:\S+\s){0,6}?(?:belediye|genel) meclis(?!\w*\s+üye)"
)


@dataclass
class Listed:
    name: str
    start: int
    end: int
    role: str
    title: str | None
    party: str | None = None


@dataclass
class AgendaItem:
    number: str
    text: str
    start: int
    end: int
    decision: str | None = None
    vote: str | None = None


@dataclass
class Council:
    body: str | None
    listed: list[Listed] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    #: person index of each listed entry, filled when people are linked
    people: dict[int, int] = field(default_factory=dict)

    def names(self, role: str, doc: Doc) -> list[str]:
        out: list[str] = []
        for i, entry in enumerate(self.listed):
            if entry.role == role and i in self.people:
                name = doc.people[self.people[i]].name
                if name not in out:
                    out.append(name)
        return out


# -- reading the lists -------------------------------------------------------


# Every word of a label is one of these (by its start): "Başkan Kaya" or
# "Açıklama" before a colon is not a list label.
_LABEL_WORDS = (
    "hazır",
    "bulun",
    "meclis",
    "başkan",
    "vekil",
    "kâtip",
    "katip",
    "üye",
    "belediye",
    "birlik",
    "toplantı",
    "katıl",
    "mazeret",
    "izinli",
    "oturum",
    "divan",
    "asıl",
    "gelmeyen",
    "olan",
    "ve",
    "ile",
)


#: abbreviations and ordinals written in a label ("Meclis I. Başkan V.",
#: "(Belediye Başkan V.)"): "V." is "Vekili", an ordinal says which deputy
_LABEL_ABBREVIATIONS = {"v.": "vekili", "v": "vekili", "vek.": "vekili"}
_ORDINAL_RE = re.compile(r"(?:[iıvx]{1,4}|\d{1,2})\.|birinci|ikinci|üçüncü")


def _role(label: str) -> tuple[str, str | None] | None:
    low = lower(label).strip(" .()")
    words = [_LABEL_ABBREVIATIONS.get(w, w) for w in low.split() if not _ORDINAL_RE.fullmatch(w)]
    if not words or len(words) > 5 or not all(w.startswith(_LABEL_WORDS) for w in words):
        return None
    for needed, role, title_ in LABELS:
        if all(any(w.startswith(n) for w in words) for n in needed):
            return role, title_
    return None


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    return lexicon().not_names


def _display(word: str) -> str:
    return title(lower(word)) if word.isupper() and len(word) > 1 else word


def _as_name(raw: str) -> tuple[str, int, int, str | None] | None:
    """(display name, offset of its start in raw, of its end, party) when
    ``raw`` is one listed name: two to four capitalised words, one of them
    written in capitals or starting with a known given name."""
    party = None
    m = _PAREN_RE.search(raw)
    if m is not None:
        party = _party(m.group(1))
        raw = raw[: m.start()] + " " * (m.end() - m.start()) + raw[m.end() :]
    stripped = raw.rstrip(" .\t")
    lead = len(stripped) - len(stripped.lstrip())
    words = stripped.split()
    if words and "'" in words[-1]:  # "KARADAĞ'ın"
        base = words[-1].split("'", 1)[0]
        stripped = stripped[: stripped.rfind(words[-1])] + base
        words[-1] = base
    if not 2 <= len(words) <= 4:
        return None
    if not all(w[:1].isupper() and w.replace(".", "").isalpha() for w in words):
        return None
    low = [lower(w) for w in words]
    if any(w in _not_names() for w in low):
        return None
    if not (any(w.isupper() and len(w) > 2 for w in words) or low[0] in lexicon().given_names):
        return None
    if load().is_place(words[-1]) and not words[-1].isupper():
        return None
    name = " ".join(_display(w) for w in words)
    return name, lead, len(stripped), party


def _party(text: str) -> str | None:
    """The party written as ``text``, also in capitals ("ADALET VE
    KALKINMA PARTİSİ")."""
    text = text.strip()
    return load().parties.get(text) or _parties_lower().get(lower(text))


@lru_cache(maxsize=1)
def _parties_lower() -> dict[str, str]:
    return {lower(k): v for k, v in load().parties.items() if " " in k}


def _items(doc: Doc, start: int, end: int, role: str, title_: str | None) -> list[Listed]:
    """Names listed in text[start:end]; a party written as its own item
    ("Ali KAYA - CHP") goes to the name before it."""
    out: list[Listed] = []
    for offset, raw in _pieces(doc.text, start, end):
        party = _party(raw.strip(" .\t"))
        if party is not None:
            if out and out[-1].party is None:
                out[-1].party = party
            continue
        found = _as_name(raw)
        if found is None:
            continue
        name, a, b, paren_party = found
        out.append(Listed(name, offset + a, offset + b, role, title_, paren_party))
    return out


# "Cayit KURT ve Özer AKTAŞ": the last two names of a list joined by "ve"
_JOIN_RE = re.compile(r"\s+(?:ve|ile)\s+")


def _pieces(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, text) of the items of a list in text[start:end], split at
    the separators and at "ve"/"ile" between two items."""
    out: list[tuple[int, str]] = []
    for m in _ITEM_RE.finditer(text, start, end):
        pos = m.start()
        for part in _JOIN_RE.split(m.group()):
            pos = text.index(part, pos) if part else pos
            out.append((pos, part))
            pos += len(part)
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _block_end(doc: Doc, lines: list[tuple[int, int]], k: int) -> int:
    """The end of a list block opened by a label on line ``k - 1``: the
    following lines while they read as names (blank lines skipped)."""
    end = lines[k - 1][1]
    for s, e in lines[k : k + 60]:
        segment = doc.text[s:e]
        if not segment.strip():
            continue
        if _LABEL_RE.match(segment) or _AGENDA_RE.match(doc.lower[s:e]):
            break
        names = _items(doc, s, e, "present", None)
        pieces = [p for p in _ITEM_RE.findall(segment) if p.strip(" .")]
        # a wrapped line may end or start with half a name ("Aydın" /
        # "KORUYAN, …"): most of its pieces must still be names
        if not names or len(names) * 2 < len(pieces) - 1:
            break
        end = e
    return end


def read_lists(doc: Doc) -> list[Listed]:
    """Chair, clerks, present and absent members from labelled lines."""
    lines = _lines(doc.text)
    out: list[Listed] = []
    block: tuple[str, str | None] | None = None
    k = 0
    while k < len(lines):
        s, e = lines[k]
        segment = doc.text[s:e]
        k += 1
        if len(segment) > 4000 or not segment.strip():
            continue
        m = _LABEL_RE.match(segment)
        if m is not None and (role := _role(m.group("label"))) is not None:
            value_start = s + m.start("value")
            if segment[m.start("value") :].strip():
                out.extend(_joined(doc, lines, k - 1, value_start, role))
                if block is not None and role[0] in ("chair", "clerk"):
                    # "KATILANLAR:\nMeclis Başkanı: Hasan ORAL\nMehmet AK\n…":
                    # the members' column goes on under the chair's line
                    end = _block_end(doc, lines, k)
                    out.extend(_block_items(doc, e + 1, end, block))
                continue
        if _TABLE_HEAD_RE.match(doc.lower, s, e):
            rows, k = _table_rows(doc, lines, k)
            out.extend(rows)
            continue
        head = _HEAD_ONLY_RE.match(segment) if m is None or not m.group("value").strip() else None
        block = None
        if head is not None and (role := _role(head.group("label"))) is not None:
            pairs, after = _column_pairs(doc, lines, k - 1)
            if after > k:
                out.extend(pairs)
                k = after
                continue
            if role[0] in ("present", "absent"):
                block = role
                end = _block_end(doc, lines, k)
                out.extend(_block_items(doc, s + len(segment) + 1, end, role))
    return out


_VALUE_ONLY_RE = re.compile(r"^\s{0,8}:\s{0,40}(?P<value>\S.*)$")


def _bare_label(line: str) -> tuple[str, str | None] | None:
    """The role of a line that is only a post, with no colon."""
    head = _HEAD_ONLY_RE.match(line)
    return None if head is None or ":" in line else _role(head.group("label"))


def _column_pairs(doc: Doc, lines: list[tuple[int, int]], k: int) -> tuple[list[Listed], int]:
    """Posts printed as one column and the names as the next, each name
    after a colon ("Meclis Başkanı\nKâtip Üye\n: Ali KAYA\n: Can TEKİN"):
    the n-th name holds the n-th post.  Returns the entries and the line
    after the names; no entries and ``k`` when the lines are not so."""
    if k > 0 and _bare_label(doc.text[lines[k - 1][0] : lines[k - 1][1]]) is not None:
        return [], k  # the column starts above: a short one must not shift the pairs
    roles: list[tuple[str, str | None]] = []
    j = k
    while j < len(lines) and (role := _bare_label(doc.text[lines[j][0] : lines[j][1]])):
        roles.append(role)
        j += 1
    out: list[Listed] = []
    for role in roles:
        s, e = lines[j] if j < len(lines) else (0, 0)
        m = _VALUE_ONLY_RE.match(doc.text[s:e]) if j < len(lines) else None
        if m is None:
            return [], k
        out.extend(_items(doc, s + m.start("value"), e, *role))
        j += 1
    return ([], k) if len(out) < 2 else (out, j)


def _joined(
    doc: Doc, lines: list[tuple[int, int]], k: int, value_start: int, role: tuple[str, str | None]
) -> list[Listed]:
    """A labelled value, continued on the next lines when it ends with a
    separator (a long list wrapped by the page)."""
    end = lines[k][1]
    j = k + 1
    while j < len(lines) and doc.text[value_start:end].rstrip().endswith((",", "-", "–")):
        end = lines[j][1]
        j += 1
    return _wrapped(doc, value_start, end, role)


#: the head row of a signature table: "Adı Soyadı | Parti | İmza"
_TABLE_HEAD_RE = re.compile(r"\s*ad[ıi]\s*(?:,|ve)?\s*soyad[ıi]\b")


def _table_rows(doc: Doc, lines: list[tuple[int, int]], k: int) -> tuple[list[Listed], int]:
    """Members from the rows under a table head (a name cell, perhaps a
    party cell); the rows end at the first line without a name."""
    out: list[Listed] = []
    while k < len(lines):
        s, e = lines[k]
        row = doc.text[s:e]
        if not row.strip():
            k += 1
            continue
        cell, party = _party_cell(row)
        found = _as_name(cell)
        if found is None:
            # a table printed one cell a line: the party under the name,
            # and the other cells (row number, district, column heads)
            own = _party(row.strip(" .\t"))
            if own is not None and out and out[-1].party is None:
                out[-1].party = own
            elif not _other_cell(row):
                break
            k += 1
            continue
        name, a, b, paren_party = found
        out.append(Listed(name, s + a, s + b, "present", None, paren_party or party))
        k += 1
    return out, k


#: cells of a members' table that are neither a name nor a party
TABLE_CELL_WORDS = frozenset(
    ("sıra", "no", "ilçesi", "ilçe", "partisi", "parti", "merkez", "bağımsız")
)


def _other_cell(row: str) -> bool:
    """A cell of a table printed one cell a line that is not a name: a row
    number, one capitalised word (a district, a column head, "Bağımsız"),
    two column-head words ("Sıra No")."""
    cell = row.strip(" .\t")
    if cell.isdigit():
        return True
    words = lower(cell).split()
    if len(words) == 1:
        # a district ("Bahşili"), perhaps missing from the gazetteer
        return cell[:1].isupper() and cell.isalpha() and len(cell) <= 20
    return len(words) == 2 and all(w in TABLE_CELL_WORDS for w in words)


def _party_cell(row: str) -> tuple[str, str | None]:
    """A row without its party cell ("Mehmet AK AK Parti": the cells are
    one space apart once the text is normalised), and the party."""
    body = row.rstrip(" .\t")
    for name in sorted(load().parties, key=len, reverse=True):
        if body.endswith(" " + name) and body[: -len(name)].strip():
            return body[: -len(name)], load().parties[name]
    return row, None


# The opening of a decision summary lists the sitting in prose: "Belediye
# Başkanı A, Üyeler; B, C … ve D'nin iştirakleri ile toplanarak",
# "Üyelerden: B, C …", "Meclis Başkanı A başkanlığında, B, C, D".  The list
# opens after the members' word (or the chair's "başkanlığında") and a mark,
# and ends where the attendance is said ("iştirakiyle", "katılımıyla"), at a
# full stop or at a blank line.
_ROLL_OPEN_RE = re.compile(r"(?<!\w)(?:üyeler(?:den)?\s{0,3}[;:,]?|başkanlığında\s{0,3}[;:,])\s")
_ROLL_END_RE = re.compile(r"(?<!\w)(?:iştirak|katılım)|\.(?:\s|$)|\n[ \t]*\n")
#: the fewest names that make a roll (a chair and a clerk are no list)
ROLL_MIN_NAMES = 3
#: how far a roll may run after its opening
_ROLL_CHARS = 3000


def prose_roll(doc: Doc, listed: list[Listed]) -> list[Listed]:
    """Members of the sitting listed in the prose of a council text: names
    not already read from a labelled list, three or more, most of the
    pieces between the opening and the end being names."""
    out: list[Listed] = []
    taken = [(e.start, e.end) for e in listed]
    for m in _ROLL_OPEN_RE.finditer(doc.lower, 0, 3000):
        stop = _ROLL_END_RE.search(doc.lower, m.end(), m.end() + _ROLL_CHARS)
        end = stop.start() if stop else min(len(doc.text), m.end() + _ROLL_CHARS)
        found = _wrapped(doc, m.end(), end, ("present", None))
        pieces = [p for _, p in _pieces(doc.text, m.end(), end) if p.strip(" .\t\n")]
        if len(found) < ROLL_MIN_NAMES or len(found) * 2 < len(pieces):
            continue
        chair = _roll_chair(doc, m.start())
        if chair is not None and not any(s <= chair.start < t for s, t in taken):
            out.append(chair)
        out.extend(e for e in found if not any(s <= e.start < t for s, t in taken))
        taken.append((m.end(), end))
    return out


#: posts that chair a municipal council's sitting (5393 art. 19, 20); a bare
#: "Başkan" before a roll is the mayor chairing it
CHAIR_POSTS = frozenset(
    (
        "Belediye Başkanı",
        "Belediye Başkan Vekili",
        "Meclis Başkanı",
        "Meclis Başkan Vekili",
        "Başkan",
    )
)
#: how far before a roll its chair is written ("Belediye Başkanı A, Üyeler;")
_ROLL_CHAIR_CHARS = 150


def _roll_chair(doc: Doc, at: int) -> Listed | None:
    """The chair written right before a roll ("Meclis Başkanı A
    başkanlığında, …", "Belediye Başkanı A, Üyeler; …"): the last person
    named there with a chairing post."""
    chair = None
    for m in _mentions_between(doc, max(0, at - _ROLL_CHAIR_CHARS), at):
        p = doc.people[m.person]
        if not m.role_only and p.title in CHAIR_POSTS:
            chair = Listed(p.name, m.start, m.end, "chair", p.title)
    return chair


def _block_items(doc: Doc, start: int, end: int, role: tuple[str, str | None]) -> list[Listed]:
    """Names under a heading: one per line when the block is a column
    ("Mehmet AK\nAyşe KARA\n…"), else a list wrapped over lines."""
    per_line: list[Listed] = []
    for s, e in _lines(doc.text[start:end]):
        if not doc.text[start + s : start + e].strip():
            continue
        items = _items(doc, start + s, start + e, role[0], role[1])
        if len(items) != 1:
            return _wrapped(doc, start, end, role)
        per_line.extend(items)
    return per_line


def _wrapped(doc: Doc, start: int, end: int, role: tuple[str, str | None]) -> list[Listed]:
    """Names in text[start:end]; a name broken over a line end ("Aydın\\n
    KORUYAN") is read as one by treating the line break as a space."""
    if start >= end:
        return []
    flat = doc.text[start:end].replace("\n", " ")
    shadow = Doc(text=flat)
    found = _items(shadow, 0, len(flat), role[0], role[1])
    for item in found:
        item.start += start
        item.end += start
    return found


# -- the session's body and agenda ------------------------------------------


def council_body(doc: Doc) -> str | None:
    """The body whose council met: a municipality or union named right
    before "Meclis", else the municipality the text names most often."""
    named = named_council(doc)
    if named is not None:
        return named
    union_council = _UNION_COUNCIL_RE.search(doc.lower) is not None
    own = publisher_council(doc)
    if own is not None and not union_council:
        # a district's own minutes name the metropolitan municipality (plans
        # it approves) more often than themselves
        return own
    counts: dict[str, int] = {}
    for inst in doc.institutions:
        union = inst.name.endswith("Birliği")
        if union or ("municipality" in inst.kind and not union_council):
            counts[inst.name] = counts.get(inst.name, 0) + 1
    if counts:
        return max(counts, key=lambda n: counts[n])
    # a union's council whose union is never named: the municipalities it
    # names are its members, not its body; only the union's own site says
    pub = doc.publisher
    return pub.name if union_council and pub is not None and pub.kind == "union" else None


# "X Belediyeler Birliği'nin İstanbul'da yapılan 2016 yılı Olağan 1. Meclis
# Toplantısı": a genitive body whose council sitting follows in a few words
_GENITIVE_COUNCIL_RE = re.compile(r"\s(?:\S+\s){0,7}?meclis\w*\s(?:toplantı|birleşim)")
_GENITIVE_RE = re.compile(r"'?n[ıiuü]n(?!\w)")


def named_council(doc: Doc) -> str | None:
    """The body a council is written after ("Edirne Belediye Meclisi",
    "Ege Kıyısı Belediyeler Birliği Meclisi", "… Birliği'nin … Meclis
    Toplantısı"), the first one the text names; a provincial council is its
    province's special administration."""
    low = doc.lower
    own = publisher_council(doc)
    own_at = _OWN_COUNCIL_RE.search(low) if own is not None else None
    for inst in doc.institutions:
        if inst.kind == "unit":
            continue
        if own_at is not None and own_at.start() < inst.start:
            return own  # "Belediyemiz Meclisi …" first: the publisher's own council
        if inst.start > HEADING_CHARS and own is not None:
            break  # "… Büyükşehir Belediye Meclisine gönderilen plan" on a district's site
        council = _COUNCIL_NAME_RE.match(inst.name) is not None
        if council or _BODY_BEFORE_COUNCIL_RE.match(low, inst.end):
            return _owner_of_council(inst.name)
        if _genitive_before_sitting(low, inst):
            return inst.name
    return provincial_body(doc)


#: how far into a text on a body's own site its heading names the council;
#: a council named further down is one the minutes refer to
HEADING_CHARS = 600


def _genitive_before_sitting(low: str, inst: InstitutionMention) -> bool:
    """Whether a body in the genitive (its ending read with it or written
    after it) is followed, a few words on, by its council's sitting."""
    gen = _GENITIVE_RE.match(low, inst.end)
    if gen is None and _GENITIVE_RE.search(low, max(inst.start, inst.end - 4), inst.end) is None:
        return False
    return _GENITIVE_COUNCIL_RE.match(low, gen.end() if gen else inst.end) is not None


#: a union's council referred to without the union's name ("Birlik
#: Meclisi", "Birliğin … Toplantısı", "Birliğe üye belediyeler")
_UNION_COUNCIL_RE = re.compile(r"\bbirlik\s+meclis|\bbirliğin\s|\bbirliğe\s+üye")


_COUNCIL_NAME_RE = re.compile(r"^(?P<owner>.+?) (?P<metro>Büyükşehir )?Belediye(?:si)? Meclisi$")


def _owner_of_council(name: str) -> str:
    """ "Edirne Belediye Meclisi" → "Edirne Belediyesi": the council's
    municipality is the body a session belongs to ("ADAPAZARI İLÇE BELEDİYE
    MECLİSİ" → "Adapazarı Belediyesi", as the reference data writes it)."""
    m = _COUNCIL_NAME_RE.match(name)
    if m is None:
        return name
    words = [w for w in m.group("owner").split() if lower(w) not in _OWNER_NOISE]
    owner = " ".join(title(lower(w)) if w.isupper() else w for w in words)
    built = f"{owner} {m.group('metro') or ''}Belediyesi".replace("  ", " ")
    return load().municipalities.get(lower(built), built)


#: words written between a place and "Belediye Meclisi" that name no owner
_OWNER_NOISE = frozenset(("ilçe", "t.c.", "t.c"))


def read_agenda(doc: Doc) -> list[AgendaItem]:
    """Numbered items with the decision taken on each and its vote."""
    items: list[AgendaItem] = []
    for s, e in _lines(doc.text):
        if e - s > 4000:
            continue
        m = _AGENDA_RE.match(doc.lower, s, e)
        if m is None:
            continue
        number = m.group("num") or m.group("karar") or m.group("madde") or ""
        items.append(AgendaItem(number, doc.text[m.start("text") : e].strip(), s, e))
    for i, item in enumerate(items):
        stop = items[i + 1].start if i + 1 < len(items) else len(doc.text)
        item.end = stop
        _decision(doc, item, stop)
    return items


def _decision(doc: Doc, item: AgendaItem, stop: int) -> None:
    low = doc.lower
    vote = None
    for m in _VOTE_RE.finditer(low, item.start, stop):
        vote = "majority" if "çokluğ" in m.group() else "unanimous"
        break
    decided = None
    for m in _DECIDED_RE.finditer(low, item.start, stop):
        decided = m
        break
    if decided is None and vote is None:
        return
    anchor = decided.start() if decided is not None else item.start
    si = doc.sentence_of(anchor)
    if doc.sentences:
        a, b = doc.sentences[si]
        a = max(a, item.start)
        item.decision = doc.text[a:b].strip()[:600]
    item.vote = vote


# -- putting it together -----------------------------------------------------


def _mentions_in(doc: Doc, start: int, end: int) -> list[Mention]:
    starts = doc.mention_starts()
    i = bisect.bisect_left(starts, start - 60)
    return [m for m in doc.mentions[i:] if m.start < end and m.end > start][:4]


def _link(doc: Doc, entry: Listed, body: str | None) -> int:
    """The person of a listed name: the one already read there (their name
    completed from the list: "Can Polat" → "Cindi Can Polat"), the one of
    the same name elsewhere, or a new one."""
    words = tuple(lower(w) for w in entry.name.split())
    person = None
    for m in _mentions_in(doc, entry.start, entry.end):
        p = doc.people[m.person]
        if p.words and p.words[-1] == words[-1]:
            person = m.person
            break
    if person is None:
        key = search_key(entry.name)
        person = next((i for i, p in enumerate(doc.people) if p.key == key), None)
    if person is None:
        person = len(doc.people)
        doc.people.append(Person(name=entry.name, key=search_key(entry.name), words=words))
    p = doc.people[person]
    if len(words) > len(p.words) and words[-len(p.words) :] == p.words:
        p.name, p.key, p.words = entry.name, search_key(entry.name), words
    if (entry.start, entry.end) not in p.spans:
        p.spans.append((entry.start, entry.end))
        p.spans.sort()
        if not any(m.start == entry.start for m in _mentions_in(doc, entry.start, entry.end)):
            doc.mentions.append(Mention(entry.start, entry.end, person, "", False))
    _post(p, entry, body)
    return person


def _post(p: Person, entry: Listed, body: str | None) -> None:
    if entry.role == "chair" and entry.title:
        # the list names the post held in this session
        if p.title in (None, MEMBER_TITLE, "Başkan"):
            p.title = entry.title
    elif entry.role == "clerk" and p.title in (None, MEMBER_TITLE):
        p.title = entry.title
    elif p.title is None:
        p.title = MEMBER_TITLE
    if p.institution is None and p.title in (
        MEMBER_TITLE,
        "Kâtip Üye",
        "Meclis Başkanı",
        "Meclis Başkan Vekili",
    ):
        p.institution = body
    if entry.party and p.party is None:
        p.party = entry.party


def members_of_parliament(doc: Doc) -> None:
    """A speech turn whose speaker is followed by a province in parentheses
    ("MEHMET AKİF HAMZAÇEBİ (İstanbul) - …") is a member of parliament
    speaking; in municipal minutes the parentheses hold a party."""
    gz = load()
    for ss, se, _ts, _te in speech_turns(doc.text):
        m = _PAREN_RE.search(doc.text, ss, se)
        if m is None or not any(p.is_province for p in gz.places.get(lower(m.group(1)), ())):
            continue
        for mention in _mentions_in(doc, ss, m.start()):
            p = doc.people[mention.person]
            if p.title is None:
                p.title = "Milletvekili"
                p.institution = p.institution or FIXED_BODIES["Milletvekili"]
            break


# "A ve B'nin kâtip üyeliğinde": the clerks of a sitting named in prose
_CLERKS_RE = re.compile(r"k[âa]tip\s+üyeliğinde|k[âa]tipliğinde|k[âa]tip\s+üye\s+olarak")
_CHAIRED_RE = re.compile(r"başkanlığında")


def clerks_in_prose(doc: Doc) -> None:
    """People named right before "kâtip üyeliğinde" (after the chair's
    "başkanlığında", in the same sentence) are the sitting's clerks."""
    found = False
    for m in _CLERKS_RE.finditer(doc.lower):
        lo = doc.sentences[doc.sentence_of(m.start())][0] if doc.sentences else 0
        chaired = [c.end() for c in _CHAIRED_RE.finditer(doc.lower, lo, m.start())]
        lo = chaired[-1] if chaired else lo
        for x in doc.mentions:
            if lo <= x.start < m.start() and doc.people[x.person].title is None:
                doc.people[x.person].title = "Kâtip Üye"
                found = True
    if not found:
        return
    body = council_body(doc) or (doc.publisher.name if doc.publisher else None)
    # a union's council sits under its own chair: a member municipality read
    # near the chair's post is not the chair's body
    union = _UNION_COUNCIL_RE.search(doc.lower) is not None
    for p in doc.people:
        if (p.institution is None or union) and p.title in (
            "Kâtip Üye",
            "Meclis Başkanı",
            "Meclis Başkan Vekili",
        ):
            p.institution = body


#: (a post a council elects, as written before "seçildi", the post): the
#: people a council sentence says were elected to it hold that post
ELECTED_POSTS: tuple[tuple[str, str], ...] = (
    # "kâtip üyeliklerine", "divan katibi asil üyeliklerine"
    (r"(?:divan )?k[âa]ti(?:p|bi)(?: asil)? üyeli\w*", "Kâtip Üye"),
    (r"grup başkan ?vekilli\w*", "Grup Başkan Vekili"),
    # "Meclis Başkanvekilliğine A, ikinci Başkanvekilliğine B", "İBB Meclisi
    # 1. Başkan Vekilliğine": in a council's sitting, its deputy chairs
    (
        r"(?:meclis\w* )?(?:\d\.\s?|birinci |ikinci )?başkan ?vekilli\w*",
        "Meclis Başkan Vekili",
    ),
    (r"(?:daimi )?encümen\w*(?: üyeli\w*)?", MEMBER_TITLE),
    (r"belediye başkanlığına", "Belediye Başkanı"),
    # "A ve B belediye başkan yardımcısı olarak atandılar": members named
    # deputy mayors at the first sitting
    (r"(?<!meclis )(?:belediye )?başkan yardımcı(?:sı|ları|lığına|lıklarına)", "Başkan Yardımcısı"),
    # the council's commissions (5393 art. 24: imar, plan ve bütçe …) and
    # the unions it sends members to are filled with its members
    (r"(?:\w+ )?komisyon(?:u|lar)\w*(?! başkan)", MEMBER_TITLE),
    (r"(?:meclis|birli\w*) üyeli\w*", MEMBER_TITLE),
    (r"üyeliklere", MEMBER_TITLE),  # "Encümen üyeliği seçimi … üyeliklere A, B"
)
_ELECTED_RE = re.compile(
    r"\b(?:seçil(?:di|erek|miş|en)|getiril(?:di|en|erek|miş)|atan(?:dı|an|arak|mış))\w*"
)


@lru_cache(maxsize=1)
def _elected_res() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(rf"(?<!\w){rx}(?!\w)"), post) for rx, post in ELECTED_POSTS)


#: council offices a member is elected to: they replace the member's post
#: ("Meclis Üyesi A" elected first deputy chair is the deputy chair)
COUNCIL_OFFICES = frozenset(("Kâtip Üye", "Meclis Başkan Vekili", "Başkan Yardımcısı"))
# an election told once before its results ("yapılan seçimler sonucunda;"),
# each result on a line of its own without a verb
_ELECTION_CUE_RE = re.compile(r"(?<!\w)seçi(?:m|l)\w*")
# a post in the dative ("üyeliğine", "komisyonuna", "encümene"; not the
# locative "komisyonunda"): the post the names after it fill
_DATIVE_RE = re.compile(r"(?<![dt])[ea]$")
# a sentence that sends an item to a commission elects nobody
_REFERRED_RE = re.compile(r"(?<!\w)(?:havale|sevk|gönder)\w*")
#: how far back a block of result lines may be told as an election
_RESULT_LINES_CHARS = 1500


def elected(doc: Doc) -> None:
    """ "A ve B kâtip üyeliklerine seçildi", "belediye başkanlığına A
    seçildi": in a text about a council sitting, people named in a sentence
    that elects them to a council post hold it, at the council's body."""
    if not _COUNCIL_DOC_RE.search(doc.lower[:LEAD_CHARS]) or not doc.sentences:
        return
    body = council_body(doc)
    for a, b in doc.sentences:
        posts = _posts_in(doc.lower, a, b)
        mentions = [m for m in _mentions_between(doc, a, b) if not m.role_only]
        if not posts or not mentions:
            continue
        if not _ELECTED_RE.search(doc.lower, a, b) and not _result_line(doc, a, b, posts[0]):
            continue
        # "kâtip üyeliklere A ve B, başkan vekilliklerine C": each name takes
        # the post written last before it; "A ve B kâtip üyeliklerine, C
        # encümene seçildi": the post written first after it
        posts_first = posts[0][0] < mentions[0].start
        for m in mentions:
            p = doc.people[m.person]
            if m.in_quote or m.role_only:
                continue  # "25 Meclis Üyesinden 14'ü": a post, not the person
            if posts_first:
                post = next((post for at, post in reversed(posts) if at < m.start), None)
            else:
                post = next((post for at, post in posts if at > m.start), posts[-1][1])
            if post is not None and _takes(p.title, post):
                p.title = post
                p.institution = p.institution or body


# "… getirilen 10 Meclis Üyesi ise şunlar; A, B, C": the members named after
_MEMBERS_CUE_RE = re.compile(r"meclis üye(?:si|leri)\s+(?:ise\s+)?şunlar(?:dır)?\s*[:;]")


def members_listed_after_cue(doc: Doc) -> None:
    """In a text about a council sitting, the people listed after "N Meclis
    Üyesi şunlar;" are members of the council."""
    if not _COUNCIL_DOC_RE.search(doc.lower[:LEAD_CHARS]):
        return
    body = None
    for a, b in doc.sentences:
        cue = _MEMBERS_CUE_RE.search(doc.lower, a, b)
        if cue is None:
            continue
        body = body or council_body(doc)
        for m in _mentions_between(doc, cue.end(), b):
            p = doc.people[m.person]
            if p.title is None and not m.in_quote:
                p.title, p.institution = MEMBER_TITLE, p.institution or body


def _takes(held: str | None, post: str) -> bool:
    """Whether a person holding ``held`` takes the elected ``post``: one
    without a post, a bare "Başkan", a member elected to a council office."""
    return held in (None, "Başkan") or (held == MEMBER_TITLE and post in COUNCIL_OFFICES)


def _result_line(doc: Doc, a: int, b: int, first: tuple[int, str]) -> bool:
    """ "Kâtip üyeliklerine A ve B," on a line of its own under "yapılan
    seçimler sonucunda;": a sentence whose first post is in the dative (or
    with "için"), in a block of lines (no blank line between) that an
    earlier sentence tells as an election."""
    word = _post_word(doc.lower, first[0], b)
    if not (_DATIVE_RE.search(word) or doc.lower.startswith(" için", first[0] + len(word))):
        return False
    if _REFERRED_RE.search(doc.lower, a, b):
        return False
    lo = max(0, a - _RESULT_LINES_CHARS)
    blank = doc.text.rfind("\n\n", lo, a)
    return _ELECTION_CUE_RE.search(doc.lower, max(lo, blank), a) is not None


def _post_word(low: str, at: int, end: int) -> str:
    """The post read at ``at``, with its case ending."""
    for rx, _post in _elected_res():
        m = rx.match(low, at, end)
        if m is not None:
            return m.group()
    return ""


def _posts_in(low: str, start: int, end: int) -> list[tuple[int, str]]:
    """The council posts a sentence elects to, in the order written; a post
    read inside a longer one written earlier in the table is not read."""
    spans: list[tuple[int, int, str]] = []
    for rx, post in _elected_res():
        for m in rx.finditer(low, start, end):
            if not any(s <= m.start() < e or m.start() <= s < m.end() for s, e, _ in spans):
                spans.append((m.start(), m.end(), post))
    return sorted((s, post) for s, _, post in spans)


def _mentions_between(doc: Doc, start: int, end: int) -> list[Mention]:
    starts = doc.mention_starts()
    return [m for m in doc.mentions[bisect.bisect_left(starts, start) :] if m.start < end]


def turn_posts(doc: Doc) -> None:
    """ "Ad SOYAD – Bursa Kent Konseyi Başkanı:": the post written after a
    speaker in a turn head is the speaker's, with the body named in it."""
    heads = turn_heads(doc.text)
    if not heads:
        return
    hits = find_titles(doc)
    for ss, se, ps, pe, _ts, _te in heads:
        post = next((h for h in hits if ps <= h.start and h.end <= pe), None)
        speaker = next(iter(_mentions_between(doc, ss, se)), None)
        if post is None or speaker is None:
            continue
        p = doc.people[speaker.person]
        if p.title is None:
            p.title = post.spec.canonical
            body = [i for i in doc.institutions if ps <= i.start < post.start and i.kind != "unit"]
            p.institution = p.institution or (body[0].name if body else None)


_CHAIR_IN_PROSE_RE = re.compile(r"(?:'?n[ıiuü]n)?\s+başkanlığında")


def chair_in_prose(doc: Doc) -> None:
    """ "Toplantı Ad Soyad başkanlığında yapıldı": in a text whose lead tells
    a council's sitting, the person chairing it in prose sits in that
    council's body."""
    lead = doc.lower[:LEAD_CHARS]
    if not (_COUNCIL_DOC_RE.search(lead) or _provincial_text(doc)):
        return
    body = named_council(doc) or (council_body(doc) if _COUNCIL_DOC_RE.search(lead) else None)
    if body is None:
        return
    for m in doc.mentions:
        if m.start > LEAD_CHARS * 2:
            break
        if _CHAIR_IN_PROSE_RE.match(doc.lower, m.end):
            p = doc.people[m.person]
            p.institution = p.institution or body
            if p.institution.endswith(" Belediyesi") and p.title == "Başkan":
                # a municipal council sits under the mayor (or a deputy
                # chair, whose post the text then writes)
                p.title = "Belediye Başkanı"
            return


#: councils whose post may be written without their place ("Kent Konseyi
#: Başkanı X"): the post is then that of the one such council the text names
BARE_COUNCIL_POSTS = ("Kent Konseyi",)


def bare_council_posts(doc: Doc) -> None:
    """ "Kent Konseyi Başkanı Sarp" in a text that names one "Rize Kent
    Konseyi": the post is that council's."""
    for head in BARE_COUNCIL_POSTS:
        named = {i.name for i in doc.institutions if i.name.endswith(head) and i.name != head}
        # "Kent Konseyi Başkanlığına A seçildi": the post was read with the
        # bare head as its body
        for p in doc.people:
            if p.institution == head and len(named) == 1:
                p.institution = next(iter(named))
        if len(named) != 1:
            continue
        body = named.pop()
        # the council's name opens the post: after a sentence start, a mark
        # or a word in lower case, never after a place
        rx = re.compile(rf"(?:^|[^\w\s]\s*|\s[a-zçğıöşü]+\s+){head}\s+\w+\s+$")
        for m in doc.mentions:
            p = doc.people[m.person]
            if (
                p.institution is None
                and p.title
                and rx.search(doc.text, max(0, m.start - 60), m.start)
            ):
                p.institution = body


#: publishers whose council a text on their own site is about
SITTING_PUBLISHERS = ("municipality", "union", "public_body")
# "Belediyemiz Meclisi", "Belediye Meclisi" written without a place
_OWN_COUNCIL_RE = re.compile(r"(?<!\w)belediye(?:miz)?(?=\s+meclis)")


def publisher_council(doc: Doc) -> str | None:
    """On a municipality's (or union's) own site, a council named without its
    place is the publisher's; None elsewhere or when another body is named
    before the council."""
    pub = doc.publisher
    if pub is None or not any(k in pub.kind for k in SITTING_PUBLISHERS):
        return None
    return pub.name


def own_council_mention(doc: Doc) -> None:
    """ "Belediyemiz Meclisi …" on the publisher's own site names the
    publisher: the first such mention is the publisher's body in the text."""
    body = publisher_council(doc)
    if body is None or named_council(doc) not in (None, body):
        return
    if any(i.name == body for i in doc.institutions):
        return
    m = _OWN_COUNCIL_RE.search(doc.lower)
    if m is not None:
        doc.institutions.append(InstitutionMention(m.start(), m.end(), body, doc.publisher.kind))
        doc.institutions.sort(key=lambda i: i.start)


_MET_RE = re.compile(r"meclis\w* toplandı")


#: a commission's officers as `gold/real` writes them ("Komisyon Başkanı")
_COMMITTEE_POSTS = {"Başkan": "Komisyon Başkanı", "Başkan Vekili": "Komisyon Başkan Vekili"}


def committee_members(doc: Doc) -> None:
    """ "İmar Komisyonu Başkanı Ali Veli" in a council's text: a council's
    committee is a unit of the council's body, not a body of its own."""
    committees = {i.name for i in doc.institutions if i.kind == "committee"}
    for p in doc.people:
        if p.institution in committees and p.title in _COMMITTEE_POSTS:
            # "İmar Komisyonu Başkanı": the post is the commission's chair
            p.title = _COMMITTEE_POSTS[p.title]
    opening = doc.lower[:3000]
    if not committees or not (_COUNCIL_DOC_RE.search(opening) or _MET_RE.search(opening)):
        return
    body = council_body(doc) or (doc.publisher.name if doc.publisher else None)
    for p in doc.people:
        if p.institution in committees:
            p.unit = p.unit or p.institution
            p.institution = body


def sitting_in_prose(doc: Doc) -> None:
    """A text whose lead tells a named council's sitting (news on it, a
    summary without lists): council posts sit at that council's body as in
    minutes, and names after a party group's label are of that party."""
    lead = doc.lower[:LEAD_CHARS]
    if not (_COUNCIL_DOC_RE.search(lead) or _MET_RE.search(lead)):
        return
    body = named_council(doc)
    _council_posts_at_body(doc, body)
    party_groups(doc)
    if body is not None and body.endswith(LOCAL_BODY_ENDS):
        group_speakers(doc)
        party_members(doc)
        _bodiless_posts_at(doc, body)
        _member_as_second_post(doc, body)
        _party_of_chair(doc, body)


#: bodies whose council a text on a sitting names: a municipality or a
#: union of municipalities (not the parliament, whose members are MPs)
LOCAL_BODY_ENDS = ("Belediyesi", "Birliği")
#: posts of a local council's party groups (5393: groups are not bodies of
#: their own; their chairs and speakers are members of the council)
GROUP_POSTS = frozenset(("Grup Başkanı", "Grup Başkan Vekili", "Grup Sözcüsü"))
#: posts that, written without a body in a municipal council's text, are
#: posts of that council's municipality (5393 art. 19: the mayor chairs it)
BODILESS_POSTS = GROUP_POSTS | {
    MEMBER_TITLE,
    "Kâtip Üye",
    "Meclis Başkanı",
    "Meclis Başkan Vekili",
    "Belediye Başkanı",
    "Belediye Başkan Vekili",
}


def _bodiless_posts_at(doc: Doc, body: str) -> None:
    """In news on a municipality's council sitting, a council or group post
    written without a body ("CHP'li meclis üyesi A", "AK Parti Grup
    Başkanvekili B") is a post of that council."""
    for p in doc.people:
        if p.institution is None and p.title in BODILESS_POSTS:
            p.institution = body


# "CHP Grubu adına A", "AK Parti grubu adına söz alan A", "MHP grubundan A":
# a member speaking for (or named from) a party group of the council
_GROUP_VOICE_RE = re.compile(
    r"\s+grubu(?:\s+adına|ndan)(?:\s+ise)?(?:\s+(?:söz\s+alan|konuşan))?\s+$"
)


# "CHP'li üye A", "AK Partili üyelerden B", "bağımsız üye C": a bare "üye"
# after a party adjective (or "bağımsız") in news on a council's sitting
_BARE_MEMBER_RE = re.compile(r"(?:\w['’]?l[ıiuü]|(?<!\S)bağımsız)\s+üye(?:lerden|lerinden)?\s+$")
#: a party's spokesman named at a local council's sitting speaks for the
#: party's group in the council (5393 art. 19 and the councils' rules: the
#: groups speak through a "grup sözcüsü"; a party's national spokesman is
#: rarely at a municipal council)
_PARTY_SPEAKER_POSTS = frozenset(("Parti Sözcüsü", "Sözcü"))


def party_members(doc: Doc) -> None:
    """In news on a municipal council's sitting, "CHP'li üye A" names a
    member of the council, and "AK Parti Sözcüsü B" the spokesman of the
    party's group in it."""
    for m in doc.mentions:
        p = doc.people[m.person]
        if m.in_quote or p.institution is not None:
            continue
        if p.title in _PARTY_SPEAKER_POSTS and p.party is not None:
            p.title = "Grup Sözcüsü"
        elif p.title is None and _BARE_MEMBER_RE.search(doc.lower, max(0, m.start - 40), m.start):
            p.title = MEMBER_TITLE


# "Ova Belediye Başkan Yardımcısı ve CHP Meclis üyesi A": a second post,
# the council's membership, written last right before the name
_SECOND_MEMBER_RE = re.compile(r"\sve\s+(?:[\w'’]+\s+){0,2}meclis\s+üyesi\s+$")


def _member_as_second_post(doc: Doc, body: str) -> None:
    """In news on a council's sitting, a person written with another post
    and then "ve … Meclis üyesi" holds the post that fits the event: a
    member of the sitting council (gold/real's convention)."""
    for m in doc.mentions:
        p = doc.people[m.person]
        if m.in_quote or p.title in BODILESS_POSTS:
            continue
        if _SECOND_MEMBER_RE.search(doc.lower, max(0, m.start - 60), m.start):
            p.title, p.institution = MEMBER_TITLE, body


@lru_cache(maxsize=1)
def _party_chair_re() -> re.Pattern[str]:
    """ "CHP'li başkan", "AK Partili Belediye Başkanı" written without a
    name after it: the mayor the text is about, by party."""
    parties = "|".join(re.escape(p) for p in sorted(load().parties, key=len, reverse=True))
    return re.compile(
        rf"(?<!\w)(?P<party>{parties})['’]?l[ıiuü]\s+(?:[Bb]elediye\s+)?[Bb]aşkan"
        r"(?:ı|ın|ına|ının|ıyla|la|a)?(?!\w)(?!\s+(?:[Yy]ardımcı|[Vv]ekil|[A-ZÇĞİÖŞÜ]))"
    )


def _party_of_chair(doc: Doc, body: str) -> None:
    """ "CHP'li başkan ile …": in news on a municipal council's sitting, a
    party's "başkan" with no name after it is the council's chair (5393
    art. 19: the mayor), the one mayor of the sitting's municipality."""
    m = _party_chair_re().search(doc.text)
    if m is None:
        return
    chairs = [p for p in doc.people if p.title == "Belediye Başkanı" and p.institution == body]
    if len(chairs) == 1 and chairs[0].party is None:
        chairs[0].party = load().parties[m.group("party")]


def group_speakers(doc: Doc) -> None:
    """ "MHP Grubu adına A konuştu" in news on a municipal council's sitting:
    A speaks for a party group, so A is a member of the council."""
    parties = load().parties
    for m in doc.mentions:
        p = doc.people[m.person]
        if p.title is not None or m.in_quote:
            continue
        head = doc.lower[max(0, m.start - 60) : m.start]
        g = _GROUP_VOICE_RE.search(head)
        if g is None:
            continue
        before = doc.text[max(0, m.start - 60) : m.start][: g.start()]
        if any(before.endswith(party) for party in parties):
            p.title = MEMBER_TITLE


#: posts written right after a municipal council's name ("Ova Belediye
#: Meclisi Birinci Başkan Vekili"): the council's own posts
_AFTER_COUNCIL_POSTS = {
    "Başkan": "Meclis Başkanı",
    "Başkan Vekili": "Meclis Başkan Vekili",
    "Üye": MEMBER_TITLE,
}


def council_named_posts(doc: Doc) -> None:
    """ "Ova Belediye Meclisi Kâtip Üyesi A": a post read with a municipal
    council as its body is a post at the municipality (the council is no
    body of its own; 5393 art. 17), and a bare post after the council's
    name is the council's post."""
    for p in doc.people:
        if p.institution is None or _COUNCIL_NAME_RE.match(p.institution) is None:
            continue
        p.institution = _owner_of_council(p.institution)
        p.title = _AFTER_COUNCIL_POSTS.get(p.title or "", p.title)


def find_council(doc: Doc) -> None:
    """Fill ``doc.council`` for a text that reads as council minutes."""
    council_named_posts(doc)
    members_of_parliament(doc)
    clerks_in_prose(doc)
    _members_title(doc)
    provincial_council(doc)
    elected(doc)
    members_listed_after_cue(doc)
    turn_posts(doc)
    chair_in_prose(doc)
    bare_council_posts(doc)
    own_council_mention(doc)
    committee_members(doc)
    sitting_in_prose(doc)
    listed = read_lists(doc)
    council_doc = bool(_COUNCIL_DOC_RE.search(doc.lower[:3000]))
    if council_doc:
        listed += prose_roll(doc, listed)
    if not listed and not council_doc:
        return
    agenda = read_agenda(doc) if council_doc or listed else []
    voters = _voters(doc) if council_doc else []
    if not listed and not voters and not any(a.vote for a in agenda):
        return
    body = council_body(doc) or (doc.publisher.name if doc.publisher else None)
    council = Council(body, listed, agenda)
    # the chair first: a chair listed again among the members keeps the chair
    order = sorted(range(len(listed)), key=lambda i: listed[i].role != "chair")
    for i in order:
        council.people[i] = _link(doc, listed[i], body)
    if listed:
        _members_without_post(doc, council)
    _council_posts_at_body(doc, body)
    if body is not None and body.endswith(LOCAL_BODY_ENDS):
        _bodiless_posts_at(doc, body)
    for person in voters:
        _post(doc.people[person], Listed("", 0, 0, "present", None), body)
    doc.sort_mentions()
    party_groups(doc)
    _members_title(doc)  # the members read from the lists, too
    doc.council = council


#: (words naming a council in the opening of a text, the post of its
#: members): a provincial council's members are not municipal ones
COUNCIL_MEMBER_TITLES = (("il genel meclis", "İl Genel Meclis Üyesi"),)

# -- provincial councils (il genel meclisi) ------------------------------------

#: words naming a provincial council in the opening of a text
PROVINCIAL_COUNCIL_WORDS = ("il genel meclis",)
#: how the body of a provincial council is written once its province is known
PROVINCIAL_BODY = "{} İl Özel İdaresi"
#: posts that, in a text about a provincial council, belong to the province's
#: special administration when no other body is written with them
PROVINCIAL_POSTS = frozenset(
    {
        "Meclis Başkanı",
        "Meclis Başkan Vekili",
        "Kâtip Üye",
        "İl Genel Meclis Üyesi",
        "Genel Sekreter",
        "Genel Sekreter Yardımcısı",
        "İl Genel Meclisi Başkanı",
        "İl Genel Meclisi Başkan Vekili",
    }
)
#: a provincial council's chair, a post no other body has
PROVINCIAL_CHAIRS = frozenset({"İl Genel Meclisi Başkanı", "İl Genel Meclisi Başkan Vekili"})
#: a provincial council's chair written whole ("Uşak İl Genel Meclis Başkanı
#: A"), as a guest elsewhere; in a text about the council's sitting the chair
#: is that sitting's "Meclis Başkanı", like a municipal council's
SITTING_CHAIRS = {
    "İl Genel Meclisi Başkanı": "Meclis Başkanı",
    "İl Genel Meclisi Başkan Vekili": "Meclis Başkan Vekili",
}
_PROVINCIAL_COUNCIL_RE = re.compile(r"(?<!\w)il genel meclis(?:i|inin|inde|ine|ini)?(?!\w)")


#: how far into a text its subject is written (headline and lead)
LEAD_CHARS = 400


def _provincial_text(doc: Doc) -> bool:
    """A text whose headline or lead is about a provincial council (one that
    only mentions one further down is about something else)."""
    if "belediye meclis" in doc.lower[:3000]:
        return False
    lead = doc.lower[:LEAD_CHARS]
    # the council sits in the lead; a member listed among guests is no sitting
    return any(w in lead for w in PROVINCIAL_COUNCIL_WORDS) and bool(_SITTING_RE.search(lead))


_SITTING_RE = re.compile(r"toplantı|toplandı|birleşim|oturum")


def provincial_body(doc: Doc) -> str | None:
    """ "Sinop'ta İl Genel Meclisi …": a provincial council belongs to its
    province's special administration; None when the text names no province."""
    if not _provincial_text(doc) or doc.province is None:
        return None
    return PROVINCIAL_BODY.format(doc.province)


def provincial_council(doc: Doc) -> None:
    """ "İl Genel Meclisi" written as a body is one of the text ("Niğde İl
    Genel Meclisi" with its province); in a text about a provincial council,
    its officers named without a body belong to the province's special
    administration."""
    _provincial_council_mentions(doc)
    _provincial_posts_with_province(doc)
    if _provincial_text(doc) and _PROCEDURE_RE.search(doc.lower[:3000]):
        for p in doc.people:
            p.title = SITTING_CHAIRS.get(p.title or "", p.title)
    body = provincial_body(doc)
    if body is None:
        _guest_provincial_chairs(doc)
        return
    given = []
    for idx, p in enumerate(doc.people):
        if p.institution is None and p.title in PROVINCIAL_POSTS:
            p.institution = body
            given.append(idx)
    at = [m for m in doc.mentions if m.person in given]
    if at and all(i.name != body for i in doc.institutions):
        # the body known only through its officers' posts, as for a title
        mention = InstitutionMention(at[0].start, at[0].end, body, "public_body", "modifier")
        doc.institutions = sorted([*doc.institutions, mention], key=lambda i: i.start)


def _guest_provincial_chairs(doc: Doc) -> None:
    """ "İl Genel Meclis Başkanı A" among a ceremony's guests: the chair of
    the council of the province named last before him in the sentence
    ("Niğde'den gelen heyette … İl Genel Meclis Başkanı A"), else of the
    province the text is about."""
    gz = load()
    for m in doc.mentions:
        p = doc.people[m.person]
        if p.institution is not None or p.title not in PROVINCIAL_CHAIRS:
            continue
        lo = doc.sentences[doc.sentence_of(m.start)][0] if doc.sentences else 0
        province = doc.province
        for w in _WORD_RE.finditer(doc.text, max(lo, m.start - 300), m.start):
            if any(pl.is_province for pl in gz.places.get(lower(w.group(1)), ())):
                province = next(
                    pl.province for pl in gz.places[lower(w.group(1))] if pl.is_province
                )
        if province is None:
            continue
        p.institution = PROVINCIAL_BODY.format(province)
        if all(i.name != p.institution for i in doc.institutions):
            mention = InstitutionMention(m.start, m.end, p.institution, "public_body", "modifier")
            doc.institutions = sorted([*doc.institutions, mention], key=lambda i: i.start)


_WORD_RE = re.compile(r"([A-ZÇĞİÖŞÜ][a-zçğıöşü]+)")


#: words of a sitting's procedure (roll call, session, minutes, agenda)
_PROCEDURE_RE = re.compile(r"yoklama|birleşim|tutanak|gündem|açılış|oy ?birliğ|oy ?çokluğ|meclisin")


# "Kayseri İl Genel Meclisi Başkanı A": the province written with the post
_PROVINCE_POST_RE = re.compile(
    r"([A-ZÇĞİÖŞÜ][a-zçğıöşü]+)(?:['’]\w+)? İl Genel Meclisi? (?:[\w.]+ ){1,4}$"
)


def _provincial_posts_with_province(doc: Doc) -> None:
    """A provincial council's officer written with the province ("Kayseri İl
    Genel Meclisi Başkanı A") belongs to that province's special
    administration wherever the text is about (5302: the council is an organ
    of the İl Özel İdaresi)."""
    gz = load()
    for m in doc.mentions:
        p = doc.people[m.person]
        if p.institution is not None or p.title not in PROVINCIAL_POSTS:
            continue
        g = _PROVINCE_POST_RE.search(doc.text, max(0, m.start - 80), m.start)
        if g is None:
            continue
        if any(pl.is_province for pl in gz.places.get(lower(g.group(1)), ())):
            p.institution = PROVINCIAL_BODY.format(g.group(1))
            p.title = _WHOLE_CHAIRS.get(p.title or "", p.title)
            _council_as_administration(doc, g.start(1), p.institution)


_WHOLE_CHAIRS = {bare: whole for whole, bare in SITTING_CHAIRS.items()}


def _council_as_administration(doc: Doc, pos: int, body: str) -> None:
    """The council written as the body of an officer's post ("Uşak İl Genel
    Meclisi" before "Başkanı A") names the special administration the
    officer belongs to, not a body of its own."""
    for i, inst in enumerate(doc.institutions):
        if inst.start <= pos < inst.end and inst.name.endswith("İl Genel Meclisi"):
            doc.institutions[i] = InstitutionMention(inst.start, inst.end, body, "public_body")


def _provincial_council_mentions(doc: Doc) -> None:
    gz = load()
    added = []
    for m in _PROVINCIAL_COUNCIL_RE.finditer(doc.lower):
        if any(i.start <= m.start() < i.end for i in doc.institutions):
            continue
        if _POST_AFTER_RE.match(doc.lower, m.end()):
            continue  # "İl Genel Meclis Üyesi": a post, read with the person
        start, name = m.start(), "İl Genel Meclisi"
        before = _WORD_BEFORE_RE.search(doc.text, max(0, start - 30), start)
        if before and any(p.is_province for p in gz.places.get(lower(before.group(1)), ())):
            start, name = before.start(1), f"{before.group(1)} İl Genel Meclisi"
        added.append(InstitutionMention(start, m.end(), name, "council"))
    if added:
        doc.institutions = sorted(doc.institutions + added, key=lambda i: i.start)


_POST_AFTER_RE = re.compile(r"\s(?:üye|başkan)")
_WORD_BEFORE_RE = re.compile(r"([A-ZÇĞİÖŞÜ][a-zçğıöşü]+) $")


def _members_title(doc: Doc) -> None:
    opening = doc.lower[:3000]
    if "belediye meclis" in opening:
        return
    for words, post in COUNCIL_MEMBER_TITLES:
        if words in opening:
            for p in doc.people:
                if p.title == MEMBER_TITLE:
                    p.title = post
            return


# Words of a sentence that records a vote or the roll call of members
# ("A, B'nin kabul, C'nin çekimser oylarına karşı", "yapılan yoklamada
# üyelerden A ve B'nin katıldığı"): a person named there without a post
# is a member of the council.
_ROLL_CUE_RE = re.compile(
    r"\b(?:oyları\w*|oyu\w*|çekimser|ret\b|red\b|yoklama\w*|üyelerden|mazeret\w*|izinli)"
)


def _voters(doc: Doc) -> list[int]:
    """People without a post named in a vote or roll-call sentence."""
    cued: set[int] = set()
    for i, (a, b) in enumerate(doc.sentences):
        if _ROLL_CUE_RE.search(doc.lower, a, b):
            cued.add(i)
    if not cued:
        return []
    out: list[int] = []
    for m in doc.mentions:
        p = doc.people[m.person]
        if p.title is None and p.institution is None and len(p.words) >= 2:
            if doc.sentence_of(m.start) in cued and m.person not in out:
                out.append(m.person)
    return out


@lru_cache(maxsize=1)
def _party_group_re() -> re.Pattern[str]:
    """A party label that opens a group of names: "CHP;", "İYİ Parti:",
    "CHP’den", "AK Parti’den ise", "CHP Grubu adına", "CHP listesinden"."""
    alts = "|".join(re.escape(p) for p in sorted(load().parties, key=len, reverse=True))
    return re.compile(
        rf"(?<!\w)(?P<party>{alts})(?:\s?[;:]|['’]?[dt][ae]n(?:\s+ise)?(?!\w)"
        r"|\s+(?:[Gg]rubu\s+)?adına(?!\w)|\s+[Gg]rubundan(?!\w)"
        # "İYİ Parti listesinden (seçilen)", "CHP listesinde yer alan A"
        r"|\s+listesi(?:nde|nden)(?!\w))"
    )


# where a group of names under one party label ends
_GROUP_END_RE = re.compile(r"[)\n]|\s[–—-]\s|\.\s|\d+\s(?:ret|red|kabul|çekimser)")


def party_groups(doc: Doc) -> None:
    """ "(CHP; Ali VELİ, Ayşe KARA 2 ret – İYİ Parti; Can DAĞ 1 ret)",
    "CHP’den Ali Veli, AK Parti’den ise Can Dağ": the names after a party
    label, up to the next label or the end of the group, are of that party."""
    rx = _party_group_re()
    found = list(rx.finditer(doc.text))
    for i, m in enumerate(found):
        stop = found[i + 1].start() if i + 1 < len(found) else len(doc.text)
        end = _GROUP_END_RE.search(doc.text, m.end(), stop)
        party = load().parties[m.group("party")]
        starts = doc.mention_starts()
        stop = end.start() if end else stop
        for mention in doc.mentions[bisect.bisect_left(starts, m.end()) :]:
            if mention.start >= stop:
                break
            p = doc.people[mention.person]
            if p.party is None:
                p.party = party


#: posts held in a council: in its minutes they are posts at its body
COUNCIL_POSTS = frozenset((MEMBER_TITLE, "Kâtip Üye", "Meclis Başkanı", "Meclis Başkan Vekili"))
#: how close before a person's name a body must be written to be theirs
_OWN_BODY_GAP = 40
# between a body and the name it is written for: the post's words only
# ("Belediye Meclis Üyesi"), no punctuation or clause
_POST_GAP_RE = re.compile(r"(?:'\w+)?(?:\s+[^\s,;:.()]+){0,4}\s+")


def _council_posts_at_body(doc: Doc, body: str | None) -> None:
    """In a council's minutes, a member, clerk or chair belongs to the
    council's body unless another municipality is written right before
    their post ("Kaynaşlı Belediye Meclis Üyesi A" in a metropolitan
    council's minutes); a body read from elsewhere in the text (the
    metropolitan municipality a district's minutes name more often) is not
    theirs."""
    if body is None:
        return
    munis = sorted((i.end, i.name) for i in doc.institutions if "municipality" in i.kind)
    ends = [e for e, _ in munis]
    near: dict[int, list[str]] = {}
    for m in doc.mentions:
        lo = bisect.bisect_left(ends, m.start - _OWN_BODY_GAP)
        hi = bisect.bisect_right(ends, m.start)
        near.setdefault(m.person, []).extend(
            name for end, name in munis[lo:hi] if _POST_GAP_RE.fullmatch(doc.text, end, m.start)
        )
    for idx, p in enumerate(doc.people):
        # only one municipality taken for another: "TBMM Başkanı" named in a
        # council's news keeps the parliament
        if p.title in COUNCIL_POSTS and (p.institution or "").endswith("Belediyesi"):
            if p.institution != body and p.institution not in near.get(idx, []):
                p.institution = body


def _members_without_post(doc: Doc, council: Council) -> None:
    """In minutes with an attendance list, a person named without any post
    (in a vote, an excuse, a speech turn) is a member of the council."""
    for p in doc.people:
        if p.title is None and p.institution is None and len(p.words) >= 2:
            p.title = MEMBER_TITLE
            p.institution = council.body


def participants(doc: Doc) -> list[int]:
    """People present at the session: chair, clerks and present members."""
    council = doc.council
    if council is None:
        return []
    out: list[int] = []
    for role in ("chair", "clerk", "present"):
        for i, entry in enumerate(council.listed):
            if entry.role == role and i in council.people and council.people[i] not in out:
                out.append(council.people[i])
    absent = {council.people[i] for i, e in enumerate(council.listed) if e.role == "absent"}
    return [p for p in out if p not in absent]


def as_record(doc: Doc) -> dict[str, object] | None:
    council = doc.council
    if council is None:
        return None
    parties: dict[str, list[str]] = {}
    for person in dict.fromkeys(council.people[i] for i in sorted(council.people)):
        party = doc.people[person].party
        if party:
            parties.setdefault(party, []).append(doc.people[person].name)
    return {
        "body": council.body,
        "date": doc.date,
        "chair": (council.names("chair", doc) or [None])[0],
        "clerks": council.names("clerk", doc),
        "present": [doc.people[i].name for i in participants(doc)],
        "absent": council.names("absent", doc),
        "party_groups": parties,
        "agenda": [
            {
                "number": a.number,
                "text": a.text[:1000],
                "decision": a.decision,
                "vote": a.vote,
                "span": [a.start, a.end],
            }
            for a in council.agenda
        ],
        "speakers": _speakers(doc),
    }


def _speakers(doc: Doc) -> list[str]:
    out: list[str] = []
    for q in doc.quotes:
        if q.rule == "turn" and q.speaker is not None:
            name = doc.people[q.speaker].name
            if name not in out:
                out.append(name)
    return out
