"""Personal data of survey respondents and citizens (KVKK): everything kept
about one e-mail address, exported or erased.  Erasing keeps the
aggregates: closed answers stay (without who gave them), open-text answers
(which may name the person) and the identity go."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from ortakmasa.surveys import totals
from ortakmasa.surveys.answering import load_questions
from ortakmasa.surveys.citizens import email_key
from ortakmasa.surveys.models import (
    CitizenProposal,
    Kind,
    Question,
    Response,
    ResponseStatus,
    Support,
)


def _responses(email: str) -> Any:
    return Response.objects.filter(email__iexact=email.strip()).select_related("survey")


def export(email: str) -> dict[str, Any]:
    email = email.strip()
    return {
        "email": email,
        "survey_responses": [
            {
                "survey": r.survey.title,
                "name": r.name,
                "email": r.email,
                "status": r.status,
                "started_at": r.started_at.isoformat(),
                "submitted_at": r.submitted_at.isoformat() if r.submitted_at else None,
                "answers": r.answers,
            }
            for r in _responses(email)
        ],
        "citizen_proposals": [
            {
                "title": c.title,
                "description": c.description,
                "name": c.name,
                "email": c.email,
                "status": c.status,
                "reason": c.reason,
                "created_at": c.created_at.isoformat(),
            }
            for c in CitizenProposal.objects.filter(email__iexact=email)
        ],
        "supports": [
            {"proposal": s.citizen_proposal.title, "confirmed": s.confirmed_at is not None}
            for s in Support.objects.filter(email_key=email_key(email)).select_related(
                "citizen_proposal"
            )
        ],
    }


@transaction.atomic
def erase(email: str) -> dict[str, int]:
    email = email.strip()
    text_keys = {q.key for q in Question.objects.filter(kind=Kind.TEXT).only("pk")}
    responses = list(_responses(email).select_for_update())
    questions: dict[int, list[Question]] = {}
    for r in responses:
        before = dict(r.answers or {})
        r.answers = {k: v for k, v in before.items() if k not in text_keys}
        r.name = r.email = r.session_key = r.fingerprint = ""
        if r.status == ResponseStatus.SUBMITTED and r.answers != before:
            # The results lose the erased open answers, in this transaction.
            if r.survey_id not in questions:
                questions[r.survey_id] = load_questions(r.survey)
            totals.changed(r, before, questions[r.survey_id])
    Response.objects.bulk_update(
        responses, ["answers", "name", "email", "session_key", "fingerprint"]
    )
    proposals = CitizenProposal.objects.filter(email__iexact=email).update(name="", email="")
    # The hash stays, so the person still counts once among the supporters.
    supports = Support.objects.filter(email_key=email_key(email)).update(email="")
    return {"responses": len(responses), "citizen_proposals": proposals, "supports": supports}
