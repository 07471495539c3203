"""Meeting pages: list, detail, timeline, review, campaigns, imports."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import Count, Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ortakmasa.kernel.cache import Gen, cached_fragment
from ortakmasa.kernel.files import attached
from ortakmasa.kernel.listing import page_of
from ortakmasa.kernel.page_cache import TOKEN_HOLE, cached_page
from ortakmasa.kernel.policy import Action, allowed, can, require, visible
from ortakmasa.lib import charts
from ortakmasa.meetings import exports, tallies
from ortakmasa.meetings.batch import create_batch, recover_stale_batches
from ortakmasa.meetings.campaign_tables import campaign_tables
from ortakmasa.meetings.coverage import campaign_coverage, latest_meetings
from ortakmasa.meetings.forms import (
    AttachmentForm,
    CampaignForm,
    DecisionFormSet,
    FollowUpFormSet,
    MeetingForm,
    ParticipantFormSet,
    QuoteFormSet,
    TopicFormSet,
    UploadForm,
    participant_candidates,
    participant_initial,
)
from ortakmasa.meetings.highlight import highlight
from ortakmasa.meetings.list_rows import (
    INSTITUTION_ROW_FIELDS,
    for_rows,
    institution_rows,
    meeting_rows,
)
from ortakmasa.meetings.models import (
    OPEN_FOLLOW_UP_STATUSES,
    Attachment,
    Campaign,
    FollowUp,
    ImportBatch,
    Meeting,
    MeetingKind,
    Participation,
    Quote,
    RegistrySuggestion,
    ReviewStatus,
    SourceDocument,
    SuggestionStatus,
)
from ortakmasa.meetings.queries import filtered_meetings, meeting_total
from ortakmasa.meetings.review import NotADraft, ParticipantDecision, confirm, discard
from ortakmasa.meetings.suggestions import CannotAccept
from ortakmasa.meetings.suggestions import accept as accept_suggestion
from ortakmasa.meetings.suggestions import reject as reject_suggestion
from ortakmasa.meetings.tasks import import_batch
from ortakmasa.registry.models import Institution, InstitutionKind, Person
from ortakmasa.themes.models import Theme

PAGE_SIZE = 50


@cached_page(Gen.MEETINGS, Gen.REGISTRY)
def meeting_list(request: HttpRequest) -> HttpResponse:
    def render_body() -> str:
        qs, f = filtered_meetings(request)
        page = page_of(
            request,
            for_rows(qs),
            PAGE_SIZE,
            count=meeting_total(request.user, qs, f.get("tally_key")),
        )
        context = {
            "page": page,
            "rows": meeting_rows(page),
            "f": f,
            "kinds": MeetingKind.choices,
            "themes": Theme.objects.all(),
            "campaigns": visible(request.user, Campaign.objects.all()),
            "review_statuses": ReviewStatus.choices,
            "can_add": can(request.user, Action.ADD, Meeting),
            "query": request.GET.urlencode(),
        }
        template = (
            "meetings/_meeting_rows.html"
            if getattr(request, "htmx", False)
            else "meetings/_meeting_list_body.html"
        )
        return render_to_string(template, context, request=request)

    body = cached_fragment(request, "meeting_list", (Gen.MEETINGS, Gen.REGISTRY), render_body)
    if getattr(request, "htmx", False):
        return HttpResponse(body)
    return render(request, "kernel/fragment_page.html", {"title": _("Meetings"), "body": body})


def meeting_detail(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = get_object_or_404(
        Meeting.objects.select_related("host", "campaign", "source_document"), pk=pk
    )
    require(request.user, Action.VIEW, meeting)
    today = timezone.localdate()
    follow_ups = list(meeting.follow_ups.select_related("owner_institution"))
    return render(
        request,
        "meetings/meeting_detail.html",
        {
            "meeting": meeting,
            "guests": meeting.guests.all(),
            "participations": meeting.participations.select_related(
                "person", "post", "institution"
            ),
            "topics": meeting.topics.select_related("theme"),
            "quotes": meeting.quotes.select_related("speaker"),
            "decisions": meeting.decisions.all(),
            "follow_ups": [(f, f.is_overdue(today)) for f in follow_ups],
            "attachments": meeting.attachments.all(),
            "can_change": can(request.user, Action.CHANGE, meeting),
            "can_add_cooperation": allowed(request.user, "add_cooperation"),
            "show_source": allowed(request.user, "see_source"),
        },
    )


def _meeting_forms(request: HttpRequest, meeting: Meeting) -> dict[str, Any]:
    """The meeting form and its five formsets, bound to the POST if any."""
    rows: list[Participation] = []
    if meeting.pk:
        rows = list(
            meeting.participations.select_related(
                "person", "institution__parent", "post__institution"
            )
        )
    candidates = participant_candidates(rows)
    post = request.POST if request.method == "POST" else None
    form = MeetingForm(post, instance=meeting)
    p_initial = [participant_initial(r, c) for r, c in zip(rows, candidates, strict=True)]
    p_forms = ParticipantFormSet(post, prefix="p", initial=p_initial, candidates=candidates)
    existing = meeting.pk is not None
    t_forms = TopicFormSet(
        post,
        prefix="t",
        initial=[
            {"theme": t.theme_id, "rank": t.rank, "label": t.label} for t in meeting.topics.all()
        ]
        if existing
        else [],
    )
    q_forms = QuoteFormSet(
        post,
        prefix="q",
        initial=[
            {"quote_id": q.pk, "speaker": q.speaker_name, "text": q.text}
            for q in meeting.quotes.select_related("speaker")
        ]
        if existing
        else [],
    )
    d_forms = DecisionFormSet(
        post,
        prefix="d",
        initial=[{"text": d.text} for d in meeting.decisions.all()] if existing else [],
    )
    f_forms = FollowUpFormSet(
        post,
        prefix="f",
        initial=[
            {
                "follow_up_id": a.pk,
                "text": a.text,
                "due_date": a.due_date,
                "status": a.status,
                "owner_name": a.owner_institution,
            }
            for a in meeting.follow_ups.select_related("owner_institution")
        ]
        if existing
        else [],
    )
    return {
        "form": form,
        "p_forms": p_forms,
        "t_forms": t_forms,
        "q_forms": q_forms,
        "d_forms": d_forms,
        "f_forms": f_forms,
    }


def _forms_valid(forms: dict[str, Any]) -> bool:
    # Every form is checked (not stopping at the first) so all errors show.
    results = [f.is_valid() for f in forms.values()]
    return all(results)


def _save_meeting(request: HttpRequest, meeting: Meeting, forms: dict[str, Any]) -> Meeting:
    form = forms["form"]
    candidate = form.save(commit=False)
    candidate.host = form.cleaned_data["host_name"]
    fields = {name: getattr(candidate, name) for name in form.Meta.fields}
    fields["host"] = candidate.host
    p_forms = forms["p_forms"]
    return confirm(
        meeting,
        request.user,
        fields=fields,
        guests=form.cleaned_data["guest_names"],
        participants=[
            ParticipantDecision(
                participation_id=d.get("participation_id"),
                choice=d["choice"],
                name=d["name"],
                title=d.get("title", ""),
                institution=d.get("institution"),
                unit_name=d.get("unit_name", ""),
                given_name=d.get("given_name", ""),
                family_name=d.get("family_name", ""),
            )
            for d in (f.cleaned_data for f in p_forms.forms)
            if d.get("name")
        ],
        topics=[(d["theme"], d["rank"], d.get("label", "")) for d in _kept(forms["t_forms"])],
        quotes=[
            (d.get("quote_id"), d.get("speaker", ""), d["text"]) for d in _kept(forms["q_forms"])
        ],
        decisions=[d["text"] for d in _kept(forms["d_forms"])],
        follow_ups=[
            (
                d.get("follow_up_id"),
                {
                    "text": d["text"],
                    "due_date": d.get("due_date"),
                    "status": d["status"],
                    "owner_institution": d.get("owner_institution"),
                },
            )
            for d in _kept(forms["f_forms"])
        ],
    )


@login_required
def meeting_create(request: HttpRequest) -> HttpResponse:
    """A whole meeting in one save: the meeting, its participants, topics,
    quotes, decisions and follow-up actions."""
    require(request.user, Action.ADD, Meeting)
    meeting = Meeting(created_by=request.user)  # type: ignore[misc]
    forms = _meeting_forms(request, meeting)
    if request.method == "POST" and _forms_valid(forms):
        candidate = forms["form"].instance
        candidate.host = forms["form"].cleaned_data["host_name"]
        with transaction.atomic():
            # The rule is checked on the meeting as it would be saved, with
            # its host and visitors.
            candidate.save()
            candidate.guests.set(forms["form"].cleaned_data["guest_names"])
            require(request.user, Action.ADD, candidate)
            _save_meeting(request, candidate, forms)
        messages.success(request, _("The meeting was saved."))
        return redirect(candidate)
    return render(request, "meetings/meeting_create.html", forms)


@login_required
def meeting_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Review a drafted meeting against its source text, or edit a recorded
    one: the same form either way."""
    meeting = get_object_or_404(Meeting.objects.select_related("host", "source_document"), pk=pk)
    require(request.user, Action.CHANGE, meeting)
    forms = _meeting_forms(request, meeting)
    if request.method == "POST" and _forms_valid(forms):
        candidate = forms["form"].save(commit=False)
        candidate.host = forms["form"].cleaned_data["host_name"]
        require(request.user, Action.CHANGE, candidate)
        _save_meeting(request, meeting, forms)
        messages.success(request, _("The meeting was confirmed and saved."))
        return redirect(meeting)
    document = meeting.source_document
    return render(
        request,
        "meetings/meeting_edit.html",
        {
            "meeting": meeting,
            **forms,
            "document": document,
            "highlighted": highlight(document, meeting) if document else None,
            "suggestions": (
                list(
                    document.suggestions.filter(status=SuggestionStatus.PENDING).select_related(
                        "parent"
                    )
                )
                if document
                else []
            ),
            "can_discard": meeting.review_status == ReviewStatus.DRAFT
            and can(request.user, Action.CHANGE, meeting),
        },
    )


