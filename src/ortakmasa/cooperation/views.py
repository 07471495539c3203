"""Cooperation pages: cooperations, funded projects, an institution's
cooperation page, matches, the network and overdue commitments."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import QuerySet
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ortakmasa.cooperation import exports
from ortakmasa.cooperation.forms import (
    CommitmentFormSet,
    CooperationRecordForm,
    DocumentForm,
    PartnerFormSet,
    PartyFormSet,
    ProjectForm,
    TopicFormSet,
)
from ortakmasa.cooperation.matching import find_matches, score_explanation
from ortakmasa.cooperation.models import (
    Cooperation,
    CooperationDocument,
    CooperationForm,
    CooperationStatus,
    FundedProject,
    Funder,
)
from ortakmasa.cooperation.network import (
    GROUPS,
    LINKS,
    NetworkFilters,
    build_network,
    edge_rows_html,
    network_svg,
)
from ortakmasa.cooperation.permissions import editable_cooperations
from ortakmasa.cooperation.queries import filtered_cooperations, filtered_projects
from ortakmasa.cooperation.services import (
    any_in_scope,
    may_propose_from,
    meeting_initial,
    overdue_commitments,
    save_cooperation,
    save_project,
)
from ortakmasa.kernel.cache import Gen, cached_fragment
from ortakmasa.kernel.exports import list_response
from ortakmasa.kernel.files import attached
from ortakmasa.kernel.listing import list_page, page_of
from ortakmasa.kernel.page_cache import cached_page
from ortakmasa.kernel.policy import Action, can, require, visible
from ortakmasa.lib.params import is_id
from ortakmasa.meetings.models import Meeting
from ortakmasa.registry.matching import InstitutionIndex
from ortakmasa.registry.models import Institution, InstitutionKind
from ortakmasa.themes.models import Theme

#: What the network and the matches are built from.
DEPENDS = (Gen.MEETINGS, Gen.REGISTRY, Gen.COOPERATION)
#: The network page draws and lists at most this many links (the strongest).
MAX_DRAWN_LINKS = 150


def _with_parts(qs: QuerySet[Cooperation]) -> QuerySet[Cooperation]:
    return qs.prefetch_related("parties__institution", "parties__unit", "topics__theme", "meetings")


def cooperation_list(request: HttpRequest) -> HttpResponse:
    qs, f = filtered_cooperations(request)
    return list_page(
        request,
        "cooperation/list.html",
        _with_parts(qs),
        {
            "f": f,
            "themes": Theme.objects.all(),
            "forms": CooperationForm.choices,
            "statuses": CooperationStatus.choices,
            "can_add": can(request.user, Action.ADD, Cooperation),
        },
    )


def export(request: HttpRequest, fmt: str) -> HttpResponse:
    qs, _f = filtered_cooperations(request)
    rows = exports.cooperation_rows(_with_parts(qs))
    return list_response(fmt, exports.COOPERATION_COLUMNS, rows, "isbirlikleri", "İşbirlikleri")


def _cooperation_forms(
    request: HttpRequest, instance: Cooperation | None, initial: dict[str, Any] | None = None
) -> dict[str, Any]:
    post = request.POST if request.method == "POST" else None
    index = InstitutionIndex.build()
    initial = initial or {}
    if post is not None:
        # A submitted form carries every row; an initial value would make an
        # unchanged row look empty.
        initial = {"record": initial.get("record")}
    elif instance is not None and instance.pk and not initial:
        initial = {
            "parties": [
                {
                    "institution_name": p.institution,
                    "unit_name": p.unit.name if p.unit else "",
                    "role": p.role,
                }
                for p in instance.parties.select_related("institution", "unit")
            ],
            "topics": [{"theme": t.theme_id, "rank": t.rank} for t in instance.topics.all()],
            "commitments": [
                {
                    "commitment_id": c.pk,
                    "text": c.text,
                    "owner_name": c.owner_institution,
                    "owner_person_name": c.owner_person,
                    "due_date": c.due_date,
                    "status": c.status,
                }
                for c in instance.commitments.select_related("owner_institution", "owner_person")
            ],
        }
    return {
        "form": CooperationRecordForm(post, instance=instance, initial=initial.get("record")),
        "party_forms": PartyFormSet(
            post, prefix="party", initial=initial.get("parties"), index=index
        ),
        "topic_forms": TopicFormSet(post, prefix="topic", initial=initial.get("topics")),
        "commitment_forms": CommitmentFormSet(
            post, prefix="commitment", initial=initial.get("commitments"), index=index
        ),
    }


def _save_from_forms(
    request: HttpRequest, forms: dict[str, Any], *, meeting: Meeting | None = None
) -> Cooperation | None:
    valid = all(
        [
            forms["form"].is_valid(),
            forms["party_forms"].is_valid(),
            forms["topic_forms"].is_valid(),
            forms["commitment_forms"].is_valid(),
        ]
    )
    if not valid:
        return None
    parties = [r for r in forms["party_forms"].rows() if "institution" in r]
    if not any_in_scope(request.user, [p["institution"] for p in parties]):
        forms["form"].add_error(
            None, _("At least one of the institutions must be one you look after.")
        )
        return None
    record = forms["form"].save(commit=False)
    if record.pk is None:
        record.created_by = request.user
    return save_cooperation(
        record,
        parties,
        forms["topic_forms"].ordered(),
        forms["commitment_forms"].rows(),
        meeting=meeting,
    )


@login_required
def cooperation_create(request: HttpRequest) -> HttpResponse:
    require(request.user, Action.ADD, Cooperation)
    forms = _cooperation_forms(request, None)
    if request.method == "POST":
        saved = _save_from_forms(request, forms)
        if saved is not None:
            messages.success(request, _("The cooperation was saved."))
            return redirect(saved)
    return render(request, "cooperation/form.html", {**forms, "meeting": None})


@login_required
def from_meeting(request: HttpRequest, meeting_pk: int) -> HttpResponse:
    """Proposes a cooperation pre-filled from a confirmed meeting: its
    institutions and units, its topics in rank order, its follow-ups as
    commitments.  One submit saves it all."""
    meeting = get_object_or_404(Meeting.objects.select_related("host"), pk=meeting_pk)
    require(request.user, Action.VIEW, meeting)
    require(request.user, Action.ADD, Cooperation)
    if not may_propose_from(meeting):
        messages.error(request, _("Only a confirmed meeting can propose a cooperation."))
        return redirect(meeting)
    forms = _cooperation_forms(request, None, meeting_initial(meeting))
    if request.method == "POST":
        saved = _save_from_forms(request, forms, meeting=meeting)
        if saved is not None:
            messages.success(request, _("The cooperation was saved from the meeting."))
            return redirect(saved)
    existing = visible(request.user, Cooperation.objects.filter(meetings=meeting))
    return render(
        request, "cooperation/form.html", {**forms, "meeting": meeting, "existing": existing}
    )


def document_download(request: HttpRequest, pk: int) -> FileResponse:
    """A cooperation's stored document, to those who may see the cooperation."""
    document = get_object_or_404(CooperationDocument.objects.select_related("cooperation"), pk=pk)
    require(request.user, Action.VIEW, document.cooperation)
    if not document.file:
        raise Http404
    return document.download()


