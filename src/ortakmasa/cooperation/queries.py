"""The cooperation and project lists' filters, one definition for the
pages, the exports and the API."""

from __future__ import annotations

from typing import TypeVar

from django.db.models import Count, Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone

from ortakmasa.cooperation.models import (
    OPEN_COMMITMENT_STATUSES,
    Cooperation,
    CooperationForm,
    CooperationStatus,
    FundedProject,
    Funder,
)
from ortakmasa.kernel.policy import visible
from ortakmasa.lib.params import is_id

_M = TypeVar("_M", Cooperation, FundedProject)


def _involving(qs: QuerySet[_M], members: str, institution: str) -> QuerySet[_M]:
    """Rows in which the institution named in the address (or one of its
    units) is among ``members``; as a subquery, so that a row does not
    repeat for each matching member."""
    if not is_id(institution):
        return qs
    among = qs.model._default_manager.filter(
        **{f"{members}__institution__root_id": int(institution)}
    )
    return qs.filter(pk__in=among.values("pk"))


def filtered_cooperations(request: HttpRequest) -> tuple[QuerySet[Cooperation], dict[str, str]]:
    qs = visible(request.user, Cooperation.objects.all())
    p = request.GET
    f = {k: p.get(k, "") for k in ("theme", "form", "status", "institution", "q")}
    if f["theme"]:
        qs = qs.filter(topics__theme__code=f["theme"])
    if f["form"] in CooperationForm.values:
        qs = qs.filter(form=f["form"])
    if f["status"] in CooperationStatus.values:
        qs = qs.filter(status=f["status"])
    qs = _involving(qs, "parties", f["institution"])
    if f["q"]:
        qs = qs.filter(title__icontains=f["q"])
    today = timezone.localdate()
    qs = qs.annotate(
        open_commitments=Count(
            "commitments",
            filter=Q(commitments__status__in=OPEN_COMMITMENT_STATUSES),
            distinct=True,
        ),
        overdue_commitments=Count(
            "commitments",
            filter=Q(
                commitments__status__in=OPEN_COMMITMENT_STATUSES,
                commitments__due_date__lt=today,
            ),
            distinct=True,
        ),
    )
    return qs.order_by("-start_date", "-id"), f


def filtered_projects(request: HttpRequest) -> tuple[QuerySet[FundedProject], dict[str, str]]:
    qs = visible(request.user, FundedProject.objects.all())
    p = request.GET
    f = {k: p.get(k, "") for k in ("theme", "funder", "institution", "q")}
    if f["theme"]:
        qs = qs.filter(themes__code=f["theme"])
    if f["funder"] in Funder.values:
        qs = qs.filter(funder=f["funder"])
    qs = _involving(qs, "partners", f["institution"])
    if f["q"]:
        qs = qs.filter(Q(title__icontains=f["q"]) | Q(acronym__icontains=f["q"]))
    return qs.order_by("-start_date", "-id"), f
