"""Scoring extraction records against hand-made gold annotations.

A gold file ``NAME.gold.json`` sits beside its text ``NAME.txt|.html|.docx``
and holds the fields a person checked (see gold/extract/README.md).  Names
are compared by their search key (Turkish case folding, apostrophe suffixes
cut, punctuation ignored); a quote matches when the extracted text starts
with the gold text's opening words.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ortakmasa.lib.turkish import search_key

TEXT_SUFFIXES = (".txt", ".html", ".htm", ".docx", ".md")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=dict)
    accuracy: dict[str, list[int]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    documents: int = 0

    def score(self, name: str) -> Score:
        return self.scores.setdefault(name, Score())

    def count(self, name: str, ok: bool) -> None:
        acc = self.accuracy.setdefault(name, [0, 0])
        acc[0] += int(ok)
        acc[1] += 1

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "fields": {
                k: {
                    "precision": round(v.precision, 4),
                    "recall": round(v.recall, 4),
                    "f1": round(v.f1, 4),
                    "tp": v.tp,
                    "fp": v.fp,
                    "fn": v.fn,
                }
                for k, v in self.scores.items()
            },
            "accuracy": {
                k: {
                    "correct": a[0],
                    "total": a[1],
                    "accuracy": round(a[0] / a[1], 4) if a[1] else 1.0,
                }
                for k, a in self.accuracy.items()
            },
        }

    def format(self) -> str:
        lines = [
            f"documents: {self.documents}",
            f"{'field':<28}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}",
        ]
        for k, v in self.scores.items():
            lines.append(
                f"{k:<28}{v.precision:>8.3f}{v.recall:>8.3f}{v.f1:>8.3f}{v.tp:>6}{v.fp:>6}{v.fn:>6}"
            )
        lines.append(f"{'accuracy':<28}{'acc':>8}{'n':>8}")
        for k, (ok, n) in self.accuracy.items():
            lines.append(f"{k:<28}{(ok / n if n else 1.0):>8.3f}{n:>8}")
        return "\n".join(lines)


def _key(value: str | None) -> str:
    return search_key(value or "")


def _set_score(score: Score, pred: set[str], gold: set[str]) -> tuple[set[str], set[str]]:
    score.add(len(pred & gold), len(pred - gold), len(gold - pred))
    return pred - gold, gold - pred


def compare(record: dict[str, Any], gold: dict[str, Any], report: Report) -> None:
    """Add one document's comparison to ``report``: one pass per field."""
    src = gold.get("source") or record.get("source", "?")
    report.documents += 1
    report.count("date_exact", record.get("date") == gold.get("date"))
    if record.get("date") != gold.get("date"):
        report.misses.append(f"{src}: date {record.get('date')} != {gold.get('date')}")
    _compare_people(src, record, gold, report)
    pred_inst = {_key(i["name"]) for i in record.get("institutions", [])}
    gold_inst = {_key(i) for i in gold.get("institutions", [])}
    extra, missing = _set_score(report.score("institutions"), pred_inst, gold_inst)
    report.misses += [f"{src}: extra institution {k}" for k in extra]
    report.misses += [f"{src}: missed institution {k}" for k in missing]
    _compare_quotes(src, record, gold, report)
    _compare_events(src, record, gold, report)
    pred_topics = [t["theme"] for t in record.get("topics", [])]
    gold_topics = list(gold.get("topics", []))
    _set_score(report.score("topics"), set(pred_topics), set(gold_topics))
    if gold_topics:
        report.count("first_topic", bool(pred_topics) and pred_topics[0] == gold_topics[0])


def _compare_people(src: str, record: dict[str, Any], gold: dict[str, Any], report: Report) -> None:
    pred_people = {_key(p["name"]): p for p in record.get("people", [])}
    gold_people = {_key(p["name"]): p for p in gold.get("people", [])}
    extra, missing = _set_score(report.score("people"), set(pred_people), set(gold_people))
    report.misses += [f"{src}: extra person {pred_people[k]['name']}" for k in extra]
    report.misses += [f"{src}: missed person {gold_people[k]['name']}" for k in missing]
    for k in set(pred_people) & set(gold_people):
        p, g = pred_people[k], gold_people[k]
        for fld in ("title", "institution", "unit", "party"):
            ok = _key(p.get(fld)) == _key(g.get(fld))
            report.count(f"person_{fld}", ok)
            if not ok:
                report.misses.append(f"{src}: {g['name']} {fld} {p.get(fld)!r} != {g.get(fld)!r}")


def _compare_quotes(src: str, record: dict[str, Any], gold: dict[str, Any], report: Report) -> None:
    """A quote matches when the extracted text starts with the gold text's
    opening words; its speaker is then compared."""
    quotes = list(record.get("quotes", []))
    used: set[int] = set()
    q_any, q_spk = report.score("quotes"), report.score("quotes_with_speaker")
    for g in gold.get("quotes", []):
        gk = _key(g["text"])
        match = next(
            (
                i
                for i, q in enumerate(quotes)
                if i not in used and _key(q["text"]).startswith(gk[:60])
            ),
            None,
        )
        if match is None:
            q_any.fn += 1
            q_spk.fn += 1
            report.misses.append(f"{src}: missed quote {g['text'][:40]!r}")
            continue
        used.add(match)
        q_any.tp += 1
        if _key(quotes[match]["speaker"]) == _key(g.get("speaker")):
            q_spk.tp += 1
        else:
            q_spk.fp += 1
            q_spk.fn += 1
            report.misses.append(
                f"{src}: quote {g['text'][:30]!r} speaker "
                f"{quotes[match]['speaker']!r} != {g.get('speaker')!r}"
            )
    for i, q in enumerate(quotes):
        if i not in used:
            q_any.fp += 1
            q_spk.fp += 1
            report.misses.append(f"{src}: extra quote {q['text'][:40]!r}")


