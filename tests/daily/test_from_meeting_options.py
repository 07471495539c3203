"""The proposals-from-a-meeting page offers only the meeting's district
and its province's districts (issue 12: an administrator's page rendered
15,310 <option>s)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from ortakmasa.meetings.models import MeetingTopic
from ortakmasa.themes.models import Theme
from tests.conftest import BASAKSEHIR, confirmed_visit, inst

pytestmark = pytest.mark.django_db


def test_few_options(client_for: Callable[[str], Client]) -> None:
    meeting = confirmed_visit(inst(BASAKSEHIR), "Başakşehir ziyareti")
    for rank, theme in enumerate(Theme.objects.order_by("position")[:4], start=1):
        MeetingTopic.objects.create(meeting=meeting, theme=theme, rank=rank)
    html = client_for("admin").get(f"/proposals/from-meeting/{meeting.pk}/").content.decode()
    assert html.count("<option") < 4 * 120
    assert "Başakşehir Belediyesi" in html
