"""The network of who works with whom.

Institutions (and, on request, people) are linked by the meetings they held
together (host and visitors), the cooperations they are parties to and the
funded projects they are partners in.  The views without a date, kind or
people filter (and not grouped by party) are read from the aggregate kept on
write (``network_index``): a few short queries whatever the data.  The others
are aggregated by the database on request (``GROUP BY`` on the pair).

Units (İBB's EU Relations Department) count for their top-level institution.
The graph can be aggregated by institution kind, province or political party
(the party of a person holding a current post at the institution, e.g. its
mayor), which keeps it readable when there are hundreds of institutions.
"""

from __future__ import annotations

import datetime
import functools
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from html import escape
from typing import Any

from django.db import connection
from django.db.models import (
    Count,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce, Greatest, Least
from django.utils.formats import localize
from django.utils.html import escape as django_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from ortakmasa.cooperation import network_index
from ortakmasa.cooperation.models import (
    Cooperation,
    CooperationParty,
    CooperationTopic,
    FundedProject,
    NetworkMonthPair,
    NetworkMonthTotal,
    NetworkNode,
    NetworkPair,
    NetworkRecordPair,
    NetworkTotal,
    ProjectPartner,
)
from ortakmasa.kernel.policy import allowed
from ortakmasa.lib.params import is_id
from ortakmasa.meetings.models import Meeting, MeetingTopic, Participation, ReviewStatus, Side
from ortakmasa.registry.models import (
    Institution,
    InstitutionKind,
    PartyAffiliation,
    Person,
    Province,
)
from ortakmasa.themes.models import Theme

LINKS = ("meeting", "cooperation", "project")
GROUPS = ("institution", "kind", "province", "party")
DEFAULT_LIMIT = 40
MAX_LIMIT = 150
NO_PARTY = "-"
PERSON = "person:"  # node keys of people: "person:<id>"


@dataclass
class NetworkFilters:
    theme: str = ""
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    links: tuple[str, ...] = LINKS
    kind: str = ""
    group: str = "institution"
    people: bool = False
    limit: int = DEFAULT_LIMIT
    public_only: bool = False
    errors: list[str] = field(default_factory=list)

    @classmethod
    def from_query(cls, params: Mapping[str, Any], user: Any) -> NetworkFilters:
        f = cls(public_only=not allowed(user, "see_whole_network"))
        theme = str(params.get("theme", "") or "")
        if theme:
            if Theme.objects.filter(code=theme).exists():
                f.theme = theme
            else:
                f.errors.append(_("Unknown theme “%(code)s”.") % {"code": theme})
        for key in ("date_from", "date_to"):
            value = str(params.get(key, "") or "")
            if value:
                try:
                    setattr(f, key, datetime.date.fromisoformat(value))
                except ValueError:
                    f.errors.append(_("Dates are written as YYYY-MM-DD."))
        links: list[str] = []
        getlist = getattr(params, "getlist", None)
        raw = getlist("link") if getlist else [params.get("link", "")]
        for value in raw:
            links += [v for v in str(value or "").split(",") if v]
        if links:
            unknown = [v for v in links if v not in LINKS]
            if unknown:
                f.errors.append(_("Links are meeting, cooperation or project."))
            f.links = tuple(v for v in LINKS if v in links) or LINKS
        kind = str(params.get("kind", "") or "")
        if kind:
            if kind in InstitutionKind.values:
                f.kind = kind
            else:
                f.errors.append(_("Unknown institution kind “%(kind)s”.") % {"kind": kind})
        group = str(params.get("group", "") or "institution")
        if group in GROUPS:
            f.group = group
        else:
            f.errors.append(_("Group by institution, kind, province or party."))
        f.people = str(params.get("people", "")) in ("1", "on", "true") and (
            f.group == "institution"
        )
        limit = str(params.get("limit", "") or "")
        if is_id(limit):
            f.limit = max(2, min(int(limit), MAX_LIMIT))
        return f

    def as_query(self) -> dict[str, str]:
        q: dict[str, str] = {}
        if self.theme:
            q["theme"] = self.theme
        if self.date_from:
            q["date_from"] = self.date_from.isoformat()
        if self.date_to:
            q["date_to"] = self.date_to.isoformat()
        if self.links != LINKS:
            q["link"] = ",".join(self.links)
        if self.kind:
            q["kind"] = self.kind
        if self.group != "institution":
            q["group"] = self.group
        if self.people:
            q["people"] = "1"
        return q


@dataclass
class Node:
    key: str
    label: str
    type: str  # "institution", "kind", "province", "party" or "person"
    weight: int = 0
    url: str = ""


@dataclass
class Edge:
    source: str
    target: str
    meetings: int = 0
    cooperations: int = 0
    projects: int = 0

    @property
    def weight(self) -> int:
        return self.meetings + self.cooperations + self.projects

    @property
    def strongest(self) -> str:
        if self.projects:
            return "project"
        if self.cooperations:
            return "cooperation"
        return "meeting"


@dataclass
class Network:
    filters: NetworkFilters
    nodes: list[Node]
    edges: list[Edge]
    totals: dict[str, int]
    hidden_nodes: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "filters": self.filters.as_query(),
            "totals": self.totals,
            "hidden_nodes": self.hidden_nodes,
            "nodes": [
                {"id": n.key, "label": n.label, "type": n.type, "weight": n.weight}
                for n in self.nodes
            ],
            "edges": [
                {
                    "source": e.source,
                    "target": e.target,
                    "meetings": e.meetings,
                    "cooperations": e.cooperations,
                    "projects": e.projects,
                    "weight": e.weight,
                }
                for e in self.edges
            ],
        }


