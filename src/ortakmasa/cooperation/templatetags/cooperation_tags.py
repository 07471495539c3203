"""``{% overdue_commitments_section %}``: overdue commitments on the office
dashboard (the home page includes ``cooperation/_dashboard_overdue.html``)."""

from __future__ import annotations

from typing import Any

from django import template

from ortakmasa.cooperation.services import dashboard_commitments
from ortakmasa.kernel.policy import allowed

register = template.Library()

DASHBOARD_ROWS = 10


@register.inclusion_tag("cooperation/_overdue_section.html", takes_context=True)
def overdue_commitments_section(context: dict[str, Any]) -> dict[str, Any]:
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not allowed(user, "track_commitments"):
        return {"show": False}
    qs = dashboard_commitments(user)
    rows = list(qs[: DASHBOARD_ROWS + 1])
    return {"show": True, "rows": rows[:DASHBOARD_ROWS], "more": len(rows) > DASHBOARD_ROWS}