def _compare_events(src: str, record: dict[str, Any], gold: dict[str, Any], report: Report) -> None:
    """Events are paired by kind in order; host, participants and first
    topic are compared on each pair."""
    events = list(record.get("events", []))
    used: set[int] = set()
    ev = report.score("events")
    report.score("event_participants")  # listed even when no event has them
    for g in gold.get("events", []):
        match = next(
            (i for i, e in enumerate(events) if i not in used and e["kind"] == g["kind"]), None
        )
        if match is None:
            ev.fn += 1
            report.misses.append(f"{src}: missed event {g['kind']}")
            continue
        used.add(match)
        ev.tp += 1
        _compare_event(src, events[match], g, report)
    for i, e in enumerate(events):
        if i not in used:
            ev.fp += 1
            report.misses.append(f"{src}: extra event {e['kind']}")


def _compare_event(src: str, e: dict[str, Any], g: dict[str, Any], report: Report) -> None:
    host = (e.get("host") or {}).get("name")
    if "host" in g:
        ok = _key(host) == _key(g.get("host"))
        report.count("event_host", ok)
        if not ok:
            report.misses.append(f"{src}: {g['kind']} host {host!r} != {g.get('host')!r}")
    if "participants" in g:
        _set_score(
            report.score("event_participants"),
            {_key(n) for n in e.get("participants", [])},
            {_key(n) for n in g["participants"]},
        )
    if g.get("topics"):
        report.count(
            "event_first_topic", bool(e.get("topics")) and e["topics"][0] == g["topics"][0]
        )


def gold_pairs(folder: Path) -> list[tuple[Path, Path]]:
    """(text file, gold file) pairs in ``folder``."""
    pairs = []
    for gold in sorted(folder.glob("*.gold.json")):
        stem = gold.name[: -len(".gold.json")]
        for suffix in TEXT_SUFFIXES:
            text = folder / f"{stem}{suffix}"
            if text.exists():
                pairs.append((text, gold))
                break
    return pairs


def source_of(text: Path) -> str:
    """Where a text was taken from: the address in ``<stem>.source`` next to
    it (a web page's URL, which names the publisher), else its file name."""
    stem = text.name
    for suffix in TEXT_SUFFIXES:
        if stem.endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    sidecar = text.with_name(stem + ".source")
    if sidecar.is_file():
        lines = sidecar.read_text("utf-8").split("\n", 1)
        if lines[0].strip():
            return lines[0].strip()
    return text.name


def evaluate_folder(folder: Path) -> Report:
    return merged(evaluate_documents(folder))


def evaluate_documents(folder: Path) -> list[Report]:
    """One report per document of ``folder``, for intervals over documents."""
    from .pipeline import extract

    reports = []
    for text, gold in gold_pairs(folder):
        report = Report()
        record = extract(text.read_bytes(), source=source_of(text))
        compare(record, json.loads(gold.read_text("utf-8")), report)
        reports.append(report)
    return reports


def merged(reports: list[Report]) -> Report:
    """The reports of several documents added up, as one run over them."""
    total = Report()
    for r in reports:
        total.documents += r.documents
        total.misses.extend(r.misses)
        for name, sc in r.scores.items():
            total.score(name).add(sc.tp, sc.fp, sc.fn)
        for name, (ok, n) in r.accuracy.items():
            acc = total.accuracy.setdefault(name, [0, 0])
            acc[0] += ok
            acc[1] += n
    return total


#: the figures issue 15 sets targets for: F1 of a field, or accuracy
TARGET_FIGURES = (
    ("people", "f1"),
    ("person_title", "accuracy"),
    ("person_institution", "accuracy"),
    ("quotes_with_speaker", "f1"),
)


def figure(report: Report, name: str, kind: str) -> float:
    if kind == "f1":
        return report.score(name).f1
    ok, n = report.accuracy.get(name, [0, 0])
    return ok / n if n else 1.0


def intervals(
    reports: list[Report], *, rounds: int = 2000, seed: int = 15, level: float = 0.95
) -> dict[str, tuple[float, float, float]]:
    """Each target figure with a percentile bootstrap interval over
    documents: (figure, low, high).  People, titles and quotes come in
    documents (one text of journalists can hold twenty misses), so the
    documents, not the people, are resampled; the same seed gives the
    same interval."""
    import random

    point = merged(reports)
    out: dict[str, tuple[float, float, float]] = {}
    if not reports:
        return out
    rng = random.Random(seed)
    samples: dict[str, list[float]] = {name: [] for name, _ in TARGET_FIGURES}
    for _ in range(rounds):
        sample = merged([reports[rng.randrange(len(reports))] for _ in reports])
        for name, kind in TARGET_FIGURES:
            samples[name].append(figure(sample, name, kind))
    tail = (1 - level) / 2
    for name, kind in TARGET_FIGURES:
        values = sorted(samples[name])
        low = values[int(tail * (len(values) - 1))]
        high = values[int((1 - tail) * (len(values) - 1))]
        out[name] = (figure(point, name, kind), low, high)
    return out


def format_intervals(figures: dict[str, tuple[float, float, float]], texts: int) -> str:
    lines = [f"95 % intervals from resampling the {texts} texts:"]
    for name, (value, low, high) in figures.items():
        lines.append(f"{name:<28}{value:>8.3f}   {low:.3f} – {high:.3f}")
    return "\n".join(lines)