def _group_expr(f: NetworkFilters, path: str) -> Any:
    """The value an institution at ``path`` is grouped by."""
    if f.group == "kind":
        return F(f"{path}root__kind")
    if f.group == "province":
        return F(f"{path}root__province_id")
    if f.group == "party":
        return Subquery(
            PartyAffiliation.objects.filter(
                person__posts__institution_id=OuterRef(f"{path}root_id"),
                person__posts__end_date__isnull=True,
                end_date__isnull=True,
            )
            .order_by("pk")
            .values("party_id")[:1]
        )
    return F(f"{path}root_id")


def _kind_q(f: NetworkFilters, *paths: str) -> Q:
    q = Q()
    if f.kind:
        for path in paths:
            q &= Q(**{f"{path}root__kind": f.kind})
    return q


def meetings_qs(f: NetworkFilters) -> QuerySet[Meeting]:
    qs = Meeting.objects.exclude(review_status=ReviewStatus.DRAFT)
    if f.public_only:
        qs = qs.filter(is_public=True)
    if f.theme:
        qs = qs.filter(pk__in=MeetingTopic.objects.filter(theme__code=f.theme).values("meeting_id"))
    if f.date_from:
        qs = qs.filter(date__gte=f.date_from)
    if f.date_to:
        qs = qs.filter(date__lte=f.date_to)
    return qs


def _overlap(qs: QuerySet[Any], f: NetworkFilters) -> QuerySet[Any]:
    """Records running at some time in the period (an open start or end
    counts as running)."""
    if f.date_to:
        qs = qs.filter(Q(start_date__lte=f.date_to) | Q(start_date__isnull=True))
    if f.date_from:
        qs = qs.filter(
            Q(end_date__gte=f.date_from)
            | Q(end_date__isnull=True, start_date__gte=f.date_from)
            | Q(end_date__isnull=True, start_date__isnull=True)
        )
    return qs


def cooperations_qs(f: NetworkFilters) -> QuerySet[Cooperation]:
    qs = Cooperation.objects.all()
    if f.public_only:
        qs = qs.filter(is_public=True)
    if f.theme:
        qs = qs.filter(
            pk__in=CooperationTopic.objects.filter(theme__code=f.theme).values("cooperation_id")
        )
    return _overlap(qs, f)


def projects_qs(f: NetworkFilters) -> QuerySet[FundedProject]:
    qs = FundedProject.objects.all()
    if f.public_only:
        qs = qs.filter(is_public=True)
    if f.theme:
        qs = qs.filter(
            pk__in=FundedProject.themes.through.objects.filter(theme__code=f.theme).values(
                "fundedproject_id"
            )
        )
    return _overlap(qs, f)


LINK_COLUMNS = ("meetings", "cooperations", "projects")


#: The key of "no value" (no party, no province) in the database's integers.
NONE_KEY = -1


