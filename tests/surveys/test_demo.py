"""The demo: a citizen survey with 2,000 answers across the 39 districts, a
stakeholder survey to 40 institutions with 25 answers, a staff survey, and
60 citizens' proposals in every state; loading twice changes nothing."""

from __future__ import annotations

import pytest

from ortakmasa.proposals.demo import load_demo_proposals
from ortakmasa.proposals.models import Channel, Proposal
from ortakmasa.site.demo import load_demo_users
from ortakmasa.surveys import results
from ortakmasa.surveys.demo import CITIZEN_TITLE, STAFF_TITLE, STAKEHOLDER_TITLE, load_demo_surveys
from ortakmasa.surveys.models import CitizenProposal, CitizenStatus, ResponseStatus, Survey

pytestmark = pytest.mark.django_db


def test_demo_surveys_and_proposals() -> None:
    load_demo_users()
    load_demo_proposals()
    load_demo_surveys()
    citizen = Survey.objects.get(title=CITIZEN_TITLE)
    answers = citizen.responses.filter(status=ResponseStatus.SUBMITTED)
    assert answers.count() == 2000
    assert answers.values("district").distinct().count() == 39
    assert citizen.is_open()
    stakeholder = Survey.objects.get(title=STAKEHOLDER_TITLE)
    assert stakeholder.invitations.count() == 40
    assert stakeholder.responses.count() == 25
    scores = results.stakeholder_scores(stakeholder)
    assert len(scores) == 25 and all(s.influence and s.importance for s in scores)
    assert Survey.objects.get(title=STAFF_TITLE).responses.exists()

    items = CitizenProposal.objects.all()
    assert items.count() == 60
    states = {s: items.filter(status=s).count() for s in CitizenStatus.values}
    assert all(states[s] > 0 for s in CitizenStatus.values), states
    assert all(i.reason for i in items.filter(status=CitizenStatus.HIDDEN))
    merged = items.filter(status=CitizenStatus.MERGED)
    assert all(i.proposal and i.proposal.cluster_id for i in merged)
    assert Proposal.objects.filter(channel=Channel.CITIZEN_FORM).count() == (
        states[CitizenStatus.PUBLISHED] + states[CitizenStatus.MERGED] + 0
    )

    before = (Survey.objects.count(), CitizenProposal.objects.count())
    load_demo_surveys()
    assert (Survey.objects.count(), CitizenProposal.objects.count()) == before
