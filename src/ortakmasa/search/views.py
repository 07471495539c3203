"""The header's search box: meetings, proposals, institutions, people,
plans and cooperation, grouped by kind, each narrowed to what the user may
see (``kernel.policy.visible``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ortakmasa.kernel.policy import visible
from ortakmasa.search.query import matches, search_meetings, words

PER_KIND = 10
#: Small tables searched in Python; beyond this many rows a kind is cut.
PYTHON_SCAN_LIMIT = 5000


@dataclass
class Group:
    kind: str
    label: Any
    items: list[tuple[str, str, str]] = field(default_factory=list)  # url, text, detail
    total: int = 0
    more_url: str = ""


def _meetings(user: Any, q: str) -> Group:
    from ortakmasa.meetings.models import Meeting

    qs = search_meetings(visible(user, Meeting.objects.all()), q)
    group = Group("meetings", _("Meetings"), total=qs.count())
    group.more_url = f"{reverse('meetings:meeting_list')}?q="
    for m in qs.select_related("host").order_by("-date", "-id")[:PER_KIND]:
        detail = " · ".join(x for x in (str(m.date or ""), m.host.name if m.host else "") if x)
        group.items.append((m.get_absolute_url(), m.title, detail))
    return group


def _proposals(user: Any, q: str) -> Group:
    from ortakmasa.proposals.models import Proposal

    qs = visible(user, Proposal.objects.all()).search(q)  # type: ignore[attr-defined]
    group = Group("proposals", _("Proposals"), total=qs.count())
    group.more_url = f"{reverse('proposals:list')}?q=" if user.is_authenticated else ""
    for p in qs.select_related("institution").order_by("-id")[:PER_KIND]:
        group.items.append((p.get_absolute_url(), p.title, p.institution.name))
    return group


def _institutions(user: Any, q: str) -> Group:
    from ortakmasa.registry.models import Institution

    qs = visible(user, Institution.objects.all()).search(q)  # type: ignore[attr-defined]
    group = Group("institutions", _("Institutions"), total=qs.count())
    group.more_url = f"{reverse('registry:institution_list')}?q="
    for i in qs.select_related("district", "province").order_by("sort_key", "id")[:PER_KIND]:
        group.items.append((i.get_absolute_url(), i.name, str(i.district or i.province or "")))
    return group


def _people(user: Any, q: str) -> Group:
    from ortakmasa.registry.models import Person

    qs = visible(user, Person.objects.all()).search(q)  # type: ignore[attr-defined]
    group = Group("people", _("People"), total=qs.count())
    group.more_url = f"{reverse('registry:person_list')}?q="
    for p in qs.order_by("sort_key", "id")[:PER_KIND]:
        group.items.append((p.get_absolute_url(), p.name, ""))
    return group


def _plans(user: Any, q: str) -> Group:
    from ortakmasa.plans.models import Objective, Plan

    ws = words(q)
    group = Group("plans", _("Strategic plans"))
    plans = visible(user, Plan.objects.all())
    for plan in plans.order_by("-id")[:PYTHON_SCAN_LIMIT]:
        if matches(str(plan), ws):
            group.items.append((plan.get_absolute_url(), str(plan), ""))
    objectives = visible(user, Objective.objects.filter(goal__plan__in=plans))
    for obj in objectives.select_related("goal__plan")[:PYTHON_SCAN_LIMIT]:
        if matches(obj.title, ws):
            group.items.append((obj.get_absolute_url(), obj.title, str(obj.goal.plan)))
    group.total = len(group.items)
    group.items = group.items[:PER_KIND]
    return group


def _cooperation(user: Any, q: str) -> Group:
    from ortakmasa.cooperation.models import Cooperation, FundedProject

    ws = words(q)
    group = Group("cooperation", _("Cooperation"))
    coops = visible(user, Cooperation.objects.all()).order_by("-id")[:PYTHON_SCAN_LIMIT]
    for c in coops:
        if matches(c.title, ws):
            group.items.append((c.get_absolute_url(), c.title, ""))
    projects = visible(user, FundedProject.objects.all()).order_by("-id")[:PYTHON_SCAN_LIMIT]
    for p in projects:
        if matches(f"{p.title} {p.acronym}", ws):
            group.items.append((p.get_absolute_url(), p.title, p.acronym))
    group.total = len(group.items)
    group.items = group.items[:PER_KIND]
    return group


def search(request: HttpRequest) -> HttpResponse:
    q = request.GET.get("q", "").strip()[:200]
    groups: list[Group] = []
    if words(q):
        for find in (_meetings, _proposals, _institutions, _people, _plans, _cooperation):
            group = find(request.user, q)
            if group.total:
                groups.append(group)
    return render(request, "search/results.html", {"q": q, "groups": groups})