def _node(f: NetworkFilters, path: str) -> Any:
    """A node's key in the database: the group's own value (an id, or the
    kind's code), with "none" as :data:`NONE_KEY`.  Keys stay integers where
    they are ids, so the database groups and orders numbers, not text."""
    if f.group == "kind":
        return _group_expr(f, path)
    return Coalesce(_group_expr(f, path), Value(NONE_KEY), output_field=IntegerField())


def _person(path: str) -> Any:
    # People share the integer key space with institutions: -id - 1 is
    # below every id and below NONE_KEY.
    return ExpressionWrapper(Value(-1) - F(path), output_field=IntegerField())


def _text_key(key: Any) -> str:
    """The page's key of a database key: "42", "person:7", "-" or a kind."""
    if isinstance(key, int):
        if key == NONE_KEY:
            return NO_PARTY
        if key < NONE_KEY:
            return f"{PERSON}{-key - 1}"
    return str(key)


def _pairs(qs: QuerySet[Any], a: Any, b: Any, count: str, column: str) -> QuerySet[Any]:
    """Rows ``(lo, hi, meetings, cooperations, projects)``, one per unordered
    pair of distinct nodes, counting distinct ``count`` records in ``column``.

    Self-joins (cooperation and project partners) give each pair in both
    orders; ordering the pair before grouping counts each record once."""
    counts: dict[str, Any] = {c: Value(0, output_field=IntegerField()) for c in LINK_COLUMNS}
    counts[column] = Count(count, distinct=True)
    return (
        qs.annotate(node_a=a, node_b=b)
        .exclude(node_a=F("node_b"))
        .annotate(lo=Least("node_a", "node_b"), hi=Greatest("node_a", "node_b"))
        .values("lo", "hi")
        .annotate(**counts)
        .values_list("lo", "hi", *LINK_COLUMNS)
    )


def _link_queries(f: NetworkFilters) -> tuple[list[QuerySet[Any]], dict[str, int]]:
    queries: list[QuerySet[Any]] = []
    totals = {"meetings": 0, "cooperations": 0, "projects": 0}
    if "meeting" in f.links:
        meetings = meetings_qs(f)
        guests = Meeting.guests.through.objects.filter(
            _kind_q(f, "meeting__host__", "institution__"),
            meeting_id__in=meetings.values("pk"),
            meeting__host__isnull=False,
        )
        queries.append(
            _pairs(
                guests,
                _node(f, "meeting__host__"),
                _node(f, "institution__"),
                "meeting_id",
                "meetings",
            )
        )
        totals["meetings"] = meetings.count()
    if "cooperation" in f.links:
        coops = cooperations_qs(f)
        other = "cooperation__parties__institution__"
        parties = CooperationParty.objects.filter(
            _kind_q(f, "institution__", other), cooperation_id__in=coops.values("pk")
        )
        queries.append(
            _pairs(
                parties, _node(f, "institution__"), _node(f, other), "cooperation", "cooperations"
            )
        )
        totals["cooperations"] = coops.count()
    if "project" in f.links:
        projects = projects_qs(f)
        other = "project__partners__institution__"
        partners = ProjectPartner.objects.filter(
            _kind_q(f, "institution__", other), project_id__in=projects.values("pk")
        )
        queries.append(
            _pairs(partners, _node(f, "institution__"), _node(f, other), "project", "projects")
        )
        totals["projects"] = projects.count()
    if f.people and "meeting" in f.links:
        base = Participation.objects.filter(
            meeting_id__in=meetings_qs(f).values("pk"), person__isnull=False
        )
        if f.kind:
            base = base.filter(institution__root__kind=f.kind)
        person = _person("person_id")
        # People are linked to the institutions on the other side of the table.
        queries.append(
            _pairs(
                base.filter(side=Side.GUEST, meeting__host__isnull=False),
                person,
                ExpressionWrapper(F("meeting__host__root_id"), output_field=IntegerField()),
                "meeting_id",
                "meetings",
            )
        )
        queries.append(
            _pairs(
                base.filter(side=Side.HOST, meeting__guests__isnull=False),
                person,
                ExpressionWrapper(F("meeting__guests__root_id"), output_field=IntegerField()),
                "meeting_id",
                "meetings",
            )
        )
    return queries, totals


