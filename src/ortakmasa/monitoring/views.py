"""Monitoring pages: the plans being monitored, the office dashboard, an
indicator's values with the entry form, the office's review queue, a
value's record and evidence, the thresholds and the reports."""

from __future__ import annotations

import functools

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from ortakmasa.kernel.cache import Gen, cached_fragment
from ortakmasa.kernel.exports import attachment_response
from ortakmasa.kernel.history import describe_all
from ortakmasa.kernel.page_cache import cached_page
from ortakmasa.kernel.policy import (
    Action,
    allowed,
    require,
    visible,
)
from ortakmasa.lib import charts
from ortakmasa.monitoring import permissions as rules
from ortakmasa.monitoring import reports, services
from ortakmasa.monitoring.dashboard import goal_sections
from ortakmasa.monitoring.forms import DecisionForm, ThresholdForm, ValueForm
from ortakmasa.monitoring.models import (
    IndicatorValue,
    MonitoringSettings,
    ValueEvidence,
    ValueStatus,
)
from ortakmasa.monitoring.periods import is_closed
from ortakmasa.monitoring.prepared import page_year
from ortakmasa.monitoring.progress import (
    achievement_chart,
    thresholds_of,
)
from ortakmasa.plans import permissions as plan_rules
from ortakmasa.plans.models import Indicator, Plan

#: Wide enough for long goal titles on a desktop; the SVG scales down on phones.
CHART_WIDTH = 880
# The registry too: who may read a plan follows the reader's institution
# and the plan's, and the title falls back on the institution's name.
DEPENDS = (Gen.MONITORING, Gen.PLANS, Gen.REGISTRY)
STATUS_LABELS: dict[charts.Status, str] = {
    "achieved": _("achieved"),
    "acceptable": _("acceptable"),
    "not_achieved": _("not achieved"),
    "no_data": _("no data"),
}


def _labels() -> dict[charts.Status, str]:
    return {k: _(v) for k, v in STATUS_LABELS.items()}


def _readable_plan(request: HttpRequest, pk: int) -> Plan:
    plan = get_object_or_404(Plan.objects.select_related("institution"), pk=pk)
    require(request.user, Action.VIEW, plan)
    return plan


@login_required
def index(request: HttpRequest) -> HttpResponse:
    plans = list(
        visible(request.user, Plan.objects.filter(status__in=rules.MONITORED))
        .select_related("institution")
        .order_by("-start_year", "id")
    )
    mine: list[Indicator] = []
    if allowed(request.user, "enter_values"):
        mine = list(
            Indicator.objects.filter(rules.reporter_q(request.user))
            .filter(objective__goal__plan__status__in=rules.MONITORED)
            .select_related("objective__goal__plan", "objective__responsible_unit")
            .annotate(
                waiting=Count("values", filter=Q(values__status=ValueStatus.SUBMITTED)),
                returned=Count("values", filter=Q(values__status=ValueStatus.RETURNED)),
            )
            .order_by(
                "objective__goal__plan_id",
                "objective__goal__position",
                "objective__position",
                "position",
            )[:500]
        )
    return render(request, "monitoring/index.html", {"plans": plans, "mine": mine})


