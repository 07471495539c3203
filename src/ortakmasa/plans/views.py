"""Plan pages: list, overview with the checks, the text parts, the outline
editor (goals → objectives → indicators), the objective card, the
situation-analysis tables (SWOT and PESTLE among them), traceability,
status, versions and their differences, the change record, comments and
the Word/PDF/Excel files."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.forms import ModelForm
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ortakmasa.kernel.exports import attachment_response
from ortakmasa.kernel.history import describe_all
from ortakmasa.kernel.policy import Action, can, require, visible
from ortakmasa.lib.params import as_id, is_id
from ortakmasa.lib.turkish import search_terms, stemmed_search_text, upper
from ortakmasa.plans import checks, exports, forms, services, trace, tree
from ortakmasa.plans.models import (
    Goal,
    Indicator,
    Objective,
    Plan,
    PlanChange,
    PlanComment,
    PlanVersion,
)
from ortakmasa.proposals.models import Proposal


def _plan(request: HttpRequest, pk: int, action: Action = Action.VIEW) -> Plan:
    plan = get_object_or_404(Plan.objects.select_related("institution"), pk=pk)
    require(request.user, action, plan)
    return plan


def _loaded(request: HttpRequest, pk: int, action: Action = Action.VIEW) -> Plan:
    try:
        plan = tree.load(pk)
    except Plan.DoesNotExist as exc:
        raise Http404 from exc
    require(request.user, action, plan)
    return plan


def _errors(request: HttpRequest, exc: ValidationError) -> None:
    for message in exc.messages:
        messages.error(request, message)


#: Objectives offered by the picker at once.
SUGGEST_LIMIT = 10


def objective_matches(objectives: Any, query: str) -> list[Any]:
    """``objectives`` (with ``goal__plan`` loaded) whose number starts with
    what is typed ("h2.1", "H2") or whose title holds every word of it,
    Turkish-aware and by stem; numbers first."""
    q = query.strip()
    if not q:
        return []
    number = upper(q.replace(" ", ""))
    terms = search_terms(q)
    by_number, by_title = [], []
    for objective in objectives:
        if objective.number.startswith(number):
            by_number.append(objective)
        elif terms:
            key = stemmed_search_text(objective.title)
            if all(any(form in key for form in forms) for forms in terms):
                by_title.append(objective)
    return by_number + by_title


def objective_suggest(request: HttpRequest) -> JsonResponse:
    """Objectives of the plans the user may read, for the plan-objective
    picker (``proposals.forms.ObjectiveField``): ``[{"id", "name",
    "detail"}]``, the name led by the objective's current number."""
    q = request.GET.get("q", "").strip()[:200]
    results: list[dict[str, object]] = []
    if len(q) >= 2:
        plans = visible(request.user, Plan.objects.all())
        objectives = (
            Objective.objects.filter(goal__plan__in=plans)
            .select_related("goal__plan")
            .order_by("goal__plan_id", "goal__position", "position")
        )
        for objective in objective_matches(objectives, q)[:SUGGEST_LIMIT]:
            results.append(
                {"id": objective.pk, "name": str(objective), "detail": str(objective.goal.plan)}
            )
    return JsonResponse({"results": results})


def plan_list(request: HttpRequest) -> HttpResponse:
    plans = visible(request.user, Plan.objects.select_related("institution")).order_by(
        "-start_year", "institution__sort_key", "id"
    )
    return render(
        request,
        "plans/list.html",
        {"plans": plans, "can_add": can(request.user, Action.ADD, Plan)},
    )


@login_required
def plan_create(request: HttpRequest) -> HttpResponse:
    require(request.user, Action.ADD, Plan)
    form = forms.PlanCreateForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        plan = form.save(commit=False)
        require(request.user, Action.CHANGE, plan)
        with transaction.atomic():
            plan.created_by = request.user
            plan.save()
            services.record(plan, request.user, "created", plan.display_title)
        return redirect(plan)
    return render(request, "plans/form.html", {"form": form, "title": _("New strategic plan")})


