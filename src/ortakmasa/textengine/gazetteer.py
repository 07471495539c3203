"""The gazetteer: every municipality, governorship and public body of
Türkiye, found in any inflected form with one Aho-Corasick pass.

Names are keyed by their Turkish-lower-cased form with the possessive
ending of the last word left off ("istanbul büyükşehir belediye"), so one
key finds "Belediyesi", "Belediyesinin", "Belediyesi'ne" and also the
bare "Belediye" of "Belediye Başkanı" (recorded as a *modifier* mention).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from ortakmasa.lib.turkish import lower

from .document import InstitutionMention
from .resources import lexicon, read_csv

_LETTER_OR_APOS = re.compile(r"[\w']")
_MAX_EXT = 24


def possessive_stem(word: str) -> str:
    """Drop the possessive (3rd person) ending that names of bodies carry:
    'belediyesi' → 'belediye', 'valiliği' → 'valili', 'meclisi' → 'meclis'."""
    if len(word) > 4 and word[-2:] in ("si", "sı", "su", "sü") and word[-3] in "aeıioöuü":
        return word[:-2]
    if len(word) > 4 and word[-2] == "ğ" and word[-1] in "ıiuü":
        return word[:-2]
    if len(word) > 4 and word[-1] in "ıiuü" and word[-2] not in "aeıioöuü":
        return word[:-1]
    return word


@dataclass(frozen=True)
class Entry:
    name: str
    kind: str
    #: "inst" (a body, stem-keyed), "place" (a bare place name) or "alias"
    mode: str
    #: the surface an alias must have, case and all ("İBB")
    surface: str = ""
    stemmed: bool = False
    #: the province an acronym's body belongs to ("" for a national body)
    province: str = ""


@dataclass(frozen=True)
class Place:
    name: str
    province: str
    is_province: bool
    is_metropolitan: bool


#: how the press spaces the hyphen of a union's name ("Sağlık – Sen",
#: "Memur - Sen"); aliases match their surface exactly
_DASH_SPACINGS = (" - ", " – ", "–", " -", "- ")


def _dash_variants(alias: str) -> tuple[str, ...]:
    if "-" not in alias:
        return (alias,)
    return (alias, *(alias.replace("-", sep) for sep in _DASH_SPACINGS))


class Gazetteer:
    def __init__(self) -> None:
        self._auto = ahocorasick.Automaton()
        self._keys: dict[str, list[Entry]] = {}
        self.places: dict[str, list[Place]] = {}
        self.municipalities: dict[str, str] = {}
        self.parties: dict[str, str] = {}
        self.party_names: dict[str, str] = {}
        #: province of each municipality, governorship and utility by name
        self.province_of: dict[str, str] = {}
        #: acronyms shared by bodies of several provinces: surface → entries
        self.ambiguous: dict[str, list[Entry]] = {}
        self.size = 0

    # -- building -----------------------------------------------------------
    def _add(self, key: str, entry: Entry) -> None:
        self._keys.setdefault(key, []).append(entry)

    def add_institution(self, name: str, kind: str) -> None:
        words = lower(name).split()
        stem = possessive_stem(words[-1])
        key = " ".join([*words[:-1], stem])
        self._add(key, Entry(name, kind, "inst", stemmed=stem != words[-1]))
        self.municipalities.setdefault(lower(name), name)
        self.size += 1

    def add_variant(self, variant: str, name: str, kind: str) -> None:
        """Another written name of the body ``name`` ("KKTC Meclisi"), found
        in any inflection like a name and recorded under ``name``."""
        words = lower(variant).split()
        stem = possessive_stem(words[-1])
        key = " ".join([*words[:-1], stem])
        self._add(key, Entry(name, kind, "inst", stemmed=stem != words[-1]))

    def add_alias(self, alias: str, name: str, kind: str, province: str = "") -> None:
        for variant in _dash_variants(alias):
            self._add_alias(variant, name, kind, province)

    def _add_alias(self, alias: str, name: str, kind: str, province: str) -> None:
        entry = Entry(name, kind, "alias", surface=alias, province=province)
        same = [e for e in self._keys.get(lower(alias), []) if e.mode == "alias"]
        if same and province:
            self.ambiguous.setdefault(alias, list(same)).append(entry)
        self._add(lower(alias), entry)
        if province:
            self.province_of[name] = province

    def resolve_acronym(self, surface: str, province: str | None) -> Entry | None:
        """The body an acronym shared by several provinces stands for in a
        text about ``province`` (None when the text names none of them)."""
        for e in self.ambiguous.get(surface, ()):
            if e.province == province:
                return e
        return None

    def add_place(self, place: Place) -> None:
        self.places.setdefault(lower(place.name), []).append(place)
        kind = "province" if place.is_province else "district"
        self._add(lower(place.name), Entry(place.name, kind, "place", surface=place.name))

    def finish(self) -> None:
        for key, entries in self._keys.items():
            self._auto.add_word(key, (len(key), tuple(entries)))
        self._auto.make_automaton()

    # -- look-ups -----------------------------------------------------------
    def municipality_for(self, place: str, metropolitan: bool) -> tuple[str, str] | None:
        """The municipality named after ``place``: (name, kind)."""
        candidates = self.places.get(lower(place))
        if not candidates:
            return None
        if metropolitan:
            for p in candidates:
                if p.is_province and p.is_metropolitan:
                    return f"{p.name} Büyükşehir Belediyesi", "metropolitan_municipality"
            return None
        for p in candidates:
            if not p.is_province:
                return f"{p.name} Belediyesi", "district_municipality"
        p = candidates[0]
        if p.is_metropolitan:
            return f"{p.name} Büyükşehir Belediyesi", "metropolitan_municipality"
        return f"{p.name} Belediyesi", "provincial_municipality"

    def is_place(self, word: str) -> bool:
        return lower(word) in self.places

    def find(self, text: str, low: str) -> list[InstitutionMention]:
        """Every institution written in ``text`` (``low`` is its lower-cased
        twin of the same length), longest match first, no overlaps.  Bare
        place names are not returned here (see ``find_places``)."""
        found: list[tuple[int, int, InstitutionMention]] = []
        n = len(low)
        for end_idx, (klen, entries) in self._auto.iter(low):
            start = end_idx - klen + 1
            if start > 0 and low[start - 1].isalnum():
                continue
            end = end_idx + 1
            ext_end = end
            # a suffix is short; stop looking after _MAX_EXT characters so
            # that a long run of letters costs no more than its length
            limit = min(n, end + _MAX_EXT)
            while ext_end < limit and _LETTER_OR_APOS.match(low[ext_end]):
                ext_end += 1
            ext = low[end:ext_end]
            for e in entries:
                if e.mode == "place":
                    continue
                if e.mode == "alias":
                    if text[start:end] != e.surface or (ext and not ext.startswith("'")):
                        continue
                    mention = InstitutionMention(start, ext_end, e.name, e.kind, "alias")
                elif e.stemmed and not ext:
                    if not text[start : start + 1].isupper():
                        continue
                    mention = InstitutionMention(start, end, e.name, e.kind, "modifier")
                else:
                    if len(ext) > 10 or not text[start : start + 1].isupper():
                        continue
                    mention = InstitutionMention(start, ext_end, e.name, e.kind, "full")
                found.append((start, -(mention.end - start), mention))
                break
        found.sort(key=lambda t: (t[0], t[1]))
        out: list[InstitutionMention] = []
        last_end = -1
        for start, _, m in found:
            if start >= last_end:
                out.append(m)
                last_end = m.end
        return out

    def find_places(self, text: str, low: str) -> list[tuple[int, int, str]]:
        """Bare place names written with a capital: (start, end, name)."""
        out: list[tuple[int, int, str]] = []
        n = len(low)
        for end_idx, (klen, entries) in self._auto.iter(low):
            start = end_idx - klen + 1
            end = end_idx + 1
            if (start > 0 and low[start - 1].isalnum()) or (end < n and low[end].isalnum()):
                continue
            for e in entries:
                if e.mode == "place" and text[start : start + 1].isupper():
                    out.append((start, end, e.name))
                    break
        return out


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """Build the gazetteer of all Türkiye institutions from the reference
    CSV files in ``ortakmasa/data`` plus the engine's own aliases: one
    loader per source, in this order (later sources add aliases to the
    bodies of earlier ones)."""
    gz = Gazetteer()
    provinces = {row["plate"]: row for row in read_csv("provinces.csv")}
    _add_provinces(gz, provinces)
    _add_districts(gz, provinces)
    _add_public_bodies(gz)
    _add_province_aliases(gz, provinces)
    _add_engine_aliases(gz)
    _add_international_bodies(gz)
    _add_parties(gz)
    gz.finish()
    return gz


def _add_provinces(gz: Gazetteer, provinces: dict[str, dict[str, str]]) -> None:
    for row in provinces.values():
        name = row["name"]
        metro = row.get("is_metropolitan") == "1"
        gz.add_place(Place(name, name, True, metro))
        if metro:
            gz.add_institution(f"{name} Büyükşehir Belediyesi", "metropolitan_municipality")
        else:
            gz.add_institution(f"{name} Belediyesi", "provincial_municipality")
            gz.add_institution(f"{name} İl Özel İdaresi", "public_body")
        gz.add_institution(f"{name} Valiliği", "governorship")
        for body in ("Büyükşehir Belediyesi", "Belediyesi", "Valiliği"):
            gz.province_of[f"{name} {body}"] = name


def _add_districts(gz: Gazetteer, provinces: dict[str, dict[str, str]]) -> None:
    for row in read_csv("districts.csv"):
        name = row["name"]
        prov = provinces.get(row["plate"])
        if name == "Merkez" or prov is None:
            continue
        gz.add_place(Place(name, prov["name"], False, prov.get("is_metropolitan") == "1"))
        gz.add_institution(f"{name} Belediyesi", "district_municipality")
        gz.add_institution(f"{name} Kaymakamlığı", "district_governorship")
        gz.province_of.setdefault(f"{name} Belediyesi", prov["name"])
        gz.province_of.setdefault(f"{name} Kaymakamlığı", prov["name"])


def _add_public_bodies(gz: Gazetteer) -> None:
    for row in read_csv("public_bodies.csv"):
        name = row.get("name", "")
        if not name:
            continue
        kind = row.get("kind") or "public_body"
        gz.add_institution(name, kind)
        short = row.get("short_name", "")
        for alt in [short] + [a for a in (row.get("aliases") or "").split("|") if a]:
            # Acronyms only: short names like "Adalet" are ordinary words.
            if alt and (alt.isupper() and len(alt) >= 3 and alt.isalpha()):
                gz.add_alias(alt, name, kind)
            elif alt and " " in alt and alt.endswith(("ı", "i", "u", "ü")):
                gz.add_institution(alt, kind)


def _add_province_aliases(gz: Gazetteer, provinces: dict[str, dict[str, str]]) -> None:
    """Acronyms of the provinces' municipalities ("İBB", "ABB")."""
    for row in read_csv("institution_aliases.csv"):
        ref = row.get("reference_key", "").split(":")
        alias = row.get("alias", "")
        if not (len(ref) == 3 and ref[1] == "province" and ref[2] in provinces and alias):
            continue
        prov = provinces[ref[2]]
        if prov.get("is_metropolitan") == "1":
            target = f"{prov['name']} Büyükşehir Belediyesi"
            kind = "metropolitan_municipality"
        else:
            target, kind = f"{prov['name']} Belediyesi", "provincial_municipality"
        if alias.isupper() or (alias.startswith(("İ", "I")) and alias[1:].isupper()):
            gz.add_alias(alias, target, kind)


