"""Running totals of a survey's submitted answers, kept in the transaction
that writes the answers, so the results page reads a few hundred counters
instead of every response.

A response *contributes* a set of counters (``contributions``):

* ``("", "", "", "")``: the survey's submitted answers; per audience under
  ``("", "audience", code, "")``;
* ``(key, "", "", "")``: how many answered the question (``total``: the
  sum of Likert points or numbers, for averages);
* choice and Likert questions: ``(key, "", "", category)`` and the same
  under every cross-tabulation dimension ``(key, dim, label, category)``
  (Likert categories are the points "1"–"5", so relabelling the scale
  keeps the counts);
* matrix: ``(key, "", "", row)`` with the points' sum in ``total``;
  ranking: ``(key, "", "", theme code)`` with the Borda points in
  ``total``; number: ``(key, "", "", value)``, a histogram (the median
  comes from it);
* open text: ``(key, "theme", "", theme code)`` per theme the topic tagger
  finds (``""``: none), the texts themselves in ``OpenAnswer``.

Submitting adds a response's counters, erasing its personal data (which
removes its open answers) subtracts the difference.  The write is one
``INSERT … ON CONFLICT DO UPDATE SET n = n + excluded.n`` over rows sorted
by their key: atomic per row on PostgreSQL and SQLite, and two
transactions lock the rows they share in the same order, so they cannot
deadlock.  ``rebuild`` recounts a survey from its responses (the
``rebuild_survey_totals`` command).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import connection, transaction
from django.db.models import Sum

from ortakmasa.surveys.models import (
    Kind,
    OpenAnswer,
    Question,
    Response,
    ResponseStatus,
    Survey,
    Total,
)

#: Cross-tabulation dimensions kept for choice and Likert questions.
DIMENSIONS = ("audience", "district", "group", "unit")
THEME = "theme"
#: Rows per counter (see ``Total.shard``).
SHARDS = 8
#: Counter key → (count, sum).
Counters = dict[tuple[str, str, str, str], list[float]]


@dataclass(frozen=True)
class Shape:
    """What the totals need of a question."""

    key: str
    kind: str


@dataclass
class Source:
    """What the totals need of a response."""

    pk: int | None
    answers: dict[str, Any]
    audience: str
    district_id: int | None
    group: str
    unit_id: int | None


def source_of(response: Response) -> Source:
    return Source(
        response.pk,
        dict(response.answers or {}),
        response.audience,
        response.district_id,
        response.group or "",
        response.institution_id if response.group == "staff" else None,
    )


def shapes(questions: Iterable[Question]) -> list[Shape]:
    return [Shape(q.key, str(q.kind)) for q in questions]


def dimension_labels(source: Source) -> list[tuple[str, str]]:
    labels = [
        ("audience", source.audience),
        ("district", str(source.district_id or "")),
        ("group", source.group),
    ]
    if source.unit_id is not None:
        labels.append(("unit", str(source.unit_id)))
    return labels


def number_label(value: float) -> str:
    return json.dumps(int(value) if float(value).is_integer() else float(value))


def categories_of(kind: str, value: Any) -> list[str]:
    """The categories a choice or Likert answer counts under."""
    if kind == Kind.SINGLE:
        return [str(value)]
    if kind == Kind.MULTIPLE:
        return [str(v) for v in value] if isinstance(value, list) else []
    if kind == Kind.LIKERT and isinstance(value, int) and 1 <= value <= 5:
        return [str(value)]
    return []


def contributions(
    questions: list[Shape], source: Source, text_themes: dict[str, list[str]]
) -> Counters:
    """The counters one submitted response adds.  ``text_themes``: the
    theme codes of each open answer (by question key)."""
    out: Counters = defaultdict(lambda: [0, 0.0])

    def add(key: tuple[str, str, str, str], total: float = 0.0) -> None:
        cell = out[key]
        cell[0] += 1
        cell[1] += total

    add(("", "", "", ""))
    add(("", "audience", source.audience, ""))
    dims = dimension_labels(source)
    for q in questions:
        if q.key not in source.answers:
            continue
        value = source.answers[q.key]
        if q.kind in (Kind.SINGLE, Kind.MULTIPLE, Kind.LIKERT):
            point = value if q.kind == Kind.LIKERT and isinstance(value, int) else 0
            add((q.key, "", "", ""), float(point))
            for category in categories_of(q.kind, value):
                add((q.key, "", "", category))
                for dim, label in dims:
                    add((q.key, dim, label, category))
        elif q.kind == Kind.MATRIX:
            add((q.key, "", "", ""))
            if isinstance(value, dict):
                for row, point in value.items():
                    if isinstance(point, int):
                        add((q.key, "", "", str(row)), float(point))
        elif q.kind == Kind.RANKING:
            add((q.key, "", "", ""))
            if isinstance(value, list):
                for index, code in enumerate(value):
                    add((q.key, "", "", str(code)), float(len(value) - index))
        elif q.kind == Kind.NUMBER:
            if isinstance(value, int | float) and not isinstance(value, bool):
                add((q.key, "", "", ""), float(value))
                add((q.key, "", "", number_label(value)), float(value))
            else:
                add((q.key, "", "", ""))
        else:
            add((q.key, "", "", ""))
            for code in text_themes.get(q.key) or [""]:
                add((q.key, THEME, "", code))
    return out


def difference(before: Counters, after: Counters) -> Counters:
    out: Counters = {}
    for key in before.keys() | after.keys():
        old = before.get(key, [0, 0.0])
        new = after.get(key, [0, 0.0])
        change = [new[0] - old[0], new[1] - old[1]]
        if change[0] or change[1]:
            out[key] = change
    return out


def apply(survey_id: int, change: Counters, shard: int = 0) -> None:
    """Adds ``change`` to the survey's counters (in ``shard``), creating
    the missing ones, in one statement per 200 counters."""
    if not change:
        return
    table = connection.ops.quote_name(Total._meta.db_table)
    columns = ["survey_id", "key", "dim", "label", "category", "shard", "n", "total"]
    quoted = ", ".join(connection.ops.quote_name(c) for c in columns)
    conflict = (
        "ON CONFLICT (survey_id, key, dim, label, category, shard) DO UPDATE SET "
        f"n = {table}.n + excluded.n, total = {table}.total + excluded.total"
    )
    items = sorted(change.items())
    if connection.vendor == "postgresql":
        # One JSON document for all the counters: binding a thousand
        # parameters, or six arrays that the driver dumps value by value in
        # Python, cost more than the statement itself.
        rows = json.dumps(
            [
                {"k": k[0], "d": k[1], "l": k[2], "c": k[3], "n": int(v[0]), "t": float(v[1])}
                for k, v in items
            ]
        )
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} ({quoted}) "
                "SELECT %s, k, d, l, c, %s, n, t FROM json_to_recordset(%s::json) "
                f"AS u(k text, d text, l text, c text, n int, t float8) {conflict}",
                [survey_id, shard, rows],
            )
        return
    for start in range(0, len(items), 200):
        chunk = items[start : start + 200]
        values = ", ".join(["(%s, %s, %s, %s, %s, %s, %s, %s)"] * len(chunk))
        params: list[Any] = []
        for (key, dim, label, category), (n, total) in chunk:
            params += [survey_id, key, dim, label, category, shard, int(n), float(total)]
        with connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {table} ({quoted}) VALUES {values} {conflict}", params)


def shard_of(response_id: int) -> int:
    return response_id % SHARDS


def tag(text: str) -> list[str]:
    from ortakmasa.surveys.results import tag_themes

    return [code for code, _label in tag_themes(text)]


def text_themes_of(questions: list[Shape], answers: dict[str, Any]) -> dict[str, list[str]]:
    return {
        q.key: tag(str(answers[q.key]))
        for q in questions
        if q.kind == Kind.TEXT and str(answers.get(q.key, "")).strip()
    }


def open_rows(survey_id: int, source: Source, themes: dict[str, list[str]]) -> list[OpenAnswer]:
    assert source.pk is not None
    return [
        OpenAnswer(
            survey_id=survey_id,
            response_id=source.pk,
            key=key,
            theme=code,
            text=str(source.answers[key]).strip(),
        )
        for key, codes in themes.items()
        for code in codes or [""]
    ]


def submitted(survey: Survey, response: Response, questions: list[Question]) -> None:
    """Counts a response that has just been submitted (call inside the
    transaction that saved it)."""
    shaped = shapes(questions)
    source = source_of(response)
    themes = text_themes_of(shaped, source.answers)
    if themes:
        OpenAnswer.objects.bulk_create(open_rows(survey.pk, source, themes))
    # Last, so the counters' row locks are held only until the commit.
    apply(survey.pk, contributions(shaped, source, themes), shard_of(response.pk))


def changed(response: Response, before: dict[str, Any], questions: list[Question]) -> None:
    """A submitted response's answers changed from ``before`` to its
    current ones (erasure of its open answers): subtracts the old
    counters, adds the new, and replaces its open answers."""
    shaped = shapes(questions)
    new = source_of(response)
    old = Source(new.pk, before, new.audience, new.district_id, new.group, new.unit_id)
    old_themes = _stored_themes(response.pk)
    new_themes = {k: v for k, v in old_themes.items() if k in new.answers}
    for q in shaped:
        if q.kind == Kind.TEXT and q.key in new.answers and q.key not in new_themes:
            new_themes[q.key] = tag(str(new.answers[q.key]))
    change = difference(
        contributions(shaped, old, old_themes), contributions(shaped, new, new_themes)
    )
    OpenAnswer.objects.filter(response_id=response.pk).delete()
    OpenAnswer.objects.bulk_create(open_rows(response.survey_id, new, new_themes))
    apply(response.survey_id, change, shard_of(response.pk))


def _stored_themes(response_id: int) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for key, theme in OpenAnswer.objects.filter(response_id=response_id).values_list(
        "key", "theme"
    ):
        if theme:
            found[key].append(theme)
        else:
            found.setdefault(key, [])
    return dict(found)


def recount(survey: Survey) -> tuple[Counters, list[OpenAnswer]]:
    """The counters and open answers computed afresh from the responses."""
    from ortakmasa.surveys.answering import load_questions

    shaped = shapes(load_questions(survey))
    tagged: dict[str, list[str]] = {}
    total: Counters = defaultdict(lambda: [0, 0.0])
    rows: list[OpenAnswer] = []
    for pk, answers, audience, district_id, group, institution_id in (
        Response.objects.filter(survey=survey, status=ResponseStatus.SUBMITTED)
        .order_by("id")
        .values_list("pk", "answers", "audience", "district_id", "group", "institution_id")
        .iterator(chunk_size=2000)
    ):
        source = Source(
            pk,
            answers or {},
            audience,
            district_id,
            group or "",
            institution_id if group == "staff" else None,
        )
        themes: dict[str, list[str]] = {}
        for q in shaped:
            text = str(source.answers.get(q.key, "")).strip() if q.kind == Kind.TEXT else ""
            if text:
                # Many answers repeat one another word for word.
                if text not in tagged:
                    tagged[text] = tag(text)
                themes[q.key] = tagged[text]
        for key, cell in contributions(shaped, source, themes).items():
            total[key][0] += cell[0]
            total[key][1] += cell[1]
        rows += open_rows(survey.pk, source, themes)
    return dict(total), rows


def rebuild(survey: Survey) -> int:
    """Replaces the survey's counters and open answers by a recount; the
    number of counters written."""
    with transaction.atomic():
        if connection.vendor == "postgresql":
            # Holds new answers back until the recount commits (SHARE
            # conflicts with the row-exclusive lock an insert takes), so
            # none is counted twice or missed.
            with connection.cursor() as cursor:
                cursor.execute(
                    f"LOCK TABLE {connection.ops.quote_name(Response._meta.db_table)} IN SHARE MODE"
                )
        Total.objects.filter(survey=survey).delete()
        OpenAnswer.objects.filter(survey=survey).delete()
        counters, rows = recount(survey)
        apply(survey.pk, counters)
        OpenAnswer.objects.bulk_create(rows, batch_size=1000)
    return len(counters)


def summed(rows: Any) -> Any:
    """``rows`` (a ``Total`` query) with each counter's shards added up:
    (key, dim, label, category, n, total) tuples."""
    return (
        rows.values("key", "dim", "label", "category")
        .annotate(sum_n=Sum("n"), sum_total=Sum("total"))
        .values_list("key", "dim", "label", "category", "sum_n", "sum_total")
        .order_by()
    )


def stored(survey: Survey) -> Counters:
    """The survey's counters as kept (zero ones left out)."""
    return nonzero(
        {
            (key, dim, label, category): [n, total]
            for key, dim, label, category, n, total in summed(Total.objects.filter(survey=survey))
        }
    )


def nonzero(counters: Counters) -> Counters:
    return {key: [int(n), float(t)] for key, (n, t) in counters.items() if n or t}
