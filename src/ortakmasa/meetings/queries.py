"""The meeting list's filters, one definition for the page and the API."""

from __future__ import annotations

import datetime
from typing import Any

from django.db.models import Q, QuerySet
from django.http import HttpRequest

from ortakmasa.kernel.policy import allowed, visible
from ortakmasa.lib.params import is_id
from ortakmasa.lib.turkish import search_terms
from ortakmasa.meetings.models import Meeting, MeetingKind, Participation, ReviewStatus


def filtered_meetings(request: HttpRequest) -> tuple[QuerySet[Meeting], dict[str, Any]]:
    """The meetings the user may see, narrowed by the list's filters."""
    qs = visible(request.user, Meeting.objects.all())
    params = request.GET
    f: dict[str, Any] = {
        k: params.get(k, "")
        for k in (
            "institution",
            "person",
            "theme",
            "kind",
            "date_from",
            "date_to",
            "campaign",
            "review",
            "q",
        )
    }
    applied = []
    if is_id(f["institution"]):
        inst_id = int(f["institution"])
        applied.append(f"inst:{inst_id}")
        qs = qs.filter(
            Q(host_id=inst_id)
            | Q(
                pk__in=Meeting.guests.through.objects.filter(institution_id=inst_id).values(
                    "meeting_id"
                )
            )
        )
    if is_id(f["person"]):
        applied.append("person")
        qs = qs.filter(
            pk__in=Participation.objects.filter(person_id=int(f["person"])).values("meeting_id")
        )
    if f["theme"]:
        applied.append("theme")
        qs = qs.filter(topics__theme__code=f["theme"])
    if f["kind"] in MeetingKind.values:
        applied.append("kind")
        qs = qs.filter(kind=f["kind"])
    for key, lookup in (("date_from", "date__gte"), ("date_to", "date__lte")):
        try:
            if f[key]:
                applied.append(key)
                qs = qs.filter(**{lookup: datetime.date.fromisoformat(f[key])})
        except ValueError:
            f[key] = ""
    if is_id(f["campaign"]):
        applied.append("campaign")
        qs = qs.filter(campaign_id=int(f["campaign"]))
    if f["review"] in ReviewStatus.values:
        applied.append("review")
        qs = qs.filter(review_status=f["review"])
    if f["q"]:
        applied.append("q")
        # Turkish-aware, on stored keys: "üsküdar", "KADIKÖY", "arnavutkoy".
        qs = search_meetings(qs, f["q"])
    # The list's total is kept on write (meetings.tallies) for the views
    # opened most: no filter, or one institution.
    if not applied:
        f["tally_key"] = "all"
    elif len(applied) == 1 and applied[0].startswith("inst:"):
        f["tally_key"] = applied[0]
    return qs.order_by("-date", "-id"), f


def meeting_total(user: Any, qs: QuerySet[Meeting], key: str | None) -> int | None:
    """How many meetings ``qs`` (the user's visible meetings, narrowed to
    ``key``) holds: the kept number of those that are not drafts, plus the
    few drafts the user may see, counted now (an index holds only drafts).
    None when no number is kept for ``key``."""
    if key is None:
        return None
    from ortakmasa.meetings import tallies

    public = not allowed(user, "read_unpublished_meetings")
    kept = tallies.total(key, public=public)
    return kept + qs.filter(review_status=ReviewStatus.DRAFT).count()


def search_meetings(qs: QuerySet[Any], query: str) -> QuerySet[Any]:
    """Meetings whose title or place, host or a visitor contains every
    word (a meeting hosted by Üsküdar Belediyesi is found by "uskudar")."""
    through = Meeting.guests.through
    # Each word also by its stem: "kadıköyde" finds Kadıköy (lib.turkish).
    for forms in search_terms(query):
        own, host, guest = Q(), Q(), Q()
        for form in forms:
            own |= Q(search_text__contains=form)
            host |= Q(host__search_key_ascii__contains=form)
            guest |= Q(institution__search_key_ascii__contains=form)
        guests = through.objects.filter(guest).values("meeting_id")
        qs = qs.filter(own | host | Q(pk__in=guests))
    return qs
