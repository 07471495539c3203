"""Institutions and units: the gazetteer's matches plus any name built on
an organisation head word ("… Derneği", "… Müdürlüğü", "… Üniversitesi")
that the gazetteer cannot know.
"""

from __future__ import annotations

import bisect
import re
from array import array
from dataclasses import dataclass, field
from functools import lru_cache

from ortakmasa.lib.turkish import lower, title, upper

from .document import Doc, InstitutionMention, Token
from .gazetteer import load, possessive_stem
from .levels import STATE_FIELDS
from .resources import lexicon, post_last_words, read_csv

_INFLECTED_START = (
    "da",
    "de",
    "ta",
    "te",
    "dan",
    "den",
    "tan",
    "ten",
    "yla",
    "yle",
    "ken",
    "ında",
    "inde",
    "ki",
)


_WORD_CHAR_RE = re.compile(r"\w")


@lru_cache(maxsize=1)
def _head_patterns() -> list[tuple[re.Pattern[str], str, str, str, str]]:
    """(regex on lower text, canonical head, kind, removed ending) per head."""
    out = []
    for head, kind in lexicon().org_heads:
        words = head.split()
        stem = possessive_stem(words[-1])
        removed = words[-1][len(stem) :]
        key = " ".join([*words[:-1], stem])
        # the literal first lets the scanner skip ahead to it; the word
        # boundary before it is checked by the caller
        rx = re.compile(re.escape(key) + r"([a-zçğıöşü]*)('[a-zçğıöşü]+)?")
        # "Rehberlik ve Araştırma Merkezi": the conjunction stays in lower case
        # "A.Ş.": a dotted abbreviation stays in capitals
        canonical = " ".join(w if w == "ve" else upper(w) if "." in w else title(w) for w in words)
        out.append((rx, key, canonical, kind, removed))
    return out


def display_word(word: str) -> str:
    """Title-case a word written in capitals, keep acronyms (AB, ARGE)."""
    if len(word) > 1 and word.isupper() and len(word) > 4:
        return title(lower(word))
    return word


def join_words(text: str, words: list[Token]) -> str:
    """The words of a name as displayed, keeping a comma written after one
    ("Çevre, Şehircilik ve İklim Değişikliği")."""
    return " ".join(
        display_word(w.text) + ("," if text[w.end : w.end + 1] == "," else "") for w in words
    )


@lru_cache(maxsize=1)
def _possessed_posts() -> frozenset[str]:
    """The last word of a post as written before a holder's name ("Başkanı",
    "Müdürü", "Başkonsolosu"): each post stem with its possessive ending."""
    endings = ("ı", "i", "u", "ü", "sı", "si", "su", "sü")
    return frozenset(stem + e for stem in post_last_words() for e in endings)


def comma_continues(doc: Doc, j: int, words: list[Token]) -> bool:
    """Whether the comma token ``j`` sits inside a name being read leftwards:
    "A, B ve C Müdürlüğü" — a 've' already read, capitalised words on both
    sides, and the word before the comma not the end of a person's name."""
    toks = doc.tokens
    if j < 1 or toks[j].text != "," or not any(w.text == "ve" for w in words):
        return False
    before = toks[j - 1]
    if not before.is_cap or before.suffix or not words or not words[-1].is_cap:
        return False
    if sum(1 for w in words if toks[j].start < w.start and w.text == ",") > 2:
        return False
    if j > 1 and lower(toks[j - 2].base) in lexicon().given_names:
        return False  # "… Ali Ak, Fen İşleri ve …": a person, then a list
    if any(lower(t.text) in _possessed_posts() for t in toks[max(0, j - 4) : j - 1]):
        return False  # "Odası Başkanı Hacı Karanfil, Malatya … Odası": a post, a person, a list
    return lower(before.text) not in lexicon().given_names


def home_province(doc: Doc, found: list[InstitutionMention]) -> str | None:
    """The province a text is about: the one its municipalities, governorships
    and utilities belong to most often, else the one its places name most."""
    gz = load()
    counts: dict[str, int] = {}
    ambiguous = {e.name for es in gz.ambiguous.values() for e in es}
    for m in found:
        prov = gz.province_of.get(m.name)
        if prov and m.name not in ambiguous:
            counts[prov] = counts.get(prov, 0) + 1
    if not counts:
        for _, _, name in gz.find_places(doc.text, doc.lower):
            provs = {p.province for p in gz.places.get(lower(name), ())}
            if len(provs) == 1:
                prov = provs.pop()
                counts[prov] = counts.get(prov, 0) + 1
    if not counts:
        return _our_province(doc)
    return max(counts, key=lambda k: counts[k])


#: "Sakaryamıza", "Kayserimizin", "Samsunumuz": a province with the first
#: person plural possessive, the writer's own province
_OUR_PLACE_RE = re.compile(
    r"(?<!\w)(\w+?)[ıiuü]?m[ıiuü]z(?:[ıiuüaen]|[ıi]n|da|de|dan|den|a|e)?(?!\w)"
)


def _our_province(doc: Doc) -> str | None:
    """The one province a text calls its own ("Sakaryamıza"), if any."""
    gz = load()
    found = set()
    for m in _OUR_PLACE_RE.finditer(doc.text):
        stem = m.group(1)
        if len(stem) < 4 or not stem[:1].isupper():
            continue
        found |= {p.name for p in gz.places.get(lower(stem), ()) if p.is_province}
    return found.pop() if len(found) == 1 else None


