"""People: names with their title, unit, institution and party, and the
later short mentions ("Başkan Hürriyet", "Kartoğlu da") that refer to them.

Patterns read, in this order:
  1. "<Institution> <Unit words> <Title> [honorific] <Name>"  (title first);
  2. "<Given name> <Surname>" with a known given name, or a surname in
     capitals ("Veli TOPAL"), without a title;
  3. short mentions: a surname alone or after a title, resolved to the
     person already named; a title alone ("Başakşehir Belediye
     Başkanı'nı") resolved to the person holding it.
A word that is both a place and a surname ("İmamoğlu") is read as a person
unless it stands in an institution name ("İmamoğlu Belediyesi").
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from ortakmasa.lib.turkish import ascii_fold, search_key, title
from ortakmasa.lib.turkish import lower as _turkish_lower

from .commonwords import compound_head, no_name_word, past_or_future
from .document import Doc, InstitutionMention, Mention, Person, Token
from .gazetteer import load
from .institutions import (
    case_marked,
    comma_continues,
    directorate_level,
    display_word,
    drop_class_names,
    event_opener_re,
    is_sentence_start,
    join_words,
    looks_inflected,
    metropolitan_of,
    numbered_place,
    past_verb,
    token_index,
)
from .levels import STATE_DIRECTORATES
from .resources import TitleSpec, lexicon, post_last_words, read_csv
from .tokens import GENITIVE_ENDINGS

# Words recur: lower-case each distinct one once.
lower = lru_cache(maxsize=1 << 15)(_turkish_lower)

_CONT_OK = re.compile(
    r"^(?:|[ıiuü]|s[ıiuü]|y[ıiuü]|[ıiuü]?m[ıiuü]z[a-zçğıöşü]*|[ıiuü]n[ıiuü]n|[ıiuü]n[ae]"
    r"|s[ıiuü]n[a-zçğıöşü]*|y[ıiuü]n[a-zçğıöşü]*|[ıiuü]nd[ae]n?|[ıiuü]yl[ae]|[ıiuü]n[ıiuü]"
    r"|[ae]|y[ae]|[ıiuü]m|l[ae]r[ıi]?|l[ae]r[ıi]nd[ae]n)$"
)
#: a post's ending without a case: possessive, plural, both
_NOMINATIVE_RE = re.compile(r"(?:l[ae]r)?(?:[ıiuü]|s[ıiuü]|[ıiuü]?m[ıiuü]z|[ıiuü]?m|l[ae]r[ıi])?")
_PARTY_SUFFIX = re.compile(r"^(?:'?l[ıiuü]|'?n[ıiuü]n|'?d[ae]n)$")


@dataclass
class TitleHit:
    start: int
    end: int
    spec: TitleSpec
    case: str
    capitalised: bool
    #: written in the plural ("Meclis Üyeleri")
    plural: bool = False


@dataclass
class _TitleState:
    #: the end of the last titled name, with its unit and institution
    prev: tuple[int, str | None, str | None] | None = None
    #: a post without a name joined by "ve" to the next one: (end, title,
    #: unit, institution)
    first: tuple[int, str, str | None, str | None] | None = None
    #: the party of the last titled name
    party: str | None = None


_VE_RE = re.compile(r" ve (?=[A-ZÇĞİÖŞÜ])")
#: the noun a place names in its case ("ilçesi", "ilinde", "merkezinde", "Büyükşehir")
_PLACE_NOUN_RE = re.compile(
    r"^(?:(ilçe|il|köy|belde|mahalle|merkez)(?:si|i|sin|in|ü|ün)\w*$|Büyükşehir)"
)
#: given names that are also words the name reader refuses ("devlet", "hanım"),
#: read as a name only right after a post and before one surname (general
#: knowledge: "MHP Genel Başkanı Devlet Bahçeli")
_WORD_GIVEN_NAMES = frozenset(
    ("devlet", "hanım", "temel", "kudret", "mutlu", "sultan", "gazi", "kurtuluş")
)
#: the same noun between a district and its post ("İliç İlçesi Belediye Başkanı")
_DISTRICT_NOUN_RE = re.compile(r"^(?:İlçesi|ilçesi|İli|ili)$")
#: the dative, written to someone addressed or thanked ("Türel'e")
_DATIVE = frozenset(("a", "e", "ya", "ye", "na", "ne"))
#: the locative written after a place ("Konya'da")
_LOCATIVE = frozenset(("da", "de", "ta", "te", "nda", "nde"))
#: a possessed post in the dative or accusative ("Bakanımıza", "Valisine"):
#: someone addressed, not a first post stacked on the next person's
_CASE_MARKED_POST_RE = re.compile(r"(?:m[ıiuü]z|s?[ıiuü]n)(?:[ae]|[ıiuü])$")
#: a capitalised word after a post, read one at a time up to the next post
_STACKED_RE = re.compile(r" [A-ZÇĞİÖŞÜ][a-zçğıöşü]+ ")
#: the acting and deputy posts' words at the end of a stem ("başkan vekil",
#: "başkanvekil", "müdür yardımcı") and how offices abbreviate them
_ABBREVIATED_POSTS = (
    (re.compile(r"(?: |(?<=başkan))vekil$"), " v."),
    (re.compile(r" yardımcı$"), " yrd."),
)


#: what a title's stem takes to name its office ("Muhtarlık", "Başkanlığı")
_OFFICE_NOUN_RE = re.compile(r"l[ıiuü][kğ]")


@lru_cache(maxsize=1)
def _title_re() -> tuple[re.Pattern[str], dict[str, TitleSpec]]:
    specs = {t.stem: t for t in lexicon().titles}
    for stem, spec in list(specs.items()):
        # "Müdür V.", "Komutan V.", "Belediye Başkan V.", "Başkan Yrd.": an
        # acting or deputy post abbreviated as Turkish offices write it
        for rx, abbreviation in _ABBREVIATED_POSTS:
            short = rx.sub(abbreviation, stem)
            if short != stem:
                specs.setdefault(short, spec)
    # a title hard-wrapped by the page ("Belediye\nBaşkanı") is still one
    alts = "|".join(
        re.escape(s).replace("\\ ", "[ \n]") for s in sorted(specs, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w])({alts})([a-zçğıöşü]*)(?:'([a-zçğıöşü]+))?"), specs


# "… Dernek Başkanı Ali Ak ve yönetim kurulu üyeleri Can Er ve Ece Su": a
# board's members listed in lower case after their head; a council's
# members likewise ("meclis üyeleri A, B ve C", "CHP'li meclis üyelerinden A"),
# and a municipality's co-mayors ("Artuklu Belediyesi eş başkanları A ve B")
_BOARD_PLURAL_RE = re.compile(
    r"yönetim kurulu üyeleri|(?:belediye |il genel )?meclis(?:i)? üyeleri|eş ?başkanları"
)


def find_titles(doc: Doc) -> list[TitleHit]:
    rx, specs = _title_re()
    out: list[TitleHit] = []
    for m in rx.finditer(doc.lower):
        cont = m.group(2)
        if not _CONT_OK.match(cont):
            continue
        spec = specs[m.group(1).replace("\n", " ")]
        case = m.group(3) or ""
        plural = cont.startswith(("ler", "lar"))
        if plural and not doc.text[m.start()].isupper() and not _BOARD_PLURAL_RE.match(m.group(0)):
            continue  # "mahalle muhtarları": a group, not a post before names
        hit = TitleHit(m.start(), m.end(), spec, case, doc.text[m.start()].isupper(), plural)
        joined = _joined_posts(doc, out[-1], hit, cont) if out else None
        if joined is not None:
            out[-1] = joined
            continue
        out.append(hit)
    return out


#: the possessive that makes a post the head of a compound ("Başkan-ı")
_POSSESSIVE_RE = re.compile(r"s?[ıiuü]")


def _joined_posts(doc: Doc, first: TitleHit, second: TitleHit, cont: str) -> TitleHit | None:
    """One post written as a compound of two ("Bölge Koordinatör Başkanı",
    "Rektör Danışmanı", "Genel Sekreter Danışmanı"): a post without a case
    ending, one space, and a capitalised post in the possessive that heads
    it.  The compound is the post; it reads the words left of the first."""
    poss = _POSSESSIVE_RE.match(cont)
    if poss is None or first.case or first.plural or second.case or second.plural:
        return None
    if not (first.capitalised and second.capitalised) or doc.text[first.end : second.start] != " ":
        return None
    written = " ".join(title(lower(w)) for w in doc.text[first.start : first.end].split())
    if not written.replace(" ", "").replace("-", "").isalpha():
        return None  # "Meclis 1. Başkan V." is one row of the lexicon
    post = second.spec.canonical
    if lower(post).split()[-1] == second.spec.stem.split()[-1]:
        post += poss.group()  # "Başkan" + "ı"
    spec = TitleSpec(
        f"{first.spec.stem} {second.spec.stem}",
        f"{written} {post}",
        second.spec.kind,
        second.spec.head,
    )
    return TitleHit(first.start, second.end, spec, second.case, True)


def _is_name_word(t: Token, lex_not: frozenset[str]) -> bool:
    if not t.is_word or not t.is_cap or len(t.base) < 2:
        return False
    low = lower(t.base)
    if low in lex_not:
        # "Yavuz SAYIN": an honorific in capitals may be a surname (an
        # honorific before a name is skipped before words are read)
        return t.base.isupper() and low in lexicon().honorific_surnames
    if no_name_word(t.base):
        return False  # "Günü Mesajı", "Düğümü Çözdü": a headline's words
    if t.base.isupper() and _CHAMBER_ACRONYM_RE.fullmatch(t.base):
        return False  # "Ali Ak İTSO'yu ziyaret etti": a chamber's acronym
    return not (t.base.isupper() and len(t.base) <= 4 and t.base in _acronyms())


#: the acronym of a chamber, an exchange or an industrial zone: up to three
#: letters of its place or trade, then "TSO" (Ticaret ve Sanayi Odası), "TO",
#: "SO", "TB" (Ticaret Borsası) or "OSB" ("İTSO", "ATO", "KTB", "OSB")
_CHAMBER_ACRONYM_RE = re.compile(r"[A-ZÇĞİÖŞÜ]{0,3}(?:TSO|OSB)|[A-ZÇĞİÖŞÜ]{1,3}(?:TO|SO|TB)")


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    gz = load()
    return frozenset(
        list(lexicon().aliases) + list(gz.parties) + ["AB", "AK", "STK", "ARGE", "TC", "T.C"]
    )


#: posts only an organisation (an association, a foundation, a union) has:
#: the capitalised words right before one name the body even without a
#: head word such as "Derneği" ("Yeşilay Şube Başkanı")
ORG_ONLY_POSTS = frozenset(
    ("Genel Başkan", "Genel Başkan Yardımcısı", "Şube Başkanı", "Yönetim Kurulu Başkanı")
)


@lru_cache(maxsize=1)
def _union_officer_posts() -> frozenset[str]:
    """A union's or an association's officers ("Türk-İş Genel Mali
    Sekreteri", "Şube Örgütlenme Sekreteri"): posts no public office has."""
    return frozenset(
        t.canonical
        for t in lexicon().titles
        if t.canonical.startswith(("Şube ", "Genel "))
        and t.canonical.split()[-1] in ("Sekreteri", "Sekreter")
        and t.canonical != "Genel Sekreter"
    )


#: posts whose field may be written before them as common words, with the
#: head noun as the post is then written ("Kamu Mevzuatı Uzmanı")
COMPOUND_HEADS = {"Başkan": "Başkanı", "Uzman": "Uzmanı", "Danışman": "Danışmanı"}
#: the last word of a field before "Başkanı": a compound's possessive
#: ("Hizmetleri", "Heyeti", "Kürsü"), never a club's or a brand's own name
_FIELD_END_RE = re.compile(r"[ıiuü]$")
#: "2." or a written ordinal before a chair
_ORDINAL_RE = re.compile(r"^(?:\d{1,2}\.|İkinci|Üçüncü)$")


@lru_cache(maxsize=1)
def _field_breaks() -> frozenset[str]:
    """Words that name a body, not a post's field: the last words of the
    lexicon's heads, the back heads, generic body words and a few words of
    bodies without a head of their own ("Kurulu", "Merkezi")."""
    lex = lexicon()
    words = {head.split()[-1] for head, _kind in lex.org_heads}
    words |= set(lex.back_heads) | set(lex.back_heads.values()) | lex.generic_body_words
    return frozenset(words | _BODY_WORDS)


_BODY_WORDS = frozenset(
    ("kurulu", "merkezi", "grubu", "komitesi", "topluluğu", "ocağı", "temsilciliği", "masası")
)

#: a branch's chair written with the branch ("X Derneği Van Şubesi Yönetim
#: Kurulu Başkanı") is the organisation's "Şube Başkanı"
BRANCH_POSTS = {"Başkan": "Şube Başkanı", "Yönetim Kurulu Başkanı": "Şube Başkanı"}
_BRANCH_NUMBER_RE = re.compile(r"^(?:\d{1,3}|No['’.]?lu|Nolu|Numaralı)$")

#: adverbs that open a sentence before a post ("Özellikle İl Müdürü A'ya")
_SENTENCE_ADVERBS = frozenset(("özellikle", "başta", "ayrıca", "ancak", "yine", "bizzat"))

#: posts that belong to one body wherever they are written
PARLIAMENT = "Türkiye Büyük Millet Meclisi"
#: the four presidencies of a province's health directorate (İl Sağlık
#: Müdürlüğü) since 2017, under their names old and new
HEALTH_DIRECTORATE = "İl Sağlık Müdürlüğü"
#: the President's advisers hold posts of the Presidency ("Cumhurbaşkanı
#: Başdanışmanı A" is "Başdanışman" of "Cumhurbaşkanlığı")
PRESIDENCY = "Cumhurbaşkanlığı"
PRESIDENCY_POSTS = {
    "Cumhurbaşkanı Başdanışmanı": "Başdanışman",
    "Cumhurbaşkanı Danışmanı": "Danışman",
}

#: a development agency's advisory council (5449 sayılı Kanun): its officers
#: hold the council as unit and the agency as body
AGENCY_COUNCIL = "Kalkınma Kurulu"
AGENCY_HEAD = "Kalkınma Ajansı"

#: the suffix of a party adjective ("CHP'li", "AK Partili")
_PARTY_SUFFIX_RE = re.compile(r"^l[ıiuü]$")

#: a co-mayor: municipalities run by two co-mayors name both "Eş Başkan"
CO_MAYOR = "Belediye Eş Başkanı"

FIXED_BODIES = {
    "Milletvekili": PARLIAMENT,
    # the Vice President holds a post of the Presidency (Anayasa m. 104)
    "Cumhurbaşkanı Yardımcısı": PRESIDENCY,
    "Kamu Hastaneleri Hizmetleri Başkanı": HEALTH_DIRECTORATE,
    "Kamu Hastane Hizmetleri Başkanı": HEALTH_DIRECTORATE,
    "Halk Sağlığı Hizmetleri Başkanı": HEALTH_DIRECTORATE,
    "Sağlık Hizmetleri Başkanı": HEALTH_DIRECTORATE,
    "Destek Hizmetleri Başkanı": HEALTH_DIRECTORATE,
    # a district's special administration, written without the district
    "Özel İdare Müdürü": "Özel İdare Müdürlüğü",
    "İlçe Özel İdare Müdürü": "İlçe Özel İdare Müdürlüğü",
}

#: posts of a provincial or district office written with the level's word and
#: no place: the office as written, like "İl Sağlık Müdürlüğü" for its director
LEVEL_OFFICES = {
    "İl Müftüsü": "İl Müftülüğü",
    "İl Müftü Yardımcısı": "İl Müftülüğü",
    "İlçe Müftüsü": "İlçe Müftülüğü",
}

#: bodies whose assemblies ("Gençlik Meclisi", "Kadın Meclisi") are written
#: after them as bodies of their own: the assembly is the unit, they the body
ASSEMBLY_PARENTS = ("Kent Konseyi",)

#: a directorate's head and its acting head, as written after the
#: directorate's words ("İl Emniyet Müdür Vekili")
DIRECTOR_POSTS = {"Müdür": "Müdürü", "Müdür Vekili": "Müdür Vekili"}


#: a ministry's provincial or district director, acting or not: the post
#: is written whole with the directorate's words ("Aile ve Sosyal
#: Hizmetler İl Müdür Vekili")
def _field_key(field: str) -> tuple[str, ...]:
    return tuple(w for w in lower(field.replace(",", " ")).split() if w != "ve")


@lru_cache(maxsize=1)
def _ministry_fields() -> dict[tuple[str, ...], str]:
    """Ministries' fields ("Aile ve Sosyal Hizmetler"), from their names in
    ``public_bodies.csv``, by their words without "ve" and commas."""
    fields: dict[tuple[str, ...], str] = {}
    for row in read_csv("public_bodies.csv"):
        if row.get("kind") != "ministry":
            continue
        for name in (row["name"], *(row.get("aliases") or "").split("|")):
            if name.endswith(" Bakanlığı"):
                field = name.removesuffix(" Bakanlığı")
                fields.setdefault(_field_key(field), field)
    return fields


def ministry_field(words: str) -> str:
    """A ministry's field as the ministry writes it: the press drops the
    "ve" ("Aile Sosyal Hizmetler İl Müdürü", "Gençlik Spor İl Müdürü")."""
    if " ve " in f" {words} " or not words:
        return words
    return _ministry_fields().get(_field_key(words), words)


WHOLE_DIRECTOR_POSTS = frozenset(
    ("İl Müdürü", "İlçe Müdürü", "İl Müdür Vekili", "İlçe Müdür Vekili")
)

#: a possessive followed by the dative or accusative ("Toplantısına"),
#: which ends no place name
_POSSESSIVE_CASE = ("ına", "ine", "una", "üne", "ını", "ini", "unu", "ünü")
_PLURAL_RE = re.compile(r"l[ae]r(?:ı|i)?$")
_PARAGRAPH_RE = re.compile(r"\n[ \t]*\n")

# "söz alan X Y", "toplantıda konuşan X Y": a speaker is named next
_SPEAKER_CUES = frozenset({"alan", "konuşan"})
_PARTY_ADJ_RE = re.compile(
    r"(?<!\S)(?P<party>\w+(?: Parti)?)(?:['’]?l[ıiuü]"
    r"| [Gg]rubu(?:ndan| adına)(?: ise| de| da)?(?: söz alan| konuşan)?) $"
)
_APPOINTED_RE = re.compile(
    r"[ \t]+olarak[ \t]+(?:yeniden[ \t]+)?(?:atanan|seçilen|görevlendirilen|göreve[ \t]+başlayan"
    r"|görev[ \t]+yapan|görevine[ \t]+başlayan)[ \t]+(?=\S)"
)
_FORMER_WORDS = frozenset({"eski", "sabık", "merhum", "rahmetli"})
#: "önceki dönem Belediye Başkanı", "geçmiş dönem Valisi": a past term
_PAST_TERM_WORDS = frozenset({"önceki", "geçmiş"})
_CHAIRED_BODY_RE = re.compile(r"başkanlığı'?ndaki ")
_SPEAKER_CUE_VERBS = frozenset({"söz", "toplantıda", "törende", "açılışta", "programda"})


#: heads of a school's name: its director is its "Okul Müdürü"
SCHOOL_HEADS = (
    "İlkokulu",
    "Ortaokulu",
    "Lisesi",
    "Anaokulu",
    "Okulu",
    "İlköğretim Okulu",
    "Koleji",
)


def _school_post(canonical: str, body: str | None) -> str:
    """ "Cumhuriyet İlkokulu Müdürü": a school's director is its "Okul
    Müdürü", as news writes the post on its own."""
    if body and canonical in ("Müdür", "Müdür Yardımcısı") and body.endswith(SCHOOL_HEADS):
        return f"Okul {canonical}ü" if canonical == "Müdür" else "Okul Müdür Yardımcısı"
    return canonical


class _Builder:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.gz = load()
        self.lex = lexicon()
        self.starts = [t.start for t in doc.tokens]
        # Bodies written in full, sorted by start, and masks over the text
        # for "inside a body" and "already read as a person": every check
        # is O(1) or a bisection, never a scan of all earlier finds.
        self.full = sorted(
            (m for m in doc.institutions if m.form != "modifier"), key=lambda m: m.start
        )
        self.full_starts = [m.start for m in self.full]
        self.inst_mask = _mask(len(doc.text), ((m.start, m.end) for m in self.full))
        self.used = bytearray(len(doc.text) + 1)
        self.known = {m.name for m in doc.institutions}
        #: national assemblies by where their name starts ("KKTC Meclis Başkanı")
        self.parliaments = {m.start: m.name for m in doc.institutions if m.kind == "parliament"}
        #: acronyms the text defines after a body ("… Sanayi Odası'nın (ETSO)")
        self.defined = _defined_acronyms(doc, self.full)
        self.hit_starts: frozenset[int] = frozenset()
        #: people by the last word of their name, in order of first mention
        self.by_last: dict[str, list[int]] = {}
        #: the surnames of ``by_last`` by their ASCII fold, and its size then
        self._folded: dict[str, list[str]] = {}
        self._folded_size = -1
        #: (person, post) of people named by a post they once held
        self.former: list[tuple[int, str]] = []
        #: the people a plural title's list named after its first name
        self.listed: list[int] = []

    # -- helpers -------------------------------------------------------------
    def inside_institution(self, pos: int) -> bool:
        return bool(self.inst_mask[pos]) if 0 <= pos < len(self.inst_mask) else False

    def taken(self, pos: int) -> bool:
        return bool(self.used[pos]) if 0 <= pos < len(self.used) else False

    def mark_used(self, start: int, end: int) -> None:
        self.used[start:end] = b"\x01" * (end - start)

    def bodies_within(self, lo: int, hi: int) -> list[InstitutionMention]:
        """Bodies written in full that lie inside text[lo:hi]."""
        i = bisect.bisect_left(self.full_starts, lo)
        j = bisect.bisect_left(self.full_starts, hi)
        return [m for m in self.full[i:j] if m.end <= hi]

    def read_name(self, ti: int) -> list[Token]:
        """Name tokens from token ``ti`` on (honorifics skipped)."""
        toks = self.doc.tokens
        ti = self._skip_honorifics(ti)
        out: list[Token] = []
        if ti < len(toks) and lower(toks[ti].base) in self.lex.honorific_given_names:
            out.append(toks[ti])  # "Hacı Osman Kaya": the honorific is his first name
            ti += 1
        prev_end = toks[ti - 1].end if ti > 0 else 0
        while ti < len(toks) and len(out) < 4:
            t = toks[ti]
            gap = self.doc.text[prev_end : t.start]
            if out and gap not in (" ", "") and not self._wrapped_surname(out, t, gap):
                break
            if self._initial_at(ti):
                # "H. Kemal Yurtsever", "Nikos T. Papadakis"
                out.append(t)
                prev_end = toks[ti + 1].end
                ti += 2
                continue
            if self._rank_inside(out, ti):
                # "Tank Kurmay Albay Kadir Çelik", "Personel Albay A": the
                # words before a rank are his unit, not his name
                out = []
                ti = self._skip_honorifics(ti)
                prev_end = toks[ti - 1].end
                continue
            if self._ends_name(out, ti):
                break
            out.append(t)
            prev_end = t.end
            ti += 1
            if t.suffix:
                break
        while out and _initial(out[-1]):
            out.pop()
        return out

    def _rank_inside(self, out: list[Token], ti: int) -> bool:
        """Whether token ``ti`` is an honorific written after words that are
        no given name and before a name word: it opens the name."""
        toks = self.doc.tokens
        t = toks[ti]
        if not out or t.suffix or lower(t.base) not in self.lex.honorifics:
            return False
        if any(lower(w.base) in self.lex.given_names for w in out):
            return False  # "Ali Yazar Kaya": a surname that is also a calling
        nxt = toks[ti + 1] if ti + 1 < len(toks) else None
        return nxt is not None and nxt.is_cap and _is_name_word(nxt, self.lex.not_names)

    def _acting_mark(self, ti: int) -> bool:
        """Whether token ``ti`` is the "V." (vekili) written after a post."""
        toks = self.doc.tokens
        return (
            0 < ti < len(toks) - 1
            and toks[ti].base == "V"
            and toks[ti + 1].text == "."
            and lower(toks[ti - 1].base) in post_last_words()
        )

    def _initial_at(self, ti: int) -> bool:
        """Whether token ``ti`` is a given name written as an initial: one
        capital letter and a full stop, then a name word that is no
        abbreviation itself ("J. Alb. Ali Ak" opens with a rank)."""
        toks = self.doc.tokens
        if ti + 2 >= len(toks) or not _initial(toks[ti]):
            return False
        dot, nxt = toks[ti + 1], toks[ti + 2]
        if (
            dot.text != "."
            or dot.start != toks[ti].end
            or self.doc.text[dot.end : nxt.start] != " "
        ):
            return False
        if len(nxt.base) < 2 or lower(nxt.base) in self.lex.honorifics:
            return False
        if self._acting_mark(ti):
            return False  # "İl Emniyet Müdür V. Ali Ak": the acting director
        if ti + 3 < len(toks) and toks[ti + 3].text == "." and toks[ti + 3].start == nxt.end:
            return False
        return _is_name_word(nxt, self.lex.not_names)

    def _wrapped_surname(self, out: list[Token], t: Token, gap: str) -> bool:
        """ "üyelerden Hakan⏎GİYİK": a page hard-wrapped between a given name
        and a surname in capitals (the "Ad SOYAD" of minutes) is one name."""
        last = out[-1]
        return (
            gap == "\n"
            and lower(out[0].base) in self.lex.given_names
            and not last.base.isupper()
            and not last.suffix
            and t.base.isupper()
            and len(t.base) > 2
        )

    def _skip_honorifics(self, ti: int) -> int:
        toks = self.doc.tokens
        n = len(toks)
        if ti < n and toks[ti].text == ":":
            ti += 1  # "Meclis Başkanı : Hasan KARABAĞ" in minutes
        if self._acting_mark(ti):
            ti += 2  # "İl Jandarma Komutan V. J. Alb. Ali Ak": the acting post
        while ti < n and lower(toks[ti].base) in self.lex.honorifics:
            if self._given_honorific(ti):
                break
            ti += 1
            if ti < n and toks[ti].text == ".":
                ti += 1
            if ti < n and lower(toks[ti].base) in self.lex.honorific_second_words:
                ti += 1  # "Dr. Öğr. Üyesi Ali Ak": a two-word rank
            joined = ti + 1 < n and toks[ti].text in ("/", "-")
            if joined and lower(toks[ti + 1].base) in self.lex.honorifics:
                ti += 1  # "Yazar/Ressam Ali Ak", "Gazeteci-Yazar …": two callings
        return ti

    def _given_honorific(self, ti: int) -> bool:
        """Whether token ``ti`` is an honorific that is also a given name
        ("Hacı") opening a name: a given name and a name word follow."""
        toks = self.doc.tokens
        if lower(toks[ti].base) not in self.lex.honorific_given_names or ti + 2 >= len(toks):
            return False
        nxt, last = toks[ti + 1], toks[ti + 2]
        if lower(nxt.base) not in self.lex.given_names:
            # "Başkanı Hacı Karanfil, …": one surname and the name ends, so
            # "Hacı" is his given name, not a pilgrim's honorific
            return (
                nxt.is_cap
                and self.doc.text[toks[ti].end : nxt.start] == " "
                and _is_name_word(nxt, self.lex.not_names)
                and not (last.is_cap and _is_name_word(last, self.lex.not_names))
            )
        return (
            not nxt.suffix
            and _is_name_word(last, self.lex.not_names)
            and self.doc.text[toks[ti].end : last.start].count(" ") == 2
        )

    def _ends_name(self, out: list[Token], ti: int) -> bool:
        """Whether token ``ti`` cannot continue the name read so far."""
        t = self.doc.tokens[ti]
        if not _is_name_word(t, self.lex.not_names) or self.inside_institution(t.start):
            return True
        if _headline_verb(out, t) and lower(out[0].base) not in self.lex.given_names:
            # "VALİ TEPKİ GÖSTERDİ": a headline's verb; after a given name it
            # is a surname ("Aydoğdu", "Tanrıverdi")
            return True
        if self._place_after_name(out, t):
            return True
        if _after_capitals_surname(out, t):
            return True  # "Ahmet KARA Semazenler;": the surname in capitals ends it
        if len(out) == 1 and self._known_surname(out[0], t):
            return True  # "Başkan Yüksel Ergene Belediye …": a later mention, then other words
        if len(out) >= 2 and self._ends_full_name(out, ti):
            return True
        if len(out) >= 2 and lower(t.suffix) in _DATIVE and self._other_named_earlier(out, t):
            return True  # "Muhtarı Osman Şahin Türel'e …": the mayor named before, addressed
        if out and self._modifies_next(out, ti):
            return True
        if out and self._place_with_its_noun(ti):
            return True  # "Mustafa Balbay Emet ilçesi …", "Başkan Zolan Balıkesir Büyükşehir'i"
        return bool(out) and self._starts_title(t)

    def _place_after_name(self, out: list[Token], t: Token) -> bool:
        """A place in its case after a surname ("Başkan Altay Konya'da") or
        in the locative after a full name ("Rektör Ali Ak Ordu'da"): where,
        not who."""
        if not t.suffix or not self.gz.is_place(t.base):
            return False
        if len(out) == 1:
            first = lower(out[0].base)  # "Hacı Akpınar'ı": Hacı read as his given name
            return first not in self.lex.given_names and first not in self.lex.honorific_given_names
        return len(out) >= 2 and lower(t.suffix) in _LOCATIVE

    def _place_with_its_noun(self, ti: int) -> bool:
        """A place followed by the noun it names ("Emet ilçesi", "Sivas ili",
        "Balıkesir Büyükşehir"): no word of a person's name."""
        toks = self.doc.tokens
        t = toks[ti]
        if t.suffix or ti + 1 >= len(toks) or not self.gz.is_place(t.base):
            return False
        nxt = toks[ti + 1]
        m = _PLACE_NOUN_RE.match(nxt.text)
        if self.doc.text[t.end : nxt.start] != " " or m is None:
            return False
        places = self.gz.places.get(lower(t.base), ())
        if m.group(1) == "ilçe":
            return any(not p.is_province for p in places)
        if m.group(1) == "il":
            return any(p.is_province for p in places)
        if m.group(1) is None:
            # "Yıldırım Büyükşehir'de": a district's name is also a surname
            return any(p.is_province and p.is_metropolitan for p in places)
        return True

    def _modifies_next(self, out: list[Token], ti: int) -> bool:
        """Whether token ``ti``, after a name already complete, belongs to
        the words after it: a party's name ("Ayşe Kara Ak Parti İlçe
        Başkanı") or the modifier of a compound noun ("Ayşe Kara Atatürk
        Anıtı'na", "Başkan Kara Kurban Bayramı")."""
        toks = self.doc.tokens
        t = toks[ti]
        if t.suffix or ti + 1 >= len(toks):
            return False
        nxt = toks[ti + 1]
        if self.doc.text[t.end : nxt.start] != " " or not nxt.is_cap:
            return False
        complete = len(out) >= 2 or self._named_earlier(out[0])
        if not complete:
            return False
        if lower(nxt.base) in ("parti", "partisi"):
            return True
        return compound_head(nxt.base)

    def _given_names_only(self, out: list[Token]) -> bool:
        """Whether the words read so far are all listed given names and none
        is the surname of a person named earlier ("Mehmet Ali")."""
        return all(
            lower(w.base) in self.lex.given_names and not self._named_earlier(w) for w in out
        )

    def _ends_full_name(self, out: list[Token], ti: int) -> bool:
        """Whether token ``ti`` ends a name already read as given name and
        surname."""
        t = self.doc.tokens[ti]
        # "Yasin Kartoğlu Başakşehir'de": a place with a case ending ends
        # the name; without one it may be a surname ("Ahmet Metin Genç");
        # "Vahap Seçer Muğla Milas Belediye Başkanı": the next post
        if t.suffix and self.gz.is_place(t.base):
            # "Mehmet Selim Kiraz'ın": after given names only, a place's name
            # in the genitive is the surname they lack
            return not (lower(t.suffix) in GENITIVE_ENDINGS and self._given_names_only(out))
        if self._places_then_title(ti) and not self._given_names_only(out):
            return True  # "Bayram Ali Çeltik başkanlığında": two given names, then the surname
        if past_or_future(t.base) and _line_ends(self.doc.text, t.end):
            return True  # "Umut Aydın Çözdü⏎": a headline's verb after a name
        return self._post_of_result(t)  # "Umut Aydın Başkan Vekili⏎" in a result list

    def _post_of_result(self, t: Token) -> bool:
        """Whether ``t`` opens a post written after a name in a result list."""
        hit = _post_after_re().match(self.doc.lower, t.start)
        return hit is not None and _states_result(self.doc, hit.end())

    def _known_surname(self, t: Token, nxt: Token | None = None) -> bool:
        """Whether ``t`` is the surname of a person named in full earlier,
        written alone before ``nxt``. A given name that is also a surname
        ("Dinçer", "Yiğit") is one only when a place follows ("Başkan Dinçer
        Konya Valisi'ne"); before another name word it opens a name."""
        low = lower(t.base)
        known = self._named_earlier(t)
        if not known or low not in self.lex.given_names:
            return known
        return nxt is not None and self.gz.is_place(nxt.base)

    def _named_earlier(self, t: Token) -> bool:
        """Whether ``t`` is the surname of a person named in full earlier."""
        return any(
            len(self.doc.people[i].words) >= 2 and t.start > self.doc.people[i].spans[0][0]
            for i in self.by_last.get(lower(t.base), ())
        )

    def _other_named_earlier(self, out: list[Token], t: Token) -> bool:
        """Whether ``t`` is the surname of someone else named in full
        earlier: none of the given names read so far is theirs ("Menderes
        Türel" before "Osman Şahin Türel'e"; not "Şemsi Bayraktar" before
        "Ş. Şemsi Bayraktar'a")."""
        given = {lower(w.base) for w in out}
        for i in self.by_last.get(lower(t.base), ()):
            p = self.doc.people[i]
            theirs = {part for w in p.words[:-1] for part in w.split(".") if part}
            if len(p.words) >= 2 and t.start > p.spans[0][0] and not given & theirs:
                return True
        return False

    def _places_then_title(self, ti: int) -> bool:
        """Whether tokens from ``ti`` are place names followed by a title or
        by a common word ("Şile İlçemizde", "Bursa Büyükşehir")."""
        toks = self.doc.tokens
        j = ti
        while j < len(toks) and j - ti < 3 and not toks[j].suffix:
            if not self.gz.is_place(toks[j].base):
                break
            j += 1
        if j == ti or j >= len(toks):
            return False
        nxt = toks[j]
        if nxt.is_cap and self.doc.text[toks[j - 1].end : nxt.start] == " ":
            if lower(nxt.base) in self.lex.not_names or no_name_word(nxt.base):
                return True
        return self._starts_title(nxt)

    def _starts_title(self, t: Token) -> bool:
        rx, _ = _title_re()
        return bool(rx.match(self.doc.lower, t.start))

    def _starts_post(self, t: Token) -> bool:
        """A title, not the noun of its office: "Muhtarlık Dairesi Başkanı"
        names a department, read on leftwards."""
        rx, _ = _title_re()
        m = rx.match(self.doc.lower, t.start)
        return m is not None and not _OFFICE_NOUN_RE.match(m.group(2))

    def add_person(
        self,
        toks: list[Token],
        *,
        title_: str | None = None,
        unit: str | None = None,
        institution: str | None = None,
        in_quote: bool = False,
    ) -> int:
        toks = self._unglue_place(toks)
        name = " ".join(_written_name_word(t) for t in toks)
        words = tuple(lower(w) for w in name.split())
        idx = self._match_entity(words)
        people = self.doc.people
        if idx is None:
            idx = len(people)
            people.append(Person(name=name, key=search_key(name), words=words))
        else:
            p = people[idx]
            if len(words) > len(p.words):
                p.name, p.key, p.words = name, search_key(name), words
        p = people[idx]
        if title_ and (
            p.title is None
            or (institution and p.institution is None)
            or _mayor_over_union(p, title_, institution)
        ):
            if _mayor_over_union(p, title_, institution):
                p.institution = None  # "Birlik Başkanı X" first, "Belediye Başkanı X" later
            p.title = title_
            if unit:
                p.unit = unit
        if institution and p.institution is None:
            p.institution = institution
        if unit and p.unit is None and p.title == title_:
            p.unit = unit
        start, end = toks[0].start, toks[-1].end
        p.spans.append((start, end))
        self.doc.mentions.append(Mention(start, end, idx, toks[-1].suffix, in_quote))
        self.mark_used(start, end)
        return idx

    def _unglue_place(self, toks: list[Token]) -> list[Token]:
        """ "Ahmet Kaya-Bursa" in a list of members: the province glued to
        the surname is not part of the name."""
        last = toks[-1]
        head, dash, tail = last.base.rpartition("-")
        if len(toks) < 2 or not dash or not head or not self._names_a_place_word(tail):
            return toks
        cut = Token(last.start, last.start + len(head), head, head, "")
        return [*toks[:-1], cut]

    def _names_a_place_word(self, word: str) -> bool:
        return bool(word) and (self.gz.is_place(word) or lower(word) in self.lex.countries)

    def _match_entity(self, words: tuple[str, ...]) -> int | None:
        found = self._match_by_last(words)
        if found is None and words:
            self.by_last.setdefault(words[-1], []).append(len(self.doc.people))
        return found

    def _match_by_last(self, words: tuple[str, ...]) -> int | None:
        for i in self.by_last.get(words[-1] if words else "", ()):
            p = self.doc.people[i]
            short, long_ = (words, p.words) if len(words) <= len(p.words) else (p.words, words)
            if len(short) >= 2 and long_[-len(short) :] == short:
                return i
            if short == long_:
                return i
        return None

    # -- left context of a title -----------------------------------------
    def _abbreviation_dot(self, j: int, words: list[Token]) -> bool:
        """ "İzmir Metro A.Ş. Genel Müdürü": the full stop of a body's
        dotted abbreviation is no sentence end before its post."""
        toks = self.doc.tokens
        return (
            not words
            and j > 0
            and toks[j].text == "."
            and "." in toks[j - 1].text
            and self.inside_institution(toks[j - 1].start)
        )

    def _passed_over(self, j: int, words: list[Token]) -> bool:
        """A token the leftward reading steps over: a comma inside a list of
        posts, an abbreviation's dot, the dash of a union's name ("Sağlık –
        Sen Genel Başkanı"), the noun after a district's name."""
        t = self.doc.tokens[j]
        if words and t.text in ("-", "–") and self.inside_institution(t.start):
            return True
        if j > 0 and self._district_noun(j):
            prev = self.doc.tokens[j - 1]
            if prev.is_cap and not prev.suffix and self.gz.is_place(prev.text):
                return True  # "İliç İlçesi Belediye Başkanı", "Kemah ilçesi Belediye Başkanı"
        return comma_continues(self.doc, j, words) or self._abbreviation_dot(j, words)

    def _district_noun(self, j: int) -> bool:
        """ "İlçesi" after a district's name, or "İlçe" before "Kaymakamı"
        ("Palandöken İlçe Kaymakamı": a district governor is the district's
        alone; before a directorate "İlçe" is part of the post)."""
        toks = self.doc.tokens
        if _DISTRICT_NOUN_RE.match(toks[j].text):
            return True
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        return toks[j].text == "İlçe" and nxt is not None and lower(nxt.text).startswith("kaymakam")

    def left_words(self, hit: TitleHit) -> tuple[list[Token], str | None]:
        """The capitalised words written before a title (read leftwards up
        to a suffix, a party, another title or a name), and the party."""
        toks = self.doc.tokens
        j = token_index(toks, self.starts, hit.start) - 1
        party = None
        words, j, right = self._post_opening(j, hit.start)
        while j >= 0 and len(words) < 11:
            t = toks[j]
            if self._passed_over(j, words):
                j -= 1
                continue
            if not words and self._acronym_in_parentheses(j):
                j -= 3  # "İzmir İş Dünyası Derneği (İZİD) Başkanı": the body's acronym
                right = toks[j + 1].start
                continue
            gap = self.doc.text[t.end : right]
            if (
                words
                and numbered_place(t, words[-1], _second_last(words))
                and not _PARAGRAPH_RE.search(gap)
            ):
                words.append(t)  # "19 Mayıs Belediye Başkanı": the number is the place's
                right = t.start
                j -= 1
                continue
            if not t.is_word or t.suffix or _PARAGRAPH_RE.search(gap):
                # a paragraph break ends the post's words: the line above is
                # a byline or a heading ("OSMAN GÜNEŞ\n\nBelediye Başkanı …");
                # "X Sendikası'nın (ACR) Genel Sekreteri A": X's post
                words = (
                    words or self._genitive_body(j, right) or self._genitive_place(hit, j, right)
                )
                break
            if "\n" in gap and past_verb(t.text):
                break  # "… Başkanlığında Yapıldı\nVali Ali Ak": a headline above
            right = t.start
            party = self._party_at(j)
            if party is not None:
                break
            if not self._continues_left(words, j):
                break
            words.append(t)
            j -= 1
        words.reverse()
        return self._trim_left(words), party

    def _trim_left(self, words: list[Token]) -> list[Token]:
        while words and (words[0].text == "ve" or lower(words[0].text) in ("sayın", "sn")):
            words.pop(0)  # "Sayın Bakanımız": the address names no ministry
        if words and self._left_opener(words):
            words.pop(0)  # "Toplantıda …", "Törene Belçika … Konsolosu"
        return words

    def _post_opening(self, j: int, right: int) -> tuple[list[Token], int, int]:
        """What the leftward reading of a post's words starts from: past a
        portfolio, with the body's ordinal (``_ordinal_words``)."""
        k = self._before_portfolio(j)
        if k != j:
            right = self.doc.tokens[k + 1].start
        return _ordinal_words(self.doc.tokens, k, right)

    def _before_portfolio(self, j: int) -> int:
        """The token before a portfolio written between a body and its post
        ("AK Parti Yerel Yönetimlerden Sorumlu Genel Başkan Yardımcısı",
        "Kültür İşlerinden Sorumlu Başkan Yardımcısı"): the portfolio names
        no body.  ``j`` itself when token ``j`` ends no portfolio."""
        toks = self.doc.tokens
        if j < 1 or toks[j].text != "Sorumlu" or not _ABLATIVE_RE.search(toks[j - 1].text):
            return j
        k = j - 2
        while k >= 0 and toks[k].is_cap and not toks[k].suffix and self._portfolio_word(k):
            k -= 1
        return k

    def _portfolio_word(self, k: int) -> bool:
        """Whether capitalised token ``k`` before "…den Sorumlu" is a word
        of the portfolio, not of the body or party written before it."""
        t = self.doc.tokens[k]
        if self.inside_institution(t.start) or self._party_at(k) is not None:
            return False
        return not self.gz.is_place(t.base) and lower(t.text) not in self.lex.municipality_types

    def _acronym_in_parentheses(self, j: int) -> bool:
        """Whether tokens ``j-2 … j`` are "(ACRONYM)"."""
        toks = self.doc.tokens
        if j < 3 or toks[j].text != ")" or toks[j - 2].text != "(":
            return False
        inner = toks[j - 1].text
        return inner.isupper() and inner.isalpha() and toks[j - 3].is_cap

    def _party_at(self, j: int) -> str | None:
        """The party ending at token ``j``: "CHP", or one of two words
        ("AK Parti", "İYİ Parti")."""
        toks = self.doc.tokens
        t = toks[j]
        if t.text in self.gz.parties:
            return self.gz.parties[t.text]
        words = [t.text]
        for k in range(j - 1, max(-1, j - 5), -1):
            # "AK Parti", "Milliyetçi Hareket Partisi": a name of up to five words
            if not toks[k].is_word:
                break
            words.insert(0, toks[k].text)
            if (party := self.gz.parties.get(" ".join(words))) is not None:
                return party
        return None

    def _continues_left(self, words: list[Token], j: int) -> bool:
        toks = self.doc.tokens
        t = toks[j]
        joins = t.text == "ve" or t.text in LOWER_BODY_WORDS
        before = toks[j - 1] if j > 0 else None
        joined = before is not None and (before.is_cap or before.text in LOWER_BODY_WORDS)
        if not (t.is_cap or (joins and words and joined)):
            return False
        if lower(t.text) in self.lex.event_words and not self.inside_institution(t.start):
            return False  # "Muhtarlar Toplantısı Vali …": an event names no body
        if (
            self._starts_post(t)
            and lower(t.text) not in ("daire", "birim", "genel", "il")
            and not self.inside_institution(t.start)  # "Isparta Muhtarlar Derneği Başkanı"
            and not _PLURAL_RE.search(lower(t.text))  # "… Muhtarları Dernek Başkanı"
        ):
            return False
        return not self.taken(t.start)

    def _left_opener(self, words: list[Token]) -> bool:
        """A sentence opener before the name of a body: inflected, or in
        the dative or accusative before more words."""
        first = words[0]
        if lower(first.text) in _SENTENCE_ADVERBS:
            return True  # "Özellikle İlçe Emniyet Müdürü …"
        if self.gz.is_place(first.text) or self.inside_institution(first.start):
            return False
        if event_opener_re().match(lower(first.text)):
            return True  # "Programa Tarım ve Orman İl Müdürü", "Yemeğe Kaymakam"
        if lower(first.base) in self.lex.countries:
            return False  # "Ukrayna Antalya Başkonsolosu": the consulate's country
        return looks_inflected(first.text) or (
            len(words) > 1
            and case_marked(first.text)
            and is_sentence_start(self.doc.text, first.start)
        )

    def resolve_left(self, hit: TitleHit, words: list[Token]) -> tuple[str, str | None, str | None]:
        """(title, unit, institution) from the words left of a title; how
        to read them is the title's kind in lexicon.json (``_READERS``)."""
        spec = hit.spec
        canonical = spec.canonical
        if (special := self._post_of_known_body(canonical, words)) is not None:
            return special
        words = self._without_opener(spec, words)
        if not words:
            return self._without_words(hit)
        inst = None
        inst_end = words[0].start
        for m in self.bodies_within(words[0].start, hit.start + 1):
            inst, inst_end = m, m.end
        if inst is None and (named := self._named_body(words, canonical)) is not None:
            return named
        left = _Left(spec, words, inst, [w for w in words if w.start >= inst_end])
        reader = _READERS.get(spec.kind)
        if reader is None:
            return canonical, None, None
        canonical, unit, body = self._branch_or_directorate(*reader(self, left), inst)
        body = self._back_reference(words, hit.start) or body or FIXED_BODIES.get(canonical)
        if spec.head == "Komutanlığı" and body and body.endswith(" Komutanlığı"):
            canonical = self._command_post(body, canonical) or canonical
            body = self._level_office(body)
        return _school_post(canonical, body), unit, body or LEVEL_OFFICES.get(canonical)

    def _branch_or_directorate(
        self, canonical: str, unit: str | None, body: str | None, inst: InstitutionMention | None
    ) -> tuple[str, str | None, str | None]:
        """A branch's officer as the organisation's (``_branch_parent``); a
        ministry's directorate written after its place ("Aydın Emniyet
        Müdürü") as the province's, not as a unit."""
        branch = body is not None and body.endswith(" Şubesi")
        if branch and body and not _ORDINAL_RE.match(canonical.split()[0]):
            if (parent := self._branch_parent(body, inst)) is not None:
                return BRANCH_POSTS.get(canonical, canonical), unit, parent
        if canonical == "Müdür" and body is None and unit and (level := directorate_level(unit)):
            return level.removesuffix("lüğü") + "ü", None, level
        return canonical, unit, body

    def _branch_parent(self, body: str, inst: InstitutionMention | None) -> str | None:
        """The organisation whose branch ``body`` is: "Mimarlar Odası Bursa
        Şubesi" → "Mimarlar Odası"; "MÜSİAD Van Şubesi" → the body named
        right before the branch.  ``gold/real`` gives a branch's officers the
        organisation, with "Şube" in the post (``BRANCH_POSTS``)."""
        words = body.removesuffix(" Şubesi").split()
        while words and (self.gz.is_place(words[-1]) or _BRANCH_NUMBER_RE.match(words[-1])):
            words.pop()  # "Eğitim-Bir-Sen Konya 1 Nolu Şubesi"
        if words:
            return " ".join(words)
        if inst is None:
            return None
        before = self.bodies_within(inst.start - 120, inst.start)
        if before and not self.doc.text[before[-1].end : inst.start].strip():
            return before[-1].name
        return None

    def _level_office(self, body: str) -> str:
        """ "Kütahya İl Jandarma Komutanlığı": a provincial or district
        office is written without its place, like a ministry's directorate
        (gold/real's convention); a garrison keeps its city."""
        level = self._without_place(body)
        return level if level.startswith(("İl ", "İlçe ")) else body

    def _without_words(self, hit: TitleHit) -> tuple[str, str | None, str | None]:
        """A post written with no words before it."""
        spec = hit.spec
        canonical = spec.canonical
        if canonical in FIXED_BODIES or canonical in LEVEL_OFFICES:
            return canonical, None, FIXED_BODIES.get(canonical) or LEVEL_OFFICES[canonical]
        if spec.kind == "metro_mayor":
            # "Büyükşehir Belediye Başkan Yardımcısı" without the province
            return canonical, None, metropolitan_of(self.doc.province)
        if spec.head == "Valiliği" and self.doc.province:
            # "Vali Ece Ak": the governor of the province the text is about
            return canonical, None, f"{self.doc.province} Valiliği"
        if spec.head == "Kaymakamlığı":
            # "Kaymakam Ece Ak" in a text naming one district governorship
            return canonical, None, self._district_governorship(hit.start)
        if spec.head == "Cumhuriyet Başsavcılığı" or canonical == "Başsavcı":
            # "Cumhuriyet Başsavcısı A", "Başsavcı A" among a district's (or
            # a province's) officials: the public prosecutor of that place
            place = self._district_of(hit.start) or self.doc.province
            if place is not None:
                return "Cumhuriyet Başsavcısı", None, f"{place} Cumhuriyet Başsavcılığı"
        return canonical, None, None

    def _named_body(
        self, words: list[Token], canonical: str
    ) -> tuple[str, str | None, str | None] | None:
        """The post's body when no body is written in full before it: an
        acronym the text defined, or a national assembly ("KKTC Meclis
        Başkanı", whose chair is its "Meclis Başkanı")."""
        defined = self._defined_body(words)
        if defined is not None:
            return canonical, None, defined
        if words[0].start in self.parliaments:
            return _chair_of_assembly(canonical), None, self.parliaments[words[0].start]
        return None

    def _without_opener(self, spec: TitleSpec, words: list[Token]) -> list[Token]:
        """ "Toplantıya Vali Ali Ak", "Törene Kaymakam …": a sentence word in
        the dative or another case before a governor's post is no place."""
        if spec.head not in ("Valiliği", "Kaymakamlığı") or len(words) != 1:
            return words
        w = words[0]
        if self.gz.is_place(w.base) or not (case_marked(w.text) or looks_inflected(w.text)):
            return words
        return []

    def _defined_body(self, words: list[Token]) -> str | None:
        """The body an acronym before a post stands for when the text defined
        it: "ETSO Meclis Başkanı" after "Erzurum Ticaret ve Sanayi Odası
        (ETSO)"; "Oltu TSO" for the defined "Oltu … Odası (OTSO)"; a bare
        "TSO" when one defined acronym ends in it."""
        last = words[-1].base
        if not self.defined or len(words) > 2 or not (last.isupper() and last.isalpha()):
            return None
        if len(words) == 2:
            place = lower(words[0].base)
            hits = {
                body
                for acr, body in self.defined.items()
                if acr.endswith(last) and lower(body).startswith(place + " ")
            }
        elif last in self.defined:
            return self.defined[last]
        else:
            hits = {body for acr, body in self.defined.items() if acr.endswith(last)}
        return hits.pop() if len(hits) == 1 and len(last) >= 3 else None

    def _command_post(self, body: str, canonical: str) -> str | None:
        """ "İlçe Jandarma Komutanı": a commander's post is written whole
        (the command without its place), as no other post names its body;
        so is an acting commander's ("İl Jandarma Komutan Vekili")."""
        words = body.split()[:-1]
        while words and self.gz.is_place(words[0]):
            words.pop(0)
        post = "Komutan Vekili" if canonical == "Komutan Vekili" else "Komutanı"
        return f"{' '.join(words)} {post}" if words else None

    def _only_body(self, kind: str) -> str | None:
        """The one body of ``kind`` the text names, if it names one."""
        names = {m.name for m in self.doc.institutions if m.kind == kind}
        return names.pop() if len(names) == 1 else None

    def _district_governorship(self, pos: int) -> str | None:
        """The governorship of a district governor written without his
        district: the one governorship the text names, else the district
        last named with its word before the post ("Tefenni İlçesi'ni ziyaret
        etti. Kaymakam Ali Ak …", "Sinop'un Türkeli ilçesinde")."""
        named = self._only_body("district_governorship")
        if named is not None:
            return named
        found = self._district_of(pos)
        return f"{found} Kaymakamlığı" if found else None

    def _district_of(self, pos: int) -> str | None:
        """The district a district office's post written without it is of:
        the district last named with its word before the post, else the one
        the text names, else the one its paragraph names last, else the one
        district municipality the text (or its publisher) is."""
        found = None
        for m in _DISTRICT_WORD_RE.finditer(self.doc.text, max(0, pos - DISTRICT_REACH), pos):
            if any(not p.is_province for p in self.gz.places.get(lower(m.group(1)), ())):
                found = m.group(1)
        if found is None:
            found = only_district(self.doc)  # "Fethiye'deki törene … Kaymakam A"
        if found is None:
            found = self._last_district_before(pos)
        if found is None:
            # "Ladik Belediye Başkanı … Kaymakam A": the one district municipality
            found = self._only_body("district_municipality")
            pub = self.doc.publisher
            if found is None and pub is not None and pub.kind == "district_municipality":
                found = pub.name
            found = found.removesuffix(" Belediyesi") if found else None
        return display_word(found) if found else None

    def _last_district_before(self, pos: int) -> str | None:
        """The district of the province the text is about named last in the
        paragraph before a district governor's post, when the text names
        several ("… ilçelerinde tören düzenlendi. Almus'taki törende
        Kaymakam A"): a report told district by district."""
        province = self.doc.province
        if not province:
            return None
        text = self.doc.text
        spans = [(m.start, m.end) for m in self.doc.mentions]
        # the paragraph of the post and the one before it
        start = text.rfind("\n\n", 0, max(0, text.rfind("\n\n", 0, pos)))
        start = max(start, pos - DISTRICT_REACH, 0)
        found = None
        for begin, _end, name in self.gz.find_places(text[start:pos], self.doc.lower[start:pos]):
            places = self.gz.places.get(lower(name), [])
            if lower(name) in self.lex.given_names or any(p.is_province for p in places):
                continue
            if any(s <= start + begin < e for s, e in spans):
                continue  # "Hasan Ilgaz": a place inside a person's name
            if len(places) == 1 and places[0].province == province:
                found = places[0].name
        return found

    def _back_reference(self, words: list[Token], pos: int) -> str | None:
        """ "Cemiyet Başkanı", "Birlik Genel Sekreteri", "Kent Konseyi
        Başkanı": a bare head word refers to the body of that kind named
        in full last before it (``back_heads`` in lexicon.json)."""
        key = " ".join(lower(w.text) for w in words)
        head = self.lex.back_heads.get(key)
        for n in (2, 1) if head is None else ():
            # "Erzincan Köy ve Mahalle Muhtarları Dernek Başkanı": the head
            # word without its ending names the body written before it;
            # "Muş Türk Ocakları Şube Başkanı": the branch "Muş Türk Ocağı"
            last = " ".join(lower(w.text) for w in words[-n:])
            ending = self.lex.back_heads.get(last) if len(words) > n else None
            if ending is not None and all(w.is_cap or w.text == "ve" for w in words):
                # a heading's last word may lead in: the name starts at its place
                first = next((i for i, w in enumerate(words) if self._names_a_place(w)), 0)
                body = words[first:-n] or words[:-n]
                return f"{join_words(self.doc.text, body)} {title(ending)}"
        if head is None:
            return None
        for m in reversed(self.bodies_within(0, pos)):
            low = lower(m.name)
            if m.end <= words[0].start and low.endswith(head) and len(low) > len(head):
                return m.name
        return None

    def _read_mayor(self, left: _Left) -> tuple[str, str | None, str | None]:
        """A place (or two) before "Belediye Başkanı": its municipality."""
        canonical, inst, rest = left.spec.canonical, left.inst, left.rest
        if canonical == CO_MAYOR and (other := self._other_co_chair(left)) is not None:
            return other
        if inst is not None and not rest:
            return canonical, None, inst.name
        places = [w.text for w in rest] or [w.text for w in left.words]
        while len(places) > 1 and lower(places[-1]) in self.lex.municipality_types:
            places.pop()  # "Yazıhüyük Belde Belediye Başkanı": the kind, not the place
        metro = left.spec.kind == "metro_mayor"
        for cand in (" ".join(places[-2:]), places[-1]):
            found = self.gz.municipality_for(cand, metro)
            if found:
                return canonical, None, found[0]
        if inst is not None:
            return canonical, None, inst.name
        if not self._could_be_place(places[-1]):
            # "Protokole Büyükşehir Belediye Başkanı", "Toplantısına Belediye
            # Başkan Vekili": an inflected word of the sentence, not a
            # place; the municipality is the one the text is about.
            return canonical, None, metropolitan_of(self.doc.province) if metro else None
        place = display_word(places[-1])
        return canonical, None, f"{place} Büyükşehir Belediyesi" if metro else f"{place} Belediyesi"

    def _genitive_body(self, j: int, right: int) -> list[Token]:
        """The words, right to left, of a body written in full in the
        genitive right before a post ("Kamu İşverenleri Sendikası'nın Genel
        Sekreteri"): the post is the body's."""
        t = self.doc.tokens[j]
        if not t.suffix or not _NAME_GENITIVE_RE.match(lower(t.suffix)):
            return []
        if self.doc.text[t.end : right].strip():
            return []
        for m in self.bodies_within(max(0, t.start - 150), t.end + 1):
            if m.start <= t.start and m.end == t.end:
                toks = self.doc.tokens[token_index(self.doc.tokens, self.starts, m.start) : j + 1]
                return list(reversed(toks))
        return []

    def _genitive_place(self, hit: TitleHit, j: int, right: int) -> list[Token]:
        """A place in the genitive right before a mayor's post, a party
        adjective between them or not ("Kadıköy'ün Belediye Başkanı",
        "Tepebaşı'nın CHP'li Belediye Başkanı"): the place's municipality."""
        if hit.spec.kind not in ("mayor", "metro_mayor"):
            return []
        toks = self.doc.tokens
        t = toks[j]
        if j > 0 and _PARTY_SUFFIX_RE.match(lower(t.suffix)) and t.base in self.gz.parties:
            right, j = t.start, j - 1  # "CHP'li": the party, read by the party pass
            t = toks[j]
        if not _NAME_GENITIVE_RE.match(lower(t.suffix)) or not t.is_cap:
            return []
        if self.doc.text[t.end : right].strip() or not self.gz.is_place(t.base):
            return []
        return [Token(t.start, t.start + len(t.base), t.base, t.base, "")]

    def _post_of_known_body(
        self, canonical: str, words: list[Token]
    ) -> tuple[str, str | None, str | None] | None:
        """Posts whose body general knowledge gives: the President's
        advisers, a development agency's council."""
        if canonical in PRESIDENCY_POSTS:
            return PRESIDENCY_POSTS[canonical], None, PRESIDENCY
        if canonical.startswith(AGENCY_COUNCIL):
            return canonical, AGENCY_COUNCIL, self._development_agency(words)
        return None

    def _development_agency(self, words: list[Token]) -> str | None:
        """The development agency written before a post of its council
        ("ZEKA Kalkınma Kurulu Başkanı"), else the one the text names."""
        if words:
            for m in self.bodies_within(words[0].start, words[-1].end):
                if m.name.endswith(AGENCY_HEAD):
                    return m.name
        agencies = {m.name for m in self.doc.institutions if m.name.endswith(AGENCY_HEAD)}
        return agencies.pop() if len(agencies) == 1 else None

    def _other_co_chair(self, left: _Left) -> tuple[str, str | None, str | None] | None:
        """ "Eş Başkan" written without "Belediye" after a body that is no
        municipality ("Kadın Derneği Eş Başkanı") or after a word that names
        no place ("Derneğin eş başkanı"): a co-chair, not a co-mayor."""
        if "belediye" in left.spec.stem:
            return None
        inst = left.inst
        if inst is not None and not left.rest:
            if inst.name.endswith("Belediyesi"):
                return None
            return "Eş Başkan", None, inst.name
        if left.words and not self.gz.is_place(left.words[-1].base):
            return "Eş Başkan", None, None
        return None

    def _names_a_place(self, w: Token) -> bool:
        return self._names_a_place_word(w.base)

    def _could_be_place(self, word: str) -> bool:
        """False for a word of the sentence that no municipality is named
        after: a listed break word, a kind word, or a possessive in the
        dative or accusative ("Toplantısına", "Programını")."""
        if self.gz.is_place(word):
            return True
        low = lower(word)
        if low in self.lex.body_name_breaks or low in self.lex.municipality_types:
            return False
        return not low.endswith(_POSSESSIVE_CASE)

    def _read_unit(self, left: _Left) -> tuple[str, str | None, str | None]:
        """Words before "Müdürü", "Daire Başkanı": the unit, in the body."""
        canonical, inst, rest = left.spec.canonical, left.inst, left.rest
        low_rest = [lower(w.text) for w in rest]
        post = DIRECTOR_POSTS.get(canonical)
        for level in ("il", "ilçe"):
            # "Samsun İl Milli Eğitim Müdürü": a ministry's provincial
            # directorate is a body of its own, not a unit; gold/real's
            # convention writes it without the province or district.
            if level in low_rest and post:
                org = " ".join(display_word(w.text) for w in (rest if inst else left.words))
                org = self._without_place(org) or org
                return f"{org} {post}", None, f"{org} Müdürlüğü"
        admin = self._without_place(inst.name) if inst else ""
        if not rest and post and admin.startswith(("İl ", "İlçe ")):
            # "İl Göç İdaresi Müdürü": the directorate named after the administration
            return f"{admin} {post}", None, f"{admin} Müdürlüğü"
        head = left.spec.head
        unit = f"{_capitalised(join_words(self.doc.text, rest))} {head}" if rest and head else None
        return canonical, unit, inst.name if inst else None

    def _read_org(self, left: _Left) -> tuple[str, str | None, str | None]:
        """Words before "Valisi", "Kaymakamı", "Konsolosu": the body they
        head, named with the title's head word."""
        canonical, inst, rest, head = left.spec.canonical, left.inst, left.rest, left.spec.head
        if (agency := self._agency_office(left)) is not None:
            return agency
        if not (rest and head):
            return canonical, None, inst.name if inst else None
        if head.endswith("Konsolosluğu") and not any(self._names_a_place(w) for w in rest):
            # "Misyon Şefi Yardımcısı Konsolos …": a post in the consulate
            # named last before it, not a consulate of its own
            last = [m for m in self.bodies_within(0, rest[0].start) if "Konsolosluğu" in m.name]
            return canonical, None, last[-1].name if last else None
        org = f"{join_words(self.doc.text, rest)} {head}"
        if head == "Bakanlığı":
            org = self._known_tail(org)
        place = display_word(rest[-1].text)
        if len(rest) > 1 and numbered_place(rest[-2], rest[-1]):
            place = f"{rest[-2].text} {place}"  # "19 Mayıs Kaymakamı"
        if head == "Valiliği":
            return canonical, None, self._governorship(rest[-1], place, org)
        elif head == "Kaymakamlığı":
            if lower(rest[-1].text) in self.lex.generic_body_words:
                # "İlçe Kaymakamı": the district is not named
                return canonical, None, self._district_governorship(rest[0].start)
            org = f"{place} Kaymakamlığı"
        if canonical in WHOLE_DIRECTOR_POSTS and org.endswith(f" {head}"):
            # "Aile ve Sosyal Hizmetler İl Müdürü": the directorate's post whole
            words = ministry_field(self._without_place(org[: -len(head)]))
            canonical = f"{words} {canonical}".strip()
            org = self._ministry_directorate(words, head, inst) or org
        return canonical, None, org

    def _agency_office(self, left: _Left) -> tuple[str, str | None, str | None] | None:
        """An agency's provincial or regional office named by the agency
        before the post: "AFAD İl Müdürü", "Kütahya Çalışma ve İş Kurumu İl
        Müdürü" (the directorate without the place, as a ministry's), "DSİ 3.
        Bölge Müdürü" (a numbered regional directorate of the directorate
        general the acronym names)."""
        canonical, inst, rest, head = left.spec.canonical, left.inst, left.rest, left.spec.head
        if inst is None or not head:
            return None
        if not rest and canonical in WHOLE_DIRECTOR_POSTS:
            words = self._agency_words(inst)
            return f"{words} {canonical}", None, f"{words} {head}"
        if rest and head == "Bölge Müdürlüğü" and inst.form == "alias":
            general = inst.name.removesuffix(" Genel Müdürlüğü")
            return canonical, None, f"{general} {join_words(self.doc.text, rest)} {head}"
        return None

    def _agency_words(self, inst: InstitutionMention) -> str:
        """The words of an agency before its provincial directorate: the
        acronym as written ("AFAD"), else its name without the place."""
        if inst.form == "alias":
            return self.doc.text[inst.start : inst.end]
        return self._without_place(inst.name) or inst.name

    def _known_tail(self, org: str) -> str:
        """ "Oral, Çevre, Şehircilik ve İklim Değişikliği Bakanlığı": the
        longest known body the name read leftwards ends with."""
        words = org.split()
        for i in range(1, len(words) - 1):
            tail = " ".join(words[i:])
            if lower(tail) in self.gz.municipalities:
                return self.gz.municipalities[lower(tail)]
        return org

    def _ministry_directorate(
        self, words: str, head: str, inst: InstitutionMention | None
    ) -> str | None:
        """A ministry's provincial or district directorate without the place
        written before it, gold/real's convention ("Kayseri Tarım ve Orman
        İl Müdürü" → "Tarım ve Orman İl Müdürlüğü"); an agency written by
        its acronym keeps it ("AFAD Hatay İl Müdürü" → "AFAD İl
        Müdürlüğü")."""
        if words:
            return f"{words} {head}"
        if inst is not None and inst.form == "alias":
            return f"{self.doc.text[inst.start : inst.end]} {head}"
        return None

    def _governorship(self, last: Token, place: str, org: str) -> str | None:
        """The governorship of the province written before "Valisi"; a word
        of the sentence that is no place ("Toplantıya Vali Yardımcısı")
        leaves the province the text is about."""
        if self.gz.municipality_for(last.text, False):
            return f"{place} Valiliği"
        if self.gz.is_place(last.base):
            return org
        return f"{self.doc.province} Valiliği" if self.doc.province else None

    def _without_place(self, name: str) -> str:
        """A body's name without the place it opens with: the post of its
        head ("Samsun İl Sağlık" → "İl Sağlık")."""
        words = name.split()
        # "Merkez İlçe Nüfus Müdürü": the central district is a place too
        while words and (self.gz.is_place(words[0]) or words[:2] == ["Merkez", "İlçe"]):
            words.pop(0)
        return " ".join(words)

    def _read_fixed(self, left: _Left) -> tuple[str, str | None, str | None]:
        canonical = left.spec.canonical
        return canonical, None, FIXED_BODIES.get(canonical)

    def _proper_body(self, left: _Left) -> str | None:
        """ "Yeşilay Şube Başkanı", "Tema Vakfı"-less "Tema Genel Başkanı": a
        body known only by its own name, written right before a post that
        only an organisation has (``ORG_ONLY_POSTS``)."""
        words = list(left.words)
        while len(words) > 1 and (
            self.gz.is_place(words[-1].base) or _BRANCH_NUMBER_RE.match(words[-1].text)
        ):
            words.pop()  # "Yeşilay Tekirdağ (1 Nolu) Şube Başkanı": the branch's place
        canonical = left.spec.canonical
        if canonical not in ORG_ONLY_POSTS and canonical not in _union_officer_posts():
            return None
        if not 1 <= len(words) <= 3:
            return None
        for w in words:
            low = lower(w.base)
            if not w.is_cap or low in self.lex.not_names or low in self.lex.given_names:
                return None
            if self.gz.is_place(w.base) or w.text in self.gz.parties:
                return None
            if _BRANCH_NUMBER_RE.match(w.text) or case_marked(w.text):
                # "4 Nolu Şube Başkanı": a numbered branch; "Başkan
                # Vekilliklerine Genel Başkan Yardımcısı": a role in the dative
                return None
        return join_words(self.doc.text, words)

    def _assembly_parent(self, inst: InstitutionMention) -> str | None:
        """The body whose assembly ``inst`` is ("Gençlik Meclisi" written
        right after "İzmir Kent Konseyi"), if ``inst`` is one."""
        if not inst.name.endswith(" Meclisi"):
            return None
        for m in self.bodies_within(inst.start - 80, inst.start):
            gap = self.doc.text[m.end : inst.start]
            if m.name.endswith(ASSEMBLY_PARENTS) and gap.strip() == "":
                return m.name
        return None

    def _read_generic(self, left: _Left) -> tuple[str, str | None, str | None]:
        """A body written before "Başkanı", "Dekanı": that body."""
        canonical, inst = left.spec.canonical, left.inst
        compound = self._compound_post(left)
        if inst is None:
            if compound is not None:
                return compound, None, None
            if (town := self._town_mayor(left)) is not None:
                return town
            return canonical, None, self._proper_body(left)
        canonical = compound or canonical
        if inst.kind == "unit":
            # "X Üniversitesi Ziraat Fakültesi Dekanı": the faculty is the
            # unit, the body written before it the institution
            bodies = [
                m for m in self.bodies_within(left.words[0].start, inst.start) if m.kind != "unit"
            ]
            if bodies:
                return canonical, inst.name, bodies[-1].name
        parent = self._assembly_parent(inst)
        if parent is not None:
            # "Karatay Kent Konseyi Gençlik Meclisi Başkanı": the council's assembly
            return canonical, inst.name, parent
        if canonical == "Başkan" and inst.name.endswith(" Şubesi"):
            canonical = "Şube Başkanı"  # "Mimarlar Odası Bursa Şubesi Başkanı"
        if canonical == "Başkan" and "municipality" in inst.kind:
            canonical = "Belediye Başkanı"
        if inst.kind == "parliament":
            canonical = _chair_of_assembly(canonical)  # "KKTC Meclisi Başkanı"
        return canonical, None, inst.name

    def _town_mayor(self, left: _Left) -> tuple[str, str | None, str | None] | None:
        """ "Saray Başkanımız A", "Şarköy Başkanı B": a town's name alone
        before "Başkan" is its mayor (a place has no other chair)."""
        if left.spec.canonical != "Başkan" or len(left.words) != 1:
            return None
        word = left.words[0]
        if not word.is_cap or lower(word.base) in self.lex.given_names:
            return None
        found = self.gz.municipality_for(word.base, False)
        if found is None:
            return None
        name, kind = found
        if kind == "provincial_municipality" and (metro := metropolitan_of(word.base)):
            name = metro
        return "Belediye Başkanı", None, name

    def _compound_post(self, left: _Left) -> str | None:
        """The whole post when the words between the body (or the start of
        the post's words) and a head noun name no body but the field of
        the post: "Finans Kürsü Başkanı", "Kamu Mevzuatı Uzmanı", and the
        numbered chair "2. Başkan" of an association or its branch."""
        head = COMPOUND_HEADS.get(left.spec.canonical)
        words = left.rest if left.inst is not None else left.words
        if head is None or not words or len(words) > 3:
            return None
        if _ORDINAL_RE.match(words[-1].text):
            # "Kızılay Samsun Şubesi 2. Başkanı", "Baro 2. Başkanı"
            return f"{words[-1].text} {left.spec.canonical}" if head == "Başkanı" else None
        if not all(self._field_word(w) for w in words) or words[-1].text == "ve":
            return None
        if head == "Başkanı" and not _FIELD_END_RE.search(lower(words[-1].text)):
            return None  # "Galatasaray Başkanı": a body known by its own name
        return f"{join_words(self.doc.text, words)} {head}"

    def _field_word(self, w: Token) -> bool:
        """Whether ``w`` can be a word of a post's field: a capitalised common
        word, not a place, a person's name, an acronym, a party or a body."""
        if w.text == "ve":
            return True
        if not (w.is_word and w.is_cap) or w.suffix or (w.text.isupper() and len(w.text) > 1):
            return False
        low = lower(w.base)
        if low in self.lex.given_names or low in self.lex.not_names or w.text in self.gz.parties:
            return False
        if low in _field_breaks() or self.inside_institution(w.start):
            return False
        return not self.gz.is_place(w.base)

    # -- passes --------------------------------------------------------------
    def title_pass(
        self, hits: list[TitleHit]
    ) -> list[tuple[TitleHit, str, str | None, str | None]]:
        """People named after a title; returns the titles that had no name
        (role mentions) with their resolved fields."""
        roles: list[tuple[TitleHit, str, str | None, str | None]] = []
        state = _TitleState()
        self.hit_starts = frozenset(h.start for h in hits)
        for hit in hits:
            self._title_hit(hit, roles, state)
        return roles

    def _post_stacked(self, hit: TitleHit) -> bool:
        """ "X Derneği Başkanı Y Mahallesi Muhtarı Ad Soyad": another post,
        with the words of its body, follows the post in the same line with
        no name between; the person holds both."""
        if hit.plural or self.inside_institution(hit.start):
            return False  # "Muhtarlar Derneği Başkanı": a word of a body
        pos = hit.end
        for count in range(1, 5):
            m = _STACKED_RE.match(self.doc.text, pos)
            if m is None:
                return False
            pos = m.end() - 1
            if pos + 1 in self.hit_starts:
                # one word must be a place ("… Başkanı Konya Büyükşehir
                # Belediye Başkanı"): "Başkan Yılmaz Vali Ak" names Yılmaz
                return count > 1 or self.gz.is_place(m.group().strip())
        return False

    def _title_hit(
        self,
        hit: TitleHit,
        roles: list[tuple[TitleHit, str, str | None, str | None]],
        state: _TitleState,
    ) -> None:
        name = self._name_after_title(hit)
        if name is None:
            return
        words, party = self.left_words(hit)
        if state.first is not None:
            # "Vali Yardımcısı ve X Başkanı Ad": the words of the second post
            # start after the first post
            words = _words_after(words, state.first[0])
        canonical, unit, inst = self.resolve_left(hit, words)
        left = words[0].start if words else hit.start
        if len(name) >= 2 and self._former_post(hit, words):
            # "Gazimağusa Eski Belediye Başkanı Ali Ak", "CHP eski
            # milletvekili Ali Ak": a post once held is not the person's
            self.former.append((self.add_person(name), canonical))
            return
        if len(name) < 2:
            post = (hit, canonical, unit, inst)
            self._post_without_name(post, name, words, roles, state)
            return
        if state.prev is not None and self._takes_from_list(state.prev[0], left, words, inst):
            unit, inst = _inherited(hit, state.prev, unit, inst, not _bare_party_post(words))
            if canonical in PARTY_POSTS and not party and _bare_party_post(words):
                party = state.party  # "CHP Milletvekili A, (Merkez) İlçe Başkanı B"
        self._record(words, hit, unit, inst)
        first = state.first
        if first is not None and self._first_post_kept(first, hit, left, canonical, inst):
            _, canonical, unit, inst = first
        state.first = None
        idx = self._titled(name, canonical, unit, inst)
        if party:
            self.doc.people[idx].party = party
        if hit.plural:
            name = self._plural_list(name, canonical, unit, inst, party)
            self._respective_bodies(hit, words, [idx, *self.listed])
        p = self.doc.people[idx]
        state.prev = (name[-1].end, p.unit, p.institution)
        state.party = p.party

    def _takes_from_list(
        self, prev_end: int, left: int, words: list[Token], inst: str | None
    ) -> bool:
        """Whether a post listed right after another may take its body: not
        when it names its own kind of body with a bare head word that found
        none ("Rektörü A, Baro Başkanı B": not the university's)."""
        if not self._listed_after(prev_end, left):
            return False
        key = " ".join(lower(w.text) for w in words)
        return inst is not None or key not in self.lex.back_heads

    def _post_without_name(
        self,
        post: tuple[TitleHit, str, str | None, str | None],
        name: list[Token],
        words: list[Token],
        roles: list[tuple[TitleHit, str, str | None, str | None]],
        state: _TitleState,
    ) -> None:
        """A post followed by no name, or by one word: another post it is
        stacked on or joined to, a surname, or a role mention."""
        hit, canonical, unit, inst = post
        if self._post_stacked(hit) and not (name and self._known_surname(name[0])):
            # "X Derneği Başkanı Y Mahallesi Muhtarı Ad Soyad"
            state.first = (hit.end, canonical, unit, inst)
        elif name:
            self._short_mention(name[0], hit)
        elif _VE_RE.match(self.doc.text, hit.end) and not _CASE_MARKED_POST_RE.search(
            self.doc.lower, hit.start, hit.end
        ):
            # "X Belediye Başkanı ve Y Birliği Başkan Vekili Ad Soyad":
            # the post written first is the one the person is named by
            state.first = (hit.end, canonical, unit, inst)
        elif (hit.capitalised or words) and not hit.plural:
            roles.append(post)
            if words:
                self._record(words, hit, unit, inst)  # "Malkara Kaymakamı ve …"

    def _first_post_kept(
        self,
        first: tuple[int, str, str | None, str | None],
        hit: TitleHit,
        left: int,
        canonical: str,
        inst: str | None,
    ) -> bool:
        """ "X Belediye Başkanı ve Y Birliği Başkan Vekili Ad Soyad": the
        post written first names the person, unless the second is a mayor's
        over a union's or the head of a body over a seat on another board."""
        gap = self.doc.text[first[0] : left]
        if gap != " " and not _joined_by_ve(gap, self.gz.parties):
            return False
        if _governor_over_board(inst, first[3]):
            return False
        return not _mayor_over_body(hit, inst, first[3]) and not _head_over_member(
            first[1], canonical
        )

    def _former_post(self, hit: TitleHit, words: list[Token]) -> bool:
        """Whether the post is qualified as a past one ("eski", "önceki
        dönem") among or right before the words of its body."""
        toks = self.doc.tokens
        own = list(words)
        while "ve" in (w.text for w in own):
            # "X Eski Üyesi ve Y Başkanı": only the words of this post count
            own = own[[w.text for w in own].index("ve") + 1 :]
            if not own:
                return False
        j = token_index(toks, self.starts, own[0].start if own else hit.start) - 1
        if any(lower(w.text) in _FORMER_WORDS for w in own):
            return True
        if j >= 1 and lower(toks[j].text) == "dönem":
            return lower(toks[j - 1].text) in _PAST_TERM_WORDS
        return j >= 0 and lower(toks[j].text) in _FORMER_WORDS

    def _name_after_title(self, hit: TitleHit) -> list[Token] | None:
        """The name written after a title ([] when none); None when the
        words there are taken or name a hall."""
        ti = token_index(self.doc.tokens, self.starts, hit.end - 1) + 1
        toks = self.doc.tokens
        if hit.plural and ti < len(toks) and toks[ti].text in (":", ";"):
            ti += 1  # "Toplantıya; Meclis Üyeleri; A, B ve C katılmadı"
        elif (
            hit.plural
            and hit.capitalised
            and ti < len(toks)
            and toks[ti].text == ","
            and not self.doc.in_quote(hit.start)  # "Başkanları, Değerli Özgür Hocam"
        ):
            ti += 1  # "Yönetim Kurulu Üyeleri, A, B ve C": a comma before the list
        if self._case_marked(hit):
            # "Bursa Valisine Cumalıkızık …", "İL MÜDÜRÜNDEN MUHTARA": a post
            # in a case names no holder after it
            name = self._name_after_appointment(hit)
        else:
            name = (
                self.read_name(ti)
                or self._word_then_surname(ti)
                or self._name_after_appointment(hit)
            )
        if name and (self.taken(name[0].start) or self._hall_of_body(hit, name)):
            return None
        if name and hit.plural and not hit.capitalised and self._starts_title(name[0]):
            return []  # "… ve yönetim kurulu üyeleri Vali Ali Ak'ı ziyaret etti"
        return name

    def _word_then_surname(self, ti: int) -> list[Token]:
        """ "MHP Genel Başkanı Devlet Bahçeli", "Eşbaşkanları Hanım Akkoş":
        right after a post, a given name that is also a word ("Devlet",
        "Hanım") and a surname, and nothing more of a name after them."""
        toks = self.doc.tokens
        ti = self._skip_honorifics(ti)
        if ti + 1 >= len(toks):
            return []
        first, second = toks[ti], toks[ti + 1]
        after = toks[ti + 2] if ti + 2 < len(toks) else None
        if (
            not first.is_cap
            or first.suffix
            or first.base.isupper()
            or lower(first.base) not in _WORD_GIVEN_NAMES
            or self.doc.text[first.end : second.start] != " "
            or not _is_name_word(second, self.lex.not_names)
            or self.gz.is_place(second.base)
            or self._starts_title(second)
        ):
            return []
        if after is not None and not second.suffix and _is_name_word(after, self.lex.not_names):
            return []
        return [first, second]

    def _case_marked(self, hit: TitleHit) -> bool:
        """Whether the post is written in a case ("Valisine", "Başkanı'nın"),
        not with a possessive alone; the plural ablative ("Eski Belediye
        Başkanlarından Ali Ak": one of them) still names the person after it."""
        tail = self.doc.lower[hit.start + len(hit.spec.stem) : hit.end]
        if _NOMINATIVE_RE.fullmatch(tail):
            return False
        return not (hit.plural and tail.endswith(("dan", "den")))

    def _hall_of_body(self, hit: TitleHit, name: list[Token]) -> bool:
        """ "Muğla Valiliği Vali Ali Ak Toplantı Salonu'nda": a hall of the
        body written right before it, named after a past holder."""
        if not venue_after(self.doc.lower, name[-1].end):
            return False
        bodies = self.bodies_within(max(0, hit.start - 80), hit.start)
        return bool(bodies) and not self.doc.text[bodies[-1].end : hit.start].strip()

    def _name_after_appointment(self, hit: TitleHit) -> list[Token]:
        """ "Antalya Valisi olarak atanan Ersin Yazıcı", "yeniden Kocasinan
        Belediye Başkanı olarak seçilen Ahmet Çolakbayrakdar": the post
        names the person written after the appointment phrase."""
        m = _APPOINTED_RE.match(self.doc.text, hit.end)
        if m is None:
            return []
        name = self.read_name(token_index(self.doc.tokens, self.starts, m.end()))
        return name if len(name) >= 2 else []

    def _titled(self, name: list[Token], canonical: str, unit: str | None, inst: str | None) -> int:
        in_q = self.doc.in_quote(name[0].start)
        return self.add_person(name, title_=canonical, unit=unit, institution=inst, in_quote=in_q)

    def _plural_list(
        self,
        name: list[Token],
        canonical: str,
        unit: str | None,
        inst: str | None,
        party: str | None = None,
    ) -> list[Token]:
        """After a plural title ("Meclis Üyeleri Ad Soyad ile Ad Soyad"),
        every name joined by a comma, "ve" or "ile" holds the same post (and
        the party written before it: "AK Parti Meclis Üyeleri A, B ve C")."""
        toks = self.doc.tokens
        last = name
        closed = False
        self.listed = []
        for _ in range(12):
            ti = token_index(toks, self.starts, last[-1].end - 1) + 1
            while ti < len(toks) and toks[ti].text in (",", "ve", "ile"):
                ti += 1
            between = self.doc.text[last[-1].end : toks[ti].start if ti < len(toks) else 0]
            if ti >= len(toks) or between.strip(" ,") not in ("", "ve", "ile"):
                break
            # "… B ve C, Vali D'yi ziyaret etti": "ve" closed the list; a
            # name opening with a post is that post's holder
            if (closed and between.strip(" ") == ",") or self._starts_title(toks[ti]):
                break
            closed = between.strip(" ,") in ("ve", "ile")
            nxt = self.read_name(ti)
            if len(nxt) < 2 or self.taken(nxt[0].start) or self._opens_post(nxt):
                break
            idx = self._titled(nxt, canonical, unit, inst)
            self.listed.append(idx)
            if party:
                self._set_party(idx, party)
            last = nxt
        return last

    def _respective_bodies(self, hit: TitleHit, words: list[Token], people: list[int]) -> None:
        """ "Ataşehir ve Maltepe Belediye Başkanları A ve B": as many places
        as names, each name the mayor of the place in its rank."""
        if hit.spec.kind not in ("mayor", "metro_mayor") or len(people) < 2:
            return
        places: list[list[Token]] = [[]]
        for k, w in enumerate(words):
            if w.text == "ve" or (k and "," in self.doc.text[words[k - 1].end : w.start]):
                places.append([])
            if w.text != "ve":
                places[-1].append(w)
        if len(places) != len(people):
            return
        metro = hit.spec.kind == "metro_mayor"
        bodies = [self.gz.municipality_for(" ".join(w.text for w in g), metro) for g in places]
        if all(bodies):
            for idx, body in zip(people, bodies, strict=True):
                if body is not None:
                    self.doc.people[idx].institution = body[0]

    def _opens_post(self, words: list[Token]) -> bool:
        """ "Başkan Yardımcıları A ve B, Yönetim Kurulu Üyeleri C": the list
        ends where the next post begins; its words are no name."""
        rx, _ = _title_re()
        for w in words:
            m = rx.match(self.doc.lower, w.start)
            if m is not None and _CONT_OK.match(m.group(2)):
                return True
        return False

    def _record(
        self, words: list[Token], hit: TitleHit, unit: str | None, inst: str | None
    ) -> None:
        """Institutions and units known only through a title ("Beykoz
        Kaymakamı", "AB İlişkileri Daire Başkanı") become mentions too."""
        known = self.known
        start = words[0].start if words else hit.start
        if unit and unit not in known:
            self.doc.institutions.append(
                InstitutionMention(start, hit.end, unit, "unit", "modifier")
            )
            known.add(unit)
        if (
            inst
            and inst not in known
            and (words or inst in FIXED_BODIES.values() or inst == PRESIDENCY)
        ):
            kind = _kind_of(inst)
            self.doc.institutions.append(InstitutionMention(start, hit.end, inst, kind, "modifier"))
            known.add(inst)

    def _listed_after(self, prev_end: int, start: int) -> bool:
        between = self.doc.text[prev_end:start].strip()
        return between in (",", "ve", ", ve", ";", "ile")

    def _same_surname(self, low: str) -> list[int]:
        """The people whose surname ``low`` is, or differs from only by a
        letter's diacritics ("Kaşıkçı" for "Mahmut Kaşıkcı"), when that
        names one surname."""
        same = self.by_last.get(low)
        if same or len(low) < MIN_MISSPELT_SURNAME:
            return same or []
        if self._folded_size != len(self.by_last):
            # surnames are added as people are found: refold only then
            self._folded = {}
            for k in self.by_last:
                self._folded.setdefault(ascii_fold(k), []).append(k)
            self._folded_size = len(self.by_last)
        keys = self._folded.get(ascii_fold(low), [])
        return self.by_last[keys[0]] if len(keys) == 1 else []

    def _short_mention(self, tok: Token, hit: TitleHit | None = None) -> None:
        same = self._same_surname(lower(tok.base))
        if not same:
            return
        best = same[-1]
        if self.taken(tok.start):
            return
        p = self.doc.people[best]
        _respell_with_turkish_letters(p, lower(tok.base))
        if hit is not None and p.title is None and not hit.plural:
            # "Bakan Müşaviri Gül" before or after "Zeki Gül" named bare
            p.title = hit.spec.canonical
        p.spans.append((tok.start, tok.end))
        self.doc.mentions.append(
            Mention(tok.start, tok.end, best, tok.suffix, self.doc.in_quote(tok.start))
        )
        self.mark_used(tok.start, tok.end)

    def untitled_pass(self) -> None:
        toks = self.doc.tokens
        given = self.lex.given_names
        i = 0
        n = len(toks)
        while i < n:
            t = toks[i]
            if not t.is_cap or self.taken(t.start) or self.inside_institution(t.start):
                i += 1
                continue
            low = lower(t.base)
            name: list[Token] = []
            if low in given and not t.suffix:
                name = self.read_name(i)
            elif self._cued_name(i):
                name = self.read_name(i)
            elif self._given_then_capitals(i):
                name = self.read_name(i)
            if len(name) >= 2 and (self._venue_follows(name) or _venue_inside(name)):
                # "Mehmet Akif Ersoy Parkı", "Umut Gazetesi": no part of it is a person
                i += len(name)
                continue
            if len(name) >= 2 and not any(self.taken(x.start) for x in name):
                self.add_person(name, in_quote=self.doc.in_quote(name[0].start))
                i += len(name)
                continue
            i += 1

    def _venue_follows(self, name: list[Token]) -> bool:
        """A venue's head right after the name, or after one more
        capitalised word the name reader left out ("Mehmet Akif Ersoy
        Parkı")."""
        if venue_after(self.doc.lower, name[-1].end):
            return True
        j = token_index(self.doc.tokens, self.starts, name[-1].start) + 1
        nxt = self.doc.tokens[j] if j < len(self.doc.tokens) else None
        return (
            nxt is not None
            and nxt.is_cap
            and not nxt.suffix
            and self.doc.text[name[-1].end : nxt.start] == " "
            and venue_after(self.doc.lower, nxt.end)
        )

    def _given_then_capitals(self, i: int) -> bool:
        """ "Sevda ÖZTÜRK": an unlisted given name before a surname in
        capitals; not a place before an acronym ("Bafra TSO'yu")."""
        toks = self.doc.tokens
        t = toks[i]
        if not _is_name_word(t, self.lex.not_names) or t.base.isupper() or i + 1 >= len(toks):
            return False
        nxt = toks[i + 1]
        return (
            nxt.base.isupper()
            and len(nxt.base) >= 3
            and nxt.base not in _acronyms()
            and self.doc.text[t.end : nxt.start] == " "
            and not (self.gz.is_place(t.base) and len(nxt.base) <= 4)
        )

    def chaired_body_pass(self) -> None:
        """ "Ali Kaya Başkanlığı'ndaki Esnaf Derneği": the name before
        "başkanlığındaki" is the head of the body written right after it."""
        toks, low = self.doc.tokens, self.doc.lower
        for m in _CHAIRED_BODY_RE.finditer(low):
            after = self.bodies_within(m.end(), m.end() + 200)
            if not after or after[0].start != m.end():
                continue
            j = token_index(toks, self.starts, m.start()) - 1
            name: list[Token] = []
            while j >= 0 and len(name) < 4 and self._chair_name_word(toks[j]):
                name.append(toks[j])
                j -= 1
            if len(name) < 2:
                continue
            name.reverse()
            known = [mn.person for mn in self.doc.mentions if mn.start == name[0].start]
            if not known:
                self.add_person(name, title_="Başkan", institution=after[0].name)
                continue
            p = self.doc.people[known[0]]
            if p.title is None:
                p.title, p.institution = "Başkan", p.institution or after[0].name

    def _chair_name_word(self, t: Token) -> bool:
        return (
            t.is_cap
            and not t.suffix
            and _is_name_word(t, self.lex.not_names)
            and not self.gz.is_place(t.text)
        )

    def _cued_name(self, i: int) -> bool:
        """Two capitalised words after an honorific ("Sayın Rüya Ekşi") or
        after a participle that introduces a speaker ("söz alan Nail Ekşi,"):
        a name even when the given name is not on the list."""
        toks = self.doc.tokens
        if i == 0 or i + 1 >= len(toks):
            return False
        t, nxt = toks[i], toks[i + 1]
        prev = toks[i - 1]
        if prev.text == "." and i > 1:
            prev = toks[i - 2]
        cue = (
            lower(prev.base) in self.lex.honorifics
            or (
                lower(prev.text) in _SPEAKER_CUES
                and i > 1
                and lower(toks[i - 2].text) in _SPEAKER_CUE_VERBS
            )
            or self._after_party_adjective(t.start)
        )
        if not cue or t.suffix or not _is_name_word(nxt, self.lex.not_names):
            return False
        if self.gz.is_place(t.base) or self.inside_institution(t.start) or self._starts_title(t):
            return False
        return _is_name_word(t, self.lex.not_names) and not self._starts_title(nxt)

    def _after_party_adjective(self, pos: int) -> bool:
        """ "DEM Partili Ayla Kılıç Koç", "CHP'li Onur Ak", "AK Parti
        grubundan Ece Tan", "MHP Grubu adına Can Er": a party's adjective or
        group before capitalised words introduces a person."""
        m = _PARTY_ADJ_RE.search(self.doc.text, max(0, pos - 30), pos)
        return m is not None and m.group("party") in self.gz.parties

    def surname_only_pass(self, hits: list[TitleHit]) -> None:
        """ "Vali Yerlikaya", "Kaymakam Köken'e": a post of one holder
        (``lexicon.json`` ``surname_posts``) followed by one name word that
        no person named in full carries is a person known by the surname."""
        posts = self.lex.surname_posts
        for hit in hits:
            if hit.plural or hit.spec.canonical not in posts:
                continue
            ti = token_index(self.doc.tokens, self.starts, hit.end - 1) + 1
            name = self.read_name(ti)
            if len(name) != 1 or self.taken(name[0].start) or not self._lone_surname(name[0]):
                continue
            low = lower(name[0].base)
            if self.by_last.get(low):
                self._short_mention(name[0], hit)
                continue
            if any(_one_edit_apart(low, known) for known in self.by_last):
                continue  # "Başkan Mandalici'ye" after "Tamer Mandalinci": a typo
            if self.doc.lower[hit.start : hit.end].endswith(("ım", "im", "um", "üm")):
                continue  # "Sayın Başkanım X": an address, not a post
            words, _party = self.left_words(hit)
            canonical, unit, inst = self.resolve_left(hit, words)
            self._record(words, hit, unit, inst)
            self._titled(name, canonical, unit, inst)

    def _lone_surname(self, t: Token) -> bool:
        low = lower(t.base)
        if t.base.isupper() or (low in self.lex.given_names and not self.by_last.get(low)):
            return False  # a given name alone is a surname only of a person named in full
        if self.gz.is_place(t.base) and not self.doc.text.startswith(":", t.end):
            return False  # "Başkan İmamoğlu:" introducing a saying is the person
        if self.inside_institution(t.start):
            return False
        nxt = self.doc.text[t.end : t.end + 2].strip()
        # the word ends the phrase: a case ending, punctuation or a
        # lower-case word follows, not another capitalised word nor the end
        # of an excerpt that may have cut the word ("Başkanım Cumhuri")
        return bool(t.suffix) or (bool(nxt) and not nxt[0].isupper())

    def surname_pass(self) -> None:
        _respell_from_surnames(self.doc)
        last_words: dict[str, int] = {}
        for i, p in enumerate(self.doc.people):
            if len(p.words) >= 2:
                last_words[p.words[-1]] = i
        if not last_words:
            return
        any_mask = _mask(len(self.doc.text), ((m.start, m.end) for m in self.doc.institutions))
        for t in self.doc.tokens:
            if not t.is_cap or not t.is_word:
                continue
            if lower(t.base) not in last_words and not self._same_surname(lower(t.base)):
                continue
            if self.taken(t.start) or self.inside_institution(t.start):
                continue
            if any_mask[t.start]:
                continue  # "İmamoğlu Belediye Başkanı": the place, not the person
            self._short_mention(t)

    def role_pass(self, roles: list[tuple[TitleHit, str, str | None, str | None]]) -> None:
        by_title: dict[str, list[int]] = {}
        for i, p in enumerate(self.doc.people):
            if p.title:
                by_title.setdefault(p.title, []).append(i)
        for hit, canonical, _unit, inst in roles:
            if self.taken(hit.start) or (inst is None and canonical == "Başkan"):
                continue
            best = next(
                (
                    i
                    for i in by_title.get(canonical, ())
                    if inst is None or self.doc.people[i].institution == inst
                ),
                None,
            )
            if best is None:
                continue
            end = hit.end
            self.doc.people[best].spans.append((hit.start, end))
            self.doc.mentions.append(
                Mention(
                    hit.start, end, best, hit.case, self.doc.in_quote(hit.start), role_only=True
                )
            )

    def appositive_pass(self, hits: list[TitleHit]) -> None:
        """A post written after the name it belongs to: "Sayın Levent Gök,
        Cumhuriyet Halk Partisi Grup Başkan Vekili; …" — the name, a comma,
        at most six capitalised words (a party, a body) and the title."""
        by_end = {m.end: m.person for m in self.doc.mentions}
        text = self.doc.text
        for hit in hits:
            # the title closes the apposition: a stop or a break follows it,
            # not a name ("Yusuf Ateş, Başkan Karadağ'ı …" is two people)
            after = text[hit.end : hit.end + 2].lstrip(" ")
            if not hit.capitalised or (after and after[0] not in ";,.:)\n"):
                continue
            comma = self._apposition_opening(hit, after)
            gap = text[comma + 1 : hit.start].split() if comma >= 0 else []
            if comma < 0 or len(gap) > 6 or not all(w[:1].isupper() for w in gap):
                continue
            person = by_end.get(len(text[:comma].rstrip()))
            if person is None or self.doc.people[person].title is not None:
                continue
            words, _ = self.left_words(hit)
            canonical, unit, inst = self.resolve_left(hit, words)
            p = self.doc.people[person]
            p.title, p.unit = canonical, p.unit or unit
            p.institution = p.institution or inst
            party = self._party_in(" ".join(gap))
            if party and p.party is None:
                p.party = party

    def _apposition_opening(self, hit: TitleHit, after: str) -> int:
        """Where the apposition closed by a title opens: the comma after the
        name, or a parenthesis the title closes ("Ali Ak (Kadıköy Belediye
        Başkanı)"); -1 when none."""
        text = self.doc.text
        lo = max(0, hit.start - 70)
        comma = text.rfind(",", lo, hit.start)
        paren = text.rfind("(", lo, hit.start)
        if paren > comma and after.startswith(")") and ")" not in text[paren : hit.start]:
            return paren
        return comma

    def _party_in(self, words: str) -> str | None:
        for name in sorted(self.gz.parties, key=len, reverse=True):
            if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", words):
                return self.gz.parties[name]
        return None

    def party_pass(self) -> None:
        text = self.doc.text
        parties = self.gz.parties
        if not parties:
            return
        alts = "|".join(re.escape(a) for a in sorted(parties, key=len, reverse=True))
        rx = re.compile(rf"(?<![\w])({alts})('?[a-zçğıöşü]+)?(?![\w])")
        mentions = sorted(self.doc.mentions, key=lambda m: m.start)
        starts = [x.start for x in mentions]

        def between(lo: int, hi: int) -> list[Mention]:
            return mentions[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]

        for m in rx.finditer(text):
            party = parties[m.group(1)]
            suffix = m.group(2) or ""
            s, e = m.start(), m.end()
            # "(CHP)" right after a name belongs to that name.
            if s > 0 and text[s - 1] == "(":
                before = [x for x in between(s - 200, s) if x.end <= s - 1 and s - 1 - x.end <= 2]
                if before:
                    self._set_party(before[-1].person, party)
                continue
            attributive = bool(_PARTY_SUFFIX.match(suffix)) or text[e : e + 6] == " adayı"
            if not attributive:
                continue
            sent = self.doc.sentence_of(s)
            s_end = self.doc.sentences[sent][1] if self.doc.sentences else len(text)
            after = between(e, min(s_end, e + 160))
            if not after or _group_label(text[e : after[0].start]):
                continue
            if _GENITIVE_RE.match(suffix) and _LOWER_WORD_RE.search(text, e, after[0].start):
                continue  # "MHP'nin ısrarı üzerine Kılıç": the party's act, not his party
            for x in _joined_run(text, after):
                self._set_party(x.person, party)

    def _set_party(self, idx: int, party: str) -> None:
        if self.doc.people[idx].party is None:
            self.doc.people[idx].party = party


# a plural noun ("üyeler", "meclis üyeleri", "milletvekilleri"): a party's
# adjective before it labels a group, not the next person named
_PLURAL_WORD_RE = re.compile(r"(?<!\S)[a-zçğıöşü]+(?:ler|lar)(?:i|ı|imiz|ımız)?(?!\S)")
# what joins the names of one run: a comma or "ve" and nothing else
_RUN_JOIN_RE = re.compile(r"\s*(?:,|ve|,\s*ve)\s*")


#: the genitive of a name ending in a vowel ("MHP'nin", "Sendikası'nın")
_GENITIVE_RE = re.compile(r"^'?n[ıiuü]n$")
#: the genitive of a body's or a place's name after a vowel or a consonant
#: ("Sendikası'nın", "TOBB'un", "Kadıköy'ün"): a name may end in either
_NAME_GENITIVE_RE = re.compile(r"^'?n?[ıiuü]n$")
_LOWER_WORD_RE = re.compile(r"(?<!\S)(?!ve(?!\S))[a-zçğıöşü]{2,}(?!\S)")


# "Yönetimlerden", "İşlerinden": the ablative a portfolio is written in
_ABLATIVE_RE = re.compile(r"(?:[dt][ae]n)$")

#: how far before a district governor's post the district he governs is
#: looked for (a lead and a sentence or two)
DISTRICT_REACH = 600

# "Tefenni İlçesi'ni", "Türkeli ilçesinde", "Karamanlı İlçesi'ne": a place
# written with the word for district
_DISTRICT_WORD_RE = re.compile(
    r"([A-ZÇĞİÖŞÜ][a-zçğıöşü]+)(?:['’][a-zçğıöşü]+)? [İi]lçe(?:si|sinde|sine|sini|sinin)\b"
)


_DEFINED_ACRONYM_RE = re.compile(r"[\w'’]*[ \t]*\([ \t]*([A-ZÇĞİÖŞÜ]{2,9})[ \t]*\)")


def _defined_acronyms(doc: Doc, bodies: list[InstitutionMention]) -> dict[str, str]:
    """Acronyms written in parentheses right after a body the text names in
    full, mapped to that body; an acronym given to two bodies is dropped."""
    out: dict[str, str] = {}
    clash: set[str] = set()
    for m in bodies:
        found = _DEFINED_ACRONYM_RE.match(doc.text, m.end)
        if found is None or m.kind == "unit":
            continue
        acr = found.group(1)
        if out.get(acr, m.name) != m.name:
            clash.add(acr)
        out[acr] = m.name
    defined = {acr: body for acr, body in out.items() if acr not in clash}
    return {**_initials_acronyms(bodies), **defined}


def _initials_acronyms(bodies: list[InstitutionMention]) -> dict[str, str]:
    """Bodies the text names in full, by the acronym of their initials
    ("Muş Ticaret Borsası" → "MTB", "Van Büyükşehir Belediyesi" →
    "VBB"; "ve" has none): Turkish acronyms of bodies are written so, and a
    text often names the body once in full and then by its acronym without
    defining it.  Acronyms of three letters or more; one shared by two bodies
    names neither."""
    out: dict[str, str] = {}
    clash: set[str] = set()
    for m in bodies:
        words = [w for w in m.name.split() if w not in ("ve", "ile")]
        if m.kind == "unit" or len(words) < 3 or not all(w[:1].isupper() for w in words):
            continue
        acr = "".join(w[0] for w in words)
        if out.get(acr, m.name) != m.name:
            clash.add(acr)
        out[acr] = m.name
    return {acr: body for acr, body in out.items() if acr not in clash}


def _ordinal_words(toks: list[Token], j: int, right: int) -> tuple[list[Token], int, int]:
    """The words a post's body opens with when read leftwards from token
    ``j``: "Karayolları 1. Bölge Müdürü" — an ordinal right before the post
    is the body's number, one word of its name.  Returns (words, the next
    token to read, the start of what was read)."""
    if j < 1 or toks[j].text != ".":
        return [], j, right
    num = toks[j - 1]
    if not (num.text.isdigit() and len(num.text) <= 3 and num.end == toks[j].start):
        return [], j, right
    return [Token(num.start, toks[j].end, f"{num.text}.", f"{num.text}.", "")], j - 2, num.start


def _group_label(gap: str) -> bool:
    """Whether the words between a party's adjective and the next person
    hold a plural noun followed by more than the post of the listed names
    ("CHP'li üyeler de dahil … Kılıç"); "AK Partili Meclis Üyeleri A ve
    B" labels A and B."""
    words = gap.split()
    plural = [i for i, w in enumerate(words) if _PLURAL_WORD_RE.fullmatch(w)]
    return bool(plural) and len(words) > plural[0] + 1


def _joined_run(text: str, after: list[Mention]) -> list[Mention]:
    """The first person after a label and those joined to them by commas or
    "ve" alone ("AK Partili A ve B"); another label ends the run."""
    run = [after[0]]
    for x in after[1:]:
        gap = text[run[-1].end : x.start]
        if not _RUN_JOIN_RE.fullmatch(gap) or (x.case and "ve" not in gap):
            break  # "CHP'li Üye A, Sevgi Oral'ın …": a new clause, not the run
        run.append(x)
    return run


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether two words of five letters or more differ by one letter
    inserted, dropped or changed (a typo of a surname)."""
    if a == b or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def _headline_verb(out: list[Token], t: Token) -> bool:
    """Whether ``t`` is a verb in the past tense closing a headline in
    capitals after a name word ("TEPKİ GÖSTERDİ")."""
    return bool(out) and t.base.isupper() and out[-1].base.isupper() and past_verb(t.base)


_OGLU_CASE_RE = re.compile(r"oğlu(?:nun|na|nu|ndan|nda|yla)$")


def _written_name_word(t: Token) -> str:
    """A name word as the person's name writes it: a word in capitals
    title-cased, short ones too ("Baran Ali TUNÇ" → "Baran Ali Tunç"; unlike
    a body's name, a person's name holds no acronym), an initial with its
    full stop ("M.")."""
    if _initial(t):
        return t.base + "."
    word = title(lower(t.base)) if t.base.isupper() else t.base
    # "Celal Kasapoğlunun": an -oğlu surname's case written without the apostrophe
    return _OGLU_CASE_RE.sub("oğlu", word)


def _initial(t: Token) -> bool:
    """Whether ``t`` is one capital letter, as a given name's initial."""
    return t.is_word and len(t.base) == 1 and t.base.isupper()


def _line_ends(text: str, pos: int) -> bool:
    """Whether only punctuation is left on the line after ``pos``."""
    end = text.find("\n", pos)
    rest = text[pos : end if end >= 0 else len(text)]
    return not rest.strip(" \t.,;:!?\"'”’…")


def _after_capitals_surname(out: list[Token], t: Token) -> bool:
    """Whether ``t`` follows a name written "Given SURNAME" and is not in
    capitals itself: such a name ends with its surname."""
    if len(out) < 2 or t.base.isupper():
        return False
    last = out[-1].base
    return last.isupper() and len(last) > 1 and not out[0].base.isupper()


def _venue_inside(name: list[Token]) -> bool:
    """Whether a word after the first of a name read is a venue's head
    ("Umut Gazetesi", "Atatürk Parkı"): the words name a thing."""
    heads = lexicon().venue_heads
    return any(lower(t.base) in heads for t in name[1:])


def venue_after(lowered: str, pos: int) -> bool:
    """Whether a venue's head word follows ``pos`` ("… Sanat Merkezi'nde",
    "… toplantı salonunda"): the name before it names a place."""
    rest = lowered[pos : pos + 40].lstrip(" ")
    return rest.startswith(lexicon().venue_heads)


def _words_after(words: list[Token], pos: int) -> list[Token]:
    """The words from ``pos`` on, without a leading "ve"."""
    kept = [w for w in words if w.start >= pos]
    while kept and kept[0].text == "ve":
        kept.pop(0)
    return kept


def _joined_by_ve(gap: str, parties: Mapping[str, str]) -> bool:
    """Whether two posts are joined by "ve" alone, or by "ve" and the
    person's party ("Belediye Başkanı ve CHP'li Meclis Üyesi Ad")."""
    words = gap.split()
    if words == ["ve"]:
        return True
    return len(words) == 2 and words[0] == "ve" and re.split("['’]", words[1])[0] in parties


def _mayor_over_body(hit: TitleHit, inst: str | None, first_inst: str | None) -> bool:
    """ "TDBB Başkanı ve Konya Büyükşehir Belediye Başkanı Ad Soyad": a
    mayor who also heads a union or an association is named by the mayor's
    post, whichever is written first."""
    if hit.spec.kind not in ("mayor", "metro_mayor") or not inst:
        return False
    return "Belediyesi" in inst and not (first_inst or "").endswith("Belediyesi")


def _governor_over_board(inst: str | None, first_inst: str | None) -> bool:
    """ "X Kalkınma Ajansı Yönetim Kurulu Başkanı Manisa Valisi Ad Soyad": a
    governor or district governor chairs boards by office (a development
    agency's, a social-assistance foundation's); the person is named by the
    governorship."""
    if not inst or not inst.endswith(("Valiliği", "Kaymakamlığı")):
        return False
    return not (first_inst or "").endswith(("Valiliği", "Kaymakamlığı"))


def _mayor_over_union(p: Person, post: str, institution: str | None) -> bool:
    """A person first named as the head of a union or association and
    later as a mayor is named by the mayor's post (the convention of
    ``gold/real``)."""
    return (
        post == "Belediye Başkanı"
        and p.title == "Başkan"
        and bool(institution)
        and "Belediyesi" in (institution or "")
        and not (p.institution or "").endswith("Belediyesi")
    )


def _head_over_member(first_post: str, post: str) -> bool:
    """ "TOBB Yönetim Kurulu Üyesi ve Erzurum Ticaret Odası Yönetim Kurulu
    Başkanı Ad Soyad": one who heads a body and sits on another's board is
    named by the body they head."""
    return first_post.endswith("Üyesi") and post.endswith(("Başkanı", "Başkan"))


#: bodies whose departments are named by their own words ("İmar Müdürü")
_PARENT_HEADS = ("Belediyesi", "Valiliği", "Kaymakamlığı", "Bakanlığı", "Üniversitesi", "İdaresi")


#: offices with one head and no chairs or boards of their own
_ONE_HEAD_OFFICES = (
    "Valiliği",
    "Kaymakamlığı",
    "Müftülüğü",
    "Komutanlığı",
    "Büyükelçiliği",
    "Başkonsolosluğu",
    "Konsolosluğu",
)


def _chair_of_assembly(post: str) -> str:
    """The chair of a national assembly is its "Meclis Başkanı"."""
    return "Meclis Başkanı" if post == "Başkan" else post


def _second_last(words: list[Token]) -> Token | None:
    """The word read before the last one leftwards (the one right of it)."""
    return words[-2] if len(words) > 1 else None


def _foreign_office(spec: TitleSpec, prev_inst: str | None) -> bool:
    """Whether a post listed after another takes nothing from its body:
    a post naming its own kind of office after an office of another kind
    ("İlçe Müftüsü A ile Kaymakam B"), or a board's post after the head of
    an office that has no boards or chairs ("Vali A, … Başkanı B")."""
    if not prev_inst:
        return False
    if spec.kind == "org" and spec.head:
        return not lower(prev_inst).endswith(lower(spec.head))
    return spec.kind == "generic" and prev_inst.endswith(_ONE_HEAD_OFFICES)


def _bare_party_post(words: list[Token]) -> bool:
    """No words before a party's post but "Merkez" ("Merkez İlçe Başkanı")."""
    return all(w.text == "Merkez" for w in words)


def _inherited(
    hit: TitleHit,
    prev: tuple[int, str | None, str | None],
    unit: str | None,
    inst: str | None,
    has_words: bool,
) -> tuple[str | None, str | None]:
    """(unit, institution) of a post listed right after another one: what
    it does not name itself is the previous post's, except that a mayor
    listed after the head of an association is not one of its posts
    ("… Odası Başkanı A, Belediye Başkanı B")."""
    _, prev_unit, prev_inst = prev
    mayor = hit.spec.kind in ("mayor", "metro_mayor")
    if hit.spec.canonical in PARTY_POSTS and not has_words:  # (or "Merkez" only)
        # "CHP Milletvekili A, İl Başkanı B": the party's chair, in no body
        return unit, None
    if hit.spec.kind == "none" or (has_words and hit.spec.canonical in OWN_GROUP_POSTS):
        # "Birliği Müdürü A, … İl Genel Meclis Üyesi B": a post outside
        # any body listed next to one inside a body takes nothing from it
        return unit, inst
    if _foreign_office(hit.spec, prev_inst):
        return unit, inst
    if unit is not None and has_words and not (prev_inst or "").endswith(_PARENT_HEADS):
        # "İlçe Jandarma Komutanı A, Özel İdare Müdürü B": a directorate of
        # its own, not one of the command's
        return unit, inst
    if inst is None and unit in STATE_DIRECTORATES:
        return unit, inst  # "Belediye Başkanvekili A, Emniyet Müdürü B": the state's
    if inst is None and _may_inherit(hit.spec, prev_inst, mayor):
        inst = prev_inst
    if unit is None and hit.spec.kind == "unit" and not has_words:
        unit = prev_unit
    return unit, inst


#: offices with one head, already named when a list goes on past him ("Vali
#: A, Başsavcı B"): a generic post listed after theirs is not in them
SINGLE_HEAD_OFFICES = ("Valiliği", "Kaymakamlığı", "Cumhuriyet Başsavcılığı", "Müftülüğü")
#: posts only a university has
UNIVERSITY_ONLY_POSTS = frozenset(("Rektör", "Rektör Yardımcısı", "Dekan"))


def _may_inherit(spec: TitleSpec, prev_inst: str | None, mayor: bool) -> bool:
    """Whether a post listed right after another takes its body."""
    prev = prev_inst or ""
    if mayor:
        return prev.endswith("Belediyesi")
    if spec.canonical in UNIVERSITY_ONLY_POSTS:
        return prev.endswith("Üniversitesi")
    return not (spec.kind == "generic" and prev.endswith(SINGLE_HEAD_OFFICES))


#: posts that represent a group named with them ("STK Temsilcileri A, B"):
#: listed after another post they take nothing from its body
OWN_GROUP_POSTS = frozenset(("Temsilci",))
#: a party's local officers, written bare in a list after the party's MP or
#: mayor: they hold no post in a body and take the party from the list
PARTY_POSTS = frozenset(
    ("İl Başkanı", "İlçe Başkanı", "İl Başkan Yardımcısı", "İlçe Başkan Yardımcısı")
)


#: words of a department's name a writer sometimes leaves in lower case
#: between capitalised ones ("Hukuk işleri ve İdari Denetim Şube Müdürü")
LOWER_BODY_WORDS = frozenset(("işleri", "hizmetleri", "ilişkiler", "kaynakları"))


def _capitalised(name: str) -> str:
    """A department's name with its lower-case words written as the rest."""
    return " ".join(title(w) if w in LOWER_BODY_WORDS else w for w in name.split(" "))


@dataclass
class _Left:
    """The words left of a title: all of them, the body written in full
    among them (if any) and the words after that body."""

    spec: TitleSpec
    words: list[Token]
    inst: InstitutionMention | None
    rest: list[Token]


Reader = Callable[[_Builder, _Left], tuple[str, str | None, str | None]]

#: how the words left of a title are read, by the title's kind (lexicon.json)
_READERS: dict[str, Reader] = {
    "mayor": _Builder._read_mayor,
    "metro_mayor": _Builder._read_mayor,
    "unit": _Builder._read_unit,
    "org": _Builder._read_org,
    "none": _Builder._read_fixed,
    "generic": _Builder._read_generic,
}


def _mask(size: int, spans: Iterable[tuple[int, int]]) -> bytearray:
    """One byte per character of the text, 1 inside any of ``spans``."""
    mask = bytearray(size + 1)
    for a, b in spans:
        mask[a:b] = b"\x01" * (b - a)
    return mask


def _kind_of(name: str) -> str:
    low = lower(name)
    for head, kind in lexicon().org_heads:
        if low.endswith(head):
            return kind
    return "public_body"


def find_people(doc: Doc) -> None:
    """Fill ``doc.people`` and ``doc.mentions``."""
    b = _Builder(doc)
    hits = find_titles(doc)
    roles = b.title_pass(hits)
    b.untitled_pass()
    # Titles seen before the person was first named ("Başkan Hürriyet" in
    # the lead, full name later) get a second chance.
    for hit in hits:
        ti = token_index(doc.tokens, b.starts, hit.end - 1) + 1
        name = b.read_name(ti)
        if len(name) == 1 and not b.taken(name[0].start):
            b._short_mention(name[0], hit)
    b.chaired_body_pass()
    b.surname_only_pass(hits)
    b.surname_pass()
    b.appositive_pass(hits)
    b.role_pass(roles)
    b.party_pass()
    for idx, post in b.former:
        # the same post named again without "eski" is still the past one
        p = doc.people[idx]
        if p.title == post:
            p.title = p.institution = p.unit = None
    doc.institutions.sort(key=lambda m: m.start)
    _elected_posts(doc)
    _assembly_chairs_elected(doc)
    _offices_before_names(b)
    _posts_after_names(doc)
    _fill_missing_institutions(b)
    _merge_misspelt(doc)
    _merge_glued_case(doc)
    _merge_short_forms(doc)
    drop_class_names(doc)
    doc.sort_mentions()
    for p in doc.people:
        p.spans.sort()


def _respell_from_surnames(doc: Doc) -> None:
    """ "Ali Yılmazer" written once in full while the text calls him
    "Yılmazar" twice or more by surname alone: the surname written in full is
    the slip (one letter off, six letters or more), the one written more often
    is what the writer meant; it is no other person's surname."""
    counts: dict[str, int] = {}
    for t in doc.tokens:
        if t.is_cap and t.is_word:
            counts[lower(t.base)] = counts.get(lower(t.base), 0) + 1
    surnames = {p.words[-1] for p in doc.people if len(p.words) >= 2}
    for p in doc.people:
        if len(p.words) < 2 or len(p.spans) != 1 or len(p.words[-1]) < MIN_MISSPELT_SURNAME:
            continue
        last = p.words[-1]
        meant = [
            w
            for w, n in counts.items()
            if n >= 2 and n > counts.get(last, 0) and w not in surnames and _one_edit_apart(w, last)
        ]
        if len(meant) == 1:
            p.words = (*p.words[:-1], meant[0])
            p.name = f"{p.name.rsplit(' ', 1)[0]} {title(meant[0])}"
            p.key = search_key(p.name)


def _respell_with_turkish_letters(p: Person, surname: str) -> None:
    """ "Kaşıkcı" in full, "Kaşıkçı" alone: sites lose Turkish letters more
    often than they add them, so the spelling with more of them is what
    the writer meant."""
    if not p.words or p.words[-1] == surname or ascii_fold(p.words[-1]) != ascii_fold(surname):
        return
    if _turkish_letters(surname) <= _turkish_letters(p.words[-1]):
        return
    p.words = (*p.words[:-1], surname)
    p.name = f"{p.name.rsplit(' ', 1)[0]} {title(surname)}"
    p.key = search_key(p.name)


def _turkish_letters(word: str) -> int:
    return sum(1 for c in word if c in "çğıöşü")


#: the shortest surname a one-letter slip is read in: shorter ones differ
#: by a letter as different families do ("Kaya" / "Kara")
MIN_MISSPELT_SURNAME = 6


def _merge_misspelt(doc: Doc) -> None:
    """A list naming "Ali ALTIPAMAK" beside "Ali ALTIPARMAK": the same given
    names and a surname one letter off are one person misspelt once; the
    spelling written more often stays."""
    by_given: dict[tuple[str, ...], list[int]] = {}
    for i, p in enumerate(doc.people):
        if len(p.words) >= 2 and len(p.words[-1]) >= MIN_MISSPELT_SURNAME:
            by_given.setdefault(p.words[:-1], []).append(i)
    gone: dict[int, int] = {}
    for group in by_given.values():
        for a, b in itertools.combinations(group, 2):
            pa, pb = doc.people[a], doc.people[b]
            if a in gone or b in gone or not _one_edit_apart(pa.words[-1], pb.words[-1]):
                continue
            keep, drop = (a, b) if len(pa.spans) >= len(pb.spans) else (b, a)
            _absorb(doc.people[keep], doc.people[drop])
            gone[drop] = keep
    if gone:
        _renumber(doc, gone)


def _merge_short_forms(doc: Doc) -> None:
    """ "Hasan Oktay Aksu" beside "Hasan Aksu" or beside "Hasan Oktay"
    cut before "Aksu'ya": a name of three words written without its middle
    name, or cut before its surname, is the same person."""
    full = [(i, p.words) for i, p in enumerate(doc.people) if len(p.words) == 3]
    gone: dict[int, int] = {}
    for i, p in enumerate(doc.people):
        if len(p.words) != 2:
            continue
        for j, words in full:
            if j in gone or not _short_form_of(doc, p, words):
                continue
            _absorb(doc.people[j], p)
            gone[i] = j
            break
    if gone:
        _renumber(doc, gone)


def _short_form_of(doc: Doc, p: Person, words: tuple[str, ...]) -> bool:
    if p.words == (words[0], words[2]):
        return True
    if p.words != words[:2]:
        return False
    # every mention is followed by the third word ("Hasan Oktay Aksu'ya")
    for _start, end in p.spans:
        nxt = doc.text[end : end + len(words[2]) + 2]
        if not nxt.startswith(" ") or not lower(nxt[1:]).startswith(words[2]):
            return False
        rest = nxt[1 + len(words[2]) :]
        if rest[:1].isalpha() and rest[:1] not in "'’":
            return False
    return True


#: case endings a news site may glue to a surname ending in a vowel,
#: without the apostrophe ("Yazgıyı", "Yazgıya", "Yazgının")
_GLUED_CASES = ("yla", "yle", "yı", "yi", "yu", "yü", "ya", "ye", "nın", "nin", "nun", "nün")
_VOWELS = frozenset("aeıioöuü")


def _unglued(word: str, known: Mapping[str, int]) -> str | None:
    """The surname ``word`` without a case ending glued to it, when that
    surname is written bare elsewhere in the text."""
    for suffix in _GLUED_CASES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3 and stem[-1] in _VOWELS and stem in known:
            return stem
    return None


def _merge_glued_case(doc: Doc) -> None:
    """ "Haluk Şahin Yazgıyı" beside "Başkan Yazgı": a case ending written
    without an apostrophe is no part of the surname; the bare mention is the
    same person."""
    bare = {p.words[0]: i for i, p in enumerate(doc.people) if len(p.words) == 1}
    gone: dict[int, int] = {}
    for i, p in enumerate(doc.people):
        stem = _unglued(p.words[-1], bare) if len(p.words) >= 2 else None
        if stem is None or bare[stem] in gone:
            continue
        cut = len(p.words[-1]) - len(stem)
        p.name = p.name[:-cut]
        p.words = (*p.words[:-1], stem)
        p.key = search_key(p.name)
        _absorb(p, doc.people[bare[stem]])
        gone[bare[stem]] = i
        _mark_glued_case(doc, i, stem)
    if gone:
        _renumber(doc, gone)


def _mark_glued_case(doc: Doc, idx: int, stem: str) -> None:
    """Give the mentions of person ``idx`` the case ending glued to them,
    as an apostrophe would have ("Yazgıyı ziyaret": the visited side)."""
    for m in doc.mentions:
        if m.person != idx or m.case:
            continue
        word = lower(doc.text[m.start : m.end].split()[-1])
        if word.startswith(stem) and word != stem:
            m.case = word[len(stem) :]


def _absorb(keep: Person, drop: Person) -> None:
    keep.spans.extend(drop.spans)
    keep.title = keep.title or drop.title
    keep.unit = keep.unit or drop.unit
    keep.institution = keep.institution or drop.institution
    keep.party = keep.party or drop.party


def _renumber(doc: Doc, gone: dict[int, int]) -> None:
    """Drop the merged people and point every mention at the one kept."""
    new_index: dict[int, int] = {}
    kept: list[Person] = []
    for i, p in enumerate(doc.people):
        if i not in gone:
            new_index[i] = len(kept)
            kept.append(p)
    doc.people = kept
    for m in doc.mentions:
        target = m.person
        while target in gone:
            target = gone[target]
        m.person = new_index[target]


_DATIVE_END_RE = re.compile(r"(?:lığı|liği)['’]?n[ae]$")
_BRANCH_RE = re.compile(r"\s+\S+\s+Şube$")


#: a body's office in the dative before the person elected or appointed
#: to it ("X Borsası başkanlığına yeniden seçilen A", "Y Üniversitesi
#: rektörlüğüne atanan A", "Rize Valiliğine atanan A"): the office word and
#: its holder's post
_OFFICE_BEFORE_RE = re.compile(
    r"(?<= )(başkanlığına|rektörlüğüne|dekanlığına|valiliğine|kaymakamlığına) "
    r"(?:yeniden |tekrar |bir kez daha |vekaleten )?(?:seçilen|atanan|getirilen) "
)
_OFFICE_POSTS = {
    "başkanlığına": "Başkan",
    "rektörlüğüne": "Rektör",
    "dekanlığına": "Dekan",
    "valiliğine": "Vali",
    "kaymakamlığına": "Kaymakam",
}


def _office_body(b: _Builder, start: int) -> InstitutionMention | None:
    """The body whose office word starts at ``start``: written right before
    it ("… Borsası başkanlığına", "Derepazarı Belediye Başkanlığına") or
    holding it ("Rize Valiliğine")."""
    doc = b.doc
    for body in doc.institutions:
        if body.start < start < body.end or (
            body.end < start and doc.text[body.end : start] == " "
        ):
            return body
    return None


def _offices_before_names(b: _Builder) -> None:
    """A person named right after a body's office in the dative and an
    election or appointment takes that post of that body, when no post was
    read for them ("Derepazarı Belediye Başkanlığına seçilen A": the
    municipality's mayor)."""
    doc = b.doc
    for m in _OFFICE_BEFORE_RE.finditer(doc.lower):
        body = _office_body(b, m.start())
        if body is None:
            continue
        post = _OFFICE_POSTS[m.group(1)]
        if post == "Başkan" and lower(body.name).endswith(("belediyesi", "belediye")):
            post = "Belediye Başkanı"
        mention = next(
            (x for x in doc.mentions if m.end() <= x.start <= m.end() + 20 and not x.role_only),
            None,
        )
        if mention is None:
            continue
        person = doc.people[mention.person]
        if person.title is None:
            person.title = post
            person.institution = body.name


def _elected_posts(doc: Doc) -> None:
    """ "Dilek Aydın Terme Kent Konseyi Başkanlığı'na seçildi": the office
    one is elected to is a post, not a body; the body is the one it heads
    (a branch's place dropped: "… Derneği Bayraklı Şube Başkanlığına"), and
    the person elected without another post becomes its "Başkan"."""
    for m in doc.institutions:
        if m.form != "full" or not m.name.endswith(" Başkanlığı"):
            continue
        after = doc.lower[m.end : m.end + 60].split()[:5]
        if not any(w.startswith("seçil") for w in after):
            continue
        if not (
            _DATIVE_END_RE.search(doc.text, m.start, m.end)
            or re.match(r"['’]?n[ae]\b", doc.text[m.end : m.end + 4])
        ):
            continue
        body = _BRANCH_RE.sub("", m.name.removesuffix(" Başkanlığı"))
        if " " not in body:
            continue
        m.name, m.kind = body, _kind_of(body)
        s_lo, s_hi = (0, len(doc.text))
        if doc.sentences:
            s_lo, s_hi = doc.sentences[doc.sentence_of(m.start)]
        near = [x for x in doc.mentions if s_lo <= x.start < s_hi and not x.in_quote]
        # "… Odası Başkanlığına seçilen A ve … Odası Başkanlığına seçilen B":
        # after the participle, the name right after it; else the nearest
        # ("A 66 oyla … Başkanlığı'na seçilirken B 47 oy aldı")
        participle = "seçilen" in after[:3]
        near.sort(
            key=lambda x: (
                participle and not m.end <= x.start <= m.end + 40,
                abs(x.start - m.start),
            )
        )
        for x in near[:1]:
            p = doc.people[x.person]
            if p.title is None:
                p.title, p.institution = "Başkan", body


#: a union's or a chamber's assembly known by its acronym and the chair it
#: elects ("A, ABCBİR meclis başkanlığına seçildi"; unions of municipalities
#: and of service provision, 5355 sayılı Kanun, elect their Birlik Meclisi's
#: chair)
_ASSEMBLY_CHAIR_RE = re.compile(
    r"(?<![\w'’-])([A-ZÇĞİÖŞÜ]{3,8})(?:['’]\w+)? [Mm]eclis(?:i['’]?nin(?: \w+){0,4}|i)?"
    r" [Bb]aşkanlığına (?:yeniden |tekrar |bir kez daha )?(?:\w+ ){0,3}seçil"
)


def _assembly_chairs_elected(doc: Doc) -> None:
    """ "A, XYZBİR meclis başkanlığına seçildi": the person elected in that
    sentence is the "Meclis Başkanı" of the body the acronym names, and
    the assembly named as "XYZBİR Meclisi" is that body."""
    for m in _ASSEMBLY_CHAIR_RE.finditer(doc.text):
        acronym = m.group(1)
        s_lo, s_hi = (0, len(doc.text))
        if doc.sentences:
            s_lo, s_hi = doc.sentences[doc.sentence_of(m.start())]
        near = [x for x in doc.mentions if s_lo <= x.start < s_hi and not x.in_quote]
        near.sort(key=lambda x: abs(x.start - m.start()))
        for x in near[:1]:
            p = doc.people[x.person]
            if p.title is None:
                p.title, p.institution = "Meclis Başkanı", acronym
        for inst in doc.institutions:
            if lower(inst.name) == lower(f"{acronym} Meclisi"):
                inst.name, inst.kind = acronym, _kind_of(acronym)


@lru_cache(maxsize=1)
def _post_after_re() -> re.Pattern[str]:
    """A post right after a name on the same line, bare or in parentheses,
    that ends its list item: a comma, a line break, "olarak", "ve" or the
    result verb itself. A post followed by another word ("Ali Er Başkan
    Veli Kaya'yı ziyaret etti") is the next person's, never this one's."""
    lex = lexicon()
    posts = "|".join(re.escape(x) for x in sorted(lex.posts_after_names, key=len, reverse=True))
    verbs = "|".join(re.escape(x) for x in lex.result_words)
    return re.compile(
        rf"[ \t]*(\(\s*)?({posts})(?(1)\s*\))"
        rf"(?=[ \t]*(?:[,;\n]|olarak\b|ve\b|{verbs}|$))"
    )


#: how far a result list may run before its verb ("… seçildi")
RESULT_REACH = 300
_LIST_GAP_RE = re.compile(r"\s*(?:,|\bve\b)\s*$")


def _states_result(doc: Doc, pos: int) -> bool:
    """The list item at ``pos`` is a result: a result verb follows in the
    same sentence (line breaks do not end a list written line by line)."""
    window = doc.lower[pos : pos + RESULT_REACH]
    stop = re.search(r"[.!?](?:\s|$)", window)
    if stop is not None:
        window = window[: stop.end()]
    return any(v in window for v in lexicon().result_words)


def _post_written_after(doc: Doc, m: Mention) -> tuple[str, int] | None:
    """(post, end of the post) written right after the mention ``m``."""
    if m.in_quote or m.case or doc.text[m.end : m.end + 1] not in (" ", "\t", "("):
        return None
    hit = _post_after_re().match(doc.lower, m.end)
    if hit is None or not _states_result(doc, hit.end()):
        return None
    return lexicon().posts_after_names[hit.group(2)], hit.end()


def _posts_after_names(doc: Doc) -> None:
    """ "Hakkı Er divan başkanı, Ayla Su ve Can Tan divan üyesi olarak
    seçildi", lines "Umut Aydın Başkan Vekili" under "görev bölümü",
    "A (Sayman)", "A başkanlığa, B saymanlığa getirildi": the post of an
    election or appointment result is written after the name. A person
    without a post takes it; names joined by "ve" or a comma before it
    share it. A person whose post was read from the line above (the
    previous item's post taken for this name's) takes their own instead."""
    mentions = sorted(doc.mentions, key=lambda x: x.start)
    found: dict[int, str] = {}
    last_post_end = -1
    for i, m in enumerate(mentions):
        got = _post_written_after(doc, m)
        if got is None:
            continue
        post, end = got
        p = doc.people[m.person]
        stolen = last_post_end >= 0 and not doc.text[last_post_end : m.start].strip()
        if p.title is None or stolen:
            p.title, p.unit = post, None
            if stolen:
                p.institution = None
        found[i] = post
        last_post_end = end
    for i, post in sorted(found.items(), reverse=True):
        j = i
        while j > 0 and (j - 1) not in found:
            prev, cur = mentions[j - 1], mentions[j]
            if prev.in_quote or not _LIST_GAP_RE.match(doc.text[prev.end : cur.start]):
                break
            q = doc.people[prev.person]
            if q.title is None:
                q.title = post
            j -= 1


_FROM_RE = re.compile(r"(?:'?n?[dt][ae]n|\s+adına|\s+temsilcisi)\s+$")


def _institution_before(b: _Builder, person_start: int) -> str | None:
    """The body a person written without a title is introduced from:
    "Ege Üniversitesi'nden Prof. Dr. Ayşe Kaya", "Kent Konseyi adına Ali Er"."""
    doc = b.doc
    honor = lexicon().honorifics
    pos = person_start
    # step back over honorifics ("Prof. Dr. ")
    while True:
        m = re.search(r"(\w+)\.?\s+$", doc.text[max(0, pos - 12) : pos])
        if m is None or lower(m.group(1)) not in honor:
            break
        pos = pos - len(m.group(0))
    for inst in b.bodies_within(pos - 200, pos + 1):
        if inst.kind == "unit" or not 0 <= pos - inst.end <= 14:
            continue
        if _FROM_RE.search(doc.text[inst.start : pos]):
            return inst.name
    return None


_PAREN_OPEN_RE = re.compile(r"\s*\(")


def _institution_in_parentheses(b: _Builder, name_end: int) -> tuple[str | None, str | None]:
    """(unit, institution) written in parentheses right after a name:
    "Prof. Dr. Ayşe Kaya (Ege Üniversitesi Ziraat Fakültesi)"."""
    text = b.doc.text
    m = _PAREN_OPEN_RE.match(text, name_end)
    if m is None:
        return None, None
    close = text.find(")", m.end(), m.end() + 120)
    if close < 0:
        return None, None
    inside = b.bodies_within(m.end(), close)
    bodies = [i for i in inside if i.kind != "unit"]
    units = [i for i in inside if i.kind == "unit"]
    if not bodies:
        return None, None
    return (units[0].name if units else None), bodies[0].name


#: an organisation's board posts, and the heads of the bodies whose
#: council ("Meclis") is the chamber's own rather than a municipality's
BOARD_POSTS = frozenset(("Yönetim Kurulu Başkanı", "Yönetim Kurulu Üyesi"))
_CHAMBER_HEADS = ("Odası", "Borsası")
_BOARD_GAP_RE = re.compile(r"(?:'\w+)?\s+(?:Yönetim Kurulu|Meclis) (?:Başkan|Üye)\w*\s+$")


def _board_body(b: _Builder, p: Person) -> str | None:
    """ "Bergama Ticaret Odası'nda Yönetim Kurulu Başkanı Ali Ak": a board
    post written right after a body, in any case, is a post of that body."""
    start = p.spans[0][0]
    for inst in reversed(b.bodies_within(start - 120, start)):
        if inst.kind in ("unit", "municipality") or "municipality" in inst.kind:
            return None
        gap = b.doc.text[inst.end : start]
        if not _BOARD_GAP_RE.fullmatch(gap):
            return None
        if p.title in BOARD_POSTS or inst.name.endswith(_CHAMBER_HEADS):
            return inst.name
        return None
    return None


#: kinds of body whose officers are never listed under a body named as
#: the sentence's subject: their posts have their own readings
_NOT_LISTING_KINDS = ("municipality", "governorship", "unit", "committee", "party")


def _sentence_body(b: _Builder, start: int) -> str | None:
    """The body a sentence opens with, for an officer written in it without
    a body ("Kars Ticaret Odası (KTO) … Meclis Başkanı Ali Ak başkanlığında
    yapıldı", "TÜMSİAD yönetiminin ziyaretine; Başkan Vekili A, Genel
    Sekreter B katıldı").  None when another body is named before the
    officer in the sentence: the officer may be that one's."""
    doc = b.doc
    s0 = doc.sentences[doc.sentence_of(start)][0] if doc.sentences else 0
    bodies = b.bodies_within(s0, start)
    if len(bodies) != 1 or doc.text[s0 : bodies[0].start].strip():
        return None
    body = bodies[0]
    if any(k in body.kind for k in _NOT_LISTING_KINDS) or body.name.endswith(" Meclisi"):
        return None  # a council's officers are its municipality's (``_fill_municipal``)
    if lower(body.name.split()[0]) in b.lex.generic_body_words:
        return None  # "İl Özel İdaresi Kanunu'nun …": no body of its own name
    return body.name


def _fill_missing_institutions(b: _Builder) -> None:
    doc = b.doc
    for p in doc.people:
        if p.institution is None and p.title is None and p.spans:
            p.institution = _institution_before(b, p.spans[0][0])
        if p.institution is None and p.title in BOARD_POSTS | {"Meclis Başkanı"} and p.spans:
            p.institution = _board_body(b, p)
        if p.institution is None and p.title in b.lex.officer_posts and p.spans:
            p.institution = _sentence_body(b, p.spans[0][0])
        if p.institution is None and p.spans:
            for _, end in p.spans:
                unit, inst = _institution_in_parentheses(b, end)
                if inst is not None:
                    p.institution, p.unit = inst, p.unit or unit
                    break
    _fill_by_kind(doc)
    _fill_municipal(doc)


#: posts that only one kind of body has: a rector without a university
#: named by the post belongs to the one university the text names
_ACADEMIC_POSTS = (
    "Rektör",
    "Rektör Yardımcısı",
    "Rektör Vekili",
    "Dekan",
    "Dekan Yardımcısı",
    "Dekan Vekili",
    "Öğretim Üyesi",
    "Öğretim Görevlisi",
    "Araştırma Görevlisi",
)
_POST_KINDS = dict.fromkeys(_ACADEMIC_POSTS, "university")


def _fill_by_kind(doc: Doc) -> None:
    for p in doc.people:
        kind = _POST_KINDS.get(p.title or "")
        if p.institution is not None or kind is None:
            continue
        bodies = {m.name for m in doc.institutions if m.kind == kind}
        if len(bodies) == 1:
            p.institution = bodies.pop()


def _fill_municipal(doc: Doc) -> None:
    """A deputy mayor or council member written without the municipality
    ("Belediye Başkan Yardımcısı Ali Özgür") belongs to the municipality
    the text is about: the one it names most often."""
    main = _main_municipality(doc)
    parliament = any(m.name == PARLIAMENT for m in doc.institutions) or all(
        cue in doc.lower for cue in PARLIAMENT_CUES
    )
    for p in doc.people:
        if p.institution is None and p.title in GROUP_POSTS and parliament:
            p.institution = PARLIAMENT  # a party group of the parliament
        elif p.institution is None and p.title == "Başkan Vekili" and parliament and not main:
            p.institution = PARLIAMENT  # "Başkanvekili Adan" chairing the Genel Kurul
        elif p.institution is None and p.title in MUNICIPAL_POSTS:
            p.institution = main
        elif p.institution == PARLIAMENT and p.title == "Başkan":
            p.title = "Meclis Başkanı"  # "TBMM Başkanı": the speaker


def _main_municipality(doc: Doc) -> str | None:
    """The publishing municipality (a district's own minutes name the
    metropolitan municipality, whose plans they pass on, more often than
    themselves), else the municipality a text names most often, else the
    district's."""
    if doc.publisher is not None and "municipality" in doc.publisher.kind:
        return doc.publisher.name
    counts: dict[str, int] = {}
    for m in doc.institutions:
        if "municipality" in m.kind:
            counts[m.name] = counts.get(m.name, 0) + 1
    main = max(counts, key=lambda k: counts[k]) if counts else _district_municipality(doc)
    if main is None and doc.publisher is not None and "municipality" in doc.publisher.kind:
        main = doc.publisher.name
    return main


#: words that together say a text is about the parliament's sittings even
#: when it does not name the parliament
PARLIAMENT_CUES = ("genel kurul", "milletvekil")

#: posts of a party group in an assembly: the parliament's when the text
#: names it, else the council of the municipality the text is about
GROUP_POSTS = frozenset(("Grup Başkanı", "Grup Başkan Vekili", "Grup Sözcüsü"))

#: posts that, written without their body, belong to the municipality the
#: text is about
MUNICIPAL_POSTS = GROUP_POSTS | {
    "Başkan Yardımcısı",
    "Meclis Üyesi",
    "Başkan Vekili",
    "Belediye Başkan Vekili",
    "Belediye Başkanı",
    "Meclis Başkanı",
    "Meclis Başkan Vekili",
    "Genel Sekreter",
    "Genel Sekreter Yardımcısı",
}


def _district_municipality(doc: Doc) -> str | None:
    """A text that names no municipality but one district governorship
    ("Kestel Kaymakamı") is about that district: its municipality."""
    districts = {m.name for m in doc.institutions if m.kind == "district_governorship"}
    if not districts and (one := only_district(doc)) is not None:
        return f"{one} Belediyesi"  # "Fethiye'deki törene Belediye Başkanı A"
    if len(districts) != 1:
        return None
    place = districts.pop().removesuffix(" Kaymakamlığı")
    return f"{place} Belediyesi" if place and " " not in place else None


def only_district(doc: Doc) -> str | None:
    """The one district a text names as a place with a case suffix
    ("Fethiye'de", "Fethiye'deki"), not within a person's name and not a
    given name ("Selim"), when it names no other: the district it is about.
    None when it names none, several, or a name several places share."""
    gz = load()
    given = lexicon().given_names
    in_names = _mask(len(doc.text), ((m.start, m.end) for m in doc.mentions))
    found: set[str] = set()
    for start, end, name in gz.find_places(doc.text, doc.lower):
        places = gz.places.get(lower(name), [])
        if in_names[start] or doc.text[end : end + 1] not in ("'", "’"):
            continue
        if lower(name) in given or any(p.is_province for p in places):
            continue
        if len(places) != 1:
            return None
        found.add(places[0].name)
    return found.pop() if len(found) == 1 else None
