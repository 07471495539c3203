"""Who else works on the same things: matches for an institution.

For an institution X the topics are either the one asked for ("who else
works on earthquake preparedness?") or X's own priority topics: the themes
of its meetings, cooperations and projects, five at most, scored like the
candidates below.  Every other institution Y is then scored per topic:

* 1 point for each meeting on the topic that Y hosted or visited (at most
  ``MEETING_CAP`` per topic, so a busy host does not drown everyone else),
* 3 points for each cooperation on the topic Y is a party to,
* 5 points for each funded project on the topic Y is a partner in (only EU
  projects when ``funder=eu`` is asked),

and Y's score is the sum over the topics.  The page shows each part of the
score and the meetings, cooperations and projects behind it.

The scores are computed in the database in one statement (``GROUP BY`` on
institution and topic, then on institution, ``ORDER BY`` score, ``LIMIT``),
so the cost does not grow with the number of rows turned into Python.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from django.db import connection
from django.db.models import Count, F, Q, QuerySet

from ortakmasa.cooperation.models import (
    CooperationParty,
    CooperationTopic,
    FundedProject,
    Funder,
    MatchCount,
    ProjectPartner,
)
from ortakmasa.cooperation.network import (
    NetworkFilters,
    cooperations_qs,
    meetings_qs,
    projects_qs,
)
from ortakmasa.meetings.models import MeetingTopic
from ortakmasa.registry.models import Institution, InstitutionKind
from ortakmasa.themes.models import Theme

MEETING_POINTS = 1
MEETING_CAP = 10
COOPERATION_POINTS = 3
PROJECT_POINTS = 5
PRIORITY_TOPICS = 5
DEFAULT_LIMIT = 20
EVIDENCE_PER_KIND = 3


@dataclass
class TopicScore:
    theme: Theme
    meetings: int = 0
    cooperations: int = 0
    projects: int = 0

    @property
    def points(self) -> int:
        return (
            MEETING_POINTS * min(self.meetings, MEETING_CAP)
            + COOPERATION_POINTS * self.cooperations
            + PROJECT_POINTS * self.projects
        )


@dataclass
class Match:
    institution: Institution
    score: int
    topics: list[TopicScore] = field(default_factory=list)
    meetings: list[dict[str, Any]] = field(default_factory=list)
    cooperations: list[dict[str, Any]] = field(default_factory=list)
    projects: list[dict[str, Any]] = field(default_factory=list)
    shared_cooperations: int = 0
    shared_projects: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "institution": self.institution.pk,
            "name": self.institution.name,
            "score": self.score,
            "topics": [
                {
                    "theme": t.theme.code,
                    "meetings": t.meetings,
                    "cooperations": t.cooperations,
                    "projects": t.projects,
                    "points": t.points,
                }
                for t in self.topics
            ],
            "evidence": {
                "meetings": self.meetings,
                "cooperations": self.cooperations,
                "projects": self.projects,
            },
            "shared_cooperations": self.shared_cooperations,
            "shared_projects": self.shared_projects,
        }


@dataclass
class MatchResult:
    institution: Institution
    themes: list[TopicScore]
    matches: list[Match]
    theme_asked: Theme | None
    funder: str
    kind: str


def _sql(qs: QuerySet[Any]) -> tuple[str, tuple[Any, ...]]:
    sql, params = qs.query.sql_with_params()
    return sql, tuple(params)


def kept_counts_serve(f: NetworkFilters, theme: Theme | None = None) -> bool:
    """Whether the meeting counts kept on write (``match_counts``) answer
    for these filters: a date range is counted on request, and so is a
    theme filter that is not the one theme scored (``theme``)."""
    if f.date_from is not None or f.date_to is not None:
        return False
    return not f.theme or (theme is not None and theme.code == f.theme)


class _Parts:
    """The grouped (institution, theme, count) querysets the score is made
    of, each restricted to ``themes`` and to what the user may see."""

    def __init__(
        self, f: NetworkFilters, theme_ids: list[int], funder: str, *, kept: bool = False
    ) -> None:
        self.meetings: list[QuerySet[Any]]
        if kept:
            # Hosted plus visited, per institution and theme, kept on write.
            self.meetings = [
                MatchCount.objects.filter(
                    public=f.public_only, theme__in=theme_ids, meetings__gt=0
                ).values(inst=F("institution"), tid=F("theme"), n=F("meetings"))
            ]
        else:
            meetings = meetings_qs(f).values("pk")
            topics = MeetingTopic.objects.filter(theme_id__in=theme_ids, meeting_id__in=meetings)
            self.meetings = [
                topics.filter(meeting__host__isnull=False)
                .values(inst=F("meeting__host__root_id"), tid=F("theme_id"))
                .annotate(n=Count("meeting_id", distinct=True)),
                topics.filter(meeting__guests__isnull=False)
                .values(inst=F("meeting__guests__root_id"), tid=F("theme_id"))
                .annotate(n=Count("meeting_id", distinct=True)),
            ]
        self.coop = (
            CooperationTopic.objects.filter(
                theme_id__in=theme_ids, cooperation_id__in=cooperations_qs(f).values("pk")
            )
            .values(inst=F("cooperation__parties__institution__root_id"), tid=F("theme_id"))
            .annotate(n=Count("cooperation_id", distinct=True))
        )
        projects = projects_qs(f)
        if funder:
            projects = projects.filter(funder=funder)
        self.project = (
            FundedProject.themes.through.objects.filter(
                theme_id__in=theme_ids, fundedproject_id__in=projects.values("pk")
            )
            .values(inst=F("fundedproject__partners__institution__root_id"), tid=F("theme_id"))
            .annotate(n=Count("fundedproject_id", distinct=True))
        )

    def union_sql(self) -> tuple[str, tuple[Any, ...]]:
        """(inst, theme, m, c, p) summed per institution and theme."""
        parts = []
        params: tuple[Any, ...] = ()
        for qs, column in (
            *((qs, "m") for qs in self.meetings),
            (self.coop, "c"),
            (self.project, "p"),
        ):
            sql, p = _sql(qs)
            cols = ", ".join(f"q.n AS {c}" if c == column else f"0 AS {c}" for c in ("m", "c", "p"))
            parts.append(f"SELECT q.inst AS inst, q.tid AS theme, {cols} FROM ({sql}) q")
            params += p
        sql = (
            "SELECT u.inst AS inst, u.theme AS theme, SUM(u.m) AS m, SUM(u.c) AS c, "
            f"SUM(u.p) AS p FROM ({' UNION ALL '.join(parts)}) u "
            "WHERE u.inst IS NOT NULL GROUP BY u.inst, u.theme"
        )
        return sql, params


def _points_sql(alias: str) -> str:
    return (
        f"(CASE WHEN {alias}.m > {MEETING_CAP} THEN {MEETING_CAP} ELSE {alias}.m END) "
        f"* {MEETING_POINTS} + {alias}.c * {COOPERATION_POINTS} + {alias}.p * {PROJECT_POINTS}"
    )


def priority_themes(institution: Institution, f: NetworkFilters) -> list[TopicScore]:
    """The institution's own topics, scored the same way, best first."""
    root = institution.root_id or institution.pk
    scores: dict[int, TopicScore] = {}
    themes = {t.pk: t for t in Theme.objects.all()}

    def add(rows: Any, attr: str) -> None:
        for theme_id, n in rows:
            score = scores.setdefault(theme_id, TopicScore(themes[theme_id]))
            setattr(score, attr, getattr(score, attr) + n)

    if kept_counts_serve(f):
        add(
            MatchCount.objects.filter(
                public=f.public_only, institution=root, distinct__gt=0
            ).values_list("theme", "distinct"),
            "meetings",
        )
    else:
        meetings = meetings_qs(f).filter(
            Q(host__root_id=root)
            | Q(pk__in=meetings_qs(f).filter(guests__root_id=root).values("pk"))
        )
        add(
            MeetingTopic.objects.filter(meeting_id__in=meetings.values("pk"))
            .values("theme_id")
            .annotate(n=Count("meeting_id", distinct=True))
            .values_list("theme_id", "n"),
            "meetings",
        )
    add(
        CooperationTopic.objects.filter(
            cooperation_id__in=cooperations_qs(f).values("pk"),
            cooperation__parties__institution__root_id=root,
        )
        .values("theme_id")
        .annotate(n=Count("cooperation_id", distinct=True))
        .values_list("theme_id", "n"),
        "cooperations",
    )
    add(
        FundedProject.themes.through.objects.filter(
            fundedproject_id__in=projects_qs(f).values("pk"),
            fundedproject__partners__institution__root_id=root,
        )
        .values("theme_id")
        .annotate(n=Count("fundedproject_id", distinct=True))
        .values_list("theme_id", "n"),  # type: ignore[misc]
        "projects",
    )
    return sorted(scores.values(), key=lambda s: (-s.points, s.theme.position, s.theme.code))


