"""Pages of the survey builder (strategy office), of answering (anyone
with the link) and of citizens' proposals (portal and moderation)."""

from __future__ import annotations

import functools
import json
import secrets
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ortakmasa.kernel.exports import LIST_TYPES, attachment_response
from ortakmasa.kernel.files import download
from ortakmasa.kernel.listing import list_page
from ortakmasa.kernel.policy import Action, can, require, visible
from ortakmasa.proposals.models import Proposal
from ortakmasa.registry.models import District, Institution, InstitutionKind, Person
from ortakmasa.surveys import answering, citizens, exports, personal, results
from ortakmasa.surveys.answering import AnswerRefused, Respondent
from ortakmasa.surveys.forms import (
    CitizenProposalForm,
    ModerationForm,
    PersonalDataForm,
    QuestionForm,
    SectionForm,
    SupportForm,
    SurveyForm,
)
from ortakmasa.surveys.models import (
    Audience,
    CitizenProposal,
    CitizenStatus,
    Invitation,
    Kind,
    Question,
    Response,
    ResponseStatus,
    StaffLink,
    Survey,
)
from ortakmasa.surveys.permissions import PUBLISHED_CITIZEN, manages_survey, moderates
from ortakmasa.surveys.queries import open_public_surveys

SESSION_DRAFTS = "surveys_drafts"


# ---------------------------------------------------------------------------
# The strategy office: building surveys


def _office(request: HttpRequest) -> None:
    if not manages_survey(request.user, None):
        raise PermissionDenied


def _managed(request: HttpRequest, pk: int) -> Survey:
    _office(request)
    survey = get_object_or_404(Survey.objects.select_related("owner"), pk=pk)
    if not manages_survey(request.user, survey):
        raise Http404
    return survey


@login_required
def survey_list(request: HttpRequest) -> HttpResponse:
    _office(request)
    surveys = [
        s
        for s in visible(request.user, Survey.objects.select_related("owner"))
        if manages_survey(request.user, s)
    ]
    return render(request, "surveys/list.html", {"surveys": surveys})


@login_required
def survey_create(request: HttpRequest) -> HttpResponse:
    _office(request)
    form = SurveyForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        survey = form.save(commit=False)
        survey.created_by = request.user
        require(request.user, Action.ADD, survey)
        with transaction.atomic():
            survey.save()
            survey.sections.create(title=_("General"), position=1)
        return redirect(survey)
    return render(request, "surveys/survey_form.html", {"form": form})


@login_required
def survey_edit(request: HttpRequest, pk: int) -> HttpResponse:
    survey = _managed(request, pk)
    form = SurveyForm(request.POST or None, instance=survey, user=request.user)
    if request.method == "POST" and form.is_valid():
        require(request.user, Action.CHANGE, form.instance)
        form.save()
        return redirect(survey)
    return render(request, "surveys/survey_form.html", {"form": form, "survey": survey})


@login_required
def survey_detail(request: HttpRequest, pk: int) -> HttpResponse:
    survey = _managed(request, pk)
    sections = list(survey.sections.prefetch_related("questions"))
    counts = {
        row["status"]: row["n"] for row in survey.responses.values("status").annotate(n=Count("id"))
    }
    return render(
        request,
        "surveys/detail.html",
        {
            "survey": survey,
            "sections": sections,
            "section_form": SectionForm(initial={"position": len(sections) + 1}),
            "submitted": counts.get(ResponseStatus.SUBMITTED, 0),
            "drafts": counts.get(ResponseStatus.DRAFT, 0),
            "public_url": request.build_absolute_uri(reverse("surveys:answer", args=[survey.pk])),
        },
    )


@login_required
@require_POST
def section_add(request: HttpRequest, pk: int) -> HttpResponse:
    survey = _managed(request, pk)
    form = SectionForm(request.POST)
    if form.is_valid():
        section = form.save(commit=False)
        section.survey = survey
        section.save()
    else:
        messages.error(request, _("The section was not added: give it a title."))
    return redirect(survey)


@login_required
def question_add(request: HttpRequest, pk: int) -> HttpResponse:
    return _question_form(request, _managed(request, pk), None)


@login_required
def question_edit(request: HttpRequest, pk: int, question_pk: int) -> HttpResponse:
    survey = _managed(request, pk)
    question = get_object_or_404(Question, pk=question_pk, survey=survey)
    return _question_form(request, survey, question)