def build_network(f: NetworkFilters) -> Network:
    """The strongest ``f.limit`` nodes and the links among them.

    One statement: the database sums the pairs of every kind of link, the
    weight of each node, the totals, and returns only the nodes shown and
    their links, so the cost in Python does not grow with the pairs."""
    if indexed(f):
        return _from_index(f)
    if recorded(f):
        return aggregate_network(f, from_records=True)
    return aggregate_network(f)


def recorded(f: NetworkFilters) -> bool:
    """Views summed from the pairs each record gave (``NetworkRecordPair``,
    kept with the index) instead of joining the institutions of every
    meeting, cooperation and project again: a date range, with a grouping
    the index keeps and no kind filter or people."""
    return f.group in network_index.GROUPS and not f.kind and not f.people


def _recorded_queries(f: NetworkFilters) -> tuple[list[QuerySet[Any]], dict[str, int]]:
    """Rows ``(lo, hi, meetings, cooperations, projects)`` as ``_pairs``
    gives them, from the pairs kept per record: each (record, lo, hi) is
    kept once, so counting rows counts distinct records; and the totals.

    Meetings of the whole calendar months in the range are summed from the
    per-month rows where the grouping keeps them
    (``network_index.MONTH_GROUPS``); only the days before the first and
    after the last whole month are counted from their meetings."""
    network_index.flush()
    records = {
        "meeting": ("m", meetings_qs(f)),
        "cooperation": ("c", cooperations_qs(f)),
        "project": ("p", projects_qs(f)),
    }
    totals = {"meetings": 0, "cooperations": 0, "projects": 0}
    months = (
        network_index.whole_months(f.date_from, f.date_to)
        if f.group in network_index.MONTH_GROUPS and "meeting" in f.links
        else None
    )
    queries: list[QuerySet[Any]] = []
    if months is not None:
        theme = 0
        if f.theme:
            theme = Theme.objects.filter(code=f.theme).values_list("pk", flat=True).first() or -1
        first, last = months
        in_months = Q(public=f.public_only, theme=theme)
        if first is not None:
            in_months &= Q(month__gte=first)
        if last is not None:
            in_months &= Q(month__lte=last)
        days = []  # the days outside the whole months
        if first is not None and f.date_from is not None and f.date_from.day != 1:
            days.append(Q(date__gte=f.date_from, date__lt=network_index.month_start(first)))
        if last is not None and f.date_to is not None:
            if f.date_to != network_index.month_end(last):
                days.append(Q(date__gt=network_index.month_end(last), date__lte=f.date_to))
        rest = None
        if days:
            either = days[0]
            for q in days[1:]:
                either |= q
            rest = meetings_qs(f).filter(either)
            records["meeting"] = ("m", rest)
        else:
            del records["meeting"]
        queries.append(
            NetworkMonthPair.objects.filter(in_months, group=f.group)
            .values("lo", "hi")
            .annotate(
                meetings=Sum("meetings"),
                cooperations=Value(0, output_field=IntegerField()),
                projects=Value(0, output_field=IntegerField()),
            )
            .values_list("lo", "hi", *LINK_COLUMNS)
        )
        summed = NetworkMonthTotal.objects.filter(in_months).aggregate(n=Sum("meetings"))["n"]
        totals["meetings"] = int(summed or 0) + (rest.count() if rest is not None else 0)
    for link, column in zip(LINKS, LINK_COLUMNS, strict=True):
        if link not in f.links or link not in records:
            continue
        code, qs = records[link]
        if months is None or link != "meeting":
            totals[column] = qs.count()
        counts: dict[str, Any] = {c: Value(0, output_field=IntegerField()) for c in LINK_COLUMNS}
        counts[column] = Count("*")  # rows, read from the index alone
        queries.append(
            NetworkRecordPair.objects.filter(link=code, group=f.group, record__in=qs.values("pk"))
            .values("lo", "hi")
            .annotate(**counts)
            .values_list("lo", "hi", *LINK_COLUMNS)
        )
    return queries, totals


def indexed(f: NetworkFilters) -> bool:
    """Views kept on write (``network_index``): no dates, no kind filter, no
    people, and a grouping other than party."""
    return (
        f.group in network_index.GROUPS
        and not f.kind
        and not f.people
        and f.date_from is None
        and f.date_to is None
    )


