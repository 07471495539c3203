"""Results of a survey: counts per question with charts and their tables,
cross-tabulations by audience, district and stakeholder group, open answers
grouped by the text engine's themes, and stakeholder scores.

Everything is computed from one read of the submitted responses (one row
each, answers as JSON), so the page costs a fixed number of queries
whatever the number of answers.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from django.db.models import F, Q, Window
from django.db.models.functions import RowNumber
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from ortakmasa.lib import charts
from ortakmasa.lib.turkish import sort_key
from ortakmasa.registry.models import District, Institution, InstitutionKind
from ortakmasa.surveys import totals
from ortakmasa.surveys.answering import load_questions
from ortakmasa.surveys.models import (
    Audience,
    Kind,
    OpenAnswer,
    Question,
    Response,
    ResponseStatus,
    ScoreRole,
    Survey,
    Total,
)
from ortakmasa.textengine import quotes, sentences, topics
from ortakmasa.textengine.document import Doc
from ortakmasa.textengine.normalize import lower_same_length
from ortakmasa.themes.models import Theme

#: Cross-tabulation dimensions (the staff unit: staff answers only).
DIMENSIONS = totals.DIMENSIONS
OTHER_THEME = ""
#: Open answers listed per theme on the page (the rest is in the export).
QUOTES = 200


def tag_themes(text: str) -> list[tuple[str, str]]:
    """The taxonomy themes the text engine's topic tagger finds in ``text``
    (code, Turkish label), most prominent first."""
    doc = Doc(text=text)
    doc.lower = lower_same_length(text)
    doc.set_sentences(sentences.split(text))
    quotes.find_quote_spans(doc)
    topics.find_topics(doc)
    return [(hit.theme, hit.label) for hit in doc.topics]


class Group(NamedTuple):
    """Open answers under one theme: how many, and the first of them."""

    label: str
    size: int
    texts: list[str]


@dataclass
class QuestionResult:
    question: Question
    answered: int = 0
    chart: charts.Chart | None = None
    #: A second chart or table: averages of a matrix, or statistics.
    extra: charts.Chart | None = None
    stats: list[tuple[str, str]] = field(default_factory=list)
    crosstabs: list[charts.Chart] = field(default_factory=list)
    #: Open answers grouped by theme, the largest group first.
    groups: list[Group] = field(default_factory=list)


def _group_label(code: str) -> str:
    if code == "staff":
        return _("staff")
    if code == "person":
        return _("person")
    if code in InstitutionKind.values:
        return str(InstitutionKind(code).label)
    return _("citizens") if not code else code


@dataclass
class Counts:
    """A survey's running totals, arranged for the page."""

    #: key → category → (count, sum); category "" is the question's total.
    overall: dict[str, dict[str, tuple[int, float]]]
    #: key → dimension → label (as shown) → category → count.
    tables: dict[str, dict[str, dict[str, Counter[str]]]]
    #: key → theme code → count of open answers.
    themes: dict[str, Counter[str]]


