"""Results of a survey: counts per question with charts and their tables,
cross-tabulations by audience, district and stakeholder group, open answers
grouped by the text engine's themes, and stakeholder scores.

Everything is computed from one read of the submitted responses (one row
each, answers as JSON), so the page costs a fixed number of queries
whatever the number of answers.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from ortakmasa.lib import charts
from ortakmasa.lib.turkish import sort_key
from ortakmasa.registry.models import District, Institution, InstitutionKind
from ortakmasa.surveys.answering import load_questions
from ortakmasa.surveys.models import (
    Audience,
    Kind,
    Question,
    Response,
    ResponseStatus,
    ScoreRole,
    Survey,
)
from ortakmasa.textengine import quotes, sentences, topics
from ortakmasa.textengine.document import Doc
from ortakmasa.textengine.normalize import lower_same_length
from ortakmasa.themes.models import Theme

#: Cross-tabulation dimensions: key → (row field of a response row).
DIMENSIONS = ("audience", "district", "group")
OTHER_THEME = ""


def tag_themes(text: str) -> list[tuple[str, str]]:
    """The taxonomy themes the text engine's topic tagger finds in ``text``
    (code, Turkish label), most prominent first."""
    doc = Doc(text=text)
    doc.lower = lower_same_length(text)
    doc.set_sentences(sentences.split(text))
    quotes.find_quote_spans(doc)
    topics.find_topics(doc)
    return [(hit.theme, hit.label) for hit in doc.topics]


@dataclass
class Row:
    """One submitted response, as the results read it."""

    answers: dict[str, Any]
    audience: str
    district: str
    group: str
    #: Its label under each cross-tabulation dimension.
    labels: dict[str, str] = field(default_factory=dict)


@dataclass
class QuestionResult:
    question: Question
    answered: int = 0
    chart: charts.Chart | None = None
    #: A second chart or table: averages of a matrix, or statistics.
    extra: charts.Chart | None = None
    stats: list[tuple[str, str]] = field(default_factory=list)
    crosstabs: list[charts.Chart] = field(default_factory=list)
    #: Open answers: (theme label, [texts]) in order of group size.
    groups: list[tuple[str, list[str]]] = field(default_factory=list)


def load_rows(survey: Survey) -> list[Row]:
    district_names = dict(District.objects.values_list("pk", "name"))
    not_given = _("not given")
    audiences = {a.value: str(a.label) for a in Audience}
    # Labels are worked out once per distinct value, not once per answer:
    # translating them for each of 10,000 rows dominated the page's time.
    groups: dict[str, str] = {}
    out = []
    for answers, audience, district_id, group in (
        Response.objects.filter(survey=survey, status=ResponseStatus.SUBMITTED)
        .order_by("id")
        .values_list("answers", "audience", "district_id", "group")
        .iterator(chunk_size=2000)
    ):
        group = group or ""
        if group not in groups:
            groups[group] = _group_label(group)
        district = district_names.get(district_id, "")
        labels = {
            "audience": audiences.get(audience, ""),
            "district": district or not_given,
            "group": groups[group],
        }
        out.append(Row(answers or {}, audience, district, group, labels))
    return out


def _group_label(code: str) -> str:
    if code == "staff":
        return _("staff")
    if code == "person":
        return _("person")
    if code in InstitutionKind.values:
        return str(InstitutionKind(code).label)
    return _("citizens") if not code else code


def _categories(q: Question, themes: list[Theme]) -> list[str]:
    if q.kind in (Kind.SINGLE, Kind.MULTIPLE):
        return [str(c) for c in q.choices]
    if q.kind == Kind.LIKERT:
        return q.labels
    return []


def _values_of(kind: str, scale: list[str], value: Any) -> list[str]:
    """The categories an answer counts under (choice and Likert)."""
    if kind == Kind.SINGLE:
        return [str(value)]
    if kind == Kind.MULTIPLE:
        return [str(v) for v in value] if isinstance(value, list) else []
    if kind == Kind.LIKERT and isinstance(value, int) and 1 <= value <= 5:
        return [scale[value - 1]]
    return []


def _tally(
    q: Question, rows: list[Row], dims: tuple[str, ...]
) -> tuple[Counter[str], dict[str, dict[str, Counter[str]]]]:
    """The counts per category, and per category within each label of each
    dimension, in one pass over the rows."""
    counts: Counter[str] = Counter()
    tables: dict[str, dict[str, Counter[str]]] = {dim: defaultdict(Counter) for dim in dims}
    key, kind, scale = q.key, str(q.kind), q.labels
    # Count the distinct (labels, answer) pairs first, in C, then spread
    # the few hundred of them over the categories.
    combos = Counter(
        (tuple(row.labels[dim] for dim in dims), _hashable(row.answers[key]))
        for row in rows
        if key in row.answers
    )
    for (labels, value), n in combos.items():
        found = _values_of(kind, scale, list(value) if isinstance(value, tuple) else value)
        for category in found:
            counts[category] += n
            for dim, label in zip(dims, labels, strict=True):
                tables[dim][label][category] += n
    return counts, tables


def _hashable(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(value)
    if isinstance(value, dict):
        return tuple(sorted(value.items()))
    return value


def _crosstab(
    table: dict[str, Counter[str]], title: str, categories: list[str], locale: str
) -> charts.Chart | None:
    if len(table) < 2:
        return None
    labels = sorted(table, key=sort_key)
    return charts.heatmap(
        labels,
        categories,
        [[float(table[label][c]) for c in categories] for label in labels],
        title=title,
        locale=locale,
    )


def question_result(
    q: Question,
    rows: list[Row],
    themes: list[Theme],
    *,
    crosstabs: bool = True,
    dims: tuple[str, ...] = DIMENSIONS,
) -> QuestionResult:
    locale = get_language() or "tr"
    result = QuestionResult(q)
    key = q.key
    values = [row.answers[key] for row in rows if key in row.answers]
    result.answered = len(values)
    title = q.text
    headers = (_("Answer"), _("Count"))
    if q.kind in (Kind.SINGLE, Kind.MULTIPLE, Kind.LIKERT):
        categories = _categories(q, themes)
        dims = dims if crosstabs else ()
        counts, tables = _tally(q, rows, dims)
        result.chart = charts.bar_chart(
            [(c, float(counts[c])) for c in categories],
            title=title,
            locale=locale,
            headers=headers,
        )
        if q.kind == Kind.LIKERT and values:
            points = [v for v in values if isinstance(v, int)]
            mean = sum(points) / len(points) if points else 0.0
            result.stats = [(_("Average (1–5)"), charts.format_number(mean, locale, decimals=2))]
        if crosstabs:
            names = {
                "audience": _("by audience"),
                "district": _("by district"),
                "group": _("by stakeholder group"),
            }
            for dim in dims:
                chart = _crosstab(tables[dim], f"{title} ({names[dim]})", categories, locale)
                if chart is not None:
                    result.crosstabs.append(chart)
    elif q.kind == Kind.MATRIX:
        sums: Counter[str] = Counter()
        seen: Counter[str] = Counter()
        for value in values:
            if isinstance(value, dict):
                for row_label, point in value.items():
                    if isinstance(point, int):
                        sums[row_label] += point
                        seen[row_label] += 1
        result.chart = charts.bar_chart(
            [(str(r), (sums[r] / seen[r]) if seen[r] else None) for r in q.choices],
            title=f"{title} ({_('average, 1–5')})",
            max_value=5,
            locale=locale,
            headers=(_("Row"), _("Average (1–5)")),
        )
    elif q.kind == Kind.RANKING:
        # Borda points: first of n themes gets n, the last 1.
        borda: Counter[str] = Counter()
        for value in values:
            if isinstance(value, list):
                for index, code in enumerate(value):
                    borda[str(code)] += len(value) - index
        theme_names: dict[str, str] = {
            t.code: t.name_tr if locale.startswith("tr") else t.name_en for t in themes
        }

        def order(code: str) -> tuple[int, str]:
            return -borda[code], sort_key(theme_names.get(code) or code)

        ordered = sorted(borda, key=order)
        result.chart = charts.bar_chart(
            [(theme_names.get(c, c), float(borda[c])) for c in ordered],
            title=f"{title} ({_('ranking points')})",
            locale=locale,
            headers=(_("Theme"), _("Points")),
        )
    elif q.kind == Kind.NUMBER:
        numbers = [float(v) for v in values if isinstance(v, int | float)]
        if numbers:
            numbers.sort()
            middle = numbers[len(numbers) // 2]
            result.stats = [
                (_("Answers"), charts.format_number(len(numbers), locale)),
                (_("Average"), charts.format_number(sum(numbers) / len(numbers), locale)),
                (_("Median"), charts.format_number(middle, locale)),
                (_("Lowest"), charts.format_number(numbers[0], locale)),
                (_("Highest"), charts.format_number(numbers[-1], locale)),
            ]
    else:
        result.groups = group_texts([str(v) for v in values if str(v).strip()])
    return result


def group_texts(texts: Iterable[str]) -> list[tuple[str, list[str]]]:
    """Open answers under the themes the topic tagger finds in them (an
    answer naming two themes is listed under both), the largest group
    first; answers without a theme come last."""
    groups: dict[str, list[str]] = defaultdict(list)
    labels: dict[str, str] = {OTHER_THEME: _("No theme found")}
    # Many answers repeat one another word for word: tag each text once.
    tagged: dict[str, list[tuple[str, str]]] = {}
    for text in texts:
        if text not in tagged:
            tagged[text] = tag_themes(text)
        found = tagged[text]
        if not found:
            groups[OTHER_THEME].append(text)
        for code, label in found:
            labels[code] = label
            groups[code].append(text)
    ordered = sorted(groups, key=lambda c: (c == OTHER_THEME, -len(groups[c]), sort_key(labels[c])))
    return [(labels[c], groups[c]) for c in ordered]


@dataclass
class Results:
    survey: Survey
    total: int
    drafts: int
    by_audience: list[tuple[str, int]]
    questions: list[QuestionResult]


def build(survey: Survey, *, crosstabs: bool = True, dims: tuple[str, ...] = DIMENSIONS) -> Results:
    """``dims``: the cross-tabulations to draw (all by default; the page
    draws the one the reader picks)."""
    questions = load_questions(survey)
    rows = load_rows(survey)
    themes = list(Theme.objects.order_by("position"))
    audiences = Counter(row.audience for row in rows)
    drafts = Response.objects.filter(survey=survey, status=ResponseStatus.DRAFT).count()
    return Results(
        survey,
        len(rows),
        drafts,
        [(str(Audience(a).label), n) for a, n in sorted(audiences.items())],
        [question_result(q, rows, themes, crosstabs=crosstabs, dims=dims) for q in questions],
    )


@dataclass
class Score:
    institution: Institution
    influence: float | None
    importance: float | None
    answers: int


def stakeholder_scores(survey: Survey) -> list[Score]:
    """Each answering institution's influence and importance (1–5), read
    from the questions the office marked as such (the average when an
    institution answers several of them)."""
    roles = {
        q.key: q.score_role
        for q in survey.questions.exclude(score_role="")
        if q.kind in (Kind.LIKERT, Kind.NUMBER)
    }
    if not roles:
        return []
    per: dict[int, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for inst_id, answers in Response.objects.filter(
        survey=survey, status=ResponseStatus.SUBMITTED, institution__isnull=False
    ).values_list("institution_id", "answers"):
        for key, role in roles.items():
            value = (answers or {}).get(key)
            if isinstance(value, int | float) and 1 <= value <= 5:
                per[inst_id][role].append(float(value))
    institutions = Institution.objects.in_bulk(list(per))
    scores = []
    for inst_id, values in per.items():
        influence = values.get(ScoreRole.INFLUENCE, [])
        importance = values.get(ScoreRole.IMPORTANCE, [])
        scores.append(
            Score(
                institutions[inst_id],
                sum(influence) / len(influence) if influence else None,
                sum(importance) / len(importance) if importance else None,
                max(len(influence), len(importance)),
            )
        )
    return sorted(scores, key=lambda s: sort_key(s.institution.name))
