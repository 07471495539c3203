"""Facts with numbers: counts, ordinals, durations, ranges, money,
percentages and plan periods ("36. ilçe", "5 yıllık", "2-2,5 saat",
"37 ilçe belediye başkanı", "%30", "1,5 milyon TL", "2025-2029")."""

from __future__ import annotations

import re

from .dates import Taken
from .document import Doc, Fact

_NUM = r"\d+(?:\.\d{3})*(?:,\d+)?"
_UNITS = r"saat|dakika|gün|hafta|ay|yıl|sene"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("period", re.compile(r"\b((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)\d\d)\b")),
    (
        "money",
        re.compile(
            rf"(?<![\d.,])({_NUM})\s*(milyar|milyon|bin)?\s*(tl|lira|türk lirası|euro|avro|"
            r"dolar|€|\$)(?![a-zçğıöşü])"
        ),
    ),
    ("percent", re.compile(rf"(?:%\s?({_NUM})|yüzde\s+({_NUM}))")),
    (
        "duration_range",
        re.compile(rf"(?<![\d.,])({_NUM})\s*[-–]\s*({_NUM})\s*({_UNITS})(?:[a-zçğıöşü']*)"),
    ),
    ("duration", re.compile(rf"(?<![\d.,])({_NUM})\s*({_UNITS})(lık|lik|luk|lük)?(?![a-zçğıöşü])")),
    ("ordinal", re.compile(r"(?<![\d.,])(\d{1,4})\.\s+([a-zçğıöşü]{2,})")),
    ("count", re.compile(rf"(?<![\d.,'])({_NUM})\s+([a-zçğıöşü]{{2,}}(?: [a-zçğıöşü]{{2,}})?)")),
]
_COUNT_STOP = {
    "ve",
    "ile",
    "ya",
    "da",
    "de",
    "mart",
    "nisan",
    "mayıs",
    "haziran",
    "temmuz",
    "ağustos",
    "eylül",
    "ekim",
    "kasım",
    "aralık",
    "ocak",
    "şubat",
    "sayılı",
    "yılı",
    "yılında",
    "tarihli",
    "tarihinde",
    "no",
    "nolu",
    "numaralı",
    "ada",
    "parsel",
}


_COMPOUND_HEADS = {"ilçe", "il", "mahalle", "belediye", "köy", "okul"}


def _num(s: str) -> float:
    return float(s.replace(".", "").replace(",", "."))


def _tidy(v: float) -> float | int:
    return int(v) if v == int(v) else v


def find_facts(doc: Doc) -> None:
    low = doc.lower
    taken = Taken(len(low))
    for d in doc.dates:
        taken.add(d.start, d.end)
    facts: list[Fact] = []

    for kind, rx in _PATTERNS:
        for m in rx.finditer(low):
            s, e = m.start(), m.end()
            if not taken.free(s, e):
                continue
            g = m.groups()
            value: object
            if kind == "period":
                value = [int(g[0]), int(g[1])]
                if not int(g[0]) < int(g[1]) <= int(g[0]) + 10:
                    continue
            elif kind == "money":
                mult = {"milyar": 1e9, "milyon": 1e6, "bin": 1e3}.get(g[1] or "", 1)
                value = {"amount": _tidy(_num(g[0]) * mult), "currency": g[2]}
            elif kind == "percent":
                value = _tidy(_num(g[0] or g[1]))
            elif kind == "duration_range":
                value = {"min": _tidy(_num(g[0])), "max": _tidy(_num(g[1])), "unit": g[2]}
                kind_out = "duration"
            elif kind == "duration":
                value = {"amount": _tidy(_num(g[0])), "unit": g[1]}
            elif kind == "ordinal":
                value = {"number": int(g[0]), "of": g[1]}
            else:
                words = g[1].split()
                if words[0] in _COUNT_STOP:
                    continue
                # "37 ilçe belediye başkanı" counts mayors; "3.200 vatandaş
                # katıldı" counts citizens
                of = g[1] if words[0] in _COMPOUND_HEADS else words[0]
                e = m.start(2) + len(of)
                value = {"number": _tidy(_num(g[0])), "of": of}
            kind_out = "duration" if kind == "duration_range" else kind
            facts.append(Fact(kind_out, doc.text[s:e], value, (s, e)))
            taken.add(s, e)
    facts.sort(key=lambda f: f.span[0])
    doc.facts = facts