def metropolitan_of(province: str | None) -> str | None:
    """ "X Büyükşehir Belediyesi" when ``province`` has one."""
    if province is None:
        return None
    for p in load().places.get(lower(province), ()):
        if p.is_province and p.is_metropolitan:
            return f"{p.name} Büyükşehir Belediyesi"
    return None


_BARE_METRO_RE = re.compile(r"(?<!\w)büyükşehir(?: belediyesi(?:[a-zçğıöşü']*))?(?!\w)")


def _bare_metropolitan(doc: Doc, found: list[InstitutionMention]) -> list[InstitutionMention]:
    """ "Büyükşehir" or "Büyükşehir Belediyesi" written without its province:
    the metropolitan municipality of the province the text is about."""
    name = metropolitan_of(doc.province)
    if name is None:
        return []
    out = []
    starts = [m.start for m in found]
    for m in _BARE_METRO_RE.finditer(doc.lower):
        s, e = m.start(), m.end()
        if not doc.text[s : s + 1].isupper() or _covers(found, starts, s):
            continue
        if re.match(r"\s+belediye\s+(?:başkan|meclis)", doc.lower[e : e + 30]):
            continue  # a title ("Büyükşehir Belediye Başkanı"), read by names.py
        prev = re.search(r"(\S+)\s+$", doc.text[max(0, s - 30) : s])
        if prev and prev.group(1)[:1].isupper() and prev.group(1)[-1:].isalpha():
            if load().is_place(prev.group(1)):
                continue
        out.append(InstitutionMention(s, e, name, "metropolitan_municipality", "full"))
    return out


@lru_cache(maxsize=1)
def place_acronym_table() -> dict[str, tuple[str, str]]:
    """``place_acronyms.csv``: acronym written after a place → (the body's
    name after the place, its kind)."""
    return {
        row["acronym"]: (row["expansion"], row.get("kind") or "ngo")
        for row in read_csv("textengine/place_acronyms.csv")
        if row.get("acronym") and row.get("expansion")
    }


_PLACE_ACRONYM_RE = re.compile(r"(?<![\w'’-])(\w+) ([A-ZÇĞİÖŞÜ]{2,6})(?=['’]|[^\w'’-]|$)")


def _place_acronyms(doc: Doc, found: list[InstitutionMention]) -> list[InstitutionMention]:
    """ "Çorlu TSO", "Bandırma TB": a place followed by the acronym of a
    chamber, exchange or zone (``place_acronyms.csv``) is that place's body
    ("Çorlu Ticaret ve Sanayi Odası")."""
    table = place_acronym_table()
    gz = load()
    taken = [(m.start, m.end) for m in found]
    out = []
    for m in _PLACE_ACRONYM_RE.finditer(doc.text):
        place, acronym = m.group(1), m.group(2)
        entry = table.get(acronym)
        if entry is None and len(acronym) > 2 and acronym[0] == place[:1]:
            # "Erzincan ETSO", "Kayseri KTO": the chamber's acronym glued to
            # the place's initial, written after the place
            entry = table.get(acronym[1:])
        if entry is None or not place[:1].isupper() or not gz.is_place(place):
            continue
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        name = f"{display_word(place)} {entry[0]}"
        out.append(InstitutionMention(m.start(), m.end(), name, entry[1], "alias"))
    return out


_METRO_ACRONYM_RE = re.compile(r"(?<![\w'’-])([A-ZÇĞİÖŞÜ])BB(?=['’]|[^\w'’-]|$)")


def _metropolitan_acronyms(doc: Doc, found: list[InstitutionMention]) -> list[InstitutionMention]:
    """ "HBB Genel Sekreteri" in a text about Hatay: the province's initial
    and "BB" name its metropolitan municipality (İBB's kind, which the
    lexicon lists, for every other metropolitan province)."""
    metro = metropolitan_of(doc.province)
    if metro is None or "BB" not in doc.text:
        return []
    taken = [(m.start, m.end) for m in found]
    out = []
    for m in _METRO_ACRONYM_RE.finditer(doc.text):
        if m.group(1) != upper(metro[0]) or any(s < m.end() and m.start() < e for s, e in taken):
            continue
        out.append(
            InstitutionMention(m.start(), m.end(), metro, "metropolitan_municipality", "alias")
        )
    return out


def _covers(found: list[InstitutionMention], starts: list[int], pos: int) -> bool:
    """Whether one of ``found`` (sorted, not overlapping) covers ``pos``."""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and found[i].start <= pos < found[i].end


def token_index(tokens: list[Token], starts: list[int], pos: int) -> int:
    """Index of the token starting at or containing ``pos``."""
    i = bisect.bisect_right(starts, pos) - 1
    return max(i, 0)


def looks_inflected(word: str) -> bool:
    """A capitalised sentence opener such as "Toplantıda" or "Yapılan"."""
    low = lower(word)
    if low.endswith("stan"):
        return False  # a country ("Hindistan", "Kazakistan"), not "Yapılan"
    return low.endswith(_INFLECTED_START) or (low.endswith(("an", "en")) and len(low) > 6)


