"""What a district liaison is told: the strategy office's decisions on its
institution's proposals (a status set, a merge), on its home page and in
the e-mail digest (``ortakmasa cooperation_digest``)."""

from __future__ import annotations

import datetime
from typing import Any

from django.db.models import QuerySet

from ortakmasa.kernel.policy import allowed, scope_q, visible
from ortakmasa.proposals.models import EventAction, ProposalEvent

TOLD = (EventAction.STATUS, EventAction.MERGED)


def decisions_for(user: Any, since: datetime.datetime) -> QuerySet[ProposalEvent]:
    if not allowed(user, "hear_decisions"):
        return ProposalEvent.objects.none()
    qs = (
        ProposalEvent.objects.filter(action__in=TOLD, at__gte=since)
        .filter(scope_q(user, "proposal__institution__"))
        .exclude(user=user)
    )
    return visible(user, qs).select_related("proposal").order_by("-at", "-id")