def _from_index(f: NetworkFilters) -> Network:
    """The network read from the aggregate kept on write: the top nodes by
    weight, the links among them and the totals, three short queries."""
    # This connection's own uncommitted writes, if any (none on a page).
    network_index.flush()
    theme = 0
    if f.theme:
        theme = Theme.objects.filter(code=f.theme).values_list("pk", flat=True).first() or -1
    view = {"group": f.group, "public": f.public_only, "theme": theme}
    chosen = [c for link, c in zip(LINKS, network_index.COLUMNS, strict=True) if link in f.links]
    mask = sum(1 << i for i, link in enumerate(LINKS) if link in f.links)
    weight: Any = sum((F(c) for c in chosen), Value(0))
    # With every kind of link, the stored sum, in its index's order: the
    # first entries.
    node_weight = F("weight") if mask == 7 else weight
    top = list(
        NetworkNode.objects.filter(**view)
        .annotate(w=node_weight)
        .filter(w__gt=0)
        .order_by("-w", "node")
        .values_list("node", "w")[: f.limit]
    )
    keys = [n for n, _w in top]
    total = NetworkTotal.objects.filter(**view).first()
    totals = {
        column: (getattr(total, column) if total and column in chosen else 0)
        for column in network_index.COLUMNS
    }
    totals["nodes"] = getattr(total, f"nodes_{mask}") if total else 0
    totals["links"] = getattr(total, f"links_{mask}") if total else 0
    edges: list[Edge] = []
    if len(keys) > 1:
        for lo, hi, m, c, p in (
            NetworkPair.objects.filter(**view, lo__in=keys, hi__in=keys)
            .annotate(w=weight)
            .filter(w__gt=0)
            .values_list("lo", "hi", *network_index.COLUMNS)
        ):
            ka, kb = sorted((_index_key(f, lo), _index_key(f, hi)))
            edges.append(
                Edge(
                    ka,
                    kb,
                    m if "meetings" in chosen else 0,
                    c if "cooperations" in chosen else 0,
                    p if "projects" in chosen else 0,
                )
            )
    edges.sort(key=lambda e: (-e.weight, e.source, e.target))
    weights = {_index_key(f, n): int(w) for n, w in top}
    nodes = _label_nodes(f, list(weights), weights)
    return Network(f, nodes, edges, totals, hidden_nodes=totals["nodes"] - len(top))


def _index_key(f: NetworkFilters, key: int) -> str:
    if f.group == "kind":
        return network_index.KIND_CODES[key] if key >= 0 else NO_PARTY
    return _text_key(key)


def aggregate_network(f: NetworkFilters, from_records: bool = False) -> Network:
    """The network aggregated from the records on request (the views the
    index does not hold, and the reference the index is tested against);
    ``from_records``: the pairs summed from those kept per record (see
    :func:`recorded`)."""
    key = _text_key
    if from_records:
        queries, totals = _recorded_queries(f)
        key = functools.partial(_index_key, f)
    else:
        queries, totals = _link_queries(f)
    if not queries:
        totals.update(links=0, nodes=0)
        return Network(f, [], [], totals)
    parts: list[str] = []
    params: list[Any] = []
    for qs in queries:
        sql, p = qs.query.sql_with_params()
        parts.append(f"SELECT * FROM ({sql}) AS part{len(parts)}")
        params.extend(p)
    # Kinds are text: ties are broken by code point, as Python orders them.
    binary = (
        ' COLLATE "C"'
        if f.group == "kind" and connection.vendor == "postgresql" and not from_records
        else ""
    )
    statement = (
        f"WITH pair (lo, hi, m, c, p) AS ({' UNION ALL '.join(parts)}), "
        "edge AS (SELECT lo, hi, SUM(m) AS m, SUM(c) AS c, SUM(p) AS p "
        "FROM pair GROUP BY lo, hi), "
        "weight AS (SELECT node, SUM(w) AS w FROM ("
        "SELECT lo AS node, m + c + p AS w FROM edge "
        "UNION ALL SELECT hi AS node, m + c + p AS w FROM edge) AS ends GROUP BY node), "
        f"top AS (SELECT node, w FROM weight ORDER BY w DESC, node{binary} LIMIT %s) "
        "SELECT 0, node, NULL, w, 0, 0 FROM top "
        "UNION ALL SELECT 1, lo, hi, m, c, p FROM edge "
        "WHERE lo IN (SELECT node FROM top) AND hi IN (SELECT node FROM top) "
        "UNION ALL SELECT 2, NULL, NULL, (SELECT COUNT(*) FROM weight), "
        "(SELECT COUNT(*) FROM edge), 0"
    )
    weights: dict[str, int] = {}
    order: dict[str, int] = {}
    edges: list[Edge] = []
    with connection.cursor() as cursor:
        cursor.execute(statement, [*params, f.limit])
        for row_kind, a, b, x, y, z in cursor.fetchall():
            if row_kind == 0:
                k = key(a)
                weights[k] = int(x)
                order[k] = len(order)
            elif row_kind == 1:
                ka, kb = sorted((key(a), key(b)))
                edges.append(Edge(ka, kb, int(x), int(y), int(z)))
            else:
                totals["nodes"], totals["links"] = int(x), int(y)
    # The database ranked the nodes (weight, then key); keep its order.
    ranked = sorted(weights, key=lambda k: (-weights[k], order[k]))
    edges.sort(key=lambda e: (-e.weight, e.source, e.target))
    nodes = _label_nodes(f, ranked, weights)
    return Network(f, nodes, edges, totals, hidden_nodes=totals["nodes"] - len(ranked))


