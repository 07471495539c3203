"""Traceability: which districts' proposals each objective answers, which
proposals no objective answers yet, each district's coverage, and the
consultation's own record drawn live from the platform.

A proposal counts as covered when an objective links it directly, links its
cluster, or links the proposal it was merged into.  Rejected proposals were
answered with a reason and are left out of the coverage figures.  Queries
are a fixed handful whatever the size of the plan.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Q, QuerySet

from ortakmasa.lib.turkish import sort_key
from ortakmasa.meetings.coverage import campaign_coverage, campaign_meetings
from ortakmasa.meetings.models import Campaign, Meeting, ReviewStatus
from ortakmasa.plans.models import Objective, Plan
from ortakmasa.plans.tree import objectives_of
from ortakmasa.proposals.models import Proposal, Status
from ortakmasa.registry.models import District


@dataclass
class DistrictRow:
    district: District
    total: int = 0
    covered: int = 0

    @property
    def percent(self) -> int:
        return round(100 * self.covered / self.total) if self.total else 0


@dataclass
class Trace:
    objective_districts: list[tuple[Objective, list[str], int]]
    districts: list[DistrictRow]
    uncovered: list[Proposal]
    covered_total: int = 0
    total: int = 0
    by_objective: dict[int, set[int]] = field(default_factory=dict)

    @property
    def percent(self) -> int:
        return round(100 * self.covered_total / self.total) if self.total else 0


def _scope(plan: Plan) -> Q:
    province_id = plan.institution.province_id
    return Q(district__province_id=province_id) if province_id else Q(pk__in=[])


def build(plan: Plan, uncovered_limit: int = 200) -> Trace:
    """``plan`` as loaded by ``tree.load``."""
    objectives = objectives_of(plan)
    rows = list(
        Proposal.objects.filter(_scope(plan))
        .exclude(status=Status.REJECTED)
        .values_list("id", "cluster_id", "merged_into_id", "district_id")
    )
    districts = {
        d.pk: d
        for d in District.objects.filter(pk__in={r[3] for r in rows if r[3] is not None}).order_by(
            "sort_key"
        )
    }
    by_objective: dict[int, set[int]] = {}
    covered: set[int] = set()
    for objective in objectives:
        clusters = {c.pk for c in objective.clusters.all()}
        direct = {p.pk for p in objective.proposals.all()}
        hits = {
            pid
            for pid, cluster_id, merged_into, _district in rows
            if pid in direct or merged_into in direct or (cluster_id in clusters)
        }
        by_objective[objective.pk] = hits
        covered |= hits
    district_of = {r[0]: r[3] for r in rows}
    objective_districts = []
    for objective in objectives:
        # Turkish order (Çekmeköy after Beykoz, Şile after Sarıyer).
        names = sorted(
            {districts[district_of[p]].name for p in by_objective[objective.pk] if district_of[p]},
            key=sort_key,
        )
        objective_districts.append((objective, names, len(by_objective[objective.pk])))
    table: dict[int, DistrictRow] = {pk: DistrictRow(d) for pk, d in districts.items()}
    for pid, _cluster, _merged, district_id in rows:
        if district_id is None:
            continue
        table[district_id].total += 1
        if pid in covered:
            table[district_id].covered += 1
    uncovered_ids = [r[0] for r in rows if r[0] not in covered]
    uncovered = list(
        Proposal.objects.filter(pk__in=uncovered_ids[:uncovered_limit])
        .select_related("institution", "district")
        .order_by("district__sort_key", "id")
    )
    return Trace(
        objective_districts=objective_districts,
        districts=list(table.values()),
        uncovered=uncovered,
        covered_total=len(covered),
        total=len(rows),
        by_objective=by_objective,
    )


@dataclass
class Consultation:
    meetings: int
    meeting_ids: QuerySet[Meeting, Any]
    unreviewed: int
    districts_heard: list[str]
    districts_total: int
    proposals: int
    proposals_by_district: list[tuple[str, int]]
    campaigns: list[str]


def consultation(plan: Plan) -> Consultation:
    """Meetings held (confirmed or accepted without review) by the plan's
    institution or in its province; districts heard through its campaigns'
    coverage; proposals received from the province."""
    inst = plan.institution
    # The meetings the campaigns count themselves, so that this page, the
    # portal and the campaign dashboards agree.
    # The institution's own meetings as a list of ids read through the two
    # indexes (host, guests): written as "host = X OR id IN (guests of X)"
    # the planner expected half of all meetings and scanned every meeting
    # and every topic for the portal's topic chart (0.3 s at 100,000).
    own = Meeting.objects.filter(host=inst).order_by().values_list("pk", flat=True)
    visited = (
        Meeting.guests.through.objects.filter(institution=inst)
        .order_by()
        .values_list("meeting_id", flat=True)
    )
    held = Q(pk__in=sorted(set(own.union(visited))))
    for campaign in Campaign.objects.filter(owner=inst):
        held |= Q(pk__in=campaign_meetings(campaign).values("pk"))
    meetings = Meeting.objects.exclude(review_status=ReviewStatus.DRAFT).filter(held)
    counts = meetings.aggregate(
        n=Count("id", distinct=True),
        unreviewed=Count("id", distinct=True, filter=Q(review_status=ReviewStatus.UNREVIEWED)),
    )
    heard: set[str] = set()
    targets: set[int] = set()
    names = []
    for campaign in Campaign.objects.filter(owner=inst).order_by("id"):
        names.append(campaign.name)
        cov = campaign_coverage(campaign)
        for row in cov.rows:
            targets.add(row.institution.pk)
            if row.heard:
                heard.add(row.institution.name)
    by_district = list(
        Proposal.objects.filter(_scope(plan))
        .values_list("district__name")
        .annotate(n=Count("id"))
        .order_by("-n", "district__sort_key")
    )
    return Consultation(
        meetings=counts["n"] or 0,
        meeting_ids=meetings.values("pk"),
        unreviewed=counts["unreviewed"] or 0,
        districts_heard=sorted(heard, key=sort_key),
        districts_total=len(targets),
        proposals=sum(n for _, n in by_district),
        proposals_by_district=[(name or "—", n) for name, n in by_district],
        campaigns=names,
    )


def objective_district_map(trace: Trace) -> dict[int, list[str]]:
    return {o.pk: names for o, names, _ in trace.objective_districts}


def coverage_by_district(trace: Trace) -> dict[str, int]:
    return {row.district.name: row.percent for row in trace.districts}


def group_uncovered(trace: Trace) -> dict[str, list[Proposal]]:
    grouped: dict[str, list[Proposal]] = defaultdict(list)
    for p in trace.uncovered:
        grouped[p.district.name if p.district else "—"].append(p)
    return dict(grouped)
