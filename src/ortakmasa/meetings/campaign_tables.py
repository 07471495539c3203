"""The campaign dashboard's lists, prepared once per rendering.

Each row's link, name, numbers and date are written in one pass here and
joined into the list or table body, so the template does not resolve a
dozen variables and a URL tag per institution and meeting on every uncached
request."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from django.urls import reverse
from django.utils.formats import localize
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from ortakmasa.meetings.coverage import Coverage
from ortakmasa.meetings.models import Meeting

_MISSING = "—"


def _date(value: datetime.date | None) -> str:
    return f"{value:%d.%m.%Y}" if value else _MISSING


def _pattern(name: str) -> tuple[str, str]:
    """A URL with one id, reversed once: (before the id, after it)."""
    before, after = reverse(name, args=[0]).rsplit("0", 1)
    return before, after


@dataclass
class CampaignTables:
    to_hear: SafeString  # the <li> items
    rows: SafeString  # the institutions' <tr> rows
    counted: SafeString  # the counted meetings' <tr> rows


def campaign_tables(
    cov: Coverage,
    counted: Iterable[Meeting],
    *,
    can_change: bool,
    exclude_url: str,
    csrf_input: str,
) -> CampaignTables:
    inst_a, inst_b = _pattern("meetings:institution_meetings")
    meet_a, meet_b = _pattern("meetings:meeting_detail")
    leave_out = escape(_("Leave out"))
    to_hear = "".join(
        f'<li><a href="{inst_a}{i.pk}{inst_b}">{escape(i.name)}</a></li>' for i in cov.to_hear
    )
    rows = "".join(
        f'<tr><th scope="row"><a href="{inst_a}{r.institution.pk}{inst_b}">'
        f"{escape(r.institution.name)}</a></th><td>{r.meetings}</td><td>{localize(r.hours)}</td>"
        f"<td>{_date(r.last_date)}</td></tr>"
        for r in cov.rows
    )
    out = []
    for m in counted:
        form = (
            f'<td><form method="post" action="{escape(exclude_url)}" class="inline">{csrf_input}'
            f'<input type="hidden" name="meeting" value="{m.pk}"><button type="submit" '
            f'class="link">{leave_out}</button></form></td>'
            if can_change
            else ""
        )
        host = (m.host.name if m.host else "") or _MISSING
        out.append(
            f'<tr><td>{_date(m.date)}</td><td><a href="{meet_a}{m.pk}{meet_b}">'
            f"{escape(m.title)}</a></td><td>{escape(host)}</td>{form}</tr>"
        )
    # Every value above is escaped or a number.
    return CampaignTables(
        to_hear=mark_safe(to_hear),
        rows=mark_safe(rows),
        counted=mark_safe("".join(out)),
    )
