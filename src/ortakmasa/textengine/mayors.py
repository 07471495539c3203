"""Mayors named by a bare post in a text about one municipality.

News about a municipality calls its mayor "Başkan Ali Veli", "Başkanımız
Ali Veli" or "Başkan Vekili Ali Veli" without the body, once the text has
said which municipality it is about ("Visoko ile Sakarya kardeş şehir
oldu … Sakarya Büyükşehir Belediyesi …").  ``gold/real`` gives such a
person the post ``Belediye Başkanı`` (``Belediye Başkan Vekili``) of that
municipality.  A bare ``Başkan`` also heads associations, chambers and
unions, so the post is completed only when

* every post written before the person's name in the text is the bare one
  (a "Kent Konseyi Başkanı Ali Veli" elsewhere is another body's head);
* the municipality is the only one left after those whose mayor the text
  names as someone else, or the one of them the headline (else the first
  sentence) names; and
* no body of another kind (association, chamber, union, club, company,
  party, university, public body) is named where the municipality is
  looked for: in the headline or first sentence that decides it, or
  anywhere when the text names one municipality only; a body whose chair
  the text names as someone else ("Dernek Başkanı Ali Veli") does not
  count.

A municipality's own site is handled before (``publisher.complete_posts``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ortakmasa.lib.turkish import lower

from .document import Doc, InstitutionMention, Person
from .resources import lexicon, post_last_words

#: a bare post → the post at a municipality (``gold/real`` keeps the deputy
#: mayor's ``Başkan Yardımcısı`` as written)
BARE_POSTS = {
    "Başkan": "Belediye Başkanı",
    "Başkan Vekili": "Belediye Başkan Vekili",
    "Başkan Yardımcısı": "Başkan Yardımcısı",
}

#: kinds of body that never compete with a municipality for a bare
#: "Başkan": state offices and the municipality's own departments
_NEUTRAL_KINDS = ("municipality", "governorship", "unit")

#: the bare post right before a name (after any honorifics), lower case
_BARE_RE = re.compile(r"(?:^|(?<=[^\w]))başkan(?:ımız|vekili| vekili| yardımcısı)?\s+$")
_WORD_BEFORE_RE = re.compile(r"(\w+)(?:['’]\w*)?[^\w\n]*$")
_HONORIFIC_RE = re.compile(r"(\w+)\.?\s+$")
_POSSESSIVE_END = ("ı", "i", "u", "ü", "sı", "si", "su", "sü")


def complete_bare_posts(doc: Doc) -> None:
    """Give a mayor's bare post its municipality, and a municipality's
    "Başkan Vekili" its full post."""
    for p in doc.people:
        at_municipality = p.institution is not None and p.institution.endswith(" Belediyesi")
        if at_municipality and p.title in ("Başkan", "Başkan Vekili") and _mayors_post(doc, p):
            p.title = BARE_POSTS[p.title]  # "Belediye(HBB) Başkan Vekili"
    _complete_co_mayors(doc)
    people = [
        p
        for p in doc.people
        if p.institution is None and p.unit is None and p.title in BARE_POSTS and _bare_only(doc, p)
    ]
    if not people:
        return
    body = _the_municipality(doc)
    if body is None:
        return
    for p in people:
        p.title = BARE_POSTS[p.title or ""]
        p.institution = body


CO_MAYOR = "Belediye Eş Başkanı"


def _complete_co_mayors(doc: Doc) -> None:
    """ "Eş Başkanlar Ahmet Ak ve Ayşe Su": only a municipality has co-mayors,
    so in a text that names one municipality they are its own."""
    people = [p for p in doc.people if p.title == CO_MAYOR and p.institution is None]
    if not people:
        return
    munis = {m.name for m in doc.institutions if "municipality" in m.kind}
    if len(munis) == 1:
        body = munis.pop()
        for p in people:
            p.institution = body


#: a municipality's acting mayor written after the municipality's word
#: ("Belediye Başkanvekili", "Belediye(HBB) Başkan Vekili")
_MUNICIPAL_DEPUTY_RE = re.compile(r"belediye(?:\s*\([^()\n]{1,12}\))?\s+başkan ?vekili\s+$")


def _mayors_post(doc: Doc, p: Person) -> bool:
    """True when the person's post is a mayor's: written after "Belediye"
    once, or bare wherever written."""
    for start, _end in p.spans:
        before = _without_honorifics(doc, start)
        if _MUNICIPAL_DEPUTY_RE.search(doc.lower[max(0, before - 40) : before]):
            return True
    return _bare_only(doc, p)


def _bare_only(doc: Doc, p: Person) -> bool:
    """True for a person whose every written post is the bare one, written
    at least once."""
    bare = False
    for start, _end in p.spans:
        before = _without_honorifics(doc, start)
        head = doc.lower[max(0, before - 30) : before]
        m = _BARE_RE.search(head)
        if m is not None:
            if not doc.text[before - len(head) + m.start()].isupper():
                return False  # "başkan Ali" in lower case: no post read
            if _capital_word_before(doc, before - len(head) + m.start()):
                return False  # "Oda Başkan Vekili Ali Veli"
            bare = True
        elif _post_before(doc, before):
            return False
    return bare


def _without_honorifics(doc: Doc, pos: int) -> int:
    honor = lexicon().honorifics
    while True:
        m = _HONORIFIC_RE.search(doc.text[max(0, pos - 12) : pos])
        if m is None or lower(m.group(1)) not in honor:
            return pos
        pos -= len(m.group(0))


def _capital_word_before(doc: Doc, pos: int) -> bool:
    """A capitalised word right before ``pos`` on its line, not ending a
    sentence ("Konseyi Başkan Ali"): the post is a body's."""
    line = doc.text[max(0, pos - 40) : pos]
    line = line.rsplit("\n", 1)[-1]
    m = re.search(r"(\S+)\s+$", line)
    if m is None:
        return False
    word = m.group(1)
    if _PARTY_MEMBER_RE.fullmatch(word):
        return False  # "MHP'li Başkan Ali Veli": the party, not a body
    return word[:1].isupper() and not word.endswith((".", ":", "!", "?", ",", ";"))