_CASE_ENDINGS = (
    "ya",
    "ye",
    "yı",
    "yi",
    "yu",
    "yü",
    "ğı",
    "ği",
    "ğu",
    "ğü",
    "ğa",
    "ğe",
    "nı",
    "ni",
    "na",
    "ne",
)


@lru_cache(maxsize=1)
def event_opener_re() -> re.Pattern[str]:
    """An event noun in the dative or locative, with or without the
    possessive: "programa", "toplantısına", "etkinliğe", "törende"."""
    stems = "|".join(re.escape(s) for s in sorted(lexicon().event_openers, key=len, reverse=True))
    return re.compile(rf"^(?:{stems})(?:s?[ıiuü]n)?(?:[yn]?[ae]|[dt][ae])$")


def case_marked(word: str) -> bool:
    """A sentence opener in the dative or accusative ("Çalıştaya", "Taslağı"),
    which no organisation name starts with."""
    low = lower(word)
    return len(low) > 5 and low.endswith(_CASE_ENDINGS) and low != "türkiye"


def is_sentence_start(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    return j < 0 or text[j] in '\n.!?:"'


_SUB_BODY_HEADS = ("Meclisi", "Konseyi", "Komisyonu", "Kurulu")


def _owner(
    found: list[InstitutionMention],
    stop: tuple[int, int] | None,
    start: int,
    any_kind: bool = False,
) -> InstitutionMention | None:
    """The municipality (or, with ``any_kind``, any body) written
    (uninflected) right before ``start``."""
    if stop is None or stop[1] + 1 != start:
        return None
    for m in found:
        if (m.start, m.end) == stop and m.form == "full":
            if any_kind or "municipality" in m.kind:
                return m
    return None


@dataclass
class _Found:
    """Bodies found so far: the gazetteer's, then those built on head words."""

    doc: Doc
    found: list[InstitutionMention]
    covered: _Cover
    starts: list[int]
    extra: list[InstitutionMention] = field(default_factory=list)


def find_institutions(doc: Doc) -> None:
    """Fill ``doc.institutions`` with every institution and unit mention:
    the gazetteer's matches (acronyms resolved by the text's province, a
    bare "Büyükşehir" added), then names built on head words."""
    gz = load()
    found = [fm for fm in gz.find(doc.text, doc.lower) if not _plural_head(doc, fm)]
    doc.province = home_province(doc, found) or (doc.publisher.province if doc.publisher else None)
    for i, fm in enumerate(found):
        if fm.form == "alias":
            entry = gz.resolve_acronym(doc.text[fm.start : fm.end].split("'")[0], doc.province)
            if entry is not None:
                found[i] = InstitutionMention(fm.start, fm.end, entry.name, entry.kind, "alias")
    found += _place_acronyms(doc, found)
    found += _metropolitan_acronyms(doc, found)
    found = sorted(found + _bare_metropolitan(doc, found), key=lambda fm: fm.start)
    state = _Found(doc, found, _Cover(len(doc.text)), [t.start for t in doc.tokens])
    for fm in found:
        state.covered.add(fm.start, fm.end)
    for pattern in _head_patterns():
        if pattern[1] in doc.lower:
            _bodies_on_head(state, *pattern)
    _same_body(state.extra)
    mentions = _without_own_acronyms(doc, sorted(state.found + state.extra, key=lambda m: m.start))
    doc.institutions = _with_home_province(doc, _acronyms_of_named_bodies(doc, mentions))


#: bodies a province has one of, which local news names without the province
#: ("Ticaret ve Sanayi Odası Başkanı A"); gold/real writes them with it
PROVINCIAL_BODIES = frozenset(
    (
        "Ticaret ve Sanayi Odası",
        "Ticaret Odası",
        "Sanayi Odası",
        "Ticaret Borsası",
        "Esnaf ve Sanatkarlar Odaları Birliği",
        "Gazeteciler Cemiyeti",
    )
)


def _with_home_province(doc: Doc, mentions: list[InstitutionMention]) -> list[InstitutionMention]:
    """A provincial body written without its place is the one of the province
    the text is about, when the text is about one."""
    mentions = [_directorate_level(m) or m for m in mentions]
    if doc.province is None:
        return mentions
    return [
        InstitutionMention(m.start, m.end, f"{doc.province} {m.name}", m.kind, m.form)
        if m.name in PROVINCIAL_BODIES
        else m
        for m in mentions
    ]


#: a ministry's directorate the press writes after the place without "İl"
#: or "İlçe" ("Aydın Emniyet Müdürlüğü", "Kırkağaç Emniyet Müdürlüğü")
_PLACED_DIRECTORATE_RE = re.compile(rf"^(\S+) ({'|'.join(STATE_FIELDS)}) Müdürlüğü$")


def directorate_level(name: str) -> str | None:
    """ "Aydın Emniyet Müdürlüğü" → "İl Emniyet Müdürlüğü": a province's or a
    district's directorate of a ministry, written as gold/real writes one,
    without the place."""
    rx = _PLACED_DIRECTORATE_RE.match(name)
    if rx is None:
        return None
    places = load().places.get(lower(rx.group(1)), ())
    if not places:
        return None
    level = "İl" if any(p.is_province for p in places) else "İlçe"
    return f"{level} {rx.group(2)} Müdürlüğü"


def _directorate_level(m: InstitutionMention) -> InstitutionMention | None:
    name = directorate_level(m.name)
    return InstitutionMention(m.start, m.end, name, "public_body", m.form) if name else None


_OPEN_PAREN_RE = re.compile(r"\s*\(\s*")


def _without_own_acronyms(doc: Doc, mentions: list[InstitutionMention]) -> list[InstitutionMention]:
    """ "Ticaret Borsası (STB)": an acronym in parentheses right after a body
    names that body, even when it spells another body elsewhere (STB, the
    ministry of industry)."""
    out: list[InstitutionMention] = []
    for m in mentions:
        if (
            m.form == "alias"
            and out
            and out[-1].end <= m.start
            and _OPEN_PAREN_RE.fullmatch(doc.text, out[-1].end, m.start)
            and doc.text[m.end : m.end + 1] == ")"
        ):
            m = InstitutionMention(m.start, m.end, out[-1].name, out[-1].kind, "alias")
        out.append(m)
    return out


def initials(name: str) -> str:
    """The acronym a body's name spells: "Türkiye Barolar Birliği" → "TBB"
    ("ve" and lower-case words spell nothing)."""
    return "".join(upper(w[0]) for w in name.split() if w[:1].isupper())


def _acronyms_of_named_bodies(
    doc: Doc, mentions: list[InstitutionMention]
) -> list[InstitutionMention]:
    """ "TBB" is the union of municipalities in the lexicon, but in a text
    that names "Türkiye Barolar Birliği" in full it is the bar association:
    an acronym spelling the one body the text names in full is that body."""
    spelled: dict[str, dict[str, str]] = {}
    for m in mentions:
        if m.form == "full" and " " in m.name:
            spelled.setdefault(initials(m.name), {})[m.name] = m.kind
    if not spelled:
        return mentions
    out = []
    for m in mentions:
        bodies = spelled.get(doc.text[m.start : m.end].split("'")[0].split("’")[0])
        if m.form == "alias" and bodies and len(bodies) == 1 and m.name not in bodies:
            ((name, kind),) = bodies.items()
            m = InstitutionMention(m.start, m.end, name, kind, "alias")
        out.append(m)
    return out


#: "Üniversitemiz", "Odamızın": the writer's own body, named in full before it
_OUR = ("miz", "mız", "muz", "müz")


def _plural_head(doc: Doc, fm: InstitutionMention) -> bool:
    """ "Kırşehir Belediyeler Birliği": a place before the plural of a
    body's head word names a union of such bodies, not the place's own body
    (the union is then built on its head word "Birliği")."""
    last = doc.lower[fm.start : fm.end].rsplit(" ", 1)[-1]
    return "municipality" in fm.kind and last.startswith("belediyeler")


def _bodies_on_head(
    state: _Found, rx: re.Pattern[str], key: str, head: str, kind: str, removed: str
) -> None:
    """Every "<Capitalised words> <head>" of one head word."""
    doc = state.doc
    for m in rx.finditer(doc.lower):
        if m.start() > 0 and _WORD_CHAR_RE.match(doc.lower, m.start() - 1):
            continue
        ext = m.group(1)
        if not _head_ending(ext, removed) or _compound_after(doc, ext, removed, m.end()):
            continue  # "Meclis Denetim Komisyonu", "Meclis Toplantısı": a bare noun, no head
        hs, he = m.start(), m.end()
        if not doc.text[hs : hs + 1].isupper() or state.covered.at(hs) is not None:
            continue
        words, stop = _words_before(state, token_index(doc.tokens, state.starts, hs))
        chaired = head.endswith("Başkanlığı") and (
            _reads_as_person(words) or f"{ext}{m.group(2) or ''}".replace("'", "").endswith("ndaki")
        )  # "Ali Kaya Başkanlığı'ndaki Esnaf Derneği": who heads the body after it
        if not words or chaired or _party_organ(doc, words[0].start):
            continue
        if not (head == "Meclisi" and _no_council_of_its_own(doc, words, doc.lower[hs:he])):
            _add_body(state, words, stop, head, kind, he)


def _head_ending(ext: str, removed: str) -> bool:
    """Whether ``ext``, written after a head word's stem, keeps the head's
    possessive ending ("Belediyesi", "Belediyesinde") or the writer's own
    ("Turgut Özal Üniversitemiz")."""
    if not removed:
        return not ext
    ours = removed[:1] == "s" and ext.startswith(_OUR)
    return ext.startswith(removed[:1]) or ours


def _compound_after(doc: Doc, ext: str, removed: str, end: int) -> bool:
    """Whether the bare head noun ending at ``end`` ("Meclis") modifies the
    capitalised word after it ("Meclis Denetim Komisyonu", "Meclis
    Toplantısı"): no council of its own; "Meclis Başkanı", "Meclis Üyesi"
    still name the council's post."""
    if not ext or ext == removed or not removed.startswith(ext):
        return False  # not the bare noun: "Meclisi", "Meclisinde"
    nxt = re.match(r" ([^\W\d_]+)", doc.text[end : end + 40])
    if nxt is None or not nxt.group(1)[:1].isupper():
        return False
    return not lower(nxt.group(1)).startswith(("başkan", "üye"))


def _no_council_of_its_own(doc: Doc, words: list[Token], written: str) -> bool:
    """Whether "<words> Meclis(i)" names no council: a chamber's assembly
    ("DTSO Meclisi"), or a person's name before a bare "Meclis" ("… ve Ali
    Kaya Meclis Denetim Komisyonu'na seçildi": no council is a person's)."""
    if written == "meclis" and _reads_as_person(words):
        return True
    return _chamber_acronym(doc, words)


def _party_organ(doc: Doc, start: int) -> bool:
    """ "CHP Muş İl Başkanlığı", "Milliyetçi Hareket Partisi Muş İlçe
    Teşkilatı": an organ of a party written right after the party is the
    party's own; `gold/real` gives party officials no institution, only the
    party."""
    before = doc.text[max(0, start - 50) : start].rstrip()
    if len(before) == start - max(0, start - 50):
        return False  # no space between: not a word of its own
    for party in load().parties:
        edge = len(before) - len(party) - 1
        if before.endswith(party) and (edge < 0 or not _WORD_CHAR_RE.match(before, edge)):
            return True
    return False


#: the heads of a chamber's or exchange's name ("… Ticaret ve Sanayi Odası (DTSO)")
_CHAMBER_HEADS = ("Odası", "Borsası", "Odaları Birliği")


def _chamber_acronym(doc: Doc, words: list[Token]) -> bool:
    """ "DTSO Meclis Başkanı", "ÇTB Meclisi": the assembly of a chamber or
    exchange is one of its organs, no body of its own (its members and chair
    are the chamber's, as TOBB's law has it).  The words are one acronym
    (after a place or alone) that ends like a chamber's (``place_acronyms.csv``:
    "TSO", "TO", "TB" …) or that the text defines after a chamber's name."""
    acr = words[-1].base
    if len(words) > 2 or not (acr.isupper() and acr.isalpha() and len(acr) >= 2):
        return False
    if any(acr.endswith(suffix) for suffix in place_acronym_table()):
        return True
    for m in re.finditer(r"(\w+)\s*\(\s*" + re.escape(acr) + r"\s*\)", doc.text):
        if m.group(1).endswith(_CHAMBER_HEADS) or m.group(1).startswith(_CHAMBER_HEADS):
            return True
    return False


def _reads_as_person(words: list[Token]) -> bool:
    """ "Meclis Başkanı Evren DİNÇER Başkanlığında": a person's name before
    "Başkanlığı" says who chaired, it names no body; so does a post
    ("Valimiz Başkanlığında")."""
    if words and _is_post(lower(words[-1].text)):
        return True
    return 2 <= len(words) <= 4 and lower(words[0].text) in lexicon().given_names


@lru_cache(maxsize=1)
def _one_word_posts() -> frozenset[str]:
    return frozenset(t.stem for t in lexicon().titles if " " not in t.stem)


def _is_post(low: str) -> bool:
    """ "Valimiz", "Kaymakamımız", "Rektörümüz": a one-word post with an ending."""
    return any(low.startswith(s) and len(low) - len(s) <= 5 for s in _one_word_posts())


def _words_before(state: _Found, ti: int) -> tuple[list[Token], tuple[int, int] | None]:
    """The capitalised words of a name read leftwards from token ``ti``, and
    the body they run into, if any."""
    doc = state.doc
    words: list[Token] = []
    stop: tuple[int, int] | None = None
    j = ti - 1
    while j >= 0 and len(words) < 10:
        t = doc.tokens[j]
        if comma_continues(doc, j, words):
            j -= 1
            continue
        if words and numbered_place(t, words[-1], words[-2] if len(words) > 1 else doc.tokens[ti]):
            words.append(t)
            j -= 1
            continue
        if t.suffix or not t.is_word or _breaks_name(doc, t, doc.tokens[j + 1], j + 2 == ti):
            break
        stop = state.covered.at(t.end - 1)
        if stop is not None:
            break
        if _ends_name(doc, j, words):
            break
        words.append(t)
        j -= 1
    words.reverse()
    return _trimmed(doc, words), stop


def _ends_name(doc: Doc, j: int, words: list[Token]) -> bool:
    """Whether token ``j`` is no longer part of the name read leftwards."""
    t = doc.tokens[j]
    if _person_before(doc, j, words):
        return True
    if lower(t.text) == "ve" and j > 0 and _ends_with_head(doc.tokens[j - 1].text):
        return True  # "İlçe Jandarma Komutanlığı ve İlçe Emniyet Müdürlüğü": two bodies
    if not (t.is_cap or (t.text == "ve" and words and j > 0 and doc.tokens[j - 1].is_cap)):
        return True
    if words and _OFFICE_CASE_RE.search(lower(t.text)):
        return True  # "Kent Konseyi Sözcülüğüne Eczacılar Odası": an office given, then the body
    if _OUR_RE.search(lower(t.text)):
        return True  # "Sayın Hocamız Malatya … Üniversitesi": the speaker's words, then the body
    # "… Çok İsteriz⏎Bolu Üniversitesi", "Veli Toz Meclis Denetim Komisyonu"
    return bool(words) and _sentence_before(doc, j, words[-1])


def _person_before(doc: Doc, j: int, words: list[Token]) -> bool:
    """Whether token ``j`` ends a person's name written right before a body."""
    t = doc.tokens[j]
    if lower(t.text) == "ve" and j > 1 and lower(doc.tokens[j - 2].base) in lexicon().given_names:
        return True  # "… müdürü Veli Ak ve İlçe Belediyesi": a person, then the body
    if words and j > 0 and _name_before_place(doc.tokens[j - 1], t, words[-1]):
        return True  # "Tacettin Özkaraman Adapazarı Ziraat Odası"
    # "Başkan Tan Kırşehir Belediyeler Birliği": a surname, then the body
    return j > 0 and _after_bare_post(doc.tokens[j - 1], t)


def _name_before_place(given: Token, surname: Token, right: Token) -> bool:
    """A given name and a surname right before a place or an acronym: a
    person the text lists before a body ("Tacettin Özkaraman Adapazarı
    Ziraat Odası", "Mehmet Keleş GAP Bölge Kalkınma İdaresi"); a body named
    after a person has its head right after the name ("Abdullah Gül
    Üniversitesi")."""
    if not (surname.is_cap and given.is_cap) or lower(given.base) not in lexicon().given_names:
        return False
    gz = load()
    if gz.is_place(surname.base):
        return False
    return gz.is_place(right.base) or (right.text.isupper() and len(right.text) >= 2)


#: a finite verb: the aorist or present of the first person plural
#: ("isteriz", "yaparız"), the present continuous ("istiyor", "istiyoruz"),
#: the reported or future tense with "-dır" ("yapılmıştır", "olacaktır")
_FINITE_VERB_RE = re.compile(
    r"\w{2,}(?:[aeıiuü]r[ıiuü]z|[ıiuü]yor(?:uz|um|lar|sunuz)?|m[ıiuü]şt[ıiuü]r|[ae]c[ae]kt[ıi]r)"
)
#: a possessed noun in the accusative or dative ("Atanmasını", "Seçimine")
_POSSESSED_CASE_RE = re.compile(r"\w{4,}[ıiuü]n[ıiuüae]")
#: a possessed noun in the locative or ablative ("Salonunda", "Binasından"):
#: no body's name holds one
_POSSESSED_LOCATIVE_RE = re.compile(r"\w{3,}[ıiuü]n[dt][ae]n?")
#: a genitive ("Yılının", "İsmin", "Rektörün")
_GENITIVE_RE = re.compile(r"\w{2,}(?:n[ıiuü]n|[^aeıioöuü\W][ıiuü]n)")
#: a verbal noun ("Koruma", "Geliştirme"): the object before it is a word of
#: the name ("Doğayı Koruma Derneği", "Kimsesizlere Yardım Vakfı")
_VERBAL_NOUN_RE = re.compile(r"\w+m[ae](?:s[ıi])?|yardım\w*|hizmet\w*")


def _sentence_before(doc: Doc, j: int, right: Token) -> bool:
    """Whether token ``j`` belongs to the sentence before a body's name:
    a word of the clause, or a person's surname before a council's organ."""
    t = doc.tokens[j]
    return _clause_word(t, right) or (j > 0 and _person_before_council(doc.tokens[j - 1], t, right))


def finite_verb(word: str) -> bool:
    """Whether ``word`` reads as a finite verb, no word of any name."""
    low = lower(word)
    return bool(_FINITE_VERB_RE.fullmatch(low)) and low not in lexicon().given_names


def _clause_word(t: Token, right: Token) -> bool:
    """Whether ``t``, read leftwards before ``right``, is a word of the
    sentence, not of a body's name: a finite verb; a possessed noun in the
    accusative or dative before no verbal noun, or in the locative; a genitive before a place
    (a genitive is followed by what it possesses, a place possesses nothing)."""
    low = lower(t.text)
    if finite_verb(t.text):
        return True
    if low in lexicon().given_names or load().places.get(low):
        return False
    if _POSSESSED_CASE_RE.fullmatch(low) and not _VERBAL_NOUN_RE.fullmatch(lower(right.text)):
        return True
    if _POSSESSED_LOCATIVE_RE.fullmatch(low):
        return True  # "… Meclis Toplantı Salonunda İl Genel Meclisi": where, then the body
    return bool(_GENITIVE_RE.fullmatch(low)) and bool(load().places.get(lower(right.text)))


#: bare words that open the name of a council's organ or a municipality's
#: body without a place ("Meclis Denetim Komisyonu", "Belediye Meclisi")
_COUNCIL_OPENERS = frozenset({"meclis", "belediye", "il", "ilçe", "genel", "büyükşehir"})


def _person_before_council(given: Token, t: Token, right: Token) -> bool:
    """ "A, B ve Veli Toz Meclis Denetim Komisyonu'na seçildi": a given name
    and a surname (no place) before a council's organ written without a
    place are a person, not the body's owner; bodies named after a person
    (schools, universities, foundations) do not open with such words."""
    if lower(right.text) not in _COUNCIL_OPENERS or load().places.get(lower(t.text)):
        return False
    return lower(given.base) in lexicon().given_names and given.is_cap and not given.suffix


# a noun with the first person plural possessive ("Hocamız", "Valimiz",
# "Cumhurbaşkanımız"): the writer's own words, never a word of a body's name
_OUR_RE = re.compile(r"^\w{3,}[aeıioöuü]m[ıiuü]z$")

# an office in the dative or accusative ("Sözcülüğüne", "Başkanlığına",
# "Üyeliğini"): what a person is elected or appointed to, no word of a name
_OFFICE_CASE_RE = re.compile(r"l[ıiuü]ğ[ıiuü]n[aeıiuü]$")


@lru_cache(maxsize=1)
def _bare_posts() -> frozenset[str]:
    """One-word posts of one holder ("Başkan", "Vali") that may stand
    before a surname (``lexicon.json`` ``surname_posts``)."""
    return frozenset(lower(p) for p in lexicon().surname_posts if " " not in p)


def _after_bare_post(before: Token, t: Token) -> bool:
    """Whether ``t`` is a surname written after a bare post: no place."""
    return lower(before.text) in _bare_posts() and not load().places.get(lower(t.text))


@lru_cache(maxsize=1)
def _head_last_words() -> frozenset[str]:
    """The last word of every head of a body (``lexicon.json`` ``org_heads``)
    and of the posts' bodies ("Komutanlığı")."""
    heads = {h.split()[-1] for h, _kind in lexicon().org_heads}
    heads.update(lower(t.head.split()[-1]) for t in lexicon().titles if t.head)
    return frozenset(heads)


def _ends_with_head(word: str) -> bool:
    return lower(word) in _head_last_words()


def _trimmed(doc: Doc, words: list[Token]) -> list[Token]:
    """The words of a name without a leading "ve" or sentence opener;
    none when only generic words are left."""
    while words and lower(words[0].text) == "ve":
        words.pop(0)
    if all(lower(w.text) in lexicon().generic_body_words for w in words):
        return []  # "Belediye Meclisi", "Büyükşehir Belediyesi": no name of its own
    if words and _opener(doc, words):
        words.pop(0)  # "Çalıştaya Uludağ Üniversitesi", "Taslağı Plan ve Bütçe Komisyonu"
    return words


def numbered_place(t: Token, right: Token, after: Token | None = None) -> bool:
    """Whether the number ``t`` opens a place's name with the word after it
    ("19 Mayıs Belediyesi", "19 Mayıs Kaymakamı"), or a date in a body's
    name ("Kilis 7 Aralık Üniversitesi"): read leftwards, the number belongs
    to the name."""
    if not t.text.isdigit():
        return False
    if 1 <= int(t.text) <= 31 and lower(right.text) in lexicon().months and after is not None:
        # "Kilis 7 Aralık Üniversitesi", "23 Nisan İlkokulu": a date in a
        # name; not a session's date ("12 Ekim Belediye Meclisi")
        low = lower(after.text)
        return after.is_cap and low not in lexicon().generic_body_words and low != "meclisi"
    return load().is_place(f"{t.text} {right.text}")


def _breaks_name(doc: Doc, t: Token, after: Token, before_head: bool = False) -> bool:
    """A word that ends a body's name read leftwards: one above a blank
    line or on a heading line in capitals (a hard-wrapped sentence goes
    on: "Edirne\\nBelediye Meclisinin"), or a post or function
    word ("Başkan tarafından Meclisi", "Rektör … Trabzon Üniversitesi").
    ``before_head``: the word after ``after`` is the head word."""
    gap = doc.text[t.end : after.start]
    if "\n" in gap and (gap.count("\n") > 1 or t.text.isupper() != after.text.isupper()):
        return True  # a blank line, or a heading in capitals above
    if "\n" in gap and past_verb(t.text):
        return True  # "Gündem Maddeleri Görüşüldü\nİl Genel Meclisi": a headline above
    low = lower(t.text)
    if low in lexicon().body_name_breaks:
        # "Köln-İstanbul Kardeş Şehir Derneği": a capitalised compound right
        # before the head word is a word of the name
        compound = lower(after.text) in lexicon().name_compounds.get(low, ())
        return not (before_head and t.is_cap and compound)
    return t.text in load().parties


_PAST_VERB_RE = re.compile(r"\w{4,}[dt][ıiuü]")


def past_verb(word: str) -> bool:
    """Whether ``word`` reads as a verb in the past tense ("Yapıldı",
    "Görüşüldü"), the last word of a headline; no given name."""
    low = lower(word)
    return bool(_PAST_VERB_RE.fullmatch(low)) and low not in lexicon().given_names


def _opener(doc: Doc, words: list[Token]) -> bool:
    """A sentence opener that is no part of a name: inflected, or in the
    dative or accusative before more words (and not a place)."""
    first = words[0].text
    if not is_sentence_start(doc.text, words[0].start) or load().is_place(first):
        return False  # "Isparta …" ends like a locative but is a place
    # "Toplantıya Meclis Başkanı": a dative opener alone names no council
    dative = lower(first).endswith(("ya", "ye"))
    if len(words) > 1 and event_opener_re().match(lower(first)):
        return True  # "Programa Ticaret ve Sanayi Odası Başkanı"
    return looks_inflected(first) or (case_marked(first) and (len(words) > 1 or dative))


def _add_body(
    state: _Found,
    words: list[Token],
    stop: tuple[int, int] | None,
    head: str,
    kind: str,
    end: int,
) -> None:
    """ "Çiğli Belediyesi Çocuk Meclisi": a council or board of a
    municipality written in full keeps the municipality in its name;
    "Mimarlar Odası Bursa Şubesi": a branch is one body with its owner."""
    name = join_words(state.doc.text, words) + " " + head
    start = words[0].start
    owner = None
    body_kind = kind
    if kind == "branch":
        owner = _owner(state.found + state.extra, stop, start, any_kind=True)
        body_kind = owner.kind if owner is not None else "ngo"
        if owner is not None:
            state.extra = [x for x in state.extra if x is not owner]
            state.found = [x for x in state.found if x is not owner]
    elif head.endswith(_SUB_BODY_HEADS):
        owner = _owner(state.found, stop, start)
    if owner is not None:
        name = owner.name + " " + name
        start = owner.start
    state.extra.append(InstitutionMention(start, end, name, body_kind, "full"))
    state.covered.add(start, end)


_PLURAL_NOUN_RE = re.compile(r"[a-zçğıöşü]+(?:lar|ler)$")


def drop_class_names(doc: Doc) -> None:
    """ "Muhtarlar Derneği" in a text naming "Kars Muhtarlar Derneği" and
    "Ardahan Muhtarlar Derneği": a plural noun and a head word alone, when
    two or more bodies of the text end in them, names the kind of body
    ("öteki Muhtarlar Derneği yöneticileri", a heading in capitals), none
    of them.  Run after the people are read, whose posts the
    mention still keeps from being read as a body of its own."""
    found = doc.institutions
    doc.institutions = [m for m in found if m.form != "full" or not _class_name(m, found)]


def _class_name(mention: InstitutionMention, extra: list[InstitutionMention]) -> bool:
    words = mention.name.split()
    if len(words) != 2 or not _PLURAL_NOUN_RE.fullmatch(lower(words[0])):
        return False
    longer = {m.name for m in extra if m.name.endswith(" " + mention.name)}
    return len(longer) >= 2


def _same_body(extra: list[InstitutionMention]) -> None:
    """ "Gençlik Meclisi" after "Şişli Gençlik Meclisi" is the same body."""
    longer: dict[str, set[str]] = {}
    for name in {m.name for m in extra}:
        words = name.split()
        for k in range(1, len(words)):
            longer.setdefault(" ".join(words[k:]), set()).add(name)
    for mention in extra:
        found = longer.get(mention.name, set()) - {mention.name}
        if len(found) == 1:
            mention.name = next(iter(found))


class _Cover:
    """Which found body covers each character (the first one added)."""

    def __init__(self, size: int) -> None:
        self.owner = array("i", [-1]) * (size + 1)
        self.spans: list[tuple[int, int]] = []

    def add(self, start: int, end: int) -> None:
        k = len(self.spans)
        self.spans.append((start, end))
        owner = self.owner
        for i in range(start, end):
            if owner[i] < 0:
                owner[i] = k

    def at(self, pos: int) -> tuple[int, int] | None:
        if not 0 <= pos < len(self.owner) or self.owner[pos] < 0:
            return None
        return self.spans[self.owner[pos]]


def _person_tails(doc: Doc) -> set[tuple[str, ...]]:
    """Every ending of every person's name ("koçal", "yakup koçal"), lower-cased."""
    tails: set[tuple[str, ...]] = set()
    for p in doc.people:
        for k in range(len(p.words)):
            tails.add(p.words[k:])
    return tails


def _without_person(name: str, tails: set[tuple[str, ...]]) -> str | None:
    """The body's name without a person's name read into its left edge, or
    None when it has none: "Koçal ve Yalova Üniversitesi", "Hacı Karanfil,
    Malatya … Odası", "TAŞDEMİR Sinop Üniversitesi"."""
    words = name.split()
    for k in range(len(words) - 2, 0, -1):
        left = tuple(lower(w.rstrip(",")) for w in words[:k])
        if left not in tails:
            continue
        rest = words[k:]
        if words[k - 1].endswith(","):
            pass  # "Hacı Karanfil, Malatya … Odası": a list of posts
        elif rest[0] == "ve":
            rest = rest[1:]  # "Yakup Koçal ve Yalova Üniversitesi"
        elif not load().is_place(rest[0]):
            continue  # "Mimar Sinan Güzel Sanatlar Üniversitesi": named after a person
        if len(rest) >= 2:
            return " ".join(rest)
    return None


def trim_person_edges(doc: Doc) -> None:
    """Once the people are known, a body whose name begins with one of
    their names loses it, and so do the people given that body.  The body
    finder runs before the names are read, so it cannot tell a surname from
    the first word of a body's name; this pass can."""
    if not doc.people:
        return
    tails = _person_tails(doc)
    renamed: dict[str, str] = {}
    for i, m in enumerate(doc.institutions):
        if m.form != "full" or len(m.name.split()) < 3:
            continue
        new = renamed.get(m.name) or _without_person(m.name, tails)
        if new is None:
            continue
        renamed[m.name] = new
        cut = len(m.name) - len(new)
        doc.institutions[i] = InstitutionMention(m.start + cut, m.end, new, m.kind, m.form)
    for p in doc.people:
        if p.institution in renamed:
            p.institution = renamed[p.institution]