def cooperation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    cooperation = get_object_or_404(Cooperation, pk=pk)
    require(request.user, Action.VIEW, cooperation)
    today = timezone.localdate()
    commitments = list(cooperation.commitments.select_related("owner_institution"))
    return render(
        request,
        "cooperation/detail.html",
        {
            "cooperation": cooperation,
            "parties": cooperation.parties.select_related("institution", "unit"),
            "topics": cooperation.topics.select_related("theme"),
            "commitments": [(c, c.is_overdue(today)) for c in commitments],
            "meetings": visible(request.user, cooperation.meetings.select_related("host")),
            "documents": cooperation.documents.all(),
            "projects": visible(request.user, cooperation.projects.all()),
            "can_change": can(request.user, Action.CHANGE, cooperation),
            "document_form": DocumentForm(),
        },
    )


@login_required
def cooperation_edit(request: HttpRequest, pk: int) -> HttpResponse:
    cooperation = get_object_or_404(Cooperation, pk=pk)
    require(request.user, Action.CHANGE, cooperation)
    forms = _cooperation_forms(request, cooperation)
    if request.method == "POST":
        saved = _save_from_forms(request, forms)
        if saved is not None:
            messages.success(request, _("The cooperation was saved."))
            return redirect(saved)
    return render(
        request, "cooperation/form.html", {**forms, "meeting": None, "cooperation": cooperation}
    )


@login_required
@require_POST
def document_add(request: HttpRequest, pk: int) -> HttpResponse:
    cooperation = get_object_or_404(Cooperation, pk=pk)
    require(request.user, Action.CHANGE, cooperation)
    form = DocumentForm(request.POST, request.FILES)
    if form.is_valid():
        attached(form, request.user, cooperation=cooperation).save()
        messages.success(request, _("The document was added."))
    else:
        for error in form.errors.values():
            messages.error(request, " ".join(str(e) for e in error))
    return redirect(cooperation)