def find_matches(
    institution: Institution,
    f: NetworkFilters,
    *,
    theme: Theme | None = None,
    funder: str = "",
    kind: str = "",
    limit: int = DEFAULT_LIMIT,
) -> MatchResult:
    own = priority_themes(institution, f)
    if theme is not None:
        topics = [theme]
    else:
        topics = [s.theme for s in own[:PRIORITY_TOPICS]]
    if funder not in Funder.values:
        funder = ""
    if kind not in InstitutionKind.values:
        kind = ""
    result = MatchResult(institution, own, [], theme, funder, kind)
    if not topics:
        return result
    theme_ids = [t.pk for t in topics]
    by_id = {t.pk: t for t in topics}
    root = institution.root_id or institution.pk
    parts = _Parts(f, theme_ids, funder, kept=kept_counts_serve(f, theme))
    inner, params = parts.union_sql()
    table = Institution._meta.db_table
    kind_sql = " AND i.kind = %s" if kind else ""
    # One statement: the (institution, theme) sums are computed once (a
    # common table used twice is materialised) for the ranking and for the
    # breakdown of the ranked institutions; two statements aggregated every
    # candidate's meetings twice.
    statement = (
        f"WITH s AS ({inner}), "
        f"r AS (SELECT s.inst, SUM({_points_sql('s')}) AS score FROM s "
        f"JOIN {table} i ON i.id = s.inst WHERE s.inst <> %s{kind_sql} "
        "GROUP BY s.inst ORDER BY score DESC, s.inst LIMIT %s) "
        "SELECT r.inst, r.score, s.theme, s.m, s.c, s.p FROM r JOIN s ON s.inst = r.inst "
        "ORDER BY r.score DESC, r.inst"
    )
    statement_params = params + (root,) + ((kind,) if kind else ()) + (limit,)
    with connection.cursor() as cursor:
        cursor.execute(statement, statement_params)
        rows = cursor.fetchall()
    scores: dict[int, int] = {}
    breakdown = []
    for inst_id, score, theme_id, m, c, p in rows:
        if score:
            scores.setdefault(int(inst_id), int(score))
            breakdown.append((inst_id, theme_id, m, c, p))
    ranked = list(scores.items())
    ids = [i for i, _s in ranked]
    if not ids:
        return result
    institutions = Institution.objects.in_bulk(ids)
    matches = {i: Match(institutions[i], s) for i, s in ranked if i in institutions}
    for inst_id, theme_id, m, c, p in breakdown:
        match = matches.get(int(inst_id))
        if match is not None:
            match.topics.append(TopicScore(by_id[int(theme_id)], int(m), int(c), int(p)))
    for match in matches.values():
        # Ties in the theme order, not in the database's row order.
        match.topics.sort(key=lambda t: (-t.points, t.theme.position, t.theme.code))
    _add_evidence(matches, f, theme_ids, funder, root)
    result.matches = list(matches.values())
    return result


