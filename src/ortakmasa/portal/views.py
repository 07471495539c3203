"""The public portal, no sign-in: the published plans, the progress of
each goal and objective from the approved values, the consultation behind
the plan and what became of the public's proposals.

Every page body is a cached fragment keyed by the data generations it
depends on (``kernel.cache``), so a page is rebuilt only after a value is
approved, the plan changes, a meeting is recorded or a proposal decided.
Only published plans are shown here, whoever asks.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from ortakmasa.cycle.models import IssuedReport
from ortakmasa.kernel.cache import Gen, cached_fragment, cached_value
from ortakmasa.kernel.page_cache import cached_page
from ortakmasa.lib import charts
from ortakmasa.meetings.models import MeetingTopic, ReviewStatus
from ortakmasa.monitoring.prepared import page_year
from ortakmasa.monitoring.progress import GoalRow, Progress, achievement_chart
from ortakmasa.plans.models import Plan, PlanStatus
from ortakmasa.plans.trace import consultation as consultation_record
from ortakmasa.proposals.models import Proposal, Status
from ortakmasa.surveys.queries import open_public_surveys

#: Wide enough for long goal titles on a desktop; the SVG scales down on phones.
CHART_WIDTH = 880
# The registry too: the plan's title falls back on its institution's name,
# and the consultation names the districts heard.
DEPENDS = (Gen.MONITORING, Gen.PLANS, Gen.REGISTRY)
CONSULTATION_DEPENDS = (Gen.PLANS, Gen.MEETINGS, Gen.PROPOSALS, Gen.REGISTRY)
PUBLIC_PROPOSALS_SHOWN = 50


def _locale() -> str:
    return get_language() or "tr"


def _labels() -> dict[charts.Status, str]:
    return {
        "achieved": _("achieved"),
        "acceptable": _("acceptable"),
        "not_achieved": _("not achieved"),
        "no_data": _("no data"),
    }


def _page_labels() -> dict[str, str]:
    """The status names on pages, with the roll-up that has no verdict."""
    labels: dict[str, str] = {str(k): v for k, v in _labels().items()}
    labels["incomplete"] = _("incomplete")
    return labels


@dataclass(frozen=True)
class PlanHead:
    """What the page around a cached fragment needs of a published plan."""

    pk: int
    display_title: str
    goal_ids: frozenset[int]


def _published(pk: int) -> PlanHead:
    """The published plan's head, remembered per plan generation so that a
    warm page makes no database query at all; 404 for any other plan."""

    def load() -> PlanHead:
        plan = get_object_or_404(
            Plan.objects.select_related("institution"), pk=pk, status=PlanStatus.PUBLISHED
        )
        return PlanHead(
            plan.pk,
            plan.display_title,
            frozenset(plan.goals.values_list("pk", flat=True)),
        )

    return cached_value("portal_head", pk, (Gen.PLANS,), load)


def _plan(pk: int) -> Plan:
    return Plan.objects.select_related("institution").get(pk=pk)


def home(request: HttpRequest) -> HttpResponse:
    def render_body() -> str:
        plans = list(
            Plan.objects.filter(status=PlanStatus.PUBLISHED)
            .select_related("institution")
            .order_by("-start_year", "id")[:50]
        )
        return render_to_string("portal/_home.html", {"plans": plans}, request=request)

    body = cached_fragment(request, "portal_home", DEPENDS, render_body)
    return render(
        request, "portal/home.html", {"body": body, "open_surveys": open_public_surveys()[:5]}
    )


def _goal_chart(result: Progress, title: str, width: int = CHART_WIDTH) -> charts.Chart:
    return achievement_chart(
        result.goals,
        title=title,
        thresholds=result.thresholds,
        status_labels=_labels(),
        locale=_locale(),
        width=width,
        headers=(_("Goal"), _("Achievement (%)"), _("Status")),
    )


def _objective_chart(
    goal: GoalRow, thresholds: tuple[float, float], width: int = CHART_WIDTH
) -> charts.Chart:
    return achievement_chart(
        goal.objectives,
        title=_("Objectives of %(goal)s") % {"goal": goal.goal.number},
        thresholds=thresholds,
        status_labels=_labels(),
        locale=_locale(),
        width=width,
        headers=(_("Objective"), _("Achievement (%)"), _("Status")),
    )


@cached_page(*DEPENDS)
def plan(request: HttpRequest, pk: int) -> HttpResponse:
    found = _published(pk)

    def render_body() -> str:
        shown = page_year(_plan(found.pk), request.GET.get("year"), ["g"], indicators=False)
        years, result = shown.years, shown.result
        loaded = result.plan
        trend = charts.with_narrow(
            lambda width: charts.line_chart(
                {g.goal.number: years.series("g", g.goal.pk) for g in result.goals},
                [str(y) for y in years.years],
                title=_("Achievement of the goals by year"),
                unit="%",
                locale=_locale(),
                width=width,
                headers=(_("Year"),),
            ),
            CHART_WIDTH,
        )
        goals = [
            (
                g,
                charts.with_narrow(
                    functools.partial(_objective_chart, g, result.thresholds), CHART_WIDTH
                ),
            )
            for g in result.goals
        ]
        return render_to_string(
            "portal/_plan.html",
            {
                "plan": loaded,
                "result": result,
                "years": years.years,
                "goal_chart": charts.with_narrow(
                    lambda w: _goal_chart(
                        result, _("Achievement of the goals in %(year)s") % {"year": result.year}, w
                    ),
                    CHART_WIDTH,
                ),
                "trend": trend,
                "goals": goals,
                "labels": _page_labels(),
                "issued": IssuedReport.objects.filter(plan=loaded).select_related("meeting"),
            },
            request=request,
        )

    body = cached_fragment(request, "portal_plan", DEPENDS, render_body)
    return render(request, "portal/page.html", {"plan": found, "body": body})


@cached_page(*DEPENDS)
def goal(request: HttpRequest, pk: int, goal_pk: int) -> HttpResponse:
    found = _published(pk)
    if goal_pk not in found.goal_ids:
        raise Http404

    def render_body() -> str:
        shown = page_year(_plan(found.pk), request.GET.get("year"), ["o"], goal_id=goal_pk)
        years, result = shown.years, shown.result
        loaded = result.plan
        row = next(g for g in result.goals if g.goal.pk == goal_pk)
        trend = charts.with_narrow(
            lambda width: charts.line_chart(
                {o.objective.number: years.series("o", o.objective.pk) for o in row.objectives},
                [str(y) for y in years.years],
                title=_("Achievement of the objectives of %(goal)s by year")
                % {"goal": row.goal.number},
                unit="%",
                locale=_locale(),
                width=width,
                headers=(_("Year"),),
            ),
            CHART_WIDTH,
        )
        return render_to_string(
            "portal/_goal.html",
            {
                "plan": loaded,
                "result": result,
                "row": row,
                "years": years.years,
                "chart": charts.with_narrow(
                    lambda w: _objective_chart(row, result.thresholds, w), CHART_WIDTH
                ),
                "trend": trend,
                "labels": _page_labels(),
            },
            request=request,
        )

    body = cached_fragment(request, "portal_goal", DEPENDS, render_body)
    return render(request, "portal/page.html", {"plan": found, "body": body})


@cached_page(*CONSULTATION_DEPENDS)
def consultation(request: HttpRequest, pk: int) -> HttpResponse:
    found = _published(pk)

    def render_body() -> str:
        plan = Plan.objects.select_related("institution").get(pk=found.pk)
        record = consultation_record(plan)
        inst = plan.institution
        topics = list(
            MeetingTopic.objects.exclude(meeting__review_status=ReviewStatus.DRAFT)
            .filter(meeting__in=record.meeting_ids)
            .values("theme__name_tr", "theme__name_en")
            .annotate(n=Count("meeting", distinct=True))
            .order_by("-n", "theme__name_tr")[:15]
        )
        english = _locale().startswith("en")
        topic_chart = charts.with_narrow(
            lambda width: charts.bar_chart(
                [(t["theme__name_en"] if english else t["theme__name_tr"], t["n"]) for t in topics],
                title=_("Topics raised in the meetings"),
                unit="",
                locale=_locale(),
                width=width,
                headers=(_("Topic"), _("Meetings")),
            ),
            CHART_WIDTH,
        )
        heard_chart = charts.with_narrow(
            lambda width: charts.stacked_progress(
                len(record.districts_heard),
                record.districts_total,
                title=_("Institutions heard in the consultation"),
                done_label=_("heard"),
                remaining_label=_("not yet heard"),
                locale=_locale(),
                width=width,
            ),
            CHART_WIDTH,
        )
        province = inst.province_id
        scope = Q(district__province_id=province) if province else Q(pk__in=[])
        by_status = dict(
            Proposal.objects.filter(scope)
            .values_list("status")
            .annotate(n=Count("id"))
            .values_list("status", "n")
        )
        status_chart = charts.with_narrow(
            lambda width: charts.bar_chart(
                [(str(Status(s).label), by_status.get(s, 0)) for s in Status.values],
                title=_("What became of the proposals"),
                locale=_locale(),
                width=width,
                headers=(_("Status"), _("Proposals")),
            ),
            CHART_WIDTH,
        )
        public = list(
            Proposal.objects.filter(scope, is_public=True)
            .select_related("institution", "district")
            .order_by("-updated_at", "-id")[:PUBLIC_PROPOSALS_SHOWN]
        )
        return render_to_string(
            "portal/_consultation.html",
            {
                "plan": plan,
                "record": record,
                "topic_chart": topic_chart,
                "heard_chart": heard_chart,
                "status_chart": status_chart,
                "public": public,
                "public_total": Proposal.objects.filter(scope, is_public=True).count(),
            },
            request=request,
        )

    body = cached_fragment(request, "portal_consultation", CONSULTATION_DEPENDS, render_body)
    return render(request, "portal/page.html", {"plan": found, "body": body})