def _add_engine_aliases(gz: Gazetteer) -> None:
    for alias, (name, kind) in lexicon().aliases.items():
        gz.add_alias(alias, name, kind)
        if " " in name:
            gz.add_institution(name, kind)
    for row in read_csv("textengine/acronyms.csv"):
        acronym, name = row.get("acronym", ""), row.get("name", "")
        if acronym and name:
            kind = row.get("kind") or "public_body"
            gz.add_alias(acronym, name, kind, row.get("province") or "")
            if lower(name) not in gz.municipalities:
                gz.add_institution(name, kind)


def _add_international_bodies(gz: Gazetteer) -> None:
    """International organisations and foreign bodies
    (``textengine/international_bodies.csv``)."""
    for row in read_csv("textengine/international_bodies.csv"):
        name, kind = row.get("name", ""), row.get("kind") or "international"
        if not name:
            continue
        gz.add_institution(name, kind)
        for acronym in filter(None, (row.get("acronyms") or "").split("|")):
            gz.add_alias(acronym, name, kind)
        for variant in filter(None, (row.get("variants") or "").split("|")):
            gz.add_variant(variant, name, kind)


def _add_parties(gz: Gazetteer) -> None:
    for row in read_csv("parties.csv"):
        short = row.get("short_name", "")
        if not short:
            continue
        gz.party_names[short] = row.get("name", short)
        for alt in [short, row.get("name", ""), *(row.get("aliases") or "").split("|")]:
            if alt:
                gz.parties[alt] = short


def load_time() -> float:
    """Seconds to build the gazetteer from scratch (for the benchmark)."""
    load.cache_clear()
    t0 = time.perf_counter()
    load()
    return time.perf_counter() - t0
