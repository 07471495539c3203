"""Proposal pages: intake, follow-up, decisions, clusters, priorities, the
heat map, the public page and exports."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django import forms as django_forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Count, Prefetch, QuerySet
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ortakmasa.kernel.exports import LIST_TYPES, XLSX, attachment_response
from ortakmasa.kernel.files import attached
from ortakmasa.kernel.history import describe_all
from ortakmasa.kernel.listing import page_of
from ortakmasa.kernel.policy import (
    Action,
    allowed,
    can,
    home_province,
    require,
    require_capability,
    visible,
)
from ortakmasa.lib.params import is_id
from ortakmasa.meetings.models import Meeting
from ortakmasa.proposals import exports, meeting_drafts, scoring, services, upload
from ortakmasa.proposals.forms import (
    AttachmentForm,
    DecisionForm,
    MergeForm,
    ProposalForm,
    ScoringForm,
    SplitForm,
    UploadForm,
    UploadMode,
)
from ortakmasa.proposals.models import (
    Channel,
    ClusterRun,
    DuplicateSuggestion,
    Kind,
    Proposal,
    ProposalAttachment,
    ProposalCluster,
    ScoringProfile,
    Status,
    SuggestionStatus,
)
from ortakmasa.proposals.permissions import submission_channel
from ortakmasa.proposals.tasks import cluster_proposals
from ortakmasa.registry.models import District, Institution, Province
from ortakmasa.themes.models import Theme

PAGE_SIZE = 50
DEFAULT_PLATE = 34  # İstanbul, for visitors who have no municipality of their own


def _page(request: HttpRequest, items: Any) -> Any:
    return page_of(request, items, PAGE_SIZE)


def _home_province(request: HttpRequest) -> Province | None:
    province: Province | None = home_province(request.user)
    return province


def _filtered(request: HttpRequest, qs: QuerySet[Proposal]) -> tuple[QuerySet[Proposal], dict]:
    params = request.GET
    values = {
        key: params.get(key, "").strip()
        for key in ("q", "status", "theme", "district", "kind", "institution", "public")
    }
    if values["q"]:
        qs = qs.search(values["q"])  # type: ignore[attr-defined]
    if values["status"] in Status.values:
        qs = qs.filter(status=values["status"])
    if values["kind"] in Kind.values:
        qs = qs.filter(kind=values["kind"])
    if values["theme"]:
        qs = qs.filter(themes__code=values["theme"])
    if is_id(values["district"]):
        qs = qs.filter(district_id=int(values["district"]))
    if is_id(values["institution"]):
        qs = qs.filter(institution_id=int(values["institution"]))
    if values["public"] == "1":
        qs = qs.filter(is_public=True)
    return qs, values


def _list_queryset(qs: QuerySet[Proposal]) -> QuerySet[Proposal]:
    return (
        qs.select_related("institution", "district")
        .prefetch_related(Prefetch("themes", queryset=Theme.objects.order_by("position")))
        .order_by("-created_at", "-id")
    )


def _filter_choices(request: HttpRequest) -> dict[str, Any]:
    province = _home_province(request)
    plate = province.plate if province else DEFAULT_PLATE
    return {
        "statuses": Status.choices,
        "kinds": Kind.choices,
        "themes": Theme.objects.order_by("position"),
        "districts": District.objects.filter(province__plate=plate).order_by("sort_key"),
    }


@login_required
def proposal_list(request: HttpRequest) -> HttpResponse:
    qs, values = _filtered(request, visible(request.user, Proposal.objects.all()))
    context = {
        "page": _page(request, _list_queryset(qs).distinct()),
        "f": values,
        "query": request.GET.urlencode(),
        "can_add": can(request.user, Action.ADD, Proposal),
        **_filter_choices(request),
    }
    htmx = getattr(request, "htmx", False)
    template = "proposals/_rows.html" if htmx else "proposals/list.html"
    return render(request, template, context)


def public_list(request: HttpRequest) -> HttpResponse:
    qs, values = _filtered(request, Proposal.objects.filter(is_public=True))
    context = {
        "page": _page(request, _list_queryset(qs).distinct()),
        "f": values,
        **_filter_choices(request),
    }
    htmx = getattr(request, "htmx", False)
    template = "proposals/_public_rows.html" if htmx else "proposals/public.html"
    return render(request, template, context)


def _visible_proposal(request: HttpRequest, pk: int) -> Proposal:
    # Proposals one may not read answer "not found": whether another
    # district's unpublished proposal exists is itself not to be told.
    qs = visible(request.user, Proposal.objects.select_related("institution", "district"))
    return get_object_or_404(qs, pk=pk)


def proposal_detail(request: HttpRequest, pk: int) -> HttpResponse:
    proposal = _visible_proposal(request, pk)
    user = request.user
    cluster_institutions: list[str] = []
    if proposal.cluster_id is not None:
        cluster_institutions = list(
            Proposal.objects.filter(cluster_id=proposal.cluster_id)
            .order_by("institution__sort_key")
            .values_list("institution__name", flat=True)
            .distinct()
        )
    merged_into = None
    merged_into_visible = False
    if proposal.merged_into_id is not None:
        merged_into = Proposal.objects.select_related("institution").get(pk=proposal.merged_into_id)
        merged_into_visible = can(user, Action.VIEW, merged_into)
    merged_here = visible(user, proposal.merged_proposals.select_related("institution"))
    merged_from = list(
        proposal.merged_proposals.order_by("institution__sort_key")
        .values_list("institution__name", flat=True)
        .distinct()
    )
    may_change = can(user, Action.CHANGE, proposal)
    decide = services.can_decide(user, proposal)
    context = {
        "p": proposal,
        "themes": proposal.themes.order_by("position"),
        "events": describe_all(visible(user, proposal.events.select_related("user"))),
        "attachments": proposal.attachments.all(),
        "cluster_institutions": cluster_institutions,
        "merged_into": merged_into,
        "merged_into_visible": merged_into_visible,
        "merged_here": merged_here,
        "merged_from": merged_from,
        "can_change": may_change,
        "can_decide": decide,
        "decision_form": DecisionForm.for_proposal(proposal, user=request.user) if decide else None,
        "attachment_form": AttachmentForm() if may_change else None,
        "show_history": allowed(user, "see_history"),
    }
    return render(request, "proposals/detail.html", context)


def _save_new(request: HttpRequest, form: ProposalForm, **extra: Any) -> Proposal:
    proposal = form.save(commit=False)
    for key, value in extra.items():
        setattr(proposal, key, value)
    if "channel" not in extra:
        proposal.channel = submission_channel(request.user)
    proposal.submitted_by = request.user
    # Checked on the proposal as it would be saved, so nobody files one in
    # another district's name.
    require(request.user, Action.ADD, proposal)
    return services.create_proposal(proposal, request.user, form.cleaned_data.get("themes", []))


@login_required
def proposal_create(request: HttpRequest) -> HttpResponse:
    require(request.user, Action.ADD, Proposal)
    form = ProposalForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        proposal = _save_new(request, form)
        messages.success(request, _("The proposal was saved."))
        return redirect(proposal)
    return render(request, "proposals/form.html", {"form": form})


@login_required
def proposal_edit(request: HttpRequest, pk: int) -> HttpResponse:
    proposal = _visible_proposal(request, pk)
    require(request.user, Action.CHANGE, proposal)
    before = services.snapshot(proposal)
    form = ProposalForm(request.POST or None, instance=proposal, user=request.user)
    if request.method == "POST" and form.is_valid():
        updated = form.save(commit=False)
        require(request.user, Action.CHANGE, updated)
        services.update_proposal(updated, request.user, before, form.cleaned_data["themes"])
        messages.success(request, _("The proposal was saved."))
        return redirect(updated)
    return render(request, "proposals/form.html", {"form": form, "p": proposal})


@login_required
def proposal_decide(request: HttpRequest, pk: int) -> HttpResponse:
    proposal = _visible_proposal(request, pk)
    if not services.can_decide(request.user, proposal):
        raise PermissionDenied
    form = DecisionForm.for_proposal(proposal, request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.set_status(
                proposal,
                request.user,
                data["status"],
                data["reason"],
                plan_objective=data["plan_objective"],
                is_public=data["is_public"],
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The decision was saved."))
            return redirect(proposal)
    return render(request, "proposals/decide.html", {"form": form, "p": proposal})


@login_required
def attachment_add(request: HttpRequest, pk: int) -> HttpResponse:
    proposal = _visible_proposal(request, pk)
    require(request.user, Action.CHANGE, proposal)
    form = AttachmentForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        attachment = attached(form, request.user, proposal=proposal)
        with transaction.atomic():
            attachment.save()
            services.record(
                proposal,
                request.user,
                "attachment",
                {"attachment": [None, str(attachment)]},
            )
        messages.success(request, _("The attachment was added."))
        return redirect(proposal)
    return render(request, "proposals/attachment_form.html", {"form": form, "p": proposal})


def attachment_download(request: HttpRequest, pk: int, attachment_pk: int) -> FileResponse:
    proposal = _visible_proposal(request, pk)
    attachment = get_object_or_404(ProposalAttachment, pk=attachment_pk, proposal=proposal)
    require(request.user, Action.VIEW, attachment)
    return attachment.download()


class MeetingProposalForm(ProposalForm):
    include = django_forms.BooleanField(label=_("create this proposal"), required=False)

    field_order = ["include"]

    def __init__(self, *args: Any, owner: Institution, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Every row is the meeting's district's: offering every institution
        # and district of the country in each row made an administrator's
        # page of 15,000 <option>s.
        self.fields["institution"].queryset = Institution.objects.filter(  # type: ignore[attr-defined]
            pk=owner.pk
        )
        district = self.fields["district"]
        if owner.province_id is not None:
            district.queryset = district.queryset.filter(  # type: ignore[attr-defined]
                province_id=owner.province_id
            )


@login_required
def from_meeting(request: HttpRequest, meeting_pk: int) -> HttpResponse:
    """One proposal per topic and quote of a meeting's record (see
    ``meeting_drafts``), pre-filled for the host district, and blank rows for
    more; the user ticks the ones to create and saves them at once."""
    meeting = get_object_or_404(
        visible(request.user, Meeting.objects.select_related("host")), pk=meeting_pk
    )
    require(request.user, Action.ADD, Proposal)
    owners = [i for i in meeting.institutions() if i.parent_id is None]
    institution = next(
        (i for i in owners if can(request.user, Action.ADD, Proposal(institution=i))), None
    )
    if institution is None:
        raise PermissionDenied
    initial = [
        {
            "include": True,
            "title": draft.title,
            "text": draft.text,
            "kind": Kind.NEED,
            "institution": institution,
            "district": institution.district_id,
            "themes": [draft.theme_id],
            "urgency": 3 if draft.rank == 1 else 2,
        }
        for draft in meeting_drafts.drafts(meeting)
    ] or [{"include": True, "institution": institution, "district": institution.district_id}]
    # Blank rows for more proposals than the record's topics and quotes gave.
    formset_class = django_forms.formset_factory(MeetingProposalForm, extra=2)
    formset = formset_class(
        request.POST or None,
        initial=initial,
        form_kwargs={"user": request.user, "owner": institution},
        prefix="p",
    )
    if request.method == "POST" and formset.is_valid():
        chosen = [f for f in formset.forms if f.cleaned_data.get("include")]
        if not chosen:
            messages.error(request, _("Tick at least one proposal to create."))
        else:
            with transaction.atomic():
                for form in chosen:
                    _save_new(request, form, meeting=meeting, channel=Channel.MEETING)
            messages.success(
                request,
                _("%(n)d proposals were created from the meeting.") % {"n": len(chosen)},
            )
            return redirect(f"{reverse('proposals:list')}?institution={institution.pk}")
    return render(
        request,
        "proposals/from_meeting.html",
        {"formset": formset, "meeting": meeting, "institution": institution},
    )


@login_required
def upload_view(request: HttpRequest) -> HttpResponse:
    require(request.user, Action.ADD, Proposal)
    form = UploadForm(request.POST or None, request.FILES or None, user=request.user)
    report = None
    error = ""
    if request.method == "POST" and form.is_valid():
        file = form.cleaned_data["file"]
        try:
            rows = upload.read_rows(file, file.name)
            report = upload.import_rows(
                rows,
                request.user,
                keep_good=form.cleaned_data["mode"] == UploadMode.KEEP_GOOD,
                default_institution=form.cleaned_data.get("institution"),
            )
        except upload.UploadError as exc:
            error = str(exc)
    return render(
        request, "proposals/upload.html", {"form": form, "report": report, "error": error}
    )


@login_required
def upload_template(request: HttpRequest) -> HttpResponse:
    require(request.user, Action.ADD, Proposal)
    return attachment_response(upload.template_workbook(), XLSX, "oneri-sablonu.xlsx")


@login_required
def export(request: HttpRequest, fmt: str) -> HttpResponse:
    if fmt not in exports.WRITERS:
        raise Http404
    qs, _values = _filtered(request, visible(request.user, Proposal.objects.all()))
    body = exports.WRITERS[fmt](qs.distinct().order_by("id"))
    return attachment_response(body, LIST_TYPES[fmt], f"oneriler.{fmt}")


def heatmap(request: HttpRequest) -> HttpResponse:
    province = _home_province(request)
    plate_param = request.GET.get("province", "")
    if is_id(plate_param):
        province = Province.objects.filter(plate=int(plate_param)).first() or province
    if province is None:
        province = get_object_or_404(Province, plate=DEFAULT_PLATE)
    districts = list(District.objects.filter(province=province).order_by("sort_key"))
    themes = list(Theme.objects.order_by("position"))
    counts = (
        visible(request.user, Proposal.objects.all())
        .filter(district__province=province, themes__isnull=False)
        .values_list("district_id", "themes__id")
        .annotate(n=Count("id", distinct=True))
    )
    matrix: dict[tuple[int, int], int] = defaultdict(int)
    for district_id, theme_id, n in counts:
        matrix[(district_id, theme_id)] = n
    # Themes nobody raised would only widen the map.
    used = [t for t in themes if any(matrix[(d.pk, t.pk)] for d in districts)] or themes
    values = [[float(matrix[(d.pk, t.pk)]) for t in used] for d in districts]
    chart = None
    try:
        from ortakmasa.lib import charts
    except ImportError:  # pragma: no cover - the chart helper ships with the platform
        charts = None  # type: ignore[assignment]
    if charts is not None and hasattr(charts, "heatmap"):
        chart = charts.heatmap(
            [d.name for d in districts],
            [t.name for t in used],
            values,
            title=_("Proposals by district and theme: %(province)s") % {"province": province},
            description=_("Number of proposals raised in each district for each theme."),
            row_header=_("District"),
            locale=(get_language() or "tr")[:2],
        )
    rows = [(d, [int(v) for v in row]) for d, row in zip(districts, values, strict=True)]
    return render(
        request,
        "proposals/heatmap.html",
        {
            "province": province,
            "provinces": Province.objects.filter(is_metropolitan=True).order_by("sort_key"),
            "themes": used,
            "rows": rows,
            "chart": chart,
        },
    )


CRITERIA_LABELS = {
    "districts": gettext_lazy("districts raising it"),
    "population": gettext_lazy("population concerned"),
    "urgency": gettext_lazy("urgency"),
    "cost": gettext_lazy("low cost"),
    "theme_fit": gettext_lazy("fit with priority themes"),
    "policy_fit": gettext_lazy("fit with upper policy documents"),
}


def _profile(request: HttpRequest) -> ScoringProfile:
    province = _home_province(request)
    found = ScoringProfile.objects.filter(province=province).first()
    return found or ScoringProfile(province=province)


def ranked(
    user: Any, profile: ScoringProfile, weights: scoring.Weights
) -> list[tuple[Proposal, scoring.Scored, int]]:
    qs = (
        visible(user, Proposal.objects.all())
        .filter(status__in=[Status.NEW, Status.UNDER_REVIEW, Status.ACCEPTED])
        .select_related("institution", "district")
        .prefetch_related("themes")
    )
    proposals = {p.pk: p for p in qs}
    raised: dict[int, set[int]] = {pk: {p.district_id or -pk} for pk, p in proposals.items()}
    merged = Proposal.objects.filter(merged_into_id__in=list(proposals)).values_list(
        "merged_into_id", "district_id"
    )
    for target, district_id in merged:
        if district_id is not None:
            raised[target].add(district_id)
    priority = (
        frozenset(profile.priority_themes.values_list("code", flat=True))
        if profile.pk
        else frozenset()
    )
    items = [
        scoring.Item(
            key=p.pk,
            districts=len(raised[p.pk]),
            population=p.population,
            urgency=p.urgency,
            cost=p.estimated_cost,
            themes=frozenset(t.code for t in p.themes.all()),
            text=f"{p.title} {p.text}",
        )
        for p in proposals.values()
    ]
    scored = scoring.score(items, weights, priority, profile.policy_keywords)
    return [(proposals[s.key], s, len(raised[s.key])) for s in scored]


@login_required
def priorities(request: HttpRequest) -> HttpResponse:
    require_capability(request.user, "rank")
    profile = _profile(request)
    may_edit = can(request.user, Action.CHANGE, profile)
    form = ScoringForm(request.POST or None, instance=profile)
    if request.method == "POST":
        if not may_edit:
            raise PermissionDenied
        if form.is_valid():
            form.save()
            messages.success(request, _("The scoring weights were saved."))
            return redirect("proposals:priorities")
    weights = scoring.Weights(**{name: getattr(profile, name) for name in scoring.CRITERIA})
    results = ranked(request.user, profile, weights)
    return render(
        request,
        "proposals/priorities.html",
        {
            "page": _page(request, results),
            "form": form if may_edit else None,
            "weights": [(CRITERIA_LABELS[k], v) for k, v in weights.as_dict().items()],
        },
    )


def _planner_province(request: HttpRequest) -> Province | None:
    return _home_province(request)


@login_required
def cluster_list(request: HttpRequest) -> HttpResponse:
    require(request.user, Action.VIEW, ProposalCluster)
    require_capability(request.user, "merge")
    clusters = visible(request.user, ProposalCluster.objects.all())
    show = request.GET.get("status", "")
    if show in ("suggested", "merged"):
        clusters = clusters.filter(status=show)
    runs = visible(request.user, ClusterRun.objects.all())
    return render(
        request,
        "proposals/clusters.html",
        {
            "page": _page(
                request,
                clusters.select_related("primary").order_by("-district_count", "-size", "id"),
            ),
            "run": runs.first(),
            "show": show,
            "with_embeddings": _with_embeddings(),
        },
    )


@login_required
@require_POST
def cluster_start(request: HttpRequest) -> HttpResponse:
    run = ClusterRun(province=_planner_province(request))
    run.started_by = request.user
    require(request.user, Action.ADD, run)
    raw = request.POST.get("threshold", "").replace(",", ".").strip()
    try:
        run.threshold = min(max(float(raw), 0.1), 0.95) if raw else None
    except ValueError:
        run.threshold = None
    run.save()
    transaction.on_commit(lambda: cluster_proposals.delay(run.pk))
    if getattr(request, "htmx", False):
        return render(request, "proposals/_run.html", {"run": run})
    return redirect("proposals:clusters")


@login_required
def run_progress(request: HttpRequest, pk: int) -> HttpResponse:
    run = get_object_or_404(visible(request.user, ClusterRun.objects.all()), pk=pk)
    return render(request, "proposals/_run.html", {"run": run})


def _cluster(request: HttpRequest, pk: int) -> ProposalCluster:
    return get_object_or_404(visible(request.user, ProposalCluster.objects.all()), pk=pk)


def _members(cluster: ProposalCluster) -> QuerySet[Proposal]:
    return (
        cluster.proposals.select_related("institution", "district")
        .prefetch_related("themes")
        .order_by("institution__sort_key", "id")
    )


def _cluster_context(cluster: ProposalCluster, members: QuerySet[Proposal]) -> dict[str, Any]:
    """The cluster, its members and why they are together (shared need
    words, each member's best matching sentences with the primary)."""
    from ortakmasa.proposals.explanations import explain_members

    rows = list(members)
    reasons = explain_members(rows, cluster.primary_id)
    return {
        "cluster": cluster,
        "members": [(p, reasons.members.get(p.pk)) for p in rows],
        "institutions": sorted({p.institution.name for p in rows}),
        "shared_words": reasons.shared_words,
        "compared_with": next((p for p in rows if p.pk == reasons.anchor), None),
    }


@login_required
def cluster_detail(request: HttpRequest, pk: int) -> HttpResponse:
    cluster = _cluster(request, pk)
    members = _members(cluster)
    may_change = can(request.user, Action.CHANGE, cluster)
    return render(
        request,
        "proposals/cluster_detail.html",
        {
            **_cluster_context(cluster, members),
            "merge_form": MergeForm(members=members, initial={"primary": cluster.primary_id})
            if may_change
            else None,
            "split_form": SplitForm(members=members) if may_change else None,
        },
    )


@login_required
@require_POST
def cluster_merge(request: HttpRequest, pk: int) -> HttpResponse:
    cluster = _cluster(request, pk)
    require(request.user, Action.CHANGE, cluster)
    members = _members(cluster)
    form = MergeForm(request.POST, members=members)
    if form.is_valid():
        try:
            merged = services.merge_cluster(
                cluster, form.cleaned_data["primary"], request.user, form.cleaned_data["reason"]
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(
                request,
                _("%(n)d proposals were merged; their districts see the reason.")
                % {"n": len(merged)},
            )
            return redirect(cluster)
    return render(
        request,
        "proposals/cluster_detail.html",
        {
            **_cluster_context(cluster, members),
            "merge_form": form,
            "split_form": SplitForm(members=members),
        },
        status=400,
    )


@login_required
@require_POST
def cluster_split(request: HttpRequest, pk: int) -> HttpResponse:
    cluster = _cluster(request, pk)
    require(request.user, Action.CHANGE, cluster)
    members = _members(cluster)
    form = SplitForm(request.POST, members=members)
    if form.is_valid():
        try:
            services.split_cluster(
                cluster, form.cleaned_data["proposals"], request.user, form.cleaned_data["reason"]
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, _("The proposals were taken out of the cluster."))
            if ProposalCluster.objects.filter(pk=cluster.pk).exists():
                return redirect(cluster)
            return redirect("proposals:clusters")
    return render(
        request,
        "proposals/cluster_detail.html",
        {
            **_cluster_context(cluster, members),
            "merge_form": MergeForm(members=members),
            "split_form": form,
        },
        status=400,
    )


def _with_embeddings() -> bool:
    from ortakmasa.proposals import embedding_store

    return embedding_store.available()


@login_required
def duplicate_queue(request: HttpRequest) -> HttpResponse:
    """Suggested duplicates waiting for a planner, best first, each with why
    it was suggested; accepted and rejected ones below, reversible."""
    require(request.user, Action.VIEW, DuplicateSuggestion)
    suggestions = visible(request.user, DuplicateSuggestion.objects.all()).select_related(
        "proposal__institution", "candidate__institution"
    )
    show = request.GET.get("status", SuggestionStatus.PENDING)
    if show not in SuggestionStatus.values:
        show = SuggestionStatus.PENDING
    return render(
        request,
        "proposals/duplicates.html",
        {
            "page": _page(request, suggestions.filter(status=show).order_by("-score", "id")),
            "show": show,
            "statuses": SuggestionStatus.choices,
            "with_embeddings": _with_embeddings(),
        },
    )


@login_required
@require_POST
def duplicate_decide(request: HttpRequest, pk: int) -> HttpResponse:
    from ortakmasa.proposals import decisions

    suggestion = get_object_or_404(visible(request.user, DuplicateSuggestion.objects.all()), pk=pk)
    require(request.user, Action.CHANGE, suggestion)
    decide = {
        "accept": decisions.accept_suggestion,
        "reject": decisions.reject_suggestion,
        "reopen": decisions.reopen_suggestion,
    }.get(request.POST.get("op", ""))
    if decide is None:
        raise Http404
    try:
        decide(suggestion, request.user, request.POST.get("reason", ""))
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    else:
        messages.success(request, _("The decision was saved."))
    return redirect(f"{reverse('proposals:duplicates')}?status={suggestion.status}")
