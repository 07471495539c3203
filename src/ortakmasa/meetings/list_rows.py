"""The meeting list's rows, prepared once per rendering.

The list's table used to resolve about twenty template variables, two
nested loops and a URL per meeting on every uncached request: most of the
page's time once its total is kept on write.  Here each row is written in
one pass from plain values (no model instances), with the same markup the
template wrote (a test compares them)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from django.db.models import QuerySet
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language

from ortakmasa.meetings.models import (
    Meeting,
    MeetingKind,
    MeetingTopic,
    ReviewStatus,
    date_display,
)

_MISSING = "—"
#: The columns the rows show: plain values, no model instances.
ROW_FIELDS = ("id", "date", "date_precision", "title", "kind", "review_status", "host__name")


def for_rows(qs: QuerySet[Meeting]) -> QuerySet[Any]:
    """``qs`` as the values the rows show."""
    return qs.values(*ROW_FIELDS)


def meeting_rows(meetings: Iterable[dict[str, Any]]) -> SafeString:
    """The ``<tr>`` rows of the meetings (dictionaries from ``for_rows``),
    as ``_meeting_rows.html`` wrote them."""
    rows = list(meetings)
    ids = [m["id"] for m in rows]
    guests: dict[int, list[str]] = defaultdict(list)
    topics: dict[int, list[str]] = defaultdict(list)
    if ids:
        for meeting_id, name in (
            Meeting.guests.through.objects.filter(meeting_id__in=ids)
            # The institutions' own order, as ``m.guests.all`` read them.
            .order_by("institution__sort_key", "institution_id")
            .values_list("meeting_id", "institution__name")
        ):
            guests[meeting_id].append(escape(name))
        name = "theme__name_en" if (get_language() or "tr").startswith("en") else "theme__name_tr"
        for meeting_id, rank, theme in (
            MeetingTopic.objects.filter(meeting_id__in=ids)
            .order_by("rank", "id")
            .values_list("meeting_id", "rank", name)
        ):
            topics[meeting_id].append(f"{rank}. {escape(theme)}")
    kinds = {value: escape(label) for value, label in MeetingKind.choices}
    statuses = {value: escape(label) for value, label in ReviewStatus.choices}
    before, after = reverse("meetings:meeting_detail", args=[0]).rsplit("0", 1)
    out = []
    for m in rows:
        status = m["review_status"]
        badge = (
            f' · <span class="badge">{statuses.get(status, escape(status))}</span>'
            if status != ReviewStatus.CONFIRMED
            else ""
        )
        pk = m["id"]
        out.append(
            f"<tr>\n  <td>{escape(date_display(m['date'], m['date_precision']))}</td>\n"
            f'  <td><a href="{before}{pk}{after}">{escape(Truncator(m["title"]).chars(90))}</a>'
            f"<br><small>{kinds.get(m['kind'], escape(m['kind']))}{badge}</small></td>\n"
            f"  <td>{escape(m['host__name'] or _MISSING)}</td>\n"
            f"  <td>{', '.join(guests.get(pk, ())) or _MISSING}</td>\n"
            f"  <td>{'<br>'.join(topics.get(pk, ()))}</td>\n</tr>"
        )
    # Every value above is escaped or a number.
    return mark_safe("".join(out))


#: The columns of an institution's meeting table.
INSTITUTION_ROW_FIELDS = ("id", "date", "date_precision", "title", "kind", "host_id", "host__name")


def institution_rows(meetings: Iterable[dict[str, Any]], institution_id: int) -> SafeString:
    """The rows of an institution's meeting table (dictionaries with
    ``INSTITUTION_ROW_FIELDS``), as ``_institution_meetings_body.html``'s
    loop wrote them: the other side of each meeting, host first."""
    rows = list(meetings)
    guests: dict[int, list[tuple[int, str]]] = defaultdict(list)
    if rows:
        for meeting_id, guest_id, name in (
            Meeting.guests.through.objects.filter(meeting_id__in=[m["id"] for m in rows])
            .order_by("institution__sort_key", "institution_id")
            .values_list("meeting_id", "institution_id", "institution__name")
        ):
            guests[meeting_id].append((guest_id, name))
    kinds = {value: escape(label) for value, label in MeetingKind.choices}
    before, after = reverse("meetings:meeting_detail", args=[0]).rsplit("0", 1)
    out = []
    for m in rows:
        pk = m["id"]
        host_shown = m["host_id"] is not None and m["host_id"] != institution_id
        others = escape(m["host__name"]) if host_shown else ""
        for i, (guest_id, name) in enumerate(guests.get(pk, ())):
            if guest_id != institution_id:
                # The former loop's rule: a comma before every guest but the
                # loop's first, even when the first was the institution itself.
                others += (", " if i or host_shown else "") + escape(name)
        out.append(
            f"<tr><td>{escape(date_display(m['date'], m['date_precision']))}</td>"
            f'<td><a href="{before}{pk}{after}">{escape(Truncator(m["title"]).chars(90))}</a>'
            f"<br><small>{kinds.get(m['kind'], escape(m['kind']))}</small></td>"
            f"<td>{others}</td></tr>\n"
        )
    # Every value above is escaped or a number.
    return mark_safe("".join(out))