@login_required
def suggestion_decide(request: HttpRequest, pk: int, decision: str) -> HttpResponse:
    """Accept a registry suggestion of an imported text, or reject it
    (POST only; whoever may review a meeting of the text decides)."""
    suggestion = get_object_or_404(RegistrySuggestion.objects.select_related("document"), pk=pk)
    meeting = suggestion.document.meetings.order_by("event_index").first()
    if meeting is None:
        raise Http404
    require(request.user, Action.CHANGE, meeting)
    if request.method == "POST" and decision in ("accept", "reject"):
        try:
            if decision == "accept":
                accept_suggestion(suggestion, request.user)
                messages.success(request, _("Added to the registry: %s") % suggestion.name)
            else:
                reject_suggestion(suggestion, request.user)
        except CannotAccept as exc:
            messages.error(request, _("Could not add it to the registry: %s") % exc)
    return redirect("meetings:meeting_edit", meeting.pk)


@login_required
def attachment_add(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = get_object_or_404(Meeting, pk=pk)
    require(request.user, Action.CHANGE, meeting)
    form = AttachmentForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        attached(form, request.user, meeting=meeting).save()
        messages.success(request, _("The attachment was added."))
        return redirect(meeting)
    return render(request, "meetings/attachment_form.html", {"form": form, "meeting": meeting})


def attachment_download(request: HttpRequest, pk: int, attachment_pk: int) -> FileResponse:
    """Files are served through the meeting's permissions, never from a
    public media folder."""
    attachment = get_object_or_404(
        Attachment.objects.select_related("meeting"), pk=attachment_pk, meeting_id=pk
    )
    require(request.user, Action.VIEW, attachment)
    return attachment.download()


def _kept(formset: Any) -> list[dict[str, Any]]:
    return [
        f.cleaned_data for f in formset.forms if f.cleaned_data and not f.cleaned_data.get("DELETE")
    ]


def timeline(request: HttpRequest) -> HttpResponse:
    qs, f = filtered_meetings(request)
    meetings = list(qs.select_related("host").prefetch_related("guests")[:500])
    months: OrderedDict[str, list[Meeting]] = OrderedDict()
    for m in meetings:
        key = m.date.strftime("%Y-%m") if m.date else "—"
        months.setdefault(key, []).append(m)
    return render(
        request,
        "meetings/timeline.html",
        {"months": months, "f": f, "truncated": len(meetings) == 500},
    )


@cached_page(Gen.MEETINGS, Gen.REGISTRY)
def institution_meetings(request: HttpRequest, pk: int) -> HttpResponse:
    """An institution's consultation record: who met it when, what was said,
    what is still open."""
    name = Institution.objects.filter(pk=pk).values_list("name", flat=True).first()
    if name is None:
        raise Http404

    def render_body() -> str:
        inst = get_object_or_404(Institution, pk=pk)
        # The ids themselves (a few), not a subquery: the planner then reads
        # the visits from their index instead of scanning every visit.
        tree = list(
            Institution.objects.filter(Q(pk=inst.pk) | Q(root_id=inst.pk)).values_list(
                "pk", flat=True
            )
        )
        involving = visible(request.user, Meeting.objects.all()).filter(
            Q(host__in=tree)
            | Q(
                pk__in=Meeting.guests.through.objects.filter(institution__in=tree).values(
                    "meeting_id"
                )
            )
        )
        meetings = page_of(
            request,
            involving.order_by("-date", "-id").values(*INSTITUTION_ROW_FIELDS),
            PAGE_SIZE,
            count=meeting_total(request.user, involving, f"tree:{inst.pk}"),
        )
        quotes = (
            visible(request.user, Quote.objects.all())
            .filter(
                meeting__in=involving.values("pk"),
                speaker__posts__institution__in=tree,
            )
            .select_related("speaker", "meeting")
            .distinct()
            .order_by("-meeting__date", "-id")[:20]
        )
        today = timezone.localdate()
        open_actions = (
            visible(request.user, FollowUp.objects.all())
            .filter(
                Q(meeting__in=involving.values("pk")) | Q(owner_institution__in=tree),
                status__in=OPEN_FOLLOW_UP_STATUSES,
            )
            .select_related("meeting", "owner_institution")
            .order_by("due_date", "id")[:50]
        )
        return render_to_string(
            "meetings/_institution_meetings_body.html",
            {
                "inst": inst,
                "page": meetings,
                "rows": institution_rows(meetings, inst.pk),
                "quotes": quotes,
                "open_actions": [(a, a.is_overdue(today)) for a in open_actions],
            },
            request=request,
        )

    body = cached_fragment(
        request, "institution_meetings", (Gen.MEETINGS, Gen.REGISTRY), render_body
    )
    return render(request, "kernel/fragment_page.html", {"title": name, "body": body})


def person_meetings(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_object_or_404(Person, pk=pk)
    mine = visible(request.user, Meeting.objects.all()).filter(
        pk__in=Participation.objects.filter(person=person).values("meeting_id")
    )
    page = page_of(request, mine.select_related("host").order_by("-date", "-id"), PAGE_SIZE)
    quotes = (
        visible(request.user, Quote.objects.all())
        .filter(speaker=person)
        .select_related("meeting")
        .order_by("-meeting__date", "-id")[:20]
    )
    return render(
        request, "meetings/person_meetings.html", {"person": person, "page": page, "quotes": quotes}
    )


def campaign_list(request: HttpRequest) -> HttpResponse:
    campaigns = list(
        visible(request.user, Campaign.objects.all())
        .select_related("owner")
        .annotate(target_count=Count("targets", distinct=True))
    )
    for c in campaigns:
        # The count the dashboard shows, kept on write (one query per
        # campaign; there are few).
        c.meeting_count = tallies.campaign_data(c)["status"][0]  # type: ignore[attr-defined]
    return render(
        request,
        "meetings/campaign_list.html",
        {"campaigns": campaigns, "can_add": can(request.user, Action.ADD, Campaign)},
    )


@cached_page(Gen.MEETINGS, Gen.REGISTRY)
def campaign_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The campaign dashboard: heard and still to hear, hours, topics."""
    campaign = get_object_or_404(Campaign.objects.select_related("owner"), pk=pk)
    require(request.user, Action.VIEW, campaign)

    def render_body() -> str:
        cov = campaign_coverage(campaign)
        lang = "en" if (request.LANGUAGE_CODE or "tr").startswith("en") else "tr"
        coverage_chart = charts.stacked_progress(
            cov.heard,
            cov.total,
            title=_("Institutions heard"),
            description=_("%(heard)s of %(total)s institutions heard")
            % {"heard": cov.heard, "total": cov.total},
            locale=lang,
        )
        hours_chart = charts.bar_chart(
            [(r.institution.name, r.hours) for r in cov.rows if r.heard],
            title=_("Hours of meetings per institution"),
            description=_("Total length of the campaign's meetings with each institution"),
            unit=_("h"),
            locale=lang,
        )
        matrix_rows = cov.matrix_rows()
        can_change = can(request.user, Action.CHANGE, campaign)
        heat = (
            charts.heatmap(
                [inst.name for inst, _values in matrix_rows],
                [t.name for t in cov.themes],
                [values for _inst, values in matrix_rows],
                title=_("Topics raised per institution"),
                description=_("How many meetings with each institution raised each theme"),
                locale=lang,
            )
            if cov.themes
            else None
        )
        return render_to_string(
            "meetings/_campaign_detail_body.html",
            {
                "campaign": campaign,
                "cov": cov,
                "coverage_chart": coverage_chart,
                "hours_chart": hours_chart,
                "heat": heat,
                "can_change": can_change,
                "tables": campaign_tables(
                    cov,
                    # The columns the table shows: not the texts (agenda,
                    # summary, search text) of 100 meetings and their hosts.
                    latest_meetings(campaign, 100)
                    .select_related("host")
                    .only("id", "date", "title", "host__name"),
                    can_change=can_change,
                    exclude_url=reverse("meetings:campaign_exclude", args=[campaign.pk]),
                    # The fragment outlives the CSRF secret it would be
                    # rendered with (a new sign-in rotates it): the token
                    # is put in below, on every request.
                    csrf_input=str(csrf_input(request, TOKEN_HOLE)),
                ),
                "excluded": campaign.excluded_meetings.select_related("host").order_by("-date"),
            },
            request=request,
        )

    body = cached_fragment(request, "campaign_detail", (Gen.MEETINGS, Gen.REGISTRY), render_body)
    if TOKEN_HOLE in body:
        body = mark_safe(body.replace(TOKEN_HOLE, get_token(request)))  # a token of our own
    return render(request, "kernel/fragment_page.html", {"title": campaign.name, "body": body})


def csrf_input(request: HttpRequest, token: str | None = None) -> str:
    """What ``{% csrf_token %}`` writes, for rows prepared in Python (with
    ``token`` in place of the request's own if given)."""
    return format_html(
        '<input type="hidden" name="csrfmiddlewaretoken" value="{}">',
        get_token(request) if token is None else token,
    )


@login_required
def campaign_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    campaign = get_object_or_404(Campaign, pk=pk) if pk else None
    require(request.user, Action.CHANGE if campaign else Action.ADD, campaign or Campaign)
    owners = Institution.objects.filter(
        parent__isnull=True,
        kind__in=[
            InstitutionKind.METROPOLITAN_MUNICIPALITY,
            InstitutionKind.PROVINCIAL_MUNICIPALITY,
            InstitutionKind.DISTRICT_MUNICIPALITY,
        ],
    )
    home = getattr(request.user, "institution", None)
    if not allowed(request.user, "act_for_any_institution") and home is not None:
        owners = owners.filter(pk=home.pk)
    form = CampaignForm(request.POST or None, instance=campaign, owners=owners)
    if request.method == "POST" and form.is_valid():
        saved = form.save(commit=False)
        require(request.user, Action.CHANGE if campaign else Action.ADD, saved)
        saved.save()
        targets = list(form.cleaned_data["target_names"])
        if form.cleaned_data.get("all_districts") and saved.owner.province_id:
            targets += list(
                Institution.objects.filter(
                    province_id=saved.owner.province_id, kind=InstitutionKind.DISTRICT_MUNICIPALITY
                )
            )
        if targets or campaign is None:
            saved.targets.set(targets)
        messages.success(request, _("The campaign was saved."))
        return redirect(saved)
    return render(request, "meetings/campaign_form.html", {"form": form, "campaign": campaign})


@login_required
def import_upload(request: HttpRequest) -> HttpResponse:
    require(request.user, Action.ADD, ImportBatch)
    form = UploadForm(request.POST or None, request.FILES or None)
    form.fields["campaign"].queryset = visible(  # type: ignore[attr-defined]
        request.user, Campaign.objects.all()
    )
    if request.method == "POST" and form.is_valid():
        files = [(f.name, f.read()) for f in form.cleaned_data["texts"]]
        batch = create_batch(
            files,
            user_id=request.user.pk,
            campaign_id=getattr(form.cleaned_data["campaign"], "pk", None),
            confirm=form.cleaned_data["confirm"],
        )
        # With Redis the worker takes it; without, it runs here and now.
        import_batch.delay(batch.pk)
        return redirect("meetings:import_batch", batch.pk)
    if request.method == "GET":
        recover_stale_batches()
    batches = visible(request.user, ImportBatch.objects.all())[:10]
    drafts = (
        visible(
            request.user,
            Meeting.objects.filter(review_status__in=[ReviewStatus.DRAFT, ReviewStatus.UNREVIEWED]),
        )
        .select_related("host", "source_document")
        .order_by("review_status", "-created_at")[:100]
    )
    return render(
        request, "meetings/import_upload.html", {"form": form, "batches": batches, "drafts": drafts}
    )


@login_required
def import_batch_detail(request: HttpRequest, pk: int) -> HttpResponse:
    batch = get_object_or_404(ImportBatch, pk=pk)
    require(request.user, Action.VIEW, batch)
    failed = batch.items.filter(status="failed").order_by("id")[:500]
    meetings = (
        Meeting.objects.filter(
            source_document__in=batch.items.exclude(document=None).values("document")
        )
        .select_related("host")
        .order_by("source_document_id", "event_index")[:200]
    )
    template = (
        "meetings/_import_progress.html"
        if getattr(request, "htmx", False)
        else "meetings/import_batch.html"
    )
    return render(request, template, {"batch": batch, "failed": failed, "meetings": meetings})


@login_required
def meeting_discard(request: HttpRequest, pk: int) -> HttpResponse:
    """Throw a drafted meeting away (POST only; a confirmed one is kept)."""
    meeting = get_object_or_404(Meeting.objects.select_related("source_document"), pk=pk)
    # throwing a draft away is part of reviewing it: whoever may confirm may
    require(request.user, Action.CHANGE, meeting)
    if request.method != "POST":
        return redirect("meetings:meeting_edit", meeting.pk)
    try:
        document = discard(meeting)
    except NotADraft:
        messages.error(request, _("Only a draft can be discarded."))
        return redirect("meetings:meeting_detail", meeting.pk)
    messages.success(request, _("The draft was discarded."))
    if document is not None:
        return redirect("meetings:document_review", document.pk)
    return redirect("meetings:meeting_list")


@login_required
def document_review(request: HttpRequest, pk: int) -> HttpResponse:
    """A source document: its meetings, each to open for review."""
    document = get_object_or_404(SourceDocument, pk=pk)
    meetings = [
        m for m in document.meetings.order_by("event_index") if can(request.user, Action.VIEW, m)
    ]
    if not meetings:
        require(request.user, Action.VIEW, document)
    if len(meetings) == 1:
        return redirect("meetings:meeting_edit", meetings[0].pk)
    return render(request, "meetings/document.html", {"document": document, "meetings": meetings})


def follow_up_list(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    actions = (
        visible(request.user, FollowUp.objects.all())
        .filter(status__in=OPEN_FOLLOW_UP_STATUSES)
        .select_related("meeting", "owner_institution")
        .order_by("due_date", "id")
    )
    if request.GET.get("overdue"):
        actions = actions.filter(due_date__lt=today)
    page = page_of(request, actions, PAGE_SIZE)
    return render(
        request,
        "meetings/follow_ups.html",
        {"page": page, "today": today, "overdue_only": bool(request.GET.get("overdue"))},
    )


def export_meetings(request: HttpRequest, fmt: str) -> HttpResponse:
    qs, _f = filtered_meetings(request)
    qs = qs.select_related("host", "campaign").prefetch_related("guests", "topics__theme")
    if fmt == "ics":
        return exports.ics_response(qs[:5000])
    if fmt == "xlsx":
        return exports.xlsx_response(qs[:50000])
    return exports.csv_response(qs[:50000])


@login_required
@require_POST
def campaign_exclude(request: HttpRequest, pk: int) -> HttpResponse:
    """Leaves a meeting out of a campaign's count (or takes it back in)."""
    campaign = get_object_or_404(Campaign, pk=pk)
    require(request.user, Action.CHANGE, campaign)
    meeting = get_object_or_404(Meeting, pk=request.POST.get("meeting", "0") or 0)
    if request.POST.get("include"):
        campaign.excluded_meetings.remove(meeting)
        messages.success(request, _("The meeting counts in the campaign again."))
    else:
        campaign.excluded_meetings.add(meeting)
        messages.success(request, _("The meeting no longer counts in the campaign."))
    return redirect(campaign)
