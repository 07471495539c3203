"""The cycle's pages: a plan's programmes, activity reports, board
meetings, issued reports and updates; the office records meetings and
issues reports; the documents as Word/PDF/Excel."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from ortakmasa.cycle import exports, services
from ortakmasa.cycle import permissions as rules
from ortakmasa.cycle.forms import (
    ActivityFormSet,
    ActivityReportForm,
    EvaluationForm,
    IssueForm,
    MeetingForm,
    PlanUpdateForm,
    ProgrammeForm,
    ResourceFormSet,
    SpendingFormSet,
)
from ortakmasa.cycle.models import (
    ActivityReport,
    BoardMeeting,
    CycleChange,
    IssuedReport,
    ObjectiveEvaluation,
    PerformanceProgramme,
    PlanUpdate,
)
from ortakmasa.kernel.exports import attachment_response
from ortakmasa.kernel.files import download
from ortakmasa.kernel.history import ChangeRecord, describe_all
from ortakmasa.kernel.policy import Action, can, require
from ortakmasa.monitoring import permissions as monitoring_rules
from ortakmasa.monitoring.periods import PeriodNotClosed
from ortakmasa.monitoring.progress import load_plan
from ortakmasa.plans import permissions as plan_rules
from ortakmasa.plans.document import number
from ortakmasa.plans.models import Objective, Plan, PlanVersion


def _readable(request: HttpRequest, pk: int) -> Plan:
    plan = get_object_or_404(Plan.objects.select_related("institution"), pk=pk)
    if not plan_rules.can_read(request.user, plan):
        if not request.user.is_authenticated:
            raise _Login
        raise PermissionDenied
    return plan


class _Login(Exception):
    pass


def _login(request: HttpRequest) -> HttpResponse:
    return redirect(f"/accounts/login/?next={request.get_full_path()}")


def _not_closed(exc: ValidationError) -> str:
    del exc
    return _("Reports are written only for closed periods; this period has not ended yet.")


def plan(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        found = _readable(request, pk)
    except _Login:
        return _login(request)
    can_manage = rules.can_manage(request.user, found)
    return render(
        request,
        "cycle/plan.html",
        {
            "plan": found,
            "programmes": PerformanceProgramme.objects.filter(plan=found).prefetch_related(
                "activities"
            ),
            "activity_reports": ActivityReport.objects.filter(plan=found),
            "meetings": BoardMeeting.objects.filter(plan=found),
            "issued": IssuedReport.objects.filter(plan=found).select_related("meeting"),
            "updates": PlanUpdate.objects.filter(plan=found),
            "objectives": Objective.objects.filter(goal__plan=found)
            .select_related("goal")
            .order_by("goal__position", "position"),
            "can_manage": can_manage,
            "meeting_form": MeetingForm(),
            "issue_form": IssueForm(plan_pk=found.pk),
        },
    )


def meeting(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        found = _manageable(request, pk)
    except _Login:
        return _login(request)
    if request.method == "POST":
        form = MeetingForm(request.POST)
        if form.is_valid():
            try:
                services.record_meeting(found, request.user, **form.cleaned_data)
            except ValidationError as exc:
                for message in exc.messages:
                    messages.error(request, message)
            else:
                messages.success(request, _("The board meeting was recorded."))
        else:
            messages.error(request, _("Check the meeting's date, members and decision number."))
    return redirect("cycle:plan", pk=found.pk)


def issue(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        found = _manageable(request, pk)
    except _Login:
        return _login(request)
    if request.method == "POST":
        form = IssueForm(request.POST, plan_pk=found.pk)
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.issue(
                    found,
                    request.user,
                    kind=data["kind"],
                    year=data["year"],
                    half=int(data.get("half") or 0),
                    meeting=data["meeting"],
                )
            except PeriodNotClosed as exc:
                messages.error(request, _not_closed(exc))
            except ValidationError as exc:
                for message in exc.messages:
                    messages.error(request, message)
            else:
                messages.success(request, _("The report was issued."))
        else:
            messages.error(request, _("Choose the report, the year and the board meeting."))
    return redirect("cycle:plan", pk=found.pk)


def issued_file(request: HttpRequest, pk: int, fmt: str) -> HttpResponse | FileResponse:
    report = get_object_or_404(IssuedReport.objects.select_related("plan__institution"), pk=pk)
    if not plan_rules.can_read(request.user, report.plan):
        if not request.user.is_authenticated:
            return _login(request)
        raise PermissionDenied
    if fmt == "docx":
        return download(report.docx)
    if fmt == "pdf":
        return download(report.pdf)
    raise Http404


def document(request: HttpRequest, pk: int, kind: str, year: int, fmt: str) -> HttpResponse:
    try:
        found = _readable(request, pk)
    except _Login:
        return _login(request)
    if kind not in ("programme", "activity") or fmt not in exports.CONTENT_TYPES:
        raise Http404
    if fmt == "xlsx" and kind != "programme":
        raise Http404
    try:
        content = exports.produce(kind, found.pk, year, fmt)
    except ObjectDoesNotExist as exc:
        raise Http404 from exc
    except PeriodNotClosed as exc:
        return HttpResponse(_not_closed(exc), status=409, content_type="text/plain")
    name = exports.filename(kind, found.institution.short_name or found.institution.name, year, fmt)
    return attachment_response(content, exports.CONTENT_TYPES[fmt], name)


def update(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(PlanUpdate.objects.select_related("plan__institution"), pk=pk)
    if not plan_rules.can_read(request.user, item.plan):
        if not request.user.is_authenticated:
            return _login(request)
        raise PermissionDenied
    require(request.user, Action.VIEW, item)
    can_versions = item.version_before is not None and can(
        request.user, Action.VIEW, PlanVersion(plan=item.plan)
    )
    return render(
        request,
        "cycle/update.html",
        {"update": item, "plan": item.plan, "can_versions": can_versions},
    )


def evaluation(request: HttpRequest, pk: int, year: int) -> HttpResponse:
    """The responsible unit's (or the office's) written evaluation of an
    objective for a year: relevance, effectiveness, efficiency, impact,
    sustainability."""
    objective = get_object_or_404(
        Objective.objects.select_related("goal__plan__institution", "responsible_unit"), pk=pk
    )
    found = objective.goal.plan
    if not plan_rules.can_read(request.user, found):
        if not request.user.is_authenticated:
            return _login(request)
        raise PermissionDenied
    if year not in found.years:
        raise Http404
    item = ObjectiveEvaluation.objects.filter(objective=objective, year=year).first()
    can_write = rules.can_manage(request.user, found) or monitoring_rules.reports_for(
        request.user, objective.responsible_unit
    )
    form = EvaluationForm(instance=item)
    if request.method == "POST":
        if not can_write:
            raise PermissionDenied
        form = EvaluationForm(request.POST, instance=item)
        if form.is_valid():
            saved = form.save(commit=False)
            saved.objective, saved.year = objective, year
            saved.written_by = request.user if request.user.is_authenticated else None
            saved.save()
            messages.success(request, _("The evaluation was saved."))
            return redirect("cycle:evaluation", pk=objective.pk, year=year)
    return render(
        request,
        "cycle/evaluation.html",
        {
            "objective": objective,
            "plan": found,
            "year": year,
            "form": form,
            "item": item,
            "can_write": can_write,
        },
    )


def _manageable(request: HttpRequest, pk: int) -> Plan:
    found = _readable(request, pk)
    if not rules.can_manage(request.user, found):
        raise PermissionDenied
    return found


def _history(**where: object) -> list[ChangeRecord]:
    return describe_all(CycleChange.objects.filter(**where).select_related("user")[:200])


#: A yearly document the plan's managers write: its page takes the plan and
#: the document (None for a new one).
Doc = TypeVar("Doc", PerformanceProgramme, ActivityReport)


def _new_and_edit(
    model: type[Doc], page: Callable[[HttpRequest, Plan, Doc | None], HttpResponse]
) -> tuple[Callable[[HttpRequest, int], HttpResponse], Callable[[HttpRequest, int], HttpResponse]]:
    """The two views of a yearly document the plan's managers write: a new
    one for plan ``pk`` and the document ``pk``; ``page`` shows and saves it."""

    def new(request: HttpRequest, pk: int) -> HttpResponse:
        try:
            found = _manageable(request, pk)
        except _Login:
            return _login(request)
        return page(request, found, None)

    def edit(request: HttpRequest, pk: int) -> HttpResponse:
        item = get_object_or_404(model.objects.select_related("plan__institution"), pk=pk)
        try:
            found = _manageable(request, item.plan_id)
        except _Login:
            return _login(request)
        return page(request, found, item)

    return new, edit


def _form_page(
    request: HttpRequest,
    found: Plan,
    kind: str,
    item: PerformanceProgramme | ActivityReport | None,
    **parts: object,
) -> HttpResponse:
    """A yearly document's form (``cycle/<kind>_form.html``) with its plan
    and the document's history; ``kind`` names the document in the
    template, its context and the history."""
    return render(
        request,
        f"cycle/{kind}_form.html",
        {
            "plan": found,
            kind: item,
            "doc": item,
            **parts,
            "changes": _history(**{kind: item}) if item else [],
        },
    )


def _saved(
    request: HttpRequest, saved: PerformanceProgramme | ActivityReport, message: str, edit: str
) -> HttpResponse:
    """Back to the saved document's edit page, warning when its dates fall
    outside its year."""
    messages.success(request, message)
    if saved.date_warning:
        messages.warning(request, saved.date_warning)
    return redirect(edit, pk=saved.pk)


def _programme_page(
    request: HttpRequest, found: Plan, item: PerformanceProgramme | None
) -> HttpResponse:
    data = request.POST if request.method == "POST" else None
    instance = item or PerformanceProgramme(plan=found)
    form = ProgrammeForm(data, instance=instance, plan=found)
    activities = ActivityFormSet(data, instance=instance, plan=found, prefix="activities")
    resources = ResourceFormSet(data, instance=instance, prefix="resources")
    if data is not None:
        if form.is_valid() and activities.is_valid() and resources.is_valid():
            saved = services.save_programme(found, request.user, form, activities, resources)
            return _saved(
                request, saved, _("The performance programme was saved."), "cycle:programme_edit"
            )
        messages.error(request, _("The programme was not saved; check the marked fields."))
    return _form_page(
        request, found, "programme", item, form=form, activities=activities, resources=resources
    )


programme_new, programme_edit = _new_and_edit(PerformanceProgramme, _programme_page)


def _report_page(request: HttpRequest, found: Plan, item: ActivityReport | None) -> HttpResponse:
    data = request.POST if request.method == "POST" else None
    form = ActivityReportForm(data, instance=item or ActivityReport(plan=found), plan=found)
    programme = (
        PerformanceProgramme.objects.filter(plan=found, year=item.year).first() if item else None
    )
    spending = (
        SpendingFormSet(
            data,
            queryset=programme.activities.select_related("objective__goal"),
            prefix="spending",
        )
        if programme
        else None
    )
    if data is not None:
        if form.is_valid() and (spending is None or spending.is_valid()):
            saved = services.save_activity_report(found, request.user, form, spending)
            return _saved(request, saved, _("The activity report was saved."), "cycle:report_edit")
        messages.error(request, _("The report was not saved; check the marked fields."))
    return _form_page(
        request, found, "report", item, programme=programme, form=form, spending=spending
    )


report_new, report_edit = _new_and_edit(ActivityReport, _report_page)


def _number(text: str) -> float | None:
    text = text.strip().replace(" ", "")
    if not text:
        return None
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    value = float(text)  # ValueError for anything else
    return int(value) if value.is_integer() else value


def update_new(request: HttpRequest, pk: int) -> HttpResponse:
    """An update from the plan's second year: the remaining years' targets,
    indicators' names and objectives' titles, with the reason and approval."""
    try:
        found = _manageable(request, pk)
    except _Login:
        return _login(request)
    tree = load_plan(found.pk)
    form = PlanUpdateForm(request.POST or None, plan=found)
    year = found.start_year + 1
    if request.method == "POST" and form.is_valid():
        year = form.cleaned_data["year"]
    index = year - found.start_year
    errors: list[str] = []
    targets: dict[int, list[float | None]] = {}
    names: dict[int, str] = {}
    titles: dict[int, str] = {}
    rows = []
    for goal in tree.goals.all():
        for objective in goal.objectives.all():
            key = f"title-{objective.pk}"
            if request.method == "POST":
                titles[objective.pk] = request.POST.get(key, objective.title)
            indicators = []
            for ind in objective.indicators.all():
                cells = []
                new: list[float | None] = []
                for y_index, y in enumerate(found.years):
                    name = f"t-{ind.pk}-{y}"
                    old = ind.targets[y_index] if y_index < len(ind.targets) else None
                    shown = request.POST.get(name, "") if request.method == "POST" else ""
                    if shown == "" and request.method != "POST":
                        shown = number(old) if old not in (None, "") else ""
                    cells.append(
                        {"name": name, "year": y, "value": shown, "open": y_index >= index}
                    )
                    if request.method == "POST" and y_index >= index:
                        try:
                            new.append(_number(shown))
                        except ValueError:
                            errors.append(
                                _("%(number)s %(year)s: the target is not a number.")
                                % {"number": ind.number, "year": y}
                            )
                            new.append(None)
                if request.method == "POST":
                    targets[ind.pk] = new
                    names[ind.pk] = request.POST.get(f"name-{ind.pk}", ind.name)
                indicators.append({"indicator": ind, "cells": cells})
            rows.append({"objective": objective, "indicators": indicators})
    if request.method == "POST" and form.is_valid() and not errors:
        try:
            # The form's fields are the update's year, reason and approval.
            made = services.update_plan(
                found,
                request.user,
                targets=targets,
                names=names,
                titles=titles,
                **form.cleaned_data,
            )
        except ValidationError as exc:
            errors.append(_update_error(exc))
        else:
            messages.success(request, _("The plan was updated."))
            return redirect("cycle:update", pk=made.pk)
    for error in errors:
        messages.error(request, error)
    return render(
        request,
        "cycle/update_form.html",
        {"plan": found, "form": form, "rows": rows, "years": found.years, "year": year},
    )


def _update_error(exc: ValidationError) -> str:
    text = " ".join(exc.messages)
    if "already updated" in text:
        return _(
            "A figure may be updated once in the plan's period; these were updated already: "
            "%(list)s"
        ) % {"list": text.split(": ", 1)[-1]}
    if "changes nothing" in text:
        return _("The update changes nothing.")
    return _("The update was refused: check the year, the reason and the decision number.")
