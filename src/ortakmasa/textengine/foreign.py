"""Foreign missions and foreign towns: the country in a body's name.

An embassy or consulate is recorded as ``<Country> [<City>] Büyükelçiliği``
/ ``Başkonsolosluğu`` / ``Konsolosluğu`` (gold/real/README.md), whichever
way the text gives the country: at the start of the name ("Gürcistan Trabzon
Başkonsolosu"), in the genitive before it ("Gürcistan'ın Trabzon
Başkonsolosu", "ABD'nin Ankara Büyükelçisi"), as an adjective of nationality
("Alman Büyükelçi") or not at all for Türkiye's own ambassador named by a
foreign capital ("Tiflis Büyükelçisi"). A country's acronym is written out
(ABD → Amerika Birleşik Devletleri). A foreign town's municipality is
recorded by its own name, without the country written before it ("Bosna
Hersek Visoko Belediyesi" → "Visoko Belediyesi").

The countries are data (``data/textengine/countries.csv``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ortakmasa.lib.turkish import lower

from .document import Doc, InstitutionMention, Token
from .institutions import token_index
from .resources import read_csv
from .tokens import GENITIVE_ENDINGS

#: the head words of a diplomatic mission's name
MISSION_HEADS = ("Büyükelçiliği", "Başkonsolosluğu", "Konsolosluğu")
_MAX_COUNTRY_WORDS = 4


@dataclass(frozen=True)
class Countries:
    #: lower-cased written form (name or other form) -> the form recorded
    forms: dict[str, str]
    #: lower-cased adjective of nationality -> the country's name
    adjectives: dict[str, str]
    #: lower-cased capital of a foreign country -> the country's name
    capitals: dict[str, str]


@lru_cache(maxsize=1)
def countries() -> Countries:
    forms: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for row in read_csv("textengine/countries.csv"):
        name = row.get("name", "")
        if not name:
            continue
        forms[lower(name)] = name
        for form in filter(None, (row.get("forms") or "").split("|")):
            # an acronym is written out, another name kept as written
            written = name if form.replace(".", "").isupper() else form
            forms.setdefault(lower(form), written)
        for adj in filter(None, (row.get("adjectives") or "").split("|")):
            adjectives.setdefault(lower(adj), name)
        if name != "Türkiye":
            for cap in filter(None, (row.get("capital") or "").split("|")):
                capitals.setdefault(lower(cap), name)
    return Countries(forms, adjectives, capitals)


def leading_country(words: list[str]) -> tuple[int, str | None]:
    """How many of ``words`` name a country at their start (longest first),
    and the country as recorded."""
    table = countries().forms
    for n in range(min(_MAX_COUNTRY_WORDS, len(words)), 0, -1):
        found = table.get(lower(" ".join(words[:n])))
        if found is not None:
            return n, found
    return 0, None


def _genitive_country(doc: Doc, start: int) -> str | None:
    """A country in the genitive written right before ``start``
    ("Gürcistan'ın", "Amerika Birleşik Devletleri'nin")."""
    i = token_index(doc.tokens, [t.start for t in doc.tokens], start) - 1
    if i < 0 or doc.tokens[i].end > start:
        return None
    last: Token = doc.tokens[i]
    if lower(last.suffix) not in GENITIVE_ENDINGS or doc.text[last.end : start].strip():
        return None
    for n in range(1, _MAX_COUNTRY_WORDS + 1):
        toks = doc.tokens[max(i - n + 1, 0) : i + 1]
        words = [t.text for t in toks[:-1]] + [last.base]
        count, country = leading_country(words)
        if country is not None and count == len(words):
            return country
    return None


def mission_name(doc: Doc, start: int, name: str) -> str:
    """The name of the mission ``name`` written at ``start`` with its
    country (see the module's docstring)."""
    words = name.split()
    n, country = leading_country(words)
    if country is not None and n < len(words):
        return " ".join([country, *words[n:]])
    table = countries()
    nation = table.adjectives.get(lower(words[0]))
    if nation is not None and len(words) > 1:
        return " ".join([nation, *words[1:]])  # "Alman Büyükelçiliği"
    owner = _genitive_country(doc, start)
    if owner is not None:
        return f"{owner} {name}"
    if len(words) == 2 and words[1] == "Büyükelçiliği" and lower(words[0]) in table.capitals:
        return f"Türkiye {name}"  # "Tiflis Büyükelçisi": Türkiye's ambassador there
    return name


def foreign_municipality(name: str) -> str:
    """ "Bosna Hersek Visoko Belediyesi": the town's municipality without
    the country written before it."""
    words = name.split()
    n, country = leading_country(words)
    if country is None or len(words) - n < 2 or words[-1] != "Belediyesi":
        return name
    return " ".join(words[n:])


def foreign_name(doc: Doc, m: InstitutionMention) -> str:
    """The name of the body ``m`` as recorded."""
    if m.name.endswith(MISSION_HEADS):
        return mission_name(doc, m.start, m.name)
    if m.name.endswith(" Belediyesi"):
        return foreign_municipality(m.name)
    return m.name


def name_foreign_bodies(doc: Doc) -> None:
    """Rename the missions and foreign municipalities among the bodies of
    ``doc``, and the people's institutions that named them the same way."""
    renamed: dict[str, set[str]] = {}
    for m in doc.institutions:
        new = foreign_name(doc, m)
        if new != m.name:
            renamed.setdefault(m.name, set()).add(new)
            m.name = new
    for p in doc.people:
        if p.institution is None:
            continue
        new_names = renamed.get(p.institution)
        if new_names is not None and len(new_names) == 1:
            p.institution = next(iter(new_names))
        elif p.institution.endswith(" Belediyesi"):
            p.institution = foreign_municipality(p.institution)
