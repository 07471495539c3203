"""The meeting list's rows, prepared once per rendering.

The list's table used to resolve about twenty template variables, two
nested loops and a URL per meeting on every uncached request: most of the
page's time once its total is kept on write.  Here each row is written in
one pass, with the same markup the template wrote (a test compares them)."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Prefetch, QuerySet
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator

from ortakmasa.meetings.models import Meeting, MeetingTopic, ReviewStatus
from ortakmasa.registry.models import Institution

_MISSING = "—"


def for_rows(qs: QuerySet[Meeting]) -> QuerySet[Meeting]:
    """``qs`` loading only what the rows show."""
    return (
        qs.select_related("host")
        .only("id", "date", "date_precision", "title", "kind", "review_status", "host__name")
        .prefetch_related(
            Prefetch("guests", queryset=Institution.objects.only("id", "name")),
            Prefetch(
                "topics",
                queryset=MeetingTopic.objects.select_related("theme").only(
                    "id", "meeting_id", "rank", "theme__name_tr", "theme__name_en"
                ),
            ),
        )
    )


def meeting_rows(meetings: Iterable[Meeting]) -> SafeString:
    """The ``<tr>`` rows of the meetings, as ``_meeting_rows.html`` wrote them."""
    before, after = reverse("meetings:meeting_detail", args=[0]).rsplit("0", 1)
    out = []
    for m in meetings:
        badge = (
            f' · <span class="badge">{escape(m.get_review_status_display())}</span>'
            if m.review_status != ReviewStatus.CONFIRMED
            else ""
        )
        host = (m.host.name if m.host else "") or _MISSING
        guests = ", ".join(escape(g.name) for g in m.guests.all()) or _MISSING
        topics = "<br>".join(f"{t.rank}. {escape(t.theme.name)}" for t in m.topics.all())
        out.append(
            f"<tr>\n  <td>{escape(m.date_display())}</td>\n"
            f'  <td><a href="{before}{m.pk}{after}">{escape(Truncator(m.title).chars(90))}</a>'
            f"<br><small>{escape(m.get_kind_display())}{badge}</small></td>\n"
            f"  <td>{escape(host)}</td>\n  <td>{guests}</td>\n  <td>{topics}</td>\n</tr>"
        )
    # Every value above is escaped or a number.
    return mark_safe("".join(out))
