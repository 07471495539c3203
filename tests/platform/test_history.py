"""Change records are shown in plain words: field labels, names of related
objects, choice labels — never field names, ids or stored codes."""

from __future__ import annotations

import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from ortakmasa.kernel.history import EMPTY, describe, describe_all, diff
from ortakmasa.monitoring.models import ValueEvent
from ortakmasa.plans.models import ChangeAction, PlanChange
from ortakmasa.plans.sample import make_plan
from ortakmasa.proposals.models import Proposal, ProposalEvent
from ortakmasa.registry.models import Institution
from ortakmasa.themes.models import Theme
from tests.conftest import BASAKSEHIR, IBB, inst

pytestmark = pytest.mark.django_db


def _proposal() -> Proposal:
    return Proposal.objects.create(institution=inst(BASAKSEHIR), title="Kavşak", text="Kavşak.")


def test_a_proposal_change_reads_as_words() -> None:
    proposal = _proposal()
    event = ProposalEvent.objects.create(
        proposal=proposal,
        action="changed",
        changes={
            "institution": [None, inst(BASAKSEHIR).pk],
            "status": ["new", "under_review"],
            "is_public": [False, True],
            "themes": [[], ["transport"]],
        },
    )
    with translation.override("tr"):
        lines = {line.label: (line.old, line.new) for line in describe(event)}
        public_label = str(Proposal._meta.get_field("is_public").verbose_name)
        transport = str(Theme.objects.get(code="transport"))
    assert lines == {
        "Öneren": (EMPTY, inst(BASAKSEHIR).name),
        "Durum": ("yeni", "inceleniyor"),
        public_label[0].upper() + public_label[1:]: ("hayır", "evet"),
        "Temalar": (EMPTY, transport),
    }


def test_a_deleted_related_object_is_named_as_deleted() -> None:
    gone_pk = Institution.objects.order_by("-pk").values_list("pk", flat=True)[0] + 1000
    event = ProposalEvent.objects.create(
        proposal=_proposal(), action="changed", changes={"institution": [gone_pk, None]}
    )
    with translation.override("en"):
        (line,) = describe(event)
    assert (line.old, line.new) == (f"{gone_pk} (deleted)", EMPTY)


def test_plan_and_value_records_use_the_same_rendering() -> None:
    plan = make_plan(inst(IBB), goals=1, objectives=1, indicators=1)
    change = PlanChange.objects.create(
        plan=plan, action=ChangeAction.STATUS, changes={"status": ["draft", "published"]}
    )
    value_event = ValueEvent(action="changed", changes={"value": ["10", "12"]})
    with translation.override("tr"):
        assert [(x.label, x.old, x.new) for x in describe(change)] == [
            ("Durum", "taslak", "yayımlandı")
        ]
        assert [(x.label, x.old, x.new) for x in describe(value_event)] == [("Değer", "10", "12")]


def test_names_are_looked_up_once_for_many_records() -> None:
    proposal = _proposal()
    others = list(Institution.objects.filter(parent__isnull=True)[:20])
    events = [
        ProposalEvent.objects.create(
            proposal=proposal, action="changed", changes={"institution": [a.pk, b.pk]}
        )
        for a, b in itertools.pairwise(others)
    ]
    with CaptureQueriesContext(connection) as ctx:
        described = describe_all(events)
    assert len(ctx.captured_queries) == 1
    assert described[0].lines[0].new == others[1].name  # type: ignore[attr-defined]


def test_diff_keeps_ids_and_codes_in_the_record() -> None:
    assert diff({"institution": None, "status": "new"}, {"institution": 7, "status": "new"}) == {
        "institution": [None, 7]
    }


def test_a_change_of_storage_only_is_not_shown() -> None:
    event = ProposalEvent(
        proposal=_proposal(), action="changed", changes={"neighbourhood": [None, ""]}
    )
    assert describe(event) == []
