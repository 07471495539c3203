"""Cooperation pages, network, matches, follow-up and exports."""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from typing import Any

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.template import Context, Template
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from ortakmasa.accounts.models import User
from ortakmasa.cooperation import network_index
from ortakmasa.cooperation.models import Commitment, Cooperation
from ortakmasa.cooperation.network import NetworkFilters, build_network
from ortakmasa.meetings.models import Meeting, MeetingKind
from ortakmasa.registry.models import Institution
from tests.conftest import BASAKSEHIR, IBB, KADIKOY
from tests.cooperation.helpers import make_cooperation, make_project

pytestmark = pytest.mark.django_db


def inst(key: str) -> Institution:
    return Institution.objects.get(reference_key=key)


def many(n: int) -> None:
    districts = list(
        Institution.objects.filter(kind="district_municipality", province__plate=34)[:20]
    )
    ibb = inst(IBB)
    for i in range(n):
        make_cooperation(
            [ibb, districts[i % len(districts)]],
            ["disaster_earthquake", "transport"],
            title=f"İşbirliği {i}",
        )
        make_project([districts[i % len(districts)], ibb], ["disaster_earthquake"])
        meeting = Meeting.objects.create(
            kind=MeetingKind.VISIT,
            title=f"Toplantı {i}",
            date=datetime.date(2024, 1, 1),
            host=districts[i % len(districts)],
            is_public=True,
        )
        meeting.guests.set([ibb])


@pytest.mark.parametrize(
    "url",
    [
        "cooperation:list",
        "cooperation:project_list",
        "cooperation:network",
        "matches",
        "cooperation-list",
        "project-list",
        "network-list",
    ],
)
def test_query_count_does_not_grow(
    url: str, client_for: Callable[[str], Client], django_capture_on_commit_callbacks: Any
) -> None:
    client = client_for("office")

    def count() -> int:
        target = (
            reverse("cooperation:matches", args=[inst(IBB).pk])
            if url == "matches"
            else reverse(url)
        )
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(target).status_code == 200
        return len(ctx.captured_queries)

    # The records are written as a bulk load is (upkeep of the network index
    # suspended, then one rebuild): what is measured is the pages' queries,
    # and record-by-record upkeep would cost minutes here for nothing.
    with network_index.suspended():
        many(10)
    network_index.rebuild()
    small = count()
    # Committed, as in production: the data generations move on commit.
    with django_capture_on_commit_callbacks(execute=True):
        with network_index.suspended():
            many(190)
        network_index.rebuild()
    assert count() == small


def test_network_groups_by_kind_and_province() -> None:
    make_cooperation([inst(IBB), inst(BASAKSEHIR), inst(KADIKOY)], ["transport"])
    f = NetworkFilters(group="kind")
    net = build_network(f)
    pairs = {(e.source, e.target): e.cooperations for e in net.edges}
    assert pairs == {("district_municipality", "metropolitan_municipality"): 1}
    f = NetworkFilters(group="province")
    assert build_network(f).edges == []  # all three are in İstanbul
    f = NetworkFilters(theme="energy")
    assert build_network(f).edges == []


def test_network_page_draws_the_strongest_links_and_says_so(
    client_for: Callable[[str], Client], monkeypatch: pytest.MonkeyPatch
) -> None:
    from ortakmasa.cooperation import views

    districts = list(
        Institution.objects.filter(kind="district_municipality", province__plate=34)[:4]
    )
    ibb = inst(IBB)
    make_cooperation([ibb, *districts], ["transport"])  # 10 links among 5 nodes
    make_cooperation([ibb, districts[0]], ["transport"])  # the strongest link
    monkeypatch.setattr(views, "MAX_DRAWN_LINKS", 3)
    client = client_for("office")
    html = client.get(reverse("cooperation:network")).content.decode()
    assert "en güçlü 3 bağ çizilir" in html
    table = html.split("<tbody>")[1].split("</tbody>")[0]
    assert table.count("<tr>") == 3
    assert html.count("<line x1=") - 3 == 3  # the legend draws three lines
    assert ibb.name in table.split("</tr>")[0] and districts[0].name in table.split("</tr>")[0]
    # The downloads keep every link.
    data = json.loads(client.get(reverse("cooperation:network_export", args=["json"])).content)
    assert len(data["edges"]) == 10


def test_network_hides_what_the_public_may_not_see(client_for: Callable[[str], Client]) -> None:
    make_cooperation([inst(IBB), inst(BASAKSEHIR)], ["transport"], public=False)
    assert client_for("public").get("/api/v1/network/").json()["edges"] == []
    assert len(client_for("office").get("/api/v1/network/").json()["edges"]) == 1


def test_network_downloads_and_bad_filters(client_for: Callable[[str], Client]) -> None:
    make_cooperation([inst(IBB), inst(BASAKSEHIR)], ["transport"])
    client = client_for("office")
    csv = client.get(reverse("cooperation:network_export", args=["csv"])).content.decode()
    assert "İstanbul Büyükşehir Belediyesi" in csv and "Başakşehir Belediyesi" in csv
    data = json.loads(client.get(reverse("cooperation:network_export", args=["json"])).content)
    assert data["totals"]["cooperations"] == 1
    response = client.get("/api/v1/network/", {"date_from": "2024-13-01"})
    assert response.status_code == 400 and "error" in response.json()
    page = client.get(reverse("cooperation:network"), {"group": "party", "people": "1"})
    assert page.status_code == 200 and "<svg" in page.content.decode()