def load_counts(survey: Survey, dims: tuple[str, ...]) -> Counts:
    """One read of the survey's counters (those of the wanted dimensions),
    whatever the number of answers."""
    rows = [
        row
        for row in totals.summed(
            # The survey's own counters (key "") give the answers per audience.
            Total.objects.filter(Q(dim__in=("", totals.THEME, *dims)) | Q(key=""), survey=survey)
        )
        if row[4] or row[5]
    ]
    namers = _label_namers({label for _k, dim, label, _c, _n, _t in rows if dim}, dims)
    overall: dict[str, dict[str, tuple[int, float]]] = defaultdict(dict)
    tables: dict[str, dict[str, dict[str, Counter[str]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(Counter))
    )
    themes: dict[str, Counter[str]] = defaultdict(Counter)
    for key, dim, label, category, n, total in rows:
        if not dim:
            overall[key][category] = (n, total)
        elif dim == totals.THEME:
            themes[key][category] += n
        elif key:
            tables[key][dim][namers[dim](label)][category] += n
        else:
            tables[""][dim][label][category] += n
    return Counts(overall, tables, themes)


def _label_namers(labels: set[str], dims: tuple[str, ...]) -> dict[str, Any]:
    ids = [int(label) for label in labels if label.isdigit()]
    districts = (
        dict(District.objects.filter(pk__in=ids).values_list("pk", "name"))
        if "district" in dims
        else {}
    )
    units = (
        dict(Institution.objects.filter(pk__in=ids).values_list("pk", "name"))
        if "unit" in dims
        else {}
    )
    audiences = {a.value: str(a.label) for a in Audience}
    not_given = _("not given")
    return {
        "audience": lambda label: audiences.get(label, label),
        "district": lambda label: districts.get(int(label), not_given) if label else not_given,
        "group": _group_label,
        "unit": lambda label: units.get(int(label), label) if label.isdigit() else label,
    }


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


DIMENSION_TITLES = {
    "audience": gettext_lazy("by audience"),
    "district": gettext_lazy("by district"),
    "group": gettext_lazy("by stakeholder group"),
    "unit": gettext_lazy("by staff unit"),
}


def question_result(
    q: Question,
    counts: Counts,
    themes: list[Theme],
    quotes_of: dict[tuple[str, str], list[str]],
    dims: tuple[str, ...] = (),
) -> QuestionResult:
    locale = get_language() or "tr"
    result = QuestionResult(q)
    key = q.key
    mine = counts.overall.get(key, {})
    answered, answered_sum = mine.get("", (0, 0.0))
    result.answered = answered
    title = q.text
    headers = (_("Answer"), _("Count"))
    if q.kind in (Kind.SINGLE, Kind.MULTIPLE, Kind.LIKERT):
        # Likert answers are counted under their points "1"–"5".
        if q.kind == Kind.LIKERT:
            pairs = [(label, str(n)) for n, label in enumerate(q.labels, 1)]
        else:
            pairs = [(str(c), str(c)) for c in q.choices]
        categories = [label for label, _c in pairs]
        result.chart = charts.bar_chart(
            [(label, float(mine.get(c, (0, 0.0))[0])) for label, c in pairs],
            title=title,
            locale=locale,
            headers=headers,
        )
        if q.kind == Kind.LIKERT and answered:
            mean = answered_sum / answered
            result.stats = [(_("Average (1–5)"), charts.format_number(mean, locale, decimals=2))]
        for dim in dims:
            table = counts.tables.get(key, {}).get(dim, {})
            shown = {
                label: Counter({name: per[c] for name, c in pairs}) for label, per in table.items()
            }
            chart = _crosstab(shown, f"{title} ({DIMENSION_TITLES[dim]})", categories, locale)
            if chart is not None:
                result.crosstabs.append(chart)
    elif q.kind == Kind.MATRIX:
        averages: list[tuple[str, float | None]] = []
        for row in q.choices:
            n, total = mine.get(str(row), (0, 0.0))
            averages.append((str(row), total / n if n else None))
        result.chart = charts.bar_chart(
            averages,
            title=f"{title} ({_('average, 1–5')})",
            max_value=5,
            locale=locale,
            headers=(_("Row"), _("Average (1–5)")),
        )
    elif q.kind == Kind.RANKING:
        # Borda points: first of n themes gets n, the last 1.
        borda = {code: total for code, (_n, total) in mine.items() if code and total}
        theme_names: dict[str, str] = {
            t.code: t.name_tr if locale.startswith("tr") else t.name_en for t in themes
        }

        def order(code: str) -> tuple[float, str]:
            return -borda[code], sort_key(theme_names.get(code) or code)

        ordered = sorted(borda, key=order)
        result.chart = charts.bar_chart(
            [(theme_names.get(c, c), float(borda[c])) for c in ordered],
            title=f"{title} ({_('ranking points')})",
            locale=locale,
            headers=(_("Theme"), _("Points")),
        )
    elif q.kind == Kind.NUMBER:
        histogram = sorted((float(json.loads(c)), n) for c, (n, _t) in mine.items() if c and n > 0)
        given = sum(n for _v, n in histogram)
        if given:
            middle, seen = histogram[-1][0], 0
            for value, n in histogram:
                seen += n
                if seen > given // 2:
                    middle = value
                    break
            result.stats = [
                (_("Answers"), charts.format_number(given, locale)),
                (_("Average"), charts.format_number(answered_sum / given, locale)),
                (_("Median"), charts.format_number(middle, locale)),
                (_("Lowest"), charts.format_number(histogram[0][0], locale)),
                (_("Highest"), charts.format_number(histogram[-1][0], locale)),
            ]
    else:
        sizes = counts.themes.get(key, Counter())
        labels = topics.labels()
        ordered = sorted(
            (code for code, n in sizes.items() if n > 0),
            key=lambda c: (c == OTHER_THEME, -sizes[c], sort_key(labels.get(c) or c)),
        )
        result.groups = [
            Group(
                labels.get(code, code) if code else _("No theme found"),
                sizes[code],
                quotes_of.get((key, code), []),
            )
            for code in ordered
        ]
    return result


def load_quotes(survey: Survey, limit: int = QUOTES) -> dict[tuple[str, str], list[str]]:
    """The first ``limit`` open answers of every (question, theme), in one
    query."""
    ranked = (
        OpenAnswer.objects.filter(survey=survey)
        .annotate(
            rank=Window(RowNumber(), partition_by=[F("key"), F("theme")], order_by=F("id").asc())
        )
        .filter(rank__lte=limit)
        .order_by("id")
        .values_list("key", "theme", "text")
    )
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, theme, text in ranked:
        out[(key, theme)].append(text)
    return out


def group_texts(texts: Iterable[str]) -> list[Group]:
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
    return [Group(labels[c], len(groups[c]), groups[c]) for c in ordered]


@dataclass
class Results:
    survey: Survey
    total: int
    drafts: int
    by_audience: list[tuple[str, int]]
    questions: list[QuestionResult]


def build(survey: Survey, *, crosstabs: bool = True, dims: tuple[str, ...] = DIMENSIONS) -> Results:
    """The results from the survey's running totals (``surveys.totals``):
    a fixed number of queries whatever the number of answers.  ``dims``:
    the cross-tabulations to draw (all by default; the page draws the one
    the reader picks)."""
    dims = dims if crosstabs else ()
    questions = load_questions(survey)
    counts = load_counts(survey, dims)
    themes = list(Theme.objects.order_by("position"))
    has_text = any(q.kind == Kind.TEXT for q in questions)
    quotes_of = load_quotes(survey) if has_text else {}
    drafts = Response.objects.filter(survey=survey, status=ResponseStatus.DRAFT).count()
    audiences = {
        category_label: n
        for category_label, per in counts.tables.get("", {}).get("audience", {}).items()
        for n in [per[""]]
        if n
    }
    return Results(
        survey,
        counts.overall.get("", {}).get("", (0, 0.0))[0],
        drafts,
        [(str(Audience(a).label), n) for a, n in sorted(audiences.items())],
        [question_result(q, counts, themes, quotes_of, dims) for q in questions],
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