def _label_nodes(f: NetworkFilters, keys: list[str], weights: dict[str, int]) -> list[Node]:
    people = [int(k[len(PERSON) :]) for k in keys if k.startswith(PERSON)]
    others = [k for k in keys if not k.startswith(PERSON)]
    labels: dict[str, str] = {}
    urls: dict[str, str] = {}
    node_type = f.group
    if f.group == "kind":
        names = dict(InstitutionKind.choices)
        labels = {k: str(names.get(k, k)) for k in others}
    elif f.group == "province":
        ids = [int(k) for k in others if is_id(k)]
        labels = {
            str(pk): name
            for pk, name in Province.objects.filter(pk__in=ids).values_list("pk", "name")
        }
        labels[NO_PARTY] = _("no province")
    elif f.group in ("institution", "party"):
        ids = [int(k) for k in others if is_id(k)]
        for pk, name, short in Institution.objects.filter(pk__in=ids).values_list(
            "pk", "name", "short_name"
        ):
            labels[str(pk)] = short if f.group == "party" and short else name
            if f.group == "institution":
                urls[str(pk)] = f"/cooperation/institutions/{pk}/"
        labels[NO_PARTY] = _("no party known")
    person_labels = {
        f"{PERSON}{pk}": f"{given} {family}"
        for pk, given, family in Person.objects.filter(pk__in=people).values_list(
            "pk", "given_name", "family_name"
        )
    }
    nodes = []
    for k in keys:
        if k.startswith(PERSON):
            nodes.append(Node(k, person_labels.get(k, k), "person", weights[k]))
        else:
            nodes.append(Node(k, labels.get(k, k), node_type, weights[k], urls.get(k, "")))
    return nodes


LINK_COLORS = {"meeting": "#5E5E5E", "cooperation": "#0072B2", "project": "#B84A00"}
LINK_DASH = {"meeting": "4 3", "cooperation": "", "project": ""}
NODE_COLORS = {"person": "#A8437F"}