@login_required
@cached_page(*DEPENDS)
def dashboard(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _readable_plan(request, pk)
    can_review = rules.can_review(request.user, plan)

    def render_body() -> str:
        # The trend and the shown year are read from the stored figures.
        shown = page_year(plan, request.GET.get("year"), ["p"])
        years, result = shown.years, shown.result
        year = result.year
        loaded = result.plan
        labels = _labels()
        chart = functools.partial(
            achievement_chart,
            thresholds=result.thresholds,
            status_labels=labels,
            locale=get_language() or "tr",
            width=CHART_WIDTH,
        )
        goals_chart = chart(
            result.goals, title=_("Achievement of the goals in %(year)s") % {"year": year}
        )
        objectives_chart = chart(
            result.objectives,
            title=_("Achievement of the objectives in %(year)s") % {"year": year},
        )
        trend = charts.line_chart(
            {_("Whole plan"): years.series("p", loaded.pk)},
            [str(y) for y in years.years],
            title=_("Achievement of the plan by year"),
            unit="%",
            locale=get_language() or "tr",
            width=CHART_WIDTH,
        )
        counts = dict(
            IndicatorValue.objects.filter(indicator__objective__goal__plan=loaded)
            .values_list("status")
            .annotate(n=Count("id"))
            .values_list("status", "n")
        )
        return render_to_string(
            "monitoring/_dashboard.html",
            {
                "plan": loaded,
                "result": result,
                "year": year,
                "years": loaded.years,
                "goals_chart": goals_chart,
                "objectives_chart": objectives_chart,
                "trend": trend,
                "counts": counts,
                "can_review": can_review,
                "sections": goal_sections(
                    result, {**labels, "incomplete": _("incomplete")}, get_language() or "tr"
                ),
            },
            request=request,
        )

    body = cached_fragment(request, "monitoring_dashboard", DEPENDS, render_body)
    return render(
        request, "monitoring/dashboard.html", {"plan": plan, "body": body, "can_review": can_review}
    )


def _indicator(pk: int) -> Indicator:
    return get_object_or_404(
        Indicator.objects.select_related(
            "objective__goal__plan__institution", "objective__responsible_unit"
        ),
        pk=pk,
    )


@login_required
def indicator(request: HttpRequest, pk: int) -> HttpResponse:
    ind = _indicator(pk)
    plan = ind.objective.goal.plan
    require(request.user, Action.VIEW, plan)
    can_enter = rules.can_enter(request.user, ind)
    form = ValueForm(indicator=ind)
    if request.method == "POST":
        if not can_enter:
            raise PermissionDenied
        form = ValueForm(request.POST, request.FILES, indicator=ind)
        if form.is_valid():
            year, month = form.period_parts()
            try:
                services.enter_value(
                    ind,
                    request.user,
                    year=year,
                    end_month=month,
                    value=form.cleaned_data["value"],
                    explanation=form.cleaned_data["explanation"],
                    files=form.cleaned_data["evidence"],
                )
            except ValidationError as exc:
                for message in exc.messages:
                    form.add_error(None, message)
            else:
                messages.success(request, _("The value was saved and waits for approval."))
                return redirect("monitoring:indicator", pk=ind.pk)
    values = list(
        visible(request.user, IndicatorValue.objects.filter(indicator=ind))
        .select_related("entered_by", "reviewed_by")
        .prefetch_related("evidence")
        .order_by("year", "end_month")
    )
    approved = {(v.year, v.end_month): v for v in values if v.status == ValueStatus.APPROVED}
    years = plan.years
    latest = [
        max(
            (v for (y, _m), v in approved.items() if y == year),
            key=lambda v: v.end_month,
            default=None,
        )
        for year in years
    ]
    chart = charts.line_chart(
        {_("Approved value"): [float(v.value) if v else None for v in latest]},
        [str(y) for y in years],
        title=f"{ind.number} {ind.name}",
        targets=[
            float(t) if t is not None else None
            for t in (ind.target_for(i) for i in range(len(years)))
        ],
        unit=ind.unit,
        locale=get_language() or "tr",
        width=CHART_WIDTH,
    )
    thresholds = thresholds_of(plan)
    rows = []
    for v in values:
        rows.append((v, services.value_percent(v)))
    return render(
        request,
        "monitoring/indicator.html",
        {
            "indicator": ind,
            "plan": plan,
            "form": form,
            "can_enter": can_enter,
            "can_review": rules.can_review(request.user, plan),
            "rows": rows,
            "chart": chart,
            "thresholds": thresholds,
        },
    )


@login_required
def review(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _readable_plan(request, pk)
    if not rules.can_review(request.user, plan):
        raise PermissionDenied
    waiting = list(
        IndicatorValue.objects.filter(
            indicator__objective__goal__plan=plan, status=ValueStatus.SUBMITTED
        )
        .select_related(
            "indicator__objective__goal", "indicator__objective__responsible_unit", "entered_by"
        )
        .prefetch_related("evidence")
        .order_by(
            "year",
            "end_month",
            "indicator__objective__goal__position",
            "indicator__objective__position",
            "indicator__position",
        )[:300]
    )
    thresholds = thresholds_of(plan)
    rows = []
    for v in waiting:
        v.indicator.objective.goal.plan = plan
        percent = services.value_percent(v)
        rows.append((v, percent, services.explanation_problem(v, thresholds)))
    return render(
        request,
        "monitoring/review.html",
        {"plan": plan, "rows": rows, "thresholds": thresholds, "form": DecisionForm()},
    )


@login_required
def decide(request: HttpRequest, pk: int) -> HttpResponse:
    value = get_object_or_404(
        IndicatorValue.objects.select_related("indicator__objective__goal__plan__institution"),
        pk=pk,
    )
    plan = value.indicator.objective.goal.plan
    if not rules.can_review(request.user, plan):
        raise PermissionDenied
    if request.method != "POST":
        return redirect("monitoring:value", pk=value.pk)
    form = DecisionForm(request.POST)
    if form.is_valid():
        try:
            if form.cleaned_data["decision"] == "approve":
                services.approve(value, request.user)
                messages.success(request, _("The value was approved."))
            else:
                services.return_value(value, request.user, form.cleaned_data["reason"])
                messages.success(request, _("The value was returned to its unit."))
        except ValidationError as exc:
            for message in exc.messages:
                messages.error(request, message)
    nxt = request.POST.get("next", "")
    if nxt.startswith("/monitoring/"):
        return redirect(nxt)
    return redirect("monitoring:review", pk=plan.pk)


#: What the permission rule reads of a value (its plan's institution, its
#: objective's unit), loaded with it.
VALUE_RULE_READS = (
    "indicator__objective__goal__plan__institution",
    "indicator__objective__responsible_unit",
)


@login_required
def value_detail(request: HttpRequest, pk: int) -> HttpResponse:
    value = get_object_or_404(
        IndicatorValue.objects.select_related(*VALUE_RULE_READS, "entered_by", "reviewed_by"),
        pk=pk,
    )
    require(request.user, Action.VIEW, value)
    plan = value.indicator.objective.goal.plan
    can_history = rules.reports_for(
        request.user, value.indicator.objective.responsible_unit
    ) or rules.can_review(request.user, plan)
    return render(
        request,
        "monitoring/value.html",
        {
            "value": value,
            "plan": plan,
            "percent": services.value_percent(value),
            "events": describe_all(value.events.select_related("user")) if can_history else [],
            "evidence": list(value.evidence.all()) if can_history else [],
            "can_review": rules.can_review(request.user, plan),
            "form": DecisionForm(),
        },
    )


@login_required
def evidence(request: HttpRequest, pk: int) -> FileResponse:
    item = get_object_or_404(
        ValueEvidence.objects.select_related(*(f"value__{r}" for r in VALUE_RULE_READS)),
        pk=pk,
    )
    require(request.user, Action.VIEW, item)
    return item.download()


@login_required
def settings_view(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _readable_plan(request, pk)
    if not rules.can_review(request.user, plan):
        raise PermissionDenied
    achieved_at, acceptable_at = thresholds_of(plan)
    form = ThresholdForm(initial={"achieved_at": achieved_at, "acceptable_at": acceptable_at})
    if request.method == "POST":
        form = ThresholdForm(request.POST)
        if form.is_valid():
            services.set_thresholds(
                plan,
                request.user,
                form.cleaned_data["achieved_at"],
                form.cleaned_data["acceptable_at"],
            )
            messages.success(request, _("The thresholds were saved."))
            return redirect("monitoring:dashboard", pk=plan.pk)
    settings_row = MonitoringSettings.objects.filter(plan=plan).select_related("updated_by").first()
    return render(
        request, "monitoring/settings.html", {"plan": plan, "form": form, "settings": settings_row}
    )


def report(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """A report file; readable by whoever reads the plan (the public, once
    the plan is published)."""
    plan = get_object_or_404(Plan.objects.select_related("institution"), pk=pk)
    if not plan_rules.can_read(request.user, plan):
        if not request.user.is_authenticated:
            return redirect(f"/accounts/login/?next={request.get_full_path()}")
        raise PermissionDenied
    if fmt not in reports.CONTENT_TYPES:
        raise Http404
    kind = request.GET.get("kind", reports.EVALUATION)
    try:
        year = int(request.GET.get("year", plan.start_year))
        half = int(request.GET.get("half", 2))
    except ValueError as exc:
        raise Http404 from exc
    if kind not in reports.KINDS or year not in plan.years or half not in (1, 2):
        raise Http404
    if not is_closed(year, half if kind == reports.MONITORING else 0):
        # A report of a period that has not ended would judge it too early.
        return render(
            request,
            "monitoring/report_refused.html",
            {
                "plan": plan,
                "messages_list": [
                    _("Reports are written only for closed periods; this period has not ended yet.")
                ],
            },
            status=409,
        )
    try:
        content, content_type, name = reports.export(plan.pk, kind, year, half, fmt)
    except ValidationError as exc:
        return render(
            request,
            "monitoring/report_refused.html",
            {"plan": plan, "messages_list": exc.messages},
            status=409,
        )
    return attachment_response(content, content_type, name)