def test_creating_for_someone_else_is_refused(client_for: Callable[[str], Client]) -> None:
    """Kadıköy's liaison may not record a cooperation between İBB and
    Başakşehir: a clear message, nothing saved."""
    client = client_for("other_liaison")
    data = {
        "title": "Başkasının işbirliği",
        "form": "protocol",
        "status": "proposed",
        "party-TOTAL_FORMS": 2,
        "party-INITIAL_FORMS": 0,
        "party-0-institution_name": "İstanbul Büyükşehir Belediyesi",
        "party-0-role": "lead",
        "party-1-institution_name": "Başakşehir Belediyesi",
        "party-1-role": "partner",
        "topic-TOTAL_FORMS": 0,
        "topic-INITIAL_FORMS": 0,
        "commitment-TOTAL_FORMS": 0,
        "commitment-INITIAL_FORMS": 0,
    }
    response = client.post(reverse("cooperation:create"), data)
    assert response.status_code == 200
    assert "sorumlu olduğunuz" in str(response.context["form"].non_field_errors())
    assert not Cooperation.objects.exists()
    data["party-1-institution_name"] = "Kadıköy Belediyesi"
    response = client.post(reverse("cooperation:create"), data)
    assert response.status_code == 302
    data["party-1-institution_name"] = "Böyle Bir Kurum Yok"
    response = client.post(reverse("cooperation:create"), data)
    assert response.status_code == 200 and Cooperation.objects.count() == 1


def test_overdue_commitments_on_dashboard_institution_page_and_digest(
    users: dict[str, User | None], client_for: Callable[[str], Client]
) -> None:
    coop = make_cooperation([inst(IBB), inst(BASAKSEHIR)], ["transport"])
    Commitment.objects.create(
        cooperation=coop,
        text="Geciken iş",
        owner_institution=inst(BASAKSEHIR),
        due_date=datetime.date(2020, 1, 1),
    )
    Commitment.objects.create(
        cooperation=coop, text="Biten iş", due_date=datetime.date(2020, 1, 1), status="done"
    )
    request = RequestFactory().get("/")
    request.user = users["office"]  # type: ignore[assignment]
    html = Template('{% include "cooperation/_dashboard_overdue.html" %}').render(
        Context({"request": request})
    )
    assert "Geciken iş" in html and "Biten iş" not in html
    page = client_for("liaison").get(reverse("cooperation:institution", args=[inst(BASAKSEHIR).pk]))
    assert "Geciken iş" in page.content.decode()
    request.user = users["other_liaison"]  # type: ignore[assignment]
    html = Template('{% include "cooperation/_dashboard_overdue.html" %}').render(
        Context({"request": request})
    )
    assert "Geciken iş" not in html
    for name in ("office", "liaison", "other_liaison"):
        user = users[name]
        assert user is not None
        user.email = f"{name}@example.org"
        user.save()
    call_command("cooperation_digest", verbosity=0)
    assert sorted(m.to[0] for m in mail.outbox) == ["liaison@example.org", "office@example.org"]
    assert "Geciken iş" in mail.outbox[0].body


def test_exports(client_for: Callable[[str], Client]) -> None:
    make_cooperation([inst(IBB), inst(BASAKSEHIR)], ["transport"], title="Ulaşım işbirliği")
    make_project([inst(IBB), inst(BASAKSEHIR)], ["transport"])
    client = client_for("public")
    csv = client.get(reverse("cooperation:export", args=["csv"])).content.decode("utf-8-sig")
    assert "Ulaşım işbirliği" in csv
    xlsx = client.get(reverse("cooperation:project_export", args=["xlsx"]))
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")
    api = client.get("/api/v1/cooperations/", {"theme": "transport"}).json()
    assert api["results"][0]["topics"] == ["transport"]
    api = client.get("/api/v1/projects/").json()
    assert {p["role"] for p in api["results"][0]["partners"]} == {"coordinator", "partner"}


def test_demo_is_idempotent() -> None:
    from ortakmasa.cooperation.demo import load_demo_cooperation
    from ortakmasa.meetings.demo import load_seed_meetings

    load_seed_meetings()
    load_demo_cooperation()
    load_demo_cooperation()
    coop = Cooperation.objects.get(title__startswith="İBB – İzmit")
    assert [t.theme.code for t in coop.topics.all()] == [
        "disaster_earthquake",
        "energy",
        "transport",
        "social_services",
    ]
    assert coop.meetings.count() == 1
    assert Cooperation.objects.count() >= 4


def test_documents_are_downloaded_through_the_permission_check(
    client_for: Callable[[str], Client],
) -> None:
    from django.core.files.base import ContentFile
    from django.core.files.uploadedfile import SimpleUploadedFile

    from ortakmasa.cooperation.models import CooperationDocument

    coop = make_cooperation([inst(IBB), inst(BASAKSEHIR)], ["transport"], public=False)
    doc = CooperationDocument(cooperation=coop, title="Protokol")
    doc.file.save("protokol.pdf", ContentFile(b"%PDF-1.4 protokol"), save=True)
    page = client_for("office").get(reverse("cooperation:detail", args=[coop.pk]))
    content = page.content.decode()
    assert "/media/" not in content
    assert reverse("cooperation:document_download", args=[doc.pk]) in content
    download = client_for("office").get(reverse("cooperation:document_download", args=[doc.pk]))
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == b"%PDF-1.4 protokol"
    assert client_for("public").get(doc.href).status_code == 403
    # The upload form bounds the size and checks the content.
    big = SimpleUploadedFile("protokol.pdf", b"MZ not a pdf")
    response = client_for("office").post(
        reverse("cooperation:document_add", args=[coop.pk]), {"title": "x", "file": big}
    )
    assert CooperationDocument.objects.filter(cooperation=coop).count() == 1
    assert response.status_code in (200, 302)