def plan_detail(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _loaded(request, pk)
    manage = can(request.user, Action.CHANGE, plan)
    context: dict[str, Any] = {
        "plan": plan,
        "can_manage": manage,
        "problems": checks.run_checks(plan) if manage and plan.is_editable else [],
        "comments": PlanComment.objects.filter(plan=plan, objective=None).select_related("user"),
        "comment_form": forms.CommentForm() if request.user.is_authenticated else None,
        "tables": [(kind, title) for kind, (_m, _f, title) in forms.TABLES.items()],
    }
    return render(request, "plans/detail.html", context)


@login_required
def plan_edit(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk, Action.CHANGE)
    form = forms.PlanTextForm(request.POST or None, instance=plan)
    return _part_page(request, plan, form, _("Texts of the plan"), plan.get_absolute_url())


def _part_page(
    request: HttpRequest,
    plan: Plan,
    form: ModelForm[Any],
    title: str,
    done: str,
    *,
    say_saved: bool = True,
) -> HttpResponse:
    """The edit page of the plan or one of its parts (``form.instance``): a
    valid form is saved with its history, then the user goes to ``done``."""
    before = services.field_values(form.instance)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_part(plan, request.user, form.save(commit=False), before)
        except ValidationError as exc:
            _errors(request, exc)
        else:
            if say_saved:
                messages.success(request, _("Saved."))
            return redirect(done)
    return render(request, "plans/form.html", {"form": form, "plan": plan, "title": title})


def _outline_item(op: str, pk: int) -> Goal | Objective | Indicator:
    if op == "goal":
        return get_object_or_404(Goal, pk=pk)
    if op == "objective":
        return get_object_or_404(Objective, pk=pk)
    if op == "indicator":
        return get_object_or_404(Indicator, pk=pk)
    raise Http404


@login_required
def outline(request: HttpRequest, pk: int) -> HttpResponse:
    """The goals → objectives → indicators tree; POST adds, moves or deletes
    (``op``: add_goal, add_objective, add_indicator, up, down, delete)."""
    plan = _plan(request, pk, Action.CHANGE)
    if request.method == "POST":
        op = request.POST.get("op", "")
        title = request.POST.get("title", "").strip()
        target = request.POST.get("target", "")
        kind, _sep, raw_id = target.partition(":")
        try:
            if op == "add_goal":
                if not title:
                    raise ValidationError(_("Write the goal."))
                services.add_goal(plan, request.user, title)
            elif op in ("add_objective", "add_indicator", "up", "down", "delete"):
                if not is_id(raw_id):
                    raise Http404
                item = _outline_item(kind, int(raw_id))
                if services.plan_of(item).pk != plan.pk:
                    raise Http404
                if op == "add_objective" and isinstance(item, Goal):
                    if not title:
                        raise ValidationError(_("Write the objective."))
                    services.add_objective(item, request.user, title)
                elif op == "add_indicator" and isinstance(item, Objective):
                    if not title:
                        raise ValidationError(_("Write the indicator."))
                    services.add_indicator(item, request.user, title)
                elif op in ("up", "down"):
                    services.move(item, request.user, -1 if op == "up" else 1)
                elif op == "delete":
                    services.delete(item, request.user)
                else:
                    raise Http404
            else:
                raise Http404
        except ValidationError as exc:
            _errors(request, exc)
        return redirect(reverse("plans:outline", args=[plan.pk]))
    return render(request, "plans/outline.html", {"plan": tree.load(plan.pk)})


@login_required
def goal_edit(request: HttpRequest, pk: int) -> HttpResponse:
    goal = get_object_or_404(Goal.objects.select_related("plan__institution"), pk=pk)
    plan = goal.plan
    require(request.user, Action.CHANGE, plan)
    form = forms.GoalForm(request.POST or None, instance=goal)
    outline_url = reverse("plans:outline", args=[plan.pk])
    return _part_page(request, plan, form, str(goal), outline_url, say_saved=False)


@login_required
def objective_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """The objective card: its fields, its indicators, the proposals it
    answers (POST ``op=accept`` marks them accepted), and comments."""
    objective = get_object_or_404(
        Objective.objects.select_related("goal__plan__institution", "responsible_unit"), pk=pk
    )
    plan = objective.goal.plan
    require(request.user, Action.VIEW, plan)
    manage = can(request.user, Action.CHANGE, plan)
    form = forms.ObjectiveForm(request.POST or None, instance=objective, plan=plan)
    if request.method == "POST":
        if request.POST.get("op") == "comment":
            require(request.user, Action.ADD, PlanComment(plan=plan))
            comment = forms.CommentForm(request.POST)
            if comment.is_valid():
                PlanComment.objects.create(
                    plan=plan,
                    objective=objective,
                    user=request.user,  # type: ignore[misc]
                    text=comment.cleaned_data["text"],
                )
            return redirect(objective)
        require(request.user, Action.CHANGE, plan)
        if request.POST.get("op") == "unlink":
            target = get_object_or_404(Proposal, pk=request.POST.get("proposal") or 0)
            try:
                services.unlink_proposal(
                    objective, target, request.user, request.POST.get("reason", "")
                )
            except ValidationError as exc:
                _errors(request, exc)
            else:
                messages.success(request, _("The proposal was unlinked from this objective."))
            return redirect(objective)
        if request.POST.get("op") == "accept":
            count = services.accept_proposals(
                objective, request.user, request.POST.get("reason", "")
            )
            messages.success(
                request,
                _("%(count)d proposals marked as accepted into this objective.") % {"count": count},
            )
            return redirect(objective)
        before = services.field_values(objective)
        if form.is_valid():
            try:
                with transaction.atomic():
                    services.save_part(plan, request.user, form.save(commit=False), before)
                    form.save_m2m()
            except ValidationError as exc:
                _errors(request, exc)
            else:
                messages.success(request, _("Saved."))
                return redirect(objective)
    return render(
        request,
        "plans/objective.html",
        {
            "plan": plan,
            "objective": objective,
            "form": form if manage else None,
            "can_manage": manage,
            "indicators": objective.indicators.select_related("objective__goal"),
            "to_accept": services.proposals_to_accept(objective),
            "answered": objective.accepted_proposals.select_related("institution").order_by("id"),
            "linked_clusters": _clusters_with_access(request, objective),
            "comments": objective.comments.select_related("user"),
            "comment_form": forms.CommentForm(),
        },
    )


def _clusters_with_access(request: HttpRequest, objective: Objective) -> list[tuple[Any, bool]]:
    """The objective's clusters, each with whether the user may open its page
    (a cluster is the planners' working material: others see its name only)."""
    readable = set(visible(request.user, objective.clusters.all()).values_list("pk", flat=True))
    return [(c, c.pk in readable) for c in objective.clusters.order_by("id")]


@login_required
def indicator_edit(request: HttpRequest, pk: int) -> HttpResponse:
    indicator = get_object_or_404(
        Indicator.objects.select_related("objective__goal__plan__institution"), pk=pk
    )
    plan = indicator.objective.goal.plan
    require(request.user, Action.CHANGE, plan)
    form = forms.IndicatorForm(request.POST or None, instance=indicator, plan=plan)
    done = indicator.objective.get_absolute_url()
    return _part_page(request, plan, form, str(indicator), done)


@login_required
def table(request: HttpRequest, pk: int, kind: str) -> HttpResponse:
    """One table of the situation analysis, edited as a whole."""
    if kind not in forms.TABLES:
        raise Http404
    plan = _plan(request, pk, Action.CHANGE)
    formset = forms.table_formset(kind, plan, request.POST or None)
    if request.method == "POST" and formset.is_valid():
        try:
            with transaction.atomic():
                services.require_editable(request.user, plan)
                saved = formset.save(commit=False)
                for obj in formset.deleted_objects:
                    obj.delete()
                for obj in saved:
                    obj.plan = plan
                    obj.save()
                model = forms.TABLES[kind][0]
                services.renumber(model.objects.filter(plan=plan))
                services.record(
                    plan,
                    request.user,
                    "changed",
                    str(forms.TABLES[kind][2]),
                    {"rows": [None, model.objects.filter(plan=plan).count()]},
                )
        except ValidationError as exc:
            _errors(request, exc)
        else:
            messages.success(request, _("Saved."))
            return redirect(reverse("plans:table", args=[plan.pk, kind]))
    return render(
        request,
        "plans/table.html",
        {"plan": plan, "formset": formset, "kind": kind, "title": forms.TABLES[kind][2]},
    )


def trace_view(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _loaded(request, pk)
    return render(
        request,
        "plans/trace.html",
        {
            "plan": plan,
            "trace": trace.build(plan),
            "record": trace.consultation(plan),
        },
    )


@login_required
def status(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _loaded(request, pk, Action.CHANGE)
    form = forms.StatusForm(request.POST or None, plan=plan)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.change_status(
                plan,
                request.user,
                data["status"],
                approval_date=data.get("approval_date"),
                decision_number=data.get("decision_number") or "",
                note=data.get("note") or "",
            )
        except ValidationError as exc:
            form.add_error(None, _("The status was not changed:"))
            for message in exc.messages:
                form.add_error(None, message)
        else:
            messages.success(request, _("The status was changed and a version was kept."))
            return redirect(plan)
    return render(
        request,
        "plans/status.html",
        {
            "plan": plan,
            "form": form,
            "problems": checks.run_checks(plan) if plan.is_editable else [],
        },
    )


@login_required
def versions(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk)
    require(request.user, Action.VIEW, PlanVersion(plan=plan))
    form = forms.VersionForm(request.POST or None)
    if request.method == "POST":
        require(request.user, Action.CHANGE, plan)
        if form.is_valid():
            services.create_version(plan, request.user, form.cleaned_data["label"])
            messages.success(request, _("A version was kept."))
            return redirect(reverse("plans:versions", args=[plan.pk]))
    rows = plan.versions.select_related("created_by").defer("data")
    return render(
        request,
        "plans/versions.html",
        {
            "plan": plan,
            "versions": rows,
            "form": form,
            "can_manage": can(request.user, Action.CHANGE, plan),
        },
    )


@login_required
def version_diff(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk)
    require(request.user, Action.VIEW, PlanVersion(plan=plan))
    numbers = plan.versions.values_list("number", flat=True)
    a_id, b_id = as_id(request.GET.get("a", "0")), as_id(request.GET.get("b", "0"))
    if a_id is None or b_id is None:
        raise Http404
    a, b = a_id, b_id
    if not a or not b:
        listed = list(numbers[:2])
        if len(listed) < 2:
            messages.info(request, _("Keep at least two versions to compare them."))
            return redirect(reverse("plans:versions", args=[plan.pk]))
        b, a = listed[0], listed[1]
    old = get_object_or_404(PlanVersion, plan=plan, number=a)
    new = get_object_or_404(PlanVersion, plan=plan, number=b)
    return render(
        request,
        "plans/diff.html",
        {"plan": plan, "old": old, "new": new, "rows": services.diff_versions(old.data, new.data)},
    )


@login_required
def history(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk)
    require(request.user, Action.VIEW, PlanChange(plan=plan))
    rows = describe_all(plan.changes.select_related("user")[:500])
    return render(request, "plans/history.html", {"plan": plan, "changes": rows})


@login_required
@require_POST
def comment(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk)
    require(request.user, Action.ADD, PlanComment(plan=plan))
    form = forms.CommentForm(request.POST)
    if form.is_valid():
        PlanComment.objects.create(
            plan=plan,
            user=request.user,  # type: ignore[misc]
            text=form.cleaned_data["text"],
            part=request.POST.get("part", "")[:40],
        )
        messages.success(request, _("Your comment was added."))
    else:
        messages.error(request, _("Write a comment first."))
    return redirect(plan)


def export(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    if fmt not in exports.WRITERS:
        raise Http404
    plan = _plan(request, pk)
    return attachment_response(*exports.export(plan.pk, fmt))