# Funded projects ---------------------------------------------------------


def _project_parts(qs: QuerySet[FundedProject]) -> QuerySet[FundedProject]:
    return qs.prefetch_related("partners__institution", "themes")


def project_list(request: HttpRequest) -> HttpResponse:
    qs, f = filtered_projects(request)
    return list_page(
        request,
        "cooperation/project_list.html",
        _project_parts(qs),
        {
            "f": f,
            "themes": Theme.objects.all(),
            "funders": Funder.choices,
            "can_add": can(request.user, Action.ADD, FundedProject),
        },
    )


def project_export(request: HttpRequest, fmt: str) -> HttpResponse:
    qs, _f = filtered_projects(request)
    rows = exports.project_rows(_project_parts(qs))
    return list_response(fmt, exports.PROJECT_COLUMNS, rows, "projeler", "Projeler")


def _project_page(request: HttpRequest, project: FundedProject | None) -> HttpResponse:
    post = request.POST if request.method == "POST" else None
    index = InstitutionIndex.build()
    initial_partners: list[dict[str, Any]] = []
    initial: dict[str, Any] = {}
    if project is not None:
        initial_partners = [
            {"institution_name": p.institution, "role": p.role, "budget_share": p.budget_share}
            for p in project.partners.select_related("institution")
        ]
    else:
        coop_id = request.GET.get("cooperation", "")
        coop = (
            editable_cooperations(request.user).filter(pk=int(coop_id)).first()
            if is_id(coop_id)
            else None
        )
        if coop is not None:
            initial = {
                "cooperation": coop.pk,
                "themes": [t.theme_id for t in coop.topics.all()],
                "title": coop.title,
            }
            seen: set[int] = set()
            for party in coop.parties.select_related("institution"):
                if party.institution_id not in seen:
                    seen.add(party.institution_id)
                    initial_partners.append(
                        {
                            "institution_name": party.institution,
                            "role": "coordinator" if party.role == "lead" else "partner",
                        }
                    )
    form = ProjectForm(
        post, instance=project, initial=initial, cooperations=editable_cooperations(request.user)
    )
    partner_forms = PartnerFormSet(
        post, prefix="partner", initial=None if post else initial_partners, index=index
    )
    if request.method == "POST" and form.is_valid() and partner_forms.is_valid():
        partners = [r for r in partner_forms.rows() if "institution" in r]
        if not any_in_scope(request.user, [p["institution"] for p in partners]):
            form.add_error(None, _("At least one of the partners must be one you look after."))
        else:
            record = form.save(commit=False)
            if record.pk is None:
                record.created_by = request.user
            save_project(record, partners, form.cleaned_data["themes"])
            messages.success(request, _("The project was saved."))
            return redirect(record)
    return render(
        request,
        "cooperation/project_form.html",
        {"form": form, "partner_forms": partner_forms, "project": project},
    )


@login_required
def project_create(request: HttpRequest) -> HttpResponse:
    require(request.user, Action.ADD, FundedProject)
    return _project_page(request, None)


@login_required
def project_edit(request: HttpRequest, pk: int) -> HttpResponse:
    project = get_object_or_404(FundedProject, pk=pk)
    require(request.user, Action.CHANGE, project)
    return _project_page(request, project)


def project_detail(request: HttpRequest, pk: int) -> HttpResponse:
    project = get_object_or_404(FundedProject.objects.select_related("cooperation"), pk=pk)
    require(request.user, Action.VIEW, project)
    cooperation = project.cooperation
    if cooperation is not None and not can(request.user, Action.VIEW, cooperation):
        cooperation = None
    return render(
        request,
        "cooperation/project_detail.html",
        {
            "project": project,
            "cooperation": cooperation,
            "partners": project.partners.select_related("institution"),
            "themes": project.themes.all(),
            "can_change": can(request.user, Action.CHANGE, project),
        },
    )


# Institutions, matches, network, follow-up ---------------------------------