def _add_evidence(
    matches: dict[int, Match],
    f: NetworkFilters,
    theme_ids: list[int],
    funder: str,
    root: int,
) -> None:
    """The latest few meetings, cooperations and projects behind each score,
    and what each candidate already shares with the institution."""
    ids = list(matches)
    seen: dict[tuple[int, str, int], bool] = {}
    counts: dict[tuple[int, str], int] = defaultdict(int)

    def keep(inst: int | None, kind: str, pk: int) -> bool:
        if inst is None or inst not in matches or (inst, kind, pk) in seen:
            return False
        if counts[(inst, kind)] >= EVIDENCE_PER_KIND:
            return False
        seen[(inst, kind, pk)] = True
        counts[(inst, kind)] += 1
        return True

    topic_meetings = MeetingTopic.objects.filter(theme_id__in=theme_ids).values("meeting_id")
    meeting_rows = (
        meetings_qs(f)
        .filter(pk__in=topic_meetings)
        .filter(Q(host__root_id__in=ids) | Q(guests__root_id__in=ids))
        .values_list("pk", "title", "date", "host__root_id", "guests__root_id")
        .order_by("-date", "-pk")[: 40 * len(ids)]
    )
    for pk, title, date, host, guest in meeting_rows:
        for inst in (host, guest):
            if inst is not None and keep(inst, "m", pk):
                matches[inst].meetings.append(
                    {"id": pk, "title": title, "date": date.isoformat() if date else None}
                )
    coops = cooperations_qs(f).filter(
        pk__in=CooperationTopic.objects.filter(theme_id__in=theme_ids).values("cooperation_id")
    )
    for inst, pk, title in (
        CooperationParty.objects.filter(cooperation_id__in=coops.values("pk"))
        .filter(institution__root_id__in=ids)
        .values_list("institution__root_id", "cooperation_id", "cooperation__title")
        .order_by("-cooperation__start_date", "-cooperation_id")[: 20 * len(ids)]
    ):
        if inst is not None and keep(inst, "c", pk):
            matches[inst].cooperations.append({"id": pk, "title": title})
    projects = projects_qs(f).filter(
        pk__in=FundedProject.themes.through.objects.filter(theme_id__in=theme_ids).values(
            "fundedproject_id"
        )
    )
    if funder:
        projects = projects.filter(funder=funder)
    for inst, pk, title, project_funder, role in (
        ProjectPartner.objects.filter(project_id__in=projects.values("pk"))
        .filter(institution__root_id__in=ids)
        .values_list(
            "institution__root_id", "project_id", "project__title", "project__funder", "role"
        )
        .order_by("-project__start_date", "-project_id")[: 20 * len(ids)]
    ):
        if inst is not None and keep(inst, "p", pk):
            matches[inst].projects.append(
                {"id": pk, "title": title, "funder": project_funder, "role": role}
            )
    for inst, n in (
        CooperationParty.objects.filter(
            institution__root_id__in=ids,
            cooperation_id__in=cooperations_qs(f)
            .filter(parties__institution__root_id=root)
            .values("pk"),
        )
        .values("institution__root_id")
        .annotate(n=Count("cooperation_id", distinct=True))
        .values_list("institution__root_id", "n")
    ):
        if inst is not None:
            matches[inst].shared_cooperations = n
    for inst, n in (
        ProjectPartner.objects.filter(
            institution__root_id__in=ids,
            project_id__in=projects_qs(f).filter(partners__institution__root_id=root).values("pk"),
        )
        .values("institution__root_id")
        .annotate(n=Count("project_id", distinct=True))
        .values_list("institution__root_id", "n")
    ):
        if inst is not None:
            matches[inst].shared_projects = n


def score_explanation() -> Mapping[str, int]:
    return {
        "meeting": MEETING_POINTS,
        "meeting_cap": MEETING_CAP,
        "cooperation": COOPERATION_POINTS,
        "project": PROJECT_POINTS,
    }
