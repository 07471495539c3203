"""History has one way in and one way out: every row is written through
``kernel.history.record``/``entry`` (no app builds rows or diffs of its
own), and the pages show it in words — never field names, stored codes or
ids."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from django.apps import apps
from django.test import Client

from ortakmasa.accounts.models import User
from ortakmasa.kernel.history import ChangeRecord
from ortakmasa.proposals import services
from ortakmasa.proposals.models import Proposal, Status
from tests.conftest import BASAKSEHIR, KADIKOY, inst

SRC = Path(__file__).resolve().parents[2] / "src" / "ortakmasa"
KERNEL_HISTORY = SRC / "kernel" / "history.py"


def _sources() -> list[Path]:
    return [p for p in SRC.rglob("*.py") if "migrations" not in p.parts and p != KERNEL_HISTORY]


def test_every_history_model_is_a_change_record() -> None:
    found = {m._meta.label for m in apps.get_models() if issubclass(m, ChangeRecord)}
    assert found == {
        "cycle.CycleChange",
        "monitoring.ValueEvent",
        "plans.PlanChange",
        "proposals.ProposalEvent",
    }


def test_rows_are_written_only_through_the_kernel_service() -> None:
    names = "|".join(m.__name__ for m in apps.get_models() if issubclass(m, ChangeRecord))
    by_hand = re.compile(
        rf"\b({names})\.objects\.(create|get_or_create|update_or_create)\("
        rf"|\b({names})\((?:[^()]|\([^()]*\))*\bchanges="
    )
    offenders = [
        f"{p.relative_to(SRC)}: {m.group(0)[:60]}"
        for p in _sources()
        for m in by_hand.finditer(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_no_second_diff_or_plain_helper() -> None:
    helper = re.compile(r"^\s*def (_?plain|_?diff|_changes)\(", re.MULTILINE)
    offenders = [
        f"{p.relative_to(SRC)}: {m.group(0).strip()}"
        for p in _sources()
        for m in helper.finditer(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


@pytest.mark.django_db
def test_the_proposal_page_shows_the_history_in_words(
    users: dict[str, User], client_for: Callable[[str], Client]
) -> None:
    proposal = services.create_proposal(
        Proposal(institution=inst(BASAKSEHIR), title="Kavşak düzenlemesi", text="Kavşak."),
        users["office"],
    )
    before = services.snapshot(proposal)
    proposal.institution = inst(KADIKOY)
    services.update_proposal(proposal, users["office"], before)
    services.set_status(proposal, users["office"], Status.UNDER_REVIEW, "İnceleniyor.")
    page = client_for("office").get(proposal.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="tr")
    assert page.status_code == 200
    html = page.content.decode()
    history = html[html.index('id="history-heading"') :]
    assert "Kadıköy" in history
    for raw in ("under_review", "institution:", "status:", f"→ {inst(KADIKOY).pk}<"):
        assert raw not in history, raw