#: a party's member ("MHP'li", "CHP’li", "Partili")
_PARTY_MEMBER_RE = re.compile(r"[A-ZÇĞİÖŞÜ]{2,}['’]l[ıiuü]|Partili")


@lru_cache(maxsize=1)
def _post_stems() -> tuple[str, ...]:
    """The last words of the lexicon's posts of four letters or more
    ("başkan", "müdür"), for a prefix test."""
    return tuple(sorted(s for s in post_last_words() if len(s) >= 4))


def _post_before(doc: Doc, pos: int) -> bool:
    """A post other than the bare one right before a name: a capitalised
    post word or one in the possessive ("Kent Konseyi Başkanı Ali")."""
    m = _WORD_BEFORE_RE.search(doc.text[max(0, pos - 40) : pos])
    if m is None:
        return False
    word = m.group(1)
    low = lower(word)
    if not low.startswith(_post_stems()):
        return False
    return word[:1].isupper() or low.endswith(_POSSESSIVE_END)


def _key(name: str) -> str:
    """The place a municipality is named after, lower case."""
    place = name.removesuffix(" Belediyesi").removesuffix(" Büyükşehir")
    return lower(place.split()[-1]) if place.split() else ""


def _the_municipality(doc: Doc) -> str | None:
    """The municipality the text is about, by the rules of the module's
    docstring, or None."""
    munis: dict[str, str] = {}
    for m in doc.institutions:
        if "municipality" in m.kind and m.name.endswith(" Belediyesi"):
            munis.setdefault(_key(m.name), m.name)
    for q in doc.people:
        if q.title == "Belediye Başkanı" and q.institution:
            munis.pop(_key(q.institution), None)  # its mayor is someone else
    if not munis:
        return None
    for span in _leads(doc):
        chosen = _named_in(doc, span, munis)
        if chosen is not None:
            return chosen or None
    if len(munis) == 1 and not _competitors(doc, doc.institutions):
        return next(iter(munis.values()))
    return None


def _leads(doc: Doc) -> list[tuple[int, int]]:
    """The headline, then the first sentence of the body."""
    out = []
    if doc.title_span is not None:
        out.append(doc.title_span)
    after = doc.title_span[1] if doc.title_span is not None else 0
    for s in doc.sentences:
        if s[0] >= after and doc.text[s[0] : s[1]].strip():
            out.append(s)
            break
    return out


def _named_in(doc: Doc, span: tuple[int, int], munis: dict[str, str]) -> str | None:
    """The one municipality ``span`` names (by its place), "" when the span
    names another kind of body or several municipalities (no answer), None
    when it names neither (look further)."""
    start, end = span
    inside = [m for m in doc.institutions if start <= m.start < end]
    if _competitors(doc, inside):
        return ""
    low = doc.lower[start:end]
    named = {n for k, n in munis.items() if re.search(rf"(?<!\w){re.escape(k)}", low)}
    if len(named) > 1:
        return ""
    return named.pop() if named else None


#: the posts of a body's chair: a body whose chair the text names as
#: someone else ("Dernek Başkanı Ali Veli") is not the bare "Başkan"'s
_CHAIRS = frozenset(("Başkan", "Genel Başkan", "Yönetim Kurulu Başkanı", "Şube Başkanı"))


def _competitors(doc: Doc, bodies: list[InstitutionMention]) -> bool:
    chaired = {p.institution for p in doc.people if p.title in _CHAIRS and p.institution}
    return any(
        not any(k in m.kind for k in _NEUTRAL_KINDS) and m.name not in chaired for m in bodies
    )