def institution_page(request: HttpRequest, pk: int) -> HttpResponse:
    institution = get_object_or_404(Institution.objects.select_related("province"), pk=pk)
    require(request.user, Action.VIEW, institution)
    root = institution.root_id or institution.pk
    cooperations = (
        visible(request.user, Cooperation.objects.all())
        .filter(pk__in=Cooperation.objects.filter(parties__institution__root_id=root).values("pk"))
        .prefetch_related("parties__institution", "topics__theme")
        .order_by("-start_date", "-id")
    )
    projects = (
        visible(request.user, FundedProject.objects.all())
        .filter(
            pk__in=FundedProject.objects.filter(partners__institution__root_id=root).values("pk")
        )
        .prefetch_related("partners__institution")
        .order_by("-start_date", "-id")
    )
    return render(
        request,
        "cooperation/institution.html",
        {
            "institution": institution,
            "cooperations": cooperations[:100],
            "projects": projects[:100],
            "overdue": overdue_commitments(request.user, institution=institution)[:100],
        },
    )


@cached_page(*DEPENDS)
def matches(request: HttpRequest, pk: int) -> HttpResponse:
    institution = get_object_or_404(Institution, pk=pk)
    require(request.user, Action.VIEW, institution)

    def render_body() -> str:
        f = NetworkFilters.from_query(request.GET, request.user)
        theme = Theme.objects.filter(code=f.theme).first() if f.theme else None
        funder = request.GET.get("funder", "")
        result = find_matches(institution, f, theme=theme, funder=funder, kind=f.kind)
        return render_to_string(
            "cooperation/_matches_body.html",
            {
                "institution": institution,
                "result": result,
                "f": f,
                "themes": Theme.objects.all(),
                "funders": Funder.choices,
                "kinds": InstitutionKind.choices,
                "points": score_explanation(),
            },
            request=request,
        )

    body = cached_fragment(request, "cooperation_matches", DEPENDS, render_body)
    title = f"{institution.name} — {_('Matches')}"
    return render(request, "kernel/fragment_page.html", {"title": title, "body": body})


@cached_page(*DEPENDS)
def network(request: HttpRequest) -> HttpResponse:
    # The whole rendered body (drawing and link table) is cached: building
    # the SVG and the table costs more than the grouped queries behind them.
    def render_body() -> str:
        f = NetworkFilters.from_query(request.GET, request.user)
        net = build_network(f)
        theme = Theme.objects.filter(code=f.theme).first() if f.theme else None
        title = _("Who works with whom") + (f" — {theme.name}" if theme else "")
        numbers = {
            "nodes": len(net.nodes),
            "all": net.totals["nodes"],
            "links": len(net.edges),
            "drawn": MAX_DRAWN_LINKS,
            "m": net.totals["meetings"],
            "c": net.totals["cooperations"],
            "p": net.totals["projects"],
        }
        if len(net.edges) > MAX_DRAWN_LINKS:
            # Forty hubs can share 780 links: drawing and listing them all
            # made the page slow to build and the picture unreadable.
            description = (
                _(
                    "%(nodes)d of %(all)d nodes and %(links)d links from %(m)d meetings, "
                    "%(c)d cooperations and %(p)d funded projects; the %(drawn)d strongest "
                    "links are drawn and listed below, every link is in the downloads."
                )
                % numbers
            )
            net = replace(net, edges=net.edges[:MAX_DRAWN_LINKS])
        else:
            description = (
                _(
                    "%(nodes)d of %(all)d nodes and %(links)d links from %(m)d meetings, "
                    "%(c)d cooperations and %(p)d funded projects; the table below lists "
                    "every link."
                )
                % numbers
            )
        query = "&".join(f"{k}={v}" for k, v in f.as_query().items())
        return render_to_string(
            "cooperation/_network_body.html",
            {
                "net": net,
                "f": f,
                "svg": network_svg(net, title, description),
                "title": title,
                "description": description,
                "rows": edge_rows_html(net),
                "themes": Theme.objects.all(),
                "kinds": InstitutionKind.choices,
                "groups": GROUPS,
                "links": LINKS,
                "query": query,
            },
            request=request,
        )

    body = cached_fragment(request, "cooperation_network", DEPENDS, render_body)
    return render(request, "kernel/fragment_page.html", {"title": _("Network"), "body": body})


def network_export(request: HttpRequest, fmt: str) -> HttpResponse:
    f = NetworkFilters.from_query(request.GET, request.user)
    if "limit" not in request.GET:
        f.limit = 100_000  # the download holds every node and link
    net = build_network(f)
    if fmt == "csv":
        return exports.network_csv(net)
    if fmt == "json":
        return exports.network_json(net)
    raise Http404


@login_required
def overdue(request: HttpRequest) -> HttpResponse:
    page = page_of(request, overdue_commitments(request.user))
    return render(request, "cooperation/overdue.html", {"page": page})