def _question_form(request: HttpRequest, survey: Survey, question: Question | None) -> HttpResponse:
    initial = {}
    if question is None:
        first = survey.sections.first()
        initial = {"section": first.pk if first else None, "position": survey.questions.count() + 1}
    form = QuestionForm(request.POST or None, instance=question, survey=survey, initial=initial)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            form.save()
        return redirect(survey)
    return render(
        request, "surveys/question_form.html", {"form": form, "survey": survey, "q": question}
    )


@login_required
@require_POST
def question_delete(request: HttpRequest, pk: int, question_pk: int) -> HttpResponse:
    survey = _managed(request, pk)
    question = get_object_or_404(Question, pk=question_pk, survey=survey)
    if survey.responses.filter(status=ResponseStatus.SUBMITTED).exists():
        messages.error(request, _("A question that has answers cannot be deleted."))
    else:
        question.delete()
    return redirect(survey)


@login_required
def preview(request: HttpRequest, pk: int) -> HttpResponse:
    survey = _managed(request, pk)
    form = answering.answer_form(survey.pk)
    assert form is not None
    context = _answer_context(form, form.questions, {}, {})
    context["preview"] = True
    return render(request, "surveys/answer.html", context)


@login_required
def links(request: HttpRequest, pk: int) -> HttpResponse:
    """Personal links of a stakeholder survey (one per registry institution
    or person) or unit links of a staff survey."""
    survey = _managed(request, pk)
    if request.method == "POST":
        ids = [int(x) for x in request.POST.getlist("institutions") if x.isdigit()]
        people = [int(x) for x in request.POST.getlist("people") if x.isdigit()]
        with transaction.atomic():
            if survey.audience == Audience.STAFF:
                for unit in Institution.objects.filter(pk__in=ids):
                    StaffLink.objects.get_or_create(survey=survey, unit=unit)
            elif survey.audience == Audience.STAKEHOLDER:
                for inst in Institution.objects.filter(pk__in=ids):
                    Invitation.objects.get_or_create(survey=survey, institution=inst)
                for person in Person.objects.filter(pk__in=people):
                    Invitation.objects.get_or_create(survey=survey, person=person)
        return redirect("surveys:links", pk=survey.pk)
    if survey.audience == Audience.STAFF:
        candidates = Institution.objects.filter(root=survey.owner.root_id or survey.owner.pk)
        existing: list[Any] = list(survey.staff_links.select_related("unit"))
    else:
        candidates = Institution.objects.filter(parent__isnull=True).exclude(
            kind__in=[InstitutionKind.POLITICAL_PARTY]
        )
        if survey.owner.province_id:
            candidates = candidates.filter(province_id=survey.owner.province_id)
        existing = list(
            survey.invitations.select_related("institution", "person").annotate(
                answered=Count(
                    "responses",
                    filter=Q(responses__status=ResponseStatus.SUBMITTED),
                )
            )
        )
    taken = {getattr(x, "institution_id", None) or getattr(x, "unit_id", None) for x in existing}
    return render(
        request,
        "surveys/links.html",
        {
            "survey": survey,
            "existing": existing,
            "candidates": candidates.exclude(pk__in=taken).order_by("sort_key")[:500],
        },
    )


@login_required
def results_view(request: HttpRequest, pk: int) -> HttpResponse:
    survey = _managed(request, pk)
    # One cross-tabulation at a time: all three of every question made the
    # page of a large survey several megabytes long.
    by = request.GET.get("by", "district")
    # Units answer only through staff links: elsewhere the table is empty.
    has_units = survey.audience == Audience.STAFF or survey.staff_links.exists()
    if by not in results.DIMENSIONS or (by == "unit" and not has_units):
        by = "district"
    return render(
        request,
        "surveys/results.html",
        {"r": results.build(survey, dims=(by,)), "by": by, "has_units": has_units},
    )


