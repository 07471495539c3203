"""The issue's "done when": from the second seed's confirmed İzmit–İBB
meeting a user creates the cooperation with its four topics in order, adds
an EU project with both municipalities as partners, and sees İzmit and İBB
linked in the network and each in the other's matches for earthquake
preparedness."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from ortakmasa.cooperation.models import Cooperation, FundedProject
from ortakmasa.meetings.demo import load_seed_meetings
from ortakmasa.meetings.models import Meeting, MeetingKind
from ortakmasa.registry.models import Institution
from tests.conftest import IBB
from tests.cooperation.helpers import form_data

pytestmark = pytest.mark.django_db

IZMIT = "municipality:district:41:İzmit"


def test_from_the_seed_meeting_to_network_and_matches(
    client_for: Callable[[str], Client],
) -> None:
    load_seed_meetings()
    ibb = Institution.objects.get(reference_key=IBB)
    izmit = Institution.objects.get(reference_key=IZMIT)
    meeting = Meeting.objects.get(kind=MeetingKind.DELEGATION, host=ibb)
    client = client_for("office")

    # 1. Propose the cooperation from the meeting: pre-filled.
    url = reverse("cooperation:from_meeting", args=[meeting.pk])
    page = client.get(url)
    assert page.status_code == 200
    parties = page.context["party_forms"].initial
    assert [p["institution_name"] for p in parties] == [ibb, izmit]
    assert parties[0]["unit_name"] == "AB İlişkileri Daire Başkanlığı"
    assert parties[1]["unit_name"] == "Strateji Geliştirme Müdürlüğü"
    topics = page.context["topic_forms"].initial
    assert [t["rank"] for t in topics] == list(range(1, len(topics) + 1))
    assert len(topics) == 7

    # The four agreed topics stay; İzmit's wishes (ranks 5–7) are removed.
    data = form_data(
        page.context,
        {"party_forms": {}, "topic_forms": {"delete": {4, 5, 6}}, "commitment_forms": {}},
    )
    data["form"] = "experience_exchange"
    response = client.post(url, data)
    assert response.status_code == 302, response.context and [
        response.context["form"].errors,
        response.context["party_forms"].errors,
        response.context["party_forms"].non_form_errors(),
        response.context["topic_forms"].errors,
    ]
    coop = Cooperation.objects.get()
    assert [t.theme.code for t in coop.topics.order_by("rank")] == [
        "disaster_earthquake",
        "energy",
        "transport",
        "social_services",
    ]
    assert list(coop.meetings.all()) == [meeting]
    assert {p.institution for p in coop.parties.all()} == {ibb, izmit}

    # 2. Add an EU project with both municipalities as partners.
    url = reverse("cooperation:project_create") + f"?cooperation={coop.pk}"
    page = client.get(url)
    assert page.status_code == 200
    data = form_data(page.context, {"partner_forms": {}})
    data.update({"title": "Depreme hazır kentler", "funder": "eu", "currency": "EUR"})
    data.update({"application_status": "submitted", "grant_status": "none"})
    data.update({"budget": "100000", "co_financing": "15000", "grant_amount": "85000"})
    response = client.post(url, data)
    assert response.status_code == 302, response.context and [
        response.context["form"].errors,
        response.context["partner_forms"].errors,
        response.context["partner_forms"].non_form_errors(),
    ]
    project = FundedProject.objects.get()
    assert project.cooperation == coop
    assert {(p.institution, p.role) for p in project.partners.all()} == {
        (ibb, "coordinator"),
        (izmit, "partner"),
    }
    assert "disaster_earthquake" in {t.code for t in project.themes.all()}

    # 3. İzmit and İBB are linked in the network (page, download and API).
    page = client.get(reverse("cooperation:network"), {"theme": "disaster_earthquake"})
    assert page.status_code == 200
    pair = {str(ibb.pk), str(izmit.pk)}
    edges = [e for e in page.context["net"].edges if {e.source, e.target} == pair]
    assert len(edges) == 1
    assert (edges[0].meetings, edges[0].cooperations, edges[0].projects) == (1, 1, 1)
    assert "İzmit Belediyesi" in page.content.decode()
    api = client.get("/api/v1/network/", {"theme": "disaster_earthquake"}).json()
    assert any({e["source"], e["target"]} == pair for e in api["edges"])

    # 4. Each is among the other's matches for earthquake preparedness.
    for me, other in ((ibb, izmit), (izmit, ibb)):
        page = client.get(
            reverse("cooperation:matches", args=[me.pk]), {"theme": "disaster_earthquake"}
        )
        assert page.status_code == 200
        found = {m.institution: m for m in page.context["result"].matches}
        assert other in found
        match = found[other]
        assert match.shared_cooperations == 1 and match.shared_projects == 1
        assert [e["id"] for e in match.projects] == [project.pk]
        assert match.score == 1 + 3 + 5
