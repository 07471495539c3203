"""Institutions, people and plan objectives on the cooperation and proposal
forms are chosen from the records with the keyboard picker (the meeting
forms' ``registry.widgets.RecordPicker``), never typed to match: a chosen
record is saved as chosen, a typed name is accepted only when it names one
record, and anything else is refused with a Turkish message."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client

from ortakmasa.cooperation.models import Commitment, Cooperation
from ortakmasa.plans.models import Objective
from ortakmasa.plans.sample import make_plan
from ortakmasa.proposals import services
from ortakmasa.proposals.models import Proposal, Status
from ortakmasa.registry.models import Institution, Person
from tests.formpost import form_data, form_index_with

pytestmark = pytest.mark.django_db

IBB = "municipality:province:34"
BASAKSEHIR = "municipality:district:34:Başakşehir"


def _inst(key: str) -> Institution:
    return Institution.objects.get(reference_key=key)


def _cooperation_post(client: Client, **rows: object) -> tuple[int, str]:
    html = client.get("/cooperation/new/").content.decode()
    data = form_data(html, form_index_with(html, "party-TOTAL_FORMS"))
    data.update(
        {"title": "Ortak bisiklet yolu ağı", "form": "protocol", "status": "proposed", **rows}
    )
    response = client.post("/cooperation/new/", data)
    return response.status_code, response.content.decode()


def test_cooperation_form_offers_pickers_and_enough_rows(
    client_for: Callable[[str], Client],
) -> None:
    html = client_for("office").get("/cooperation/new/").content.decode()
    # Two institutions are needed: a new cooperation starts with more blank
    # rows than that (it had one, and could not be saved from the form).
    assert html.count('name="party-', 0) and 'name="party-1-institution_name"' in html
    assert 'data-picker="institution"' in html and 'data-picker="person"' in html
    assert 'name="party-0-institution_name_id"' in html


def test_cooperation_saves_the_chosen_records(client_for: Callable[[str], Client]) -> None:
    ibb, basaksehir = _inst(IBB), _inst(BASAKSEHIR)
    person = Person.objects.create(given_name="Şule", family_name="Işıkoğlu")
    status, html = _cooperation_post(
        client_for("office"),
        **{
            "party-0-institution_name": ibb.name,
            "party-0-institution_name_id": ibb.pk,
            "party-1-institution_name": basaksehir.name,
            "party-1-institution_name_id": basaksehir.pk,
            "commitment-0-text": "Güzergâh etüdünü hazırlamak",
            "commitment-0-owner_name": basaksehir.name,
            "commitment-0-owner_name_id": basaksehir.pk,
            "commitment-0-owner_person_name": person.name,
            "commitment-0-owner_person_name_id": person.pk,
        },
    )
    assert status == 302, html
    coop = Cooperation.objects.get(title="Ortak bisiklet yolu ağı")
    assert [p.institution for p in coop.parties.order_by("position")] == [ibb, basaksehir]
    commitment = Commitment.objects.get(cooperation=coop)
    assert commitment.owner_institution == basaksehir
    assert commitment.owner_person == person
    # The edit page shows the chosen records in the pickers.
    edit = client_for("office").get(f"/cooperation/{coop.pk}/edit/").content.decode()
    assert f'name="commitment-0-owner_person_name_id" value="{person.pk}"' in edit


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("party-1-institution_name", "Olmayan Kent Vakfı", "Kayıtlarda “Olmayan Kent Vakfı”"),
        ("commitment-0-owner_person_name", "Hiç Kimse", "Kayıtlarda “Hiç Kimse” adında bir kişi"),
    ],
)
def test_cooperation_refuses_what_is_not_in_the_records(
    client_for: Callable[[str], Client], field: str, typed: str, message: str
) -> None:
    ibb, basaksehir = _inst(IBB), _inst(BASAKSEHIR)
    rows: dict[str, object] = {
        "party-0-institution_name": ibb.name,
        "party-0-institution_name_id": ibb.pk,
        "party-1-institution_name": basaksehir.name,
        "party-1-institution_name_id": basaksehir.pk,
        "commitment-0-text": "Etüt",
        field: typed,
    }
    status, html = _cooperation_post(client_for("office"), **rows)
    assert status == 200 and message in html
    assert not Cooperation.objects.exists()


def test_project_partner_refuses_an_unknown_institution(
    client_for: Callable[[str], Client],
) -> None:
    client = client_for("office")
    html = client.get("/cooperation/projects/new/").content.decode()
    assert 'name="partner-0-institution_name_id"' in html
    data = form_data(html, form_index_with(html, "partner-TOTAL_FORMS"))
    data.update({"title": "Yeşil Kent", "partner-0-institution_name": "Bilinmeyen Ajans"})
    page = client.post("/cooperation/projects/new/", data).content.decode()
    assert "Kayıtlarda “Bilinmeyen Ajans” adında bir kurum yok." in page


def test_proposal_institution_is_chosen_and_checked(client_for: Callable[[str], Client]) -> None:
    client = client_for("office")
    html = client.get("/proposals/new/").content.decode()
    assert 'data-picker="institution"' in html
    base = {"title": "Kreş açılsın", "text": "Çalışan anneler için.", "kind": "need", "urgency": 2}
    typed = client.post("/proposals/new/", {**base, "institution": "Kreşköy Belediyesi"})
    assert "Kayıtlarda “Kreşköy Belediyesi” adında bir kurum yok." in typed.content.decode()
    # Another province's municipality is in the registry but not the office's.
    izmit = Institution.objects.get(reference_key="municipality:district:41:İzmit")
    other = client.post(
        "/proposals/new/", {**base, "institution": izmit.name, "institution_id": izmit.pk}
    )
    assert "“İzmit Belediyesi” burada seçilemez." in other.content.decode()
    basaksehir = _inst(BASAKSEHIR)
    chosen = client.post(
        "/proposals/new/",
        {**base, "institution": basaksehir.name, "institution_id": basaksehir.pk},
    )
    assert chosen.status_code == 302
    assert Proposal.objects.get(title="Kreş açılsın").institution == basaksehir


@pytest.fixture
def objective() -> Objective:
    plan = make_plan(_inst(IBB), goals=2, objectives=2, indicators=1)
    found = Objective.objects.filter(goal__plan=plan).order_by("goal__position", "position")[2]
    found.title = "Toplu taşımaya erişimi artırmak"
    found.save()
    return found


def _decide(client: Client, proposal: Proposal, **data: object) -> str:
    post = {"status": Status.ACCEPTED, "reason": "Plana alındı.", "is_public": "1", **data}
    response = client.post(f"/proposals/{proposal.pk}/decision/", post)
    return "" if response.status_code == 302 else response.content.decode()


def test_decision_objective_is_a_real_one(
    client_for: Callable[[str], Client], objective: Objective
) -> None:
    assert objective.number == "H2.1"
    proposal = services.create_proposal(
        Proposal(institution=_inst(BASAKSEHIR), title="Metrobüs aktarması"), None, []
    )
    client = client_for("office")
    html = client.get(f"/proposals/{proposal.pk}/decision/").content.decode()
    assert 'data-picker="objective"' in html and 'data-suggest="/plans/objectives/suggest/"' in html
    # An objective the plan does not have, or a title typed to match none.
    page = _decide(client, proposal, plan_objective="H3.4")
    assert "Görebildiğiniz planlarda “H3.4” diye bir hedef yok" in page
    page = _decide(client, proposal, plan_objective="H2.1 Toplu taşımaya yeni hatlar")
    assert "diye bir hedef yok" in page
    proposal.refresh_from_db()
    assert proposal.plan_objective_id is None
    # Chosen in the picker: the id and the name it shows.
    assert (
        _decide(client, proposal, plan_objective=str(objective), plan_objective_id=objective.pk)
        == ""
    )
    proposal.refresh_from_db()
    assert proposal.plan_objective == objective
    # The decision page shows the chosen objective by its number.
    html = client.get(f"/proposals/{proposal.pk}/decision/").content.decode()
    assert 'value="H2.1 Toplu taşımaya erişimi artırmak"' in html


def test_objective_suggestions(client_for: Callable[[str], Client], objective: Objective) -> None:
    client = client_for("office")
    by_number = client.get("/plans/objectives/suggest/", {"q": "h2.1"}).json()["results"]
    assert [r["id"] for r in by_number] == [objective.pk]
    by_word = client.get("/plans/objectives/suggest/", {"q": "taşımaya"}).json()["results"]
    assert objective.pk in [r["id"] for r in by_word]
    assert by_word[0]["name"].startswith("H2.1 ")
    # An anonymous visitor sees no draft plan's objectives.
    anonymous = client_for("public").get("/plans/objectives/suggest/", {"q": "h2"}).json()
    assert anonymous["results"] == []