@login_required
def export(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    survey = _managed(request, pk)
    if fmt not in exports.WRITERS:
        raise Http404
    return attachment_response(
        exports.WRITERS[fmt](survey), LIST_TYPES[fmt], f"anket-{survey.pk}.{fmt}"
    )


@login_required
def scores(request: HttpRequest, pk: int) -> HttpResponse:
    survey = _managed(request, pk)
    return render(
        request,
        "surveys/scores.html",
        {
            "survey": survey,
            "scores": results.stakeholder_scores(survey),
            "plans": _plans_for(request, survey),
        },
    )


def _plans_for(request: HttpRequest, survey: Survey) -> list[Any]:
    from ortakmasa.plans.models import Plan

    root = survey.owner.root_id or survey.owner.pk
    plans = Plan.objects.filter(institution_id=root).order_by("-start_year", "-id")
    return [p for p in plans if can(request.user, Action.CHANGE, p)]


@login_required
@require_POST
def scores_apply(request: HttpRequest, pk: int) -> HttpResponse:
    """Copies the chosen institutions' scores into a plan's stakeholder
    analysis (adding the institution when it is not there yet)."""
    from ortakmasa.plans.models import Stakeholder

    survey = _managed(request, pk)
    plans = {p.pk: p for p in _plans_for(request, survey)}
    plan_id = request.POST.get("plan", "")
    plan = plans.get(int(plan_id)) if plan_id.isdigit() else None
    if plan is None:
        messages.error(request, _("Choose a plan you may change."))
        return redirect("surveys:scores", pk=survey.pk)
    chosen = {int(x) for x in request.POST.getlist("institutions") if x.isdigit()}
    copied = 0
    with transaction.atomic():
        for score in results.stakeholder_scores(survey):
            if score.institution.pk not in chosen:
                continue
            row = Stakeholder.objects.filter(plan=plan, institution=score.institution).first()
            row = row or Stakeholder(plan=plan, institution=score.institution)
            require(request.user, Action.CHANGE if row.pk else Action.ADD, row)
            if score.influence is not None:
                row.influence = min(5, max(1, round(score.influence)))
            if score.importance is not None:
                row.importance = min(5, max(1, round(score.importance)))
            row.save()
            copied += 1
    messages.success(
        request,
        _("%(n)s stakeholder scores copied into the plan's stakeholder analysis.") % {"n": copied},
    )
    return redirect("surveys:scores", pk=survey.pk)


@login_required
def personal_data(request: HttpRequest) -> HttpResponse:
    """KVKK: what is kept about one e-mail address, exported or erased."""
    _office(request)
    form = PersonalDataForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        if form.cleaned_data["action"] == "export":
            body = json.dumps(personal.export(email), ensure_ascii=False, indent=2)
            response = HttpResponse(body, content_type="application/json; charset=utf-8")
            response["Content-Disposition"] = 'attachment; filename="kisisel-veri.json"'
            return response
        done = personal.erase(email)
        messages.success(
            request,
            _(
                "Erased: %(responses)s survey answers, %(citizen_proposals)s proposals, "
                "%(supports)s supports. The aggregate results are kept."
            )
            % done,
        )
        return redirect("surveys:personal_data")
    return render(request, "surveys/personal_data.html", {"form": form})


# ---------------------------------------------------------------------------
# Answering


def _draft_ids(request: HttpRequest) -> dict[str, int]:
    drafts = request.session.get(SESSION_DRAFTS, {})
    return drafts if isinstance(drafts, dict) else {}


def _remember_draft(request: HttpRequest, survey: Survey, response: Response | None) -> None:
    drafts = _draft_ids(request)
    if response is None:
        drafts.pop(str(survey.pk), None)
    else:
        drafts[str(survey.pk)] = response.pk
    request.session[SESSION_DRAFTS] = drafts


def _answer_context(
    form: answering.AnswerForm,
    questions: list[Question],
    answers: dict[str, Any],
    errors: dict[str, str],
    **extra: Any,
) -> dict[str, Any]:
    survey, themes = form.survey, form.themes
    by_pk = {q.pk: q for q in questions}
    sections: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for q in questions:
        if current is None or current["section"].pk != q.section_id:
            current = {"section": q.section, "items": []}
            sections.append(current)
        value = answers.get(q.key)
        item: dict[str, Any] = {"q": q, "value": value, "error": errors.get(q.key, "")}
        if q.kind in (Kind.SINGLE, Kind.MULTIPLE):
            chosen = value if isinstance(value, list) else [value]
            item["options"] = [(i, c, c in chosen) for i, c in enumerate(q.choices)]
        elif q.kind == Kind.LIKERT:
            item["options"] = [(n, label, value == n) for n, label in enumerate(q.labels, 1)]
        elif q.kind == Kind.MATRIX:
            given = value if isinstance(value, dict) else {}
            item["rows"] = [
                (i, row, [(n, label, given.get(row) == n) for n, label in enumerate(q.labels, 1)])
                for i, row in enumerate(q.choices)
            ]
        elif q.kind == Kind.RANKING:
            options = answering.theme_options(q, themes)
            order = value if isinstance(value, list) else []
            item["themes"] = [
                (t, order.index(t.code) + 1 if t.code in order else None) for t in options
            ]
            item["ranks"] = list(range(1, len(options) + 1))
        if q.show_if_id and q.show_if_id in by_pk:
            item["condition"] = (by_pk[q.show_if_id].text, q.show_if_value)
        current["items"].append(item)
    return {
        "survey": survey,
        "sections": sections,
        "errors": errors,
        "error_count": len([k for k in errors if k != "form"]),
        "districts": form.districts,
        **extra,
    }


def _blank_sections(form: answering.AnswerForm) -> str:
    """The questions with nothing filled in, as HTML: the same for every
    new respondent, so rendered once per version of the questions and
    language, then taken from the cache (the page is the one a crowd
    opens at once)."""
    key = f"surveys:blank:{form.survey.pk}:{get_language()}:{form.version}"
    html = cache.get(key)
    if html is None:
        context = _answer_context(form, form.questions, {}, {})
        html = render_to_string("surveys/_sections.html", context)
        cache.set(key, html, 3600)
    # Rendered by our own template, which escapes every value.
    return mark_safe(html)


#: Stands for the CSRF token in the cached first-visit pages; random per
#: process, so no survey's text can contain it.
_TOKEN_HOLE = "csrfhole" + secrets.token_hex(16)


def _first_visit(request: HttpRequest) -> bool:
    """A visitor the answer page holds nothing personal for: no account, no
    session (so no half-finished answer), no message waiting, no query."""
    return (
        request.method == "GET"
        and not request.GET
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and CookieStorage.cookie_name not in request.COOKIES
        and not getattr(request, "htmx", False)
        and not request.user.is_authenticated
    )


def _first_visit_page(
    request: HttpRequest, form: answering.AnswerForm, action_url: str
) -> HttpResponse:
    """The blank public answer page, rendered once per version of the form,
    language and address, then served with this visitor's CSRF token: it is
    the page a crowd opens at once when a survey is announced."""
    key = (get_language() or "", request.get_host(), action_url)
    html = form.pages.get(key)
    if html is None:
        context = _answer_context(
            form,
            [],
            {},
            {},
            blank_sections=_blank_sections(form),
            action_url=action_url,
            district_id=None,
            name="",
            email="",
            saved=None,
            who=Respondent(Audience.PUBLIC),
            # Overrides the context processor's token for this one render.
            csrf_token=_TOKEN_HOLE,
        )
        html = render_to_string("surveys/answer.html", context, request)
        if len(form.pages) < 16:
            form.pages[key] = html
    return HttpResponse(html.replace(_TOKEN_HOLE, get_token(request)))


def _answer(
    request: HttpRequest, form: answering.AnswerForm, who: Respondent, action_url: str
) -> HttpResponse:
    survey, questions = form.survey, form.questions
    if not survey.is_open():
        return render(request, "surveys/closed.html", {"survey": survey}, status=200)
    draft: Response | None = None
    if who.invitation is not None:
        draft = who.invitation.responses.first()
        if draft is not None and draft.status == ResponseStatus.SUBMITTED:
            return render(request, "surveys/answered.html", {"survey": survey})
    else:
        draft_pk = _draft_ids(request).get(str(survey.pk))
        if draft_pk:
            draft = Response.objects.filter(
                pk=draft_pk, survey=survey, status=ResponseStatus.DRAFT
            ).first()
    answers: dict[str, Any] = dict(draft.answers) if draft else {}
    errors: dict[str, str] = {}
    status = 200
    district_id = draft.district_id if draft else None
    name, email = (draft.name, draft.email) if draft else ("", "")
    saved = None
    if request.method == "POST":
        final = request.POST.get("action") != "save"
        raw = answering.from_post(questions, request.POST, form.themes)
        answers, errors = answering.clean(questions, raw, final=final, themes=form.themes)
        district_text = request.POST.get("district", "")
        district_id = int(district_text) if district_text.isdigit() else None
        district = _district(form, district_id)
        if survey.ask_district and district_text and district is None:
            errors["district"] = _("Choose a district from the list.")
        name = request.POST.get("name", "").strip()[:200]
        email = request.POST.get("email", "").strip()[:254]
        if not survey.anonymous and final and not name:
            errors["name"] = _("Write your name: this survey is not anonymous.")
        if email and "@" not in email:
            errors["email"] = _("Enter a valid e-mail address.")
        if (
            final
            and not errors
            and who.audience == Audience.PUBLIC
            and answering.rate_limited(request, survey)
        ):
            errors["form"] = _(
                "Too many answers have come from your connection. Please try again later."
            )
            status = 429
        if not errors:
            # Only a half-finished answer needs a session to be found again.
            if not final and not request.session.session_key:
                request.session.save()
            who.district = district
            who.name, who.email = name, email
            who.session_key = request.session.session_key or ""
            who.fingerprint = answering.fingerprint(request)
            try:
                response = answering.save(
                    survey, who, answers, final=final, draft=draft, questions=questions
                )
            except AnswerRefused as refused:
                errors["form"] = refused.message
                status = 409
            else:
                if final:
                    if draft is not None:
                        _remember_draft(request, survey, None)
                    return redirect("surveys:thanks", pk=survey.pk)
                _remember_draft(request, survey, response)
                saved = request.build_absolute_uri(
                    reverse("surveys:resume", args=[response.resume_token])
                )
        elif status == 200:
            status = 400
    if request.method == "POST" and errors:
        # What was typed stays in the form, wrong values included.
        answers = {**{k: v for k, v in raw.items() if not k.startswith("_")}, **answers}
    blank = None
    if not answers and not errors:
        blank = _blank_sections(form)
    context = _answer_context(
        form,
        [] if blank is not None else questions,
        answers,
        errors,
        blank_sections=blank,
        action_url=action_url,
        district_id=district_id,
        name=name,
        email=email,
        saved=saved,
        who=who,
    )
    return render(request, "surveys/answer.html", context, status=status)


def _district(form: answering.AnswerForm, district_id: int | None) -> District | None:
    """The chosen district, if it is one of the survey's province."""
    name = dict(form.districts).get(district_id) if district_id else None
    return District(pk=district_id, name=name) if name is not None else None


def _form_of(survey: Survey) -> answering.AnswerForm:
    form = answering.answer_form(survey.pk)
    if form is None:
        raise Http404
    return form


def answer(request: HttpRequest, pk: int) -> HttpResponse:
    """A public survey, answered by anyone with its address."""
    form = answering.answer_form(pk)
    if form is None:
        raise Http404
    survey = form.survey
    if not can(request.user, Action.VIEW, survey) or survey.audience != Audience.PUBLIC:
        raise Http404
    if survey.is_open() and _first_visit(request):
        return _first_visit_page(request, form, request.path)
    return _answer(request, form, Respondent(Audience.PUBLIC), request.path)


def answer_invited(request: HttpRequest, token: str) -> HttpResponse:
    invitation = get_object_or_404(
        Invitation.objects.select_related("survey__owner", "institution", "person"), token=token
    )
    who = Respondent(Audience.STAKEHOLDER, invitation=invitation)
    return _answer(request, _form_of(invitation.survey), who, request.path)


def answer_staff(request: HttpRequest, token: str) -> HttpResponse:
    link = get_object_or_404(StaffLink.objects.select_related("survey__owner", "unit"), token=token)
    who = Respondent(Audience.STAFF, staff_link=link)
    return _answer(request, _form_of(link.survey), who, request.path)


def resume(request: HttpRequest, token: str) -> HttpResponse:
    """Continues a half-finished answer on this device."""
    response = get_object_or_404(Response, resume_token=token, status=ResponseStatus.DRAFT)
    _remember_draft(request, response.survey, response)
    if response.invitation_id is not None:
        assert response.invitation is not None
        return redirect(response.invitation)
    if response.staff_link_id is not None:
        assert response.staff_link is not None
        return redirect(response.staff_link)
    return redirect("surveys:answer", pk=response.survey_id)


def thanks(request: HttpRequest, pk: int) -> HttpResponse:
    survey = get_object_or_404(Survey, pk=pk)
    return render(request, "surveys/thanks.html", {"survey": survey})


def public_list(request: HttpRequest) -> HttpResponse:
    return render(request, "surveys/public_list.html", {"surveys": open_public_surveys()})


# ---------------------------------------------------------------------------
# Citizens' proposals


def citizen_list(request: HttpRequest) -> HttpResponse:
    qs = (
        CitizenProposal.objects.filter(status__in=PUBLISHED_CITIZEN)
        .select_related("district")
        .annotate(supporters=Count("supports", filter=Q(supports__confirmed_at__isnull=False)))
        .order_by("-supporters", "-created_at")
    )
    return list_page(request, "surveys/citizen_list.html", qs, {}, size=25)


def citizen_new(request: HttpRequest) -> HttpResponse:
    form = CitizenProposalForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        item = form.save(commit=False)
        require(request.user, Action.ADD, item)
        with transaction.atomic():
            item.save()
            form.save_m2m()
            citizens.send_confirmation(item, request.build_absolute_uri)
        messages.success(
            request,
            _(
                "We have sent a confirmation link to %(email)s. Your proposal counts once you "
                "open it."
            )
            % {"email": item.email},
        )
        return redirect("surveys:citizen_status", token=item.token)
    status = 400 if request.method == "POST" else 200
    return render(request, "surveys/citizen_form.html", {"form": form}, status=status)


def _refusal_shown(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """A signed link that cannot be honoured (expired, forged, used up) is
    a page that says why, with status 400."""

    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return view(request, *args, **kwargs)
        except citizens.Refused as refused:
            return render(request, "surveys/message.html", {"message": refused.message}, status=400)

    return wrapped


@_refusal_shown
def citizen_confirm(request: HttpRequest, signed: str) -> HttpResponse:
    item = citizens.confirm(signed)
    messages.success(request, _("Thank you: your proposal is confirmed and waits for review."))
    return redirect("surveys:citizen_status", token=item.token)


def citizen_status(request: HttpRequest, token: str) -> HttpResponse:
    item = get_object_or_404(CitizenProposal.objects.select_related("district"), token=token)
    return render(request, "surveys/citizen_status.html", {"item": item})


def citizen_detail(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(CitizenProposal.objects.select_related("district"), pk=pk)
    if not can(request.user, Action.VIEW, item):
        raise Http404
    return render(
        request,
        "surveys/citizen_detail.html",
        {"item": item, "form": SupportForm(), "moderator": moderates(request.user, item)},
    )


def citizen_photo(request: HttpRequest, pk: int) -> FileResponse:
    item = get_object_or_404(CitizenProposal, pk=pk)
    if not item.photo or not can(request.user, Action.VIEW, item):
        raise Http404
    return download(item.photo)


@require_POST
def citizen_support(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(CitizenProposal, pk=pk, status__in=PUBLISHED_CITIZEN)
    form = SupportForm(request.POST)
    if not form.is_valid():
        return render(
            request,
            "surveys/citizen_detail.html",
            {"item": item, "form": form},
            status=400,
        )
    citizens.add_support(item, form.cleaned_data["email"], request.build_absolute_uri)
    messages.success(
        request, _("We have sent a link to your address: your support counts once you open it.")
    )
    return redirect(item)


@_refusal_shown
def support_confirm(request: HttpRequest, signed: str) -> HttpResponse:
    support = citizens.confirm_support(signed)
    messages.success(request, _("Thank you: your support is counted."))
    return redirect(support.citizen_proposal)


@login_required
def moderation(request: HttpRequest) -> HttpResponse:
    if not moderates(request.user, None):
        raise PermissionDenied
    qs = visible(request.user, CitizenProposal.objects.select_related("district"))
    wanted = request.GET.get("status", CitizenStatus.PENDING)
    if wanted in CitizenStatus.values:
        qs = qs.filter(status=wanted)
    return list_page(
        request,
        "surveys/moderation.html",
        qs.order_by("created_at", "id"),
        {"wanted": wanted, "statuses": CitizenStatus.choices},
    )


@login_required
def moderate(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(CitizenProposal.objects.select_related("district"), pk=pk)
    if not moderates(request.user, None):
        raise PermissionDenied
    if not moderates(request.user, item):
        raise Http404
    targets = visible(
        request.user, Proposal.objects.filter(district=item.district).exclude(citizen_sources=item)
    ).order_by("-created_at")[:200]
    form = ModerationForm(
        request.POST or None,
        targets=Proposal.objects.filter(pk__in=[p.pk for p in targets]),
    )
    if request.method == "POST" and form.is_valid():
        require(request.user, Action.CHANGE, item)
        action, reason = form.cleaned_data["action"], form.cleaned_data["reason"] or ""
        try:
            if action == "publish":
                citizens.publish(item, request.user, reason)
            elif action == "hide":
                citizens.hide(item, request.user, reason)
            else:
                citizens.merge(item, request.user, form.cleaned_data["target"], reason)
        except citizens.Refused as refused:
            form.add_error(None, refused.message)
        else:
            messages.success(request, _("The decision is saved; the author can see it."))
            return redirect("surveys:moderation")
    return render(
        request, "surveys/moderate.html", {"item": item, "form": form, "targets": targets}
    )