def _fit(text: str, size: int = 24) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def network_svg(network: Network, title: str, description: str) -> str:
    """A circular layout: nodes on a circle in order of weight, links as
    straight lines whose width grows with the number of shared meetings,
    cooperations and projects; the colour and dash say which kind is the
    strongest link (the table next to the picture gives every number)."""
    width, height = 960, 760
    cx, cy = width / 2, height / 2 + 10
    n = len(network.nodes)
    radius = 270 if n > 8 else 200
    pos: dict[str, tuple[float, float, float]] = {}
    max_w = max((node.weight for node in network.nodes), default=1) or 1
    for i, node in enumerate(network.nodes):
        angle = -math.pi / 2 + 2 * math.pi * i / max(n, 1)
        pos[node.key] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle), angle)
    uid = f"net{abs(hash((title, n, len(network.edges)))) % 100000}"
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{uid}-t {uid}-d" class="network" width="100%">',
        f'<title id="{uid}-t">{escape(title)}</title>',
        f'<desc id="{uid}-d">{escape(description)}</desc>',
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
    ]
    max_e = max((e.weight for e in network.edges), default=1) or 1
    labels = {n.key: n.label for n in network.nodes}  # once, not per link
    for e in reversed(network.edges):
        if e.source not in pos or e.target not in pos:
            continue
        x1, y1, _a = pos[e.source]
        x2, y2, _b = pos[e.target]
        kind = e.strongest
        stroke = 1 + 5 * math.log1p(e.weight) / math.log1p(max_e)
        dash = f' stroke-dasharray="{LINK_DASH[kind]}"' if LINK_DASH[kind] else ""
        out.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke="{LINK_COLORS[kind]}" stroke-width="{stroke:.1f}" stroke-opacity="0.6"'
            f"{dash}><title>{escape(_edge_label(network, e, labels))}</title></line>"
        )
    for node in network.nodes:
        x, y, angle = pos[node.key]
        r = 5 + 13 * math.sqrt(node.weight / max_w)
        color = NODE_COLORS.get(node.type, "#007A5E")
        out.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{color}" stroke="#ffffff">'
            f"<title>{escape(node.label)}: {node.weight}</title></circle>"
        )
        lx = x + (r + 6) * math.cos(angle)
        ly = y + (r + 6) * math.sin(angle) + 4
        anchor = (
            "start" if math.cos(angle) > 0.1 else ("end" if math.cos(angle) < -0.1 else "middle")
        )
        out.append(
            f'<text x="{lx:.1f}" y="{ly:.1f}" font-size="12" text-anchor="{anchor}" '
            f'fill="#1a1a1a">{escape(_fit(node.label))}</text>'
        )
    legend = [
        ("meeting", _("meetings")),
        ("cooperation", _("cooperations")),
        ("project", _("funded projects")),
    ]
    for i, (kind, label) in enumerate(legend):
        y = 20 + i * 18
        dash = f' stroke-dasharray="{LINK_DASH[kind]}"' if LINK_DASH[kind] else ""
        out.append(
            f'<line x1="12" y1="{y}" x2="42" y2="{y}" stroke="{LINK_COLORS[kind]}" '
            f'stroke-width="3"{dash}/><text x="48" y="{y + 4}" font-size="12" '
            f'fill="#1a1a1a">{escape(label)}</text>'
        )
    if not network.nodes:
        out.append(
            f'<text x="{cx}" y="{cy}" text-anchor="middle" font-size="16" fill="#1a1a1a">'
            f"{escape(_('No links match these filters.'))}</text>"
        )
    out.append("</svg>")
    return "".join(out)


def _edge_label(network: Network, e: Edge, labels: dict[str, str] | None = None) -> str:
    if labels is None:
        labels = {n.key: n.label for n in network.nodes}
    return _("%(a)s – %(b)s: %(m)d meetings, %(c)d cooperations, %(p)d projects") % {
        "a": labels.get(e.source, e.source),
        "b": labels.get(e.target, e.target),
        "m": e.meetings,
        "c": e.cooperations,
        "p": e.projects,
    }


def edge_rows(network: Network) -> list[list[str | int]]:
    labels = {n.key: n.label for n in network.nodes}
    return [
        [
            labels.get(e.source, e.source),
            labels.get(e.target, e.target),
            e.meetings,
            e.cooperations,
            e.projects,
            e.weight,
        ]
        for e in network.edges
    ]


def _number(value: int) -> str:
    # As the template would write it (thousands grouped by the locale).
    return str(value) if -1000 < value < 1000 else str(localize(value))


def edge_rows_html(network: Network) -> SafeString:
    """The link table's rows, written once in Python: a template loop over
    hundreds of links resolves thousands of variables on every uncached
    request."""
    out = []
    for a, b, m, c, p, w in edge_rows(network):
        out.append(
            f'<tr><th scope="row">{django_escape(a)}</th>'
            f"<td>{django_escape(b)}</td><td>{_number(int(m))}</td>"
            f"<td>{_number(int(c))}</td><td>{_number(int(p))}</td><td>{_number(int(w))}</td></tr>"
        )
    return mark_safe("".join(out))
